import type { MachineInfo } from './machine.ts';
import type { RunMetrics } from './measure-run.ts';
import type { Dataset } from './targets.ts';

/** A run that failed (timeout, page error) is kept with its message, never silently dropped. */
export type RunOutcome = RunMetrics | { readonly error: string };

export interface DatasetResults {
  readonly dataset: Dataset;
  readonly events: number;
  readonly ours: RunOutcome[];
  readonly timelinejs: RunOutcome[];
  /** Milliseconds validateEventsText took on our file, per run (generated lists only). */
  readonly validation: number[];
}

export interface LighthouseScores {
  readonly url: string;
  readonly formFactor: 'mobile';
  readonly performance: number;
  readonly accessibility: number;
}

export interface BenchResults {
  readonly machine: MachineInfo;
  readonly runs: number;
  readonly datasets: DatasetResults[];
  readonly lighthouse?: LighthouseScores | { readonly error: string };
}

export function succeeded(runs: readonly RunOutcome[]): RunMetrics[] {
  return runs.filter((run): run is RunMetrics => !('error' in run));
}
