import type { EditorMetrics } from './measure-editor.ts';
import type { ExploreMetrics } from './measure-explore.ts';
import type { RunMetrics } from './measure-run.ts';
import type { Dataset } from './targets.ts';

export type Metric = keyof RunMetrics | keyof ExploreMetrics | keyof EditorMetrics | 'validation' | 'conversion';

/** A goal from issues 5, 10, 11 and 13 on the median of a metric: an absolute limit, or a limit on ours/TimelineJS. */
export interface Goal {
  readonly dataset: Dataset;
  readonly metric: Metric;
  readonly kind: 'at most' | 'ratio at most';
  readonly limit: number;
  /** What an absolute limit counts; milliseconds unless said. */
  readonly unit?: 'frames';
}

export const GOALS: readonly Goal[] = [
  { dataset: 'bundled', metric: 'firstItem', kind: 'ratio at most', limit: 0.75 },
  { dataset: 5000, metric: 'firstItem', kind: 'at most', limit: 800 },
  { dataset: 5000, metric: 'idle', kind: 'at most', limit: 1200 },
  { dataset: 5000, metric: 'zoom10', kind: 'at most', limit: 200 },
  { dataset: 5000, metric: 'zoomFrames', kind: 'at most', limit: 2, unit: 'frames' },
  { dataset: 5000, metric: 'wheel10', kind: 'at most', limit: 200 },
  { dataset: 5000, metric: 'wheelFrames', kind: 'at most', limit: 2, unit: 'frames' },
  { dataset: 5000, metric: 'pan10', kind: 'at most', limit: 200 },
  { dataset: 5000, metric: 'cardOpen', kind: 'at most', limit: 50 },
  { dataset: 5000, metric: 'validation', kind: 'at most', limit: 100 },
  { dataset: 5000, metric: 'search', kind: 'at most', limit: 100 },
  { dataset: 5000, metric: 'filterFrames', kind: 'at most', limit: 2, unit: 'frames' },
  { dataset: 1000, metric: 'editPreview', kind: 'at most', limit: 200 },
  { dataset: 5000, metric: 'conversion', kind: 'at most', limit: 1000 },
];

export function goalFor(dataset: Dataset, metric: Goal['metric']): Goal | undefined {
  return GOALS.find((goal) => goal.dataset === dataset && goal.metric === metric);
}

/** Whether the goal is met, given our median and (for ratios) the ratio to TimelineJS. */
export function isMet(goal: Goal, median: number, ratio: number | undefined): boolean | undefined {
  if (goal.kind === 'at most') return median <= goal.limit;
  return ratio === undefined ? undefined : ratio <= goal.limit;
}

export function describeGoal(goal: Goal): string {
  return goal.kind === 'at most' ? `≤ ${goal.limit} ${goal.unit ?? 'ms'}` : `≤ ${goal.limit}× TimelineJS`;
}
