import type { EditorMetrics } from './measure-editor.ts';
import { BENCH_QUERY, type ExploreMetrics } from './measure-explore.ts';
import type { RunMetrics } from './measure-run.ts';
import { succeeded, type BenchResults, type DatasetResults, type LighthouseScores, type Outcome } from './results.ts';
import { summarize, type Summary } from './stats.ts';
import { describeGoal, goalFor, isMet, type Goal, type Metric } from './targets-met.ts';

type Unit = 'ms' | 'MB' | 'frames';

const METRICS: readonly { key: keyof RunMetrics; label: string; unit: Unit }[] = [
  { key: 'firstItem', label: 'first item visible', unit: 'ms' },
  { key: 'idle', label: 'idle (no long task for 500 ms)', unit: 'ms' },
  { key: 'longTaskTotal', label: 'long tasks, total', unit: 'ms' },
  { key: 'heapBytes', label: 'JS heap after load', unit: 'MB' },
  { key: 'zoom10', label: '10 zoom steps (buttons)', unit: 'ms' },
  { key: 'zoomFrames', label: 'frames per zoom step (buttons)', unit: 'frames' },
  { key: 'wheel10', label: '10 zoom steps (Ctrl + wheel)', unit: 'ms' },
  { key: 'wheelFrames', label: 'frames per wheel step', unit: 'frames' },
  { key: 'pan10', label: '10 pan steps', unit: 'ms' },
  { key: 'cardOpen', label: 'click → card shown', unit: 'ms' },
];

const EXPLORE_METRICS: readonly { key: keyof ExploreMetrics; label: string; unit: Unit }[] = [
  { key: 'search', label: `last key of "${BENCH_QUERY}" → results shown`, unit: 'ms' },
  { key: 'searchFrames', label: 'frames for that key', unit: 'frames' },
  { key: 'filter', label: 'track filter ticked → redrawn', unit: 'ms' },
  { key: 'filterFrames', label: 'frames for a filter change', unit: 'frames' },
];

const EDITOR_METRICS: readonly { key: keyof EditorMetrics; label: string; unit: Unit }[] = [
  { key: 'editPreview', label: 'editor: title edited → preview shows it', unit: 'ms' },
  { key: 'editPreviewFrames', label: 'frames until the preview shows it', unit: 'frames' },
];

/** Scores, the metrics behind them, and whether the targets (performance ≥ 95, accessibility 100, CLS 0) are met. */
export function describeLighthouse({ performance, accessibility, metrics }: LighthouseScores): string {
  const met = performance >= 95 && accessibility >= 100 && metrics.cumulativeLayoutShift === 0;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `performance ${performance}, accessibility ${accessibility}; FCP ${seconds(metrics.firstContentfulPaint)}, ` +
    `LCP ${seconds(metrics.largestContentfulPaint)}, TBT ${metrics.totalBlockingTime} ms, ` +
    `Speed Index ${seconds(metrics.speedIndex)}, CLS ${metrics.cumulativeLayoutShift.toFixed(3)} ` +
    `(targets: performance ≥ 95, accessibility 100, CLS 0: ${met ? 'met' : 'NOT met'})`
  );
}

