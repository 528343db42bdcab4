/** A quote and its source agree for this many characters at least before a passage counts as close. */
const MIN_SHARED = 8;
/** How much of the agreeing text an excerpt shows before (or after) the difference. */
const SHARED_CONTEXT = 20;
/** How much of the differing text an excerpt shows. */
const DIFFERING_CONTEXT = 25;

/** Where a quote that is not in its source stops (or starts) agreeing with the passage closest to it. */
export interface ClosestPassage {
  /** Whether the quote's beginning or its end is found in the source. */
  readonly agreeing: 'start' | 'end';
  /** How many characters of the quote agree with the source. */
  readonly shared: number;
  /** The quote and the source around the difference, each at most ~50 characters. */
  readonly quoteExcerpt: string;
  readonly sourceExcerpt: string;
}

/**
 * The passage of the source that shares the longest beginning or end with the quote. Whether a
 * piece is found only grows shorter pieces, so the length is found by bisection: about 2·log2(quote
 * length) searches of the text, run only for quotes that are not found.
 */
export function closestPassage(quote: string, source: string): ClosestPassage | undefined {
  const start = longestFound(quote.length, (length) => source.indexOf(quote.slice(0, length)));
  const end = longestFound(quote.length, (length) => source.indexOf(quote.slice(quote.length - length)));
  if (Math.max(start.length, end.length) < MIN_SHARED) return undefined;
  if (start.length >= end.length) {
    const differsAt = start.length;
    const sourceAt = start.index + differsAt;
    return {
      agreeing: 'start',
      shared: start.length,
      quoteExcerpt: excerpt(quote, differsAt - SHARED_CONTEXT, differsAt + DIFFERING_CONTEXT),
      sourceExcerpt: excerpt(source, sourceAt - Math.min(SHARED_CONTEXT, differsAt), sourceAt + DIFFERING_CONTEXT),
    };
  }
  const differsBefore = quote.length - end.length;
  return {
    agreeing: 'end',
    shared: end.length,
    quoteExcerpt: excerpt(quote, differsBefore - DIFFERING_CONTEXT, differsBefore + SHARED_CONTEXT),
    sourceExcerpt: excerpt(source, end.index - DIFFERING_CONTEXT, end.index + Math.min(SHARED_CONTEXT, end.length)),
  };
}

/** The longest length from 0 to `max` whose piece is found (index ≥ 0), with where it is found. */
function longestFound(max: number, indexOf: (length: number) => number): { length: number; index: number } {
  let best = { length: 0, index: 0 };
  let low = 1;
  let high = max;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const index = indexOf(middle);
    if (index >= 0) {
      best = { length: middle, index };
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/** `text` from `from` to `to` (clamped), with "..." where it is cut. */
function excerpt(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.min(text.length, to);
  return `${start > 0 ? '...' : ''}${text.slice(start, end)}${end < text.length ? '...' : ''}`;
}
