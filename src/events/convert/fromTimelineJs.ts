import type { Problem } from '../problems.ts';
import { cellPlace, inputProblem, Origins, type Conversion } from './conversion.ts';
import { normalizeHeader } from './csvColumns.ts';
import type { CsvTable } from './csvText.ts';
import { draftFile, inFieldOrder, setText, type DraftEvent, type FileDetails } from './draft.ts';
import { htmlToText } from './htmlToText.ts';
import { IdAllocator, joinSlug, slugify } from './slug.ts';

/** The track of events that have no TimelineJS group. */
export const DEFAULT_TRACK = 'Events';

/** A TimelineJS date as written: numbers or digit strings (the sheet gives strings). */
interface SlideDate {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
  readonly hour?: unknown;
}

/** One TimelineJS slide, from its JSON or from a row of its Google Sheets template. */
interface Slide {
  readonly start?: SlideDate;
  readonly end?: SlideDate;
  readonly headline: string;
  readonly text: string;
  readonly group: string;
  readonly uniqueId: string;
  readonly hasMedia: boolean;
  /** Where the slide is in the input, counting from 1: "event 4" in a JSON file, "line 5" in a sheet. */
  readonly place: string;
  /** True for a row of a sheet, whose fields are columns. */
  readonly inSheet: boolean;
  /** The input's name for each field, to point at it: "start_date.year" or "Year". */
  readonly fieldNames: Readonly<Record<'start' | 'end' | 'headline' | 'text' | 'group', string>>;
}

const JSON_FIELD_NAMES = {
  start: 'start_date',
  end: 'end_date',
  headline: 'text.headline',
  text: 'text.text',
  group: 'group',
};
const SHEET_FIELD_NAMES = { start: 'Year', end: 'End Year', headline: 'Headline', text: 'Text', group: 'Group' };

/** True for what TimelineJS reads: an object with a list of events that have a `start_date`. */
export function isTimelineJsJson(value: unknown): boolean {
  const events = field(value, 'events');
  return Array.isArray(events) && events.some((event) => field(event, 'start_date') !== undefined);
}

/** True for a CSV exported from the TimelineJS Google Sheets template (columns Year, Headline, ...). */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  const names = header.map(normalizeHeader);
  return names.includes('year') && names.includes('headline');
}

/**
 * Converts a TimelineJS JSON file (`{title?, events: [{start_date, end_date?, text, group?, media?}]}`).
 * Dates keep their precision, HTML becomes plain text, groups become tracks. TimelineJS has no
 * citations, so every event is left without one: the validator will ask for them.
 */
export function fromTimelineJsJson(value: unknown, details: FileDetails = {}): Conversion {
  const problems: Problem[] = [];
  const events = field(value, 'events');
  if (!Array.isArray(events)) {
    problems.push(inputProblem('events', 'missing; expected the list of TimelineJS events'));
    return { file: draftFile(details, [], []), problems, notes: [], origins: new Origins() };
  }
  const title = field(value, 'title');
  const slides = events.map((event: unknown, index): Slide => {
    const media = field(event, 'media');
    return {
      start: dateObject(field(event, 'start_date')),
      end: dateObject(field(event, 'end_date')),
      headline: textOf(field(field(event, 'text'), 'headline')),
      text: textOf(field(field(event, 'text'), 'text')),
      group: textOf(field(event, 'group')),
      uniqueId: textOf(field(event, 'unique_id')),
      hasMedia: textOf(field(media, 'url')) !== '',
      place: `event ${index + 1}`,
      inSheet: false,
      fieldNames: JSON_FIELD_NAMES,
    };
  });
  const eras = field(value, 'eras');
  const erasSkipped = Array.isArray(eras) ? eras.length : 0;
  return slidesToConversion(slides, problems, {
    title: textOf(field(field(title, 'text'), 'headline')),
    description: textOf(field(field(title, 'text'), 'text')),
    details,
    erasSkipped,
  });
}

/** Converts the rows of TimelineJS's Google Sheets template, exported as CSV. */
export function fromTimelineJsSheet(table: CsvTable, details: FileDetails = {}): Conversion {
  const problems: Problem[] = table.errors.map(({ line, message }) => inputProblem(cellPlace(line), message));
  const names = table.header.map(normalizeHeader);
  const cell = (cells: readonly string[], name: string) => {
    const index = names.indexOf(normalizeHeader(name));
    return index === -1 ? '' : (cells[index] ?? '').trim();
  };
  let title = '';
  let description = '';
  let erasSkipped = 0;
  const slides: Slide[] = [];
  for (const { line, cells } of table.rows) {
    const type = cell(cells, 'Type').toLowerCase();
    if (type === 'title') {
      title = cell(cells, 'Headline');
      description = cell(cells, 'Text');
      continue;
    }
    if (type === 'era') {
      erasSkipped += 1;
      continue;
    }
    slides.push({
      start: sheetDate(cell(cells, 'Year'), cell(cells, 'Month'), cell(cells, 'Day'), cell(cells, 'Time')),
      end: sheetDate(
        cell(cells, 'End Year'),
        cell(cells, 'End Month'),
        cell(cells, 'End Day'),
        cell(cells, 'End Time'),
      ),
      headline: cell(cells, 'Headline'),
      text: cell(cells, 'Text'),
      // Version 1 of the template called the column "Tag".
      group: cell(cells, 'Group') || cell(cells, 'Tag'),
      uniqueId: '',
      hasMedia: cell(cells, 'Media') !== '',
      place: cellPlace(line),
      inSheet: true,
      fieldNames: SHEET_FIELD_NAMES,
    });
  }
  return slidesToConversion(slides, problems, { title, description, details, erasSkipped });
}