/** The whole result as markdown: the machine, one table per event list, Lighthouse and failures. */
export function formatReport(results: BenchResults): string {
  const { machine } = results;
  const lines = [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, load ${machine.loadAverage}; ` +
      `Node ${machine.node}; Chromium ${machine.chromium}; ${machine.date}. ${results.runs} runs each: median [min–max].`,
  ];
  for (const dataset of results.datasets) lines.push('', ...formatDataset(dataset));
  if (results.lighthouse) {
    const lighthouse = results.lighthouse;
    lines.push(
      '',
      'error' in lighthouse
        ? `Lighthouse failed: ${lighthouse.error}`
        : `Lighthouse 12.2.3, mobile preset, bundled data: ${describeLighthouse(lighthouse)}.`,
    );
  }
  const failures = results.datasets.flatMap((dataset) => [
    ...errors(dataset.ours),
    ...errors(dataset.timelinejs),
    ...errors(dataset.explore),
    ...errors(dataset.editor),
  ]);
  if (failures.length > 0) lines.push('', 'Failed runs:', ...failures.map((message) => `- ${message}`));
  return lines.join('\n');
}

function errors(runs: readonly Outcome<object>[]): string[] {
  return runs.flatMap((run) => ('error' in run ? [run.error] : []));
}

function formatDataset(results: DatasetResults): string[] {
  const name =
    results.dataset === 'bundled'
      ? `Bundled data (${results.events} events)`
      : `${results.events.toLocaleString('en')} generated events`;
  const ours = succeeded(results.ours);
  const theirs = succeeded(results.timelinejs);
  const others = [
    ...(results.explore.length > 0 ? [`${succeeded(results.explore).length}/${results.explore.length} of search`] : []),
    ...(results.editor.length > 0
      ? [`${succeeded(results.editor).length}/${results.editor.length} of the editor`]
      : []),
  ];
  const counts = [
    `${ours.length}/${results.ours.length} runs of ours`,
    `${theirs.length}/${results.timelinejs.length} of TimelineJS`,
    ...others,
  ];
  const lines = [
    `**${name}** (${counts.join(', ')} succeeded)`,
    '',
    '| metric | this app | TimelineJS | ours / TimelineJS | target | met |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { key, label, unit } of METRICS) {
    const our = summaryOf(ours, key);
    const their = summaryOf(theirs, key);
    const ratio = our && their && their.median > 0 ? our.median / their.median : undefined;
    const goal = goalFor(results.dataset, key);
    lines.push(row(label, our, their, ratio, unit, goal));
  }
  const ourOnly = (label: string, values: readonly number[], unit: Unit, metric: Metric) => {
    if (values.length > 0)
      lines.push(row(label, summarize(values), undefined, undefined, unit, goalFor(results.dataset, metric)));
  };
  ourOnly('validation (Node, validateEventsText)', results.validation, 'ms', 'validation');
  // TimelineJS has no search, no filters and no editor: these rows are ours alone.
  const explore = succeeded(results.explore);
  for (const { key, label, unit } of EXPLORE_METRICS)
    ourOnly(
      label,
      explore.map((run) => run[key]),
      unit,
      key,
    );
  const editor = succeeded(results.editor);
  for (const { key, label, unit } of EDITOR_METRICS)
    ourOnly(
      label,
      editor.map((run) => run[key]),
      unit,
      key,
    );
  ourOnly('CSV → JSON (Node, npm run convert in-process)', results.conversion, 'ms', 'conversion');
  return lines;
}

function summaryOf(runs: readonly RunMetrics[], key: keyof RunMetrics): Summary | undefined {
  // A metric a timeline cannot be measured on (TimelineJS has no wheel zoom) is absent from its runs.
  const values = runs.flatMap((run) => (run[key] === undefined ? [] : [run[key]]));
  return values.length > 0 ? summarize(values) : undefined;
}

function row(
  label: string,
  our: Summary | undefined,
  their: Summary | undefined,
  ratio: number | undefined,
  unit: Unit,
  goal: Goal | undefined,
): string {
  const met = goal && our ? isMet(goal, our.median, ratio) : undefined;
  const cells = [
    label,
    formatSummary(our, unit),
    formatSummary(their, unit),
    ratio === undefined ? '–' : `${ratio.toFixed(2)}×`,
    goal ? describeGoal(goal) : '',
    met === undefined ? '' : met ? 'yes' : '**no**',
  ];
  return `| ${cells.join(' | ')} |`;
}

function formatSummary(summary: Summary | undefined, unit: Unit): string {
  if (!summary) return 'n/a';
  const format =
    unit === 'MB'
      ? (bytes: number) => (bytes / 2 ** 20).toFixed(1)
      : unit === 'frames'
        ? (frames: number) => frames.toFixed(1)
        : (ms: number) => String(Math.round(ms));
  return `${format(summary.median)} ${unit} [${format(summary.min)}–${format(summary.max)}]`;
}
