/**
 * `npm run bench [-- --runs 5 --sizes bundled,1000,5000 --timeout 60 --no-timelinejs --no-lighthouse]`
 *
 * Builds the app, serves it with the generated event lists and TimelineJS on 127.0.0.1, and drives
 * headless Chromium through both timelines on each event list, then through our search and filters
 * (generated lists) and our editor (the list of 1,000); times `npm run convert` on each generated
 * list as CSV; prints a markdown table and writes bench/results.json. A benchmark, not a test: nothing fails on a slow number, CI does not run it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tools/chromium.ts';
import type { StaticServer } from '../tools/server.ts';
import { csvFile, GENERATED_DIR, ourFile, writeBenchData } from '../tools/generate-events.ts';
import { measureConversion } from './convert-time.ts';
import { runLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { EDITOR_EVENTS, measureEditor, savedBenchDraft } from './measure-editor.ts';
import { measureExplore } from './measure-explore.ts';
import { measureRun } from './measure-run.ts';
import { formatReport } from './report.ts';
import { buildAndServe } from './serve-bench.ts';
import type { BenchResults, DatasetResults, Outcome } from './results.ts';
import { OURS, TIMELINEJS, type Dataset, type Target } from './targets.ts';
import { measureValidation, timelineOf } from './validation-time.ts';

const RESULTS_FILE = 'bench/results.json';
/** Where the converted CSV goes: beside the source text its quotes are checked against. */
const convertedFile = (size: number) => join(GENERATED_DIR, `converted-${size}.json`);

interface Options {
  readonly runs: number;
  readonly datasets: Dataset[];
  readonly timeoutMs: number;
  readonly timelineJs: boolean;
  readonly lighthouse: boolean;
}

function readOptions(args: readonly string[]): Options {
  const value = (flag: string) => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const runs = Number(value('--runs') ?? 5);
  const timeout = Number(value('--timeout') ?? 60);
  const datasets = (value('--sizes') ?? 'bundled,1000,5000').split(',').map((size): Dataset => {
    if (size === 'bundled') return size;
    const count = Number(size);
    if (!Number.isInteger(count) || count < 1)
      throw new Error(`--sizes takes "bundled" and event counts, e.g. bundled,1000,5000; got "${size}"`);
    return count;
  });
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer; got "${value('--runs')}"`);
  if (!(timeout > 0)) throw new Error(`--timeout takes seconds (a positive number); got "${value('--timeout')}"`);
  return {
    runs,
    datasets,
    timeoutMs: timeout * 1000,
    timelineJs: !args.includes('--no-timelinejs'),
    lighthouse: !args.includes('--no-lighthouse'),
  };
}

async function main(options: Options): Promise<void> {
  const sizes = options.datasets.filter((dataset): dataset is number => dataset !== 'bundled');
  writeBenchData(sizes);

  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await browser?.close();
    await server?.close();
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    log('Building and serving the app …');
    server = await buildAndServe();
    browser = await launchChromium();
    const machine = describeMachine(browser);
    const datasets: DatasetResults[] = [];
    for (const dataset of options.datasets) datasets.push(await measureDataset(browser, server.url, dataset, options));
    await browser.close();
    browser = undefined;

    const lighthouse = options.lighthouse ? await lighthouseOrError(server.url) : undefined;
    const results: BenchResults = { machine, runs: options.runs, datasets, ...(lighthouse && { lighthouse }) };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatReport(results));
    log(`\nRaw runs and machine info: ${RESULTS_FILE}`);
  } finally {
    await cleanUp();
  }
}

async function measureDataset(
  browser: Browser,
  baseUrl: string,
  dataset: Dataset,
  options: Options,
): Promise<DatasetResults> {
  const results: DatasetResults = {
    dataset,
    events: eventCount(dataset),
    ours: [],
    timelinejs: [],
    validation: [],
    explore: [],
    editor: [],
    conversion: [],
  };
  const targets: Target[] = options.timelineJs ? [OURS, TIMELINEJS] : [OURS];
  // Worked out once: what the search should find, and the draft the editor restores.
  const timeline = dataset === 'bundled' ? undefined : timelineOf(ourFile(dataset));
  const savedDraft = dataset === EDITOR_EVENTS ? savedBenchDraft(dataset) : undefined;
  for (let run = 1; run <= options.runs; run++) {
    // Alternating who goes first spreads any drift in the machine's load over both.
    const order = run % 2 === 1 ? targets : [...targets].reverse();
    for (const target of order) {
      log(
        `${dataset === 'bundled' ? 'bundled data' : `${dataset} events`}, run ${run}/${options.runs}: ${target.label}`,
      );
      results[target.name].push(
        await outcome(measureRun(browser, target, baseUrl + target.path(dataset), options.timeoutMs)),
      );
    }
    if (timeline) {
      log(`${dataset} events, run ${run}/${options.runs}: search and filters`);
      const url = baseUrl + OURS.path(dataset);
      results.explore.push(await outcome(measureExplore(browser, url, timeline, options.timeoutMs)));
    }
    if (savedDraft !== undefined) {
      log(`${dataset} events, run ${run}/${options.runs}: the editor`);
      results.editor.push(await outcome(measureEditor(browser, baseUrl, savedDraft, run, options.timeoutMs)));
    }
  }
  if (dataset !== 'bundled') {
    results.validation.push(...measureValidation(ourFile(dataset), options.runs));
    log(`${dataset} events: converting the CSV`);
    results.conversion.push(...measureConversion(csvFile(dataset), convertedFile(dataset), options.runs));
  }
  return results;
}

async function outcome<T extends object>(run: Promise<T>): Promise<Outcome<T>> {
  try {
    return await run;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  failed: ${message}`);
    return { error: message };
  }
}

async function lighthouseOrError(baseUrl: string) {
  log('Lighthouse (mobile preset, bundled data) …');
  try {
    return await runLighthouse(baseUrl);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function eventCount(dataset: Dataset): number {
  if (dataset !== 'bundled') return dataset;
  const { events } = JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: unknown[] };
  return events.length;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

main(readOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
