/**
 * The numbers check: a number in a summary (a vote, a count of members or norms) must appear in
 * one of the event's quotes, so a reader can check it on the card. Dates and UN document symbols
 * are not counted: they are checked elsewhere (the date fields, the document links).
 */
import { finding, type Finding } from './problems.ts';
import type { EventRecord } from './schema.ts';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Text that contains digits but is not a count: removed from a summary before numbers are read. */
const NOT_COUNTS: readonly RegExp[] = [
  // Document symbols: A/RES/73/27, A/C.1/73/L.27/Rev.1, GA/DIS/3122, WSIS-03/GENEVA/DOC/4-E.
  /\b[A-Z][A-Za-z0-9.()-]*(?:\/[A-Za-z0-9.()-]+)+/g,
  // Resolution and decision numbers: 53/70, 75/564.
  /\b\d+(?:\/\d+)+\b/g,
  // ISO dates: 2019-12-27, 2019-12.
  /\b(?:19|20)\d\d-\d\d(?:-\d\d)?\b/g,
  // Day and month: 4 December, 10–12 December 2003, 10-12 May.
  new RegExp(`\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+${MONTH}\\b`, 'g'),
  // Month and day: May 25, 1972.
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b`, 'g'),
  // Year spans written short: 2009–10, 2012/13 (the second form is caught above).
  /\b(?:19|20)\d\d[–-]\d\d\b(?!\d)/g,
  // Years standing alone, 1900 to 2100. A count of 1998 votes would be missed; no UN count is that large.
  /\b(?:19\d\d|20\d\d|2100)s?\b/g,
];

/**
 * A number written in digits: 119, 1,000, 3.5. Digits inside a word or code ("G20", "COVID-19",
 * "&#60;") are not counts.
 */
const DIGITS = /(?<![\w#&.-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w])/g;

const ANY_DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Counts spelled out: "eleven", "twenty-five". "one" is left out: it is far more often a pronoun
 * ("one of the drafts") than a count. Ordinals ("sixth") are not counts.
 */
const WORDS = new RegExp(
  `\\b(?:(${Object.keys(TENS).join('|')})(?:-(${['one', ...Object.keys(SMALL_NUMBERS).slice(0, 8)].join('|')}))?` +
    // Not followed by "-" and a letter: "seventy-third" is an ordinal, not seventy.
    `|(${Object.keys(SMALL_NUMBERS).join('|')}))\\b(?!-[a-z])`,
  'gi',
);

const UNITS: Readonly<Record<string, number>> = { one: 1, ...SMALL_NUMBERS };

interface NumberInText {
  /** As written, for messages: "1,000", "eleven". */
  readonly text: string;
  readonly value: number;
  readonly index: number;
}

function wordValue(tens: string | undefined, unit: string | undefined, small: string | undefined): number {
  if (small) return SMALL_NUMBERS[small.toLowerCase()] ?? 0;
  return (TENS[tens?.toLowerCase() ?? ''] ?? 0) + (UNITS[unit?.toLowerCase() ?? ''] ?? 0);
}

/** Every number in the text, in digits or in words, in reading order. */
function numbersIn(text: string, digitPattern = DIGITS): NumberInText[] {
  const digits = [...text.matchAll(digitPattern)].map((match) => ({
    text: match[0],
    value: Number(match[0].replace(/,/g, '')),
    index: match.index,
  }));
  const words = [...text.matchAll(WORDS)].map((match) => ({
    text: match[0],
    value: wordValue(match[1], match[2], match[3]),
    index: match.index,
  }));
  return [...digits, ...words].sort((a, b) => a.index - b.index);
}

/** The summary with its dates and document symbols blanked out. */
function withoutDatesAndSymbols(summary: string): string {
  return NOT_COUNTS.reduce((text, pattern) => text.replace(pattern, ' '), summary);
}

/**
 * Numbers in `summary`, as written, whose value no quote contains (in digits or in words), each
 * once, in the order they appear. Dates and document symbols are not numbers here.
 */
export function unsupportedSummaryNumbers(summary: string, quotes: readonly string[]): string[] {
  // A quote counts every digit run, "No.185" and "A/RES/73/27" included: it can only support more.
  const supported = new Set(quotes.flatMap((quote) => numbersIn(quote, ANY_DIGITS).map((number) => number.value)));
  const missing = numbersIn(withoutDatesAndSymbols(summary)).filter((number) => !supported.has(number.value));
  return [...new Set(missing.map((number) => number.text))];
}

/** One warning per number in a summary that none of its event's quotes contains. */
export function summaryNumberWarnings(events: readonly EventRecord[]): Finding[] {
  return events.flatMap((event, index) =>
    unsupportedSummaryNumbers(
      event.summary,
      event.citations.map((citation) => citation.quote),
    ).map((number) => finding('unquoted-number', { number }, ['events', index, 'summary'])),
  );
}
