import { finding, hasCode, type Problem } from '../problems.ts';
import { placeText } from '../problemsInEnglish.ts';
import type { DraftFile } from './draft.ts';

/** A place in the input, and what belongs there (for "missing" problems). */
export interface Place {
  readonly place: string;
  readonly expects?: string;
}

/** The place in the input that a path of the converted file came from, if known. */
export type PlaceResolver = (path: readonly PropertyKey[]) => Place | undefined;

/** The result of reading a spreadsheet or a TimelineJS file into the events format. */
export interface Conversion {
  /** The converted file; it may still have problems, which the validator reports. */
  readonly file: DraftFile;
  /**
   * What the converter could not translate. Each `place` is in the input (a line and column of a
   * sheet, an event of a TimelineJS file); `path` is the field of the converted file it concerns,
   * empty where there is none (a header, a row that cannot be read).
   */
  readonly problems: readonly Problem[];
  /** Things dropped on purpose, such as TimelineJS media, in one sentence each. */
  readonly notes: readonly string[];
  /** Where in the input each part of the file came from, to place the validator's problems there. */
  readonly origins: Origins;
}

/** A problem the converter found in its input, where the input (not the converted file) says where. */
export function inputProblem(place: string, message: string, path: readonly PropertyKey[] = []): Problem {
  return { ...finding('conversion', { text: message }, path), place: [{ text: place }] };
}

/**
 * Maps paths of the converted file (['events', 2, 'date']) to places in the input
 * ('line 4, column "date"'), with what the column expects for a "missing" message.
 */
export class Origins {
  /**
   * @param dateHint added to a date-format problem at a place that `resolve` gives: where dates come
   *   from a spreadsheet's cells, it may have rewritten them.
   * @param resolve places computed on demand, for inputs too big to map path by path.
   */
  constructor(
    private readonly dateHint?: string,
    private readonly resolve?: PlaceResolver,
  ) {}

  private readonly places = new Map<string, Place>();

  set(path: readonly PropertyKey[], place: string, expects?: string): void {
    this.places.set(pathKey(path), { place, ...(expects !== undefined && { expects }) });
  }

  /**
   * The validator's problem at its place in the input; the nearest enclosing place when there is no
   * exact one, followed by the problem's own place in the converted file. The path stays the
   * converted file's.
   */
  locate(problem: Problem): Problem {
    for (let length = problem.path.length; length > 0; length -= 1) {
      const path = problem.path.slice(0, length);
      const given = this.places.get(pathKey(path));
      const origin = given ?? this.resolve?.(path);
      if (!origin) continue;
      const exact = length === problem.path.length;
      const hint = given === undefined ? this.dateHint : undefined;
      const place = [{ text: exact ? origin.place : `${origin.place} (${placeText(problem.place)})` }];
      if (exact && origin.expects !== undefined && hasCode(problem, 'required')) {
        return { ...problem, params: { ...problem.params, expects: origin.expects }, place };
      }
      if (exact && hint !== undefined && hasCode(problem, 'date-format')) {
        return { ...problem, params: { ...problem.params, hint }, place };
      }
      return { ...problem, place };
    }
    return problem;
  }
}

/** One key per path, for the map: ['events', 2, 'date'] -> '["events",2,"date"]'. */
function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((key) => (typeof key === 'symbol' ? String(key) : key)));
}

/** A place in a spreadsheet, as people read it: 'line 4, column "date"'. */
export function cellPlace(line: number, column?: string): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${JSON.stringify(column)}`;
}

/** Line numbers first-to-last; problems without a line (the file as a whole) come first. Stable. */
export function byLine(a: Problem, b: Problem): number {
  return lineOf(placeText(a.place)) - lineOf(placeText(b.place));
}

function lineOf(place: string): number {
  return Number(/^line (\d+)/.exec(place)?.[1] ?? 0);
}
