/**
 * The one definition of the events file format. The TypeScript types (below), the runtime
 * structural checks (validate.ts) and data/events.schema.json (jsonSchema.ts) all come from it.
 */
import * as z from 'zod/mini';
import { CALENDAR_DATE_PATTERN, parseCalendarDate } from './calendarDate.ts';

const text = (description: string) =>
  z.string().check(z.regex(/\S/, 'must not be empty or only spaces'), z.describe(description));

const calendarDate = (description: string) =>
  z.string().check(
    z.regex(CALENDAR_DATE_PATTERN, { error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD', abort: true }),
    z.refine((iso) => parseCalendarDate(iso) !== null, 'expected a real calendar date'),
    z.describe(`${description} An ISO 8601 calendar date; its precision (year, month or day) is kept in the display.`),
  );

const webUrl = (description: string) =>
  z
    .httpUrl({ error: 'expected an absolute http:// or https:// URL' })
    // The pattern tells editors what the runtime check enforces.
    .check(z.meta({ pattern: '^https?://' }), z.describe(description));

const id = (description: string) =>
  z
    .string()
    .check(
      z.regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        'expected lower-case letters, digits and single hyphens, e.g. "unga-res-53-70-1998"',
      ),
      z.describe(description),
    );

/** Source texts stay in one folder beside the data file, so a data file cannot make the app fetch anything else. */
export const SOURCE_TEXT_PATH = /^sources\/[^/\\]+\.txt$/;

export const sourceSchema = z.strictObject({
  id: id('How citations refer to this source.'),
  publisher: text('Who published it, e.g. "UrduPoint News / Sputnik".'),
  // Optional because many official web pages (UNODA, UNODC) carry no date, and a date is never guessed.
  published: z.optional(
    calendarDate('When it was published, as the source itself gives it; leave it out if it gives none.'),
  ),
  title: z.optional(text('The headline or title, only if known. Never make one up.')),
  description: z.optional(
    text(
      'What the item is, for a source without a known title, e.g. "News article on a UN official\'s comments on ICT ' +
        'security". Citations show it in square brackets, never as a headline.',
    ),
  ),
  url: z.optional(webUrl('Where the source can be read.')),
  text: z.optional(
    z.string().check(
      // One place for full texts, so the validator and the bundled app find the same files.
      z.regex(
        SOURCE_TEXT_PATH,
        'expected a path like "sources/article.txt": a .txt file in the sources folder beside this file',
      ),
      z.describe(
        'Path of the full text, e.g. "sources/article.txt", relative to this file. Quotes are checked against it.',
      ),
    ),
  ),
  excerpt: z.optional(
    z
      .boolean()
      .check(
        z.describe('true when the text file holds only the passages quoted, copied exactly, not the whole source.'),
      ),
  ),
});

export const citationSchema = z.strictObject({
  source: text('The id of an entry in "sources".'),
  quote: text('Words copied verbatim from the source.'),
});

export const documentSchema = z.strictObject({
  symbol: text('UN document symbol, e.g. "A/RES/53/70".'),
  url: webUrl('Link to the document, e.g. "https://undocs.org/A/RES/53/70".'),
  date: z.optional(calendarDate('The date the document bears, only if known; citations use it.')),
});

/** What sort of act an event is; each is drawn with its own shape. Descriptions go into the JSON Schema. */
export const EVENT_KINDS = {
  resolution: 'A resolution or decision adopted by the General Assembly or another body.',
  report: 'A report agreed or issued, e.g. by a group of experts or a working group.',
  treaty: 'A treaty or convention: its text agreed, adopted, signed or in force.',
  statement: 'A statement, declaration or remarks by a state, leader or official.',
  meeting: 'A meeting, session, summit or negotiation, or a group at work.',
  proposal: 'A proposal or draft put forward by states, not (or not yet) adopted.',
} as const;

export type EventKind = keyof typeof EVENT_KINDS;

const kindNames = Object.keys(EVENT_KINDS) as EventKind[];
const kindList = kindNames.map((kind) => `"${kind}"`).join(', ');
const kindHelp = kindNames.map((kind) => `"${kind}": ${EVENT_KINDS[kind]}`).join(' ');

export const eventSchema = z.strictObject({
  id: id('Unique, stable id of the event; used in links.'),
  date: calendarDate('When it happened.'),
  end: z.optional(calendarDate('When it ended, for events that span time.')),
  title: text('Short title shown on the timeline.'),
  summary: text('What happened, in your own words, claiming no more than the sources.'),
  track: text('The timeline row the event sits on, e.g. "UN General Assembly".'),
  kind: z.optional(
    z
      .enum(kindNames, { error: (issue) => `unknown kind ${JSON.stringify(issue.input)}; expected one of ${kindList}` })
      .check(z.describe(`What sort of event it is. ${kindHelp}`)),
  ),
  related: z.optional(
    z
      .array(z.string())
      .check(z.describe('Ids of related events in this file, shown as "See also" (e.g. a mandate and its report).')),
  ),
  actors: z.array(text('A state, organisation or person.')).check(z.describe('Who acted.')),
  citations: z
    .array(citationSchema)
    .check(z.minLength(1, 'expected at least one citation'), z.describe('Quotes backing the event.')),
  documents: z.optional(z.array(documentSchema).check(z.describe('Primary documents, by symbol.'))),
});

export const eventsFileSchema = z
  .strictObject({
    $schema: z.optional(z.string().check(z.describe('Path of the JSON Schema, for editors.'))),
    title: text('Title of the timeline.'),
    description: z.optional(text('One or two sentences on what the timeline covers.')),
    updated: z.optional(
      z.string().check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD', abort: true }),
        z.refine((iso) => parseCalendarDate(iso) !== null, 'expected a real calendar date'),
        z.describe('When the data was last changed, written YYYY-MM-DD. Shown in "About this timeline".'),
      ),
    ),
    license: z.optional(
      text('The licence of the data, e.g. "CC BY 4.0", only if one was granted. Shown in "About this timeline".'),
    ),
    sources: z
      .array(sourceSchema)
      .check(z.minLength(1, 'expected at least one source'), z.describe('What events cite.')),
    events: z.array(eventSchema).check(z.minLength(1, 'expected at least one event'), z.describe('The events.')),
  })
  .check(z.meta({ title: 'Timeline events', description: 'An event list for the UN ICT-security timeline.' }));

export type EventRecord = z.infer<typeof eventSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type CitationRecord = z.infer<typeof citationSchema>;
