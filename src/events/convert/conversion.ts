import type { Problem } from '../problems.ts';
import type { DraftFile } from './draft.ts';

/** A place in the input, and what belongs there (for "missing" problems). */
export interface Place {
  readonly place: string;
  readonly expects?: string;
}

export type PlaceResolver = (path: string) => Place | undefined;

/** The result of reading a spreadsheet or a TimelineJS file into the events format. */
export interface Conversion {
  /** The converted file; it may still have problems, which the validator reports. */
  readonly file: DraftFile;
  /** What the converter could not translate, each at its place in the input (line and column). */
  readonly problems: readonly Problem[];
  /** Things dropped on purpose, such as TimelineJS media, in one sentence each. */
  readonly notes: readonly string[];
  /** Where in the input each part of the file came from, to place the validator's problems there. */
  readonly origins: Origins;
}

/**
 * Maps JSON paths of the converted file ("events[2].date") to places in the input
 * ('line 4, column "date"'), with what the column expects for a "missing" message.
 */
export class Origins {
  /**
   * @param dateHint added to a date-format problem: where dates come from a spreadsheet, it may have rewritten them.
   * @param resolve places computed on demand, for inputs too big to map path by path.
   */
  constructor(
    private readonly dateHint?: string,
    private readonly resolve?: PlaceResolver,
  ) {}

  private readonly places = new Map<string, Place>();

  set(path: string, place: string, expects?: string): void {
    this.places.set(path, { place, ...(expects !== undefined && { expects }) });
  }

  /** The validator's problem at its place in the input; the nearest enclosing place when there is no exact one. */
  locate(problem: Problem): Problem {
    for (let path = problem.path; path !== ''; path = path === parentPath(path) ? '' : parentPath(path)) {
      const origin = this.places.get(path) ?? this.resolve?.(path);
      if (!origin) continue;
      const exact = path === problem.path;
      const message =
        exact && origin.expects !== undefined && problem.message.startsWith('missing')
          ? `missing; expected ${origin.expects}`
          : problem.message + (exact && problem.message.startsWith(DATE_FORMAT_MESSAGE) ? (this.dateHint ?? '') : '');
      return { path: exact ? origin.place : `${origin.place} (${problem.path})`, message };
    }
    return problem;
  }
}

/** How the schema's message for a date in the wrong format begins (schema.ts). */
const DATE_FORMAT_MESSAGE = 'expected a date written';

/** "events[2].citations[0].quote" -> "events[2].citations[0]" -> "events[2]" -> "events" -> "". */
function parentPath(path: string): string {
  return path.replace(/(^|\.)[^.[\]]+$|\[\d+\]$/, '');
}

/** A place in a spreadsheet, as people read it: 'line 4, column "date"'. */
export function cellPlace(line: number, column?: string): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${JSON.stringify(column)}`;
}

/** Line numbers first-to-last; problems without a line (the file as a whole) come first. Stable. */
export function byLine(a: { readonly path: string }, b: { readonly path: string }): number {
  return lineOf(a.path) - lineOf(b.path);
}

function lineOf(path: string): number {
  return Number(/^line (\d+)/.exec(path)?.[1] ?? 0);
}
