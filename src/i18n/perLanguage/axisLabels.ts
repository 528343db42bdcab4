/**
 * The timeline axis's labels in a language other than English, from the platform's Intl: English keeps
 * vis-timeline's own (moment's English), and no moment locale is ever loaded.
 */
import { dateLocaleOf } from '../../events/calendarDate.ts';

/** vis-timeline's scales, finest to coarsest. */
type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/** Minor labels mark each step of the axis, major labels the period around them. */
export type LabelKind = 'minor' | 'major';

/**
 * One axis label. vis passes a moment, typed as a Date: both give their time by valueOf(), so the label
 * never depends on moment's locale.
 */
export type AxisLabeler = (kind: LabelKind, date: Date, scale: string) => string;

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

function isScale(scale: string): scale is Scale {
  return scale in MINOR_FIELDS;
}

export function axisLabelerFor(language: string): AxisLabeler {
  const formatters = new Map<string, Intl.DateTimeFormat | null>();
  const formatterFor = (kind: LabelKind, scale: Scale) => {
    const key = `${kind} ${scale}`;
    if (!formatters.has(key)) {
      const fields = (kind === 'minor' ? MINOR_FIELDS : MAJOR_FIELDS)[scale];
      formatters.set(key, fields && new Intl.DateTimeFormat(dateLocaleOf(language), fields));
    }
    return formatters.get(key) ?? null;
  };
  return (kind, date, scale) => (isScale(scale) ? (formatterFor(kind, scale)?.format(date.valueOf()) ?? '') : '');
}
