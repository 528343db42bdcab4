import type { MachineInfo } from './machine.ts';
import type { EditorMetrics } from './measure-editor.ts';
import type { ExploreMetrics } from './measure-explore.ts';
import type { RunMetrics } from './measure-run.ts';
import type { Dataset } from './targets.ts';

/** A run that failed (timeout, page error) is kept with its message, never silently dropped. */
export type Outcome<T> = T | { readonly error: string };
export type RunOutcome = Outcome<RunMetrics>;

export interface DatasetResults {
  readonly dataset: Dataset;
  readonly events: number;
  readonly ours: RunOutcome[];
  readonly timelinejs: RunOutcome[];
  /** Milliseconds validateEventsText took on our file, per run (generated lists only). */
  readonly validation: number[];
  /** Search and a track filter in our app, per run (generated lists only). */
  readonly explore: Outcome<ExploreMetrics>[];
  /** An edit in the editor, per run (the list of EDITOR_EVENTS only). */
  readonly editor: Outcome<EditorMetrics>[];
  /** Milliseconds `npm run convert` took on the list as CSV, in-process, per run (generated lists only). */
  readonly conversion: number[];
}

export interface LighthouseScores {
  readonly url: string;
  readonly formFactor: 'mobile';
  readonly performance: number;
  readonly accessibility: number;
  /** The metrics behind the performance score, as Lighthouse simulates them (milliseconds; CLS unitless). */
  readonly metrics: LighthouseMetrics;
}

export interface LighthouseMetrics {
  readonly firstContentfulPaint: number;
  readonly largestContentfulPaint: number;
  readonly totalBlockingTime: number;
  readonly speedIndex: number;
  readonly cumulativeLayoutShift: number;
}

export interface BenchResults {
  readonly machine: MachineInfo;
  readonly runs: number;
  readonly datasets: DatasetResults[];
  readonly lighthouse?: LighthouseScores | { readonly error: string };
}

export function succeeded<T extends object>(runs: readonly Outcome<T>[]): T[] {
  return runs.filter((run): run is T => !('error' in run));
}
