import type { TimelineFormatOption } from 'vis-timeline/esnext';
import { dateLocaleOf } from '../events/calendarDate.ts';
import type { Language } from '../i18n/languages.ts';

/** vis-timeline's scales, finest to coarsest. */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/** What each label names, per scale: minor labels mark each step, major labels the period around them. */
const MINOR_FIELDS: Readonly<Record<Scale, Intl.DateTimeFormatOptions>> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  // vis's own "w" is a week number, which Intl does not give; the week scale is off (showWeekScale).
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR_FIELDS: Readonly<Record<Scale, Intl.DateTimeFormatOptions | null>> = {
  millisecond: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  minute: { weekday: 'short', day: 'numeric', month: 'long' },
  hour: { weekday: 'short', day: 'numeric', month: 'long' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

/**
 * vis's own formats (moment's, in English), given back when the language returns to English: vis
 * merges a new `format` into the old one, so leaving the option out would keep the last language's.
 */
const VIS_DEFAULT_FORMAT: TimelineFormatOption = {
  minorLabels: {
    millisecond: 'SSS',
    second: 's',
    minute: 'HH:mm',
    hour: 'HH:mm',
    weekday: 'ddd D',
    day: 'D',
    week: 'w',
    month: 'MMM',
    year: 'YYYY',
  },
  majorLabels: {
    millisecond: 'HH:mm:ss',
    second: 'D MMMM HH:mm',
    minute: 'ddd D MMMM',
    hour: 'ddd D MMMM',
    weekday: 'MMMM YYYY',
    day: 'MMMM YYYY',
    week: 'MMMM YYYY',
    month: 'YYYY',
    year: '',
  },
};

type LabelKind = 'minor' | 'major';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(language: Language, kind: LabelKind, scale: Scale): Intl.DateTimeFormat | null {
  const key = `${language} ${kind} ${scale}`;
  if (!formatters.has(key)) {
    const fields = (kind === 'minor' ? MINOR_FIELDS : MAJOR_FIELDS)[scale];
    formatters.set(key, fields && new Intl.DateTimeFormat(dateLocaleOf(language), fields));
  }
  return formatters.get(key) ?? null;
}

function isScale(scale: string): scale is Scale {
  return scale in MINOR_FIELDS;
}

/**
 * One axis label in the language. vis passes a moment, typed as a Date: both give their time by
 * valueOf(), so the label never depends on moment's locale (it has only English).
 */
export function axisLabel(language: Language, kind: LabelKind, date: Date, scale: string): string {
  if (!isScale(scale)) return '';
  return formatterFor(language, kind, scale)?.format(date.valueOf()) ?? '';
}

/**
 * vis-timeline's `format` option for the language: in English vis's own (moment's English, as
 * before), in the other five the platform's Intl, so no moment locale is ever loaded.
 */
export function axisFormat(language: Language): TimelineFormatOption {
  if (language === 'en') return VIS_DEFAULT_FORMAT;
  return {
    minorLabels: (date, scale) => axisLabel(language, 'minor', date, scale),
    majorLabels: (date, scale) => axisLabel(language, 'major', date, scale),
  };
}