interface TitleSlide {
  readonly title: string;
  readonly description: string;
  readonly details: FileDetails;
  readonly erasSkipped: number;
}

function slidesToConversion(slides: readonly Slide[], problems: Problem[], titleSlide: TitleSlide): Conversion {
  const origins = new Origins();
  origins.set(
    ['title'],
    'title',
    'the timeline\'s title: a TimelineJS title slide (a row of type "title"), or one given to the converter',
  );
  const ids = new IdAllocator();
  const events = slides.map((slide, index) => {
    const report = (which: 'start' | 'end', message: string) =>
      problems.push(
        inputProblem(fieldPlace(slide, slide.fieldNames[which]), message, ['events', index, EVENT_FIELD[which]]),
      );
    const date = isoDate(slide.start, 'start', report);
    const end = slide.end === undefined ? undefined : isoDate(slide.end, 'end', report);
    const title = htmlToText(slide.headline);
    const event: DraftEvent = {
      id: ids.allocate(slugify(slide.uniqueId) || joinSlug(slugify(title) || 'event', date?.slice(0, 4) ?? '')),
      citations: [],
    };
    setText(event, 'date', date);
    setText(event, 'end', end);
    setText(event, 'title', title);
    setText(event, 'summary', htmlToText(slide.text));
    event.track = htmlToText(slide.group) || DEFAULT_TRACK;
    event.actors = [];
    recordSlideOrigins(origins, ['events', index], slide);
    return inFieldOrder(event);
  });
  const { details } = titleSlide;
  const title = htmlToText(titleSlide.title) || details.title;
  const description = htmlToText(titleSlide.description) || details.description;
  const file = draftFile(
    { ...details, ...(title !== undefined && { title }), ...(description !== undefined && { description }) },
    [],
    events,
  );
  return { file, problems, notes: notesAbout(slides, titleSlide.erasSkipped), origins };
}

/** The event field each TimelineJS date becomes. */
const EVENT_FIELD = { start: 'date', end: 'end' } as const;

/** A field of a slide, as its input names it: 'line 5, column "Year"' or "event 4, start_date". */
function fieldPlace(slide: Slide, name: string): string {
  return slide.inSheet ? `${slide.place}, column ${JSON.stringify(name)}` : `${slide.place}, ${name}`;
}

function recordSlideOrigins(origins: Origins, path: readonly PropertyKey[], slide: Slide): void {
  const at = (name: string) => fieldPlace(slide, name);
  origins.set(path, slide.place);
  origins.set([...path, 'date'], at(slide.fieldNames.start), 'a year');
  origins.set([...path, 'end'], at(slide.fieldNames.end));
  origins.set([...path, 'title'], at(slide.fieldNames.headline), 'a headline');
  origins.set([...path, 'summary'], at(slide.fieldNames.text), 'a text saying what happened');
  origins.set([...path, 'track'], at(slide.fieldNames.group));
  origins.set(
    [...path, 'citations'],
    slide.place,
    'at least one citation: TimelineJS has none, so add a source and a quote from it',
  );
}

function notesAbout(slides: readonly Slide[], erasSkipped: number): string[] {
  const notes: string[] = [];
  const withMedia = slides.filter((slide) => slide.hasMedia).length;
  const withTime = slides.filter((slide) => slide.start?.hour !== undefined || slide.end?.hour !== undefined).length;
  const withoutGroup = slides.filter((slide) => htmlToText(slide.group) === '').length;
  if (withMedia > 0)
    notes.push(
      `${plural(withMedia, 'event')} had media (images, video); the events format has none, so they were left out.`,
    );
  if (withTime > 0) notes.push(`${plural(withTime, 'event')} had a time of day; dates keep only year, month and day.`);
  if (erasSkipped > 0) notes.push(`${plural(erasSkipped, 'era')} left out; the events format has no eras.`);
  if (withoutGroup > 0)
    notes.push(`${plural(withoutGroup, 'event')} without a group, put on the track "${DEFAULT_TRACK}".`);
  return notes;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * "1998", "1998-12" or "1998-12-04": only the parts that were given, so the precision is kept.
 * Undefined, with a problem, when the date cannot be written in the events format.
 */
function isoDate(
  date: SlideDate | undefined,
  which: 'start' | 'end',
  report: (which: 'start' | 'end', message: string) => void,
): string | undefined {
  if (date === undefined) {
    if (which === 'start') report(which, 'missing; expected a year');
    return undefined;
  }
  const [year, month, day] = [date.year, date.month, date.day].map(integerOf);
  const message =
    year === undefined || Number.isNaN(year)
      ? `expected a year in digits, got ${describe(date.year)}`
      : year < 1 || year > 9999
        ? `the year ${year} is outside 1–9999, which the events format cannot show`
        : month !== undefined && (Number.isNaN(month) || month < 1 || month > 12)
          ? `expected a month 1–12, got ${describe(date.month)}`
          : day !== undefined && month === undefined
            ? 'a day without a month; expected a month too'
            : day !== undefined && (Number.isNaN(day) || day < 1 || day > 31)
              ? `expected a day 1–31, got ${describe(date.day)}`
              : undefined;
  if (message !== undefined || year === undefined) {
    report(which, message ?? 'missing; expected a year');
    return undefined;
  }
  return [String(year).padStart(4, '0'), month, day]
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}

/** undefined when empty; NaN when it is not a whole number. TimelineJS allows "1,998" and spaces. */
function integerOf(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return undefined;
  return /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

function describe(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : typeof value;
}

function sheetDate(year: string, month: string, day: string, time: string): SlideDate | undefined {
  if (year === '' && month === '' && day === '') return undefined;
  return { year, month, day, ...(time !== '' && { hour: time }) };
}

function dateObject(value: unknown): SlideDate | undefined {
  return typeof value === 'object' && value !== null ? value : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
