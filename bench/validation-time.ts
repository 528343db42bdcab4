import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Timeline } from '../src/events/model.ts';
import { validateEventsText } from '../src/events/validate.ts';

/**
 * Milliseconds `validateEventsText` takes on a file (parse, structure, meaning, quotes), once per
 * run, in Node, the first run included (cold, as in the app). Source texts are read beforehand, so
 * only validation is timed.
 */
export function measureValidation(file: string, runs: number): number[] {
  const text = readFileSync(file, 'utf8');
  const texts = sourceTexts(file, text);
  const readText = (path: string) => texts.get(path) ?? new Error('not read by the bench');
  return Array.from({ length: runs }, (_, run) => {
    const start = performance.now();
    const result = validateEventsText(text, readText);
    const elapsed = performance.now() - start;
    if (!result.ok) throw new Error(`${file} is not valid (run ${run + 1}); see npm run validate -- ${file}`);
    return elapsed;
  });
}

/** The file as the app reads it (validated, in date order), for working out what a search should find. */
export function timelineOf(file: string): Timeline {
  const text = readFileSync(file, 'utf8');
  const texts = sourceTexts(file, text);
  const result = validateEventsText(text, (path) => texts.get(path) ?? new Error('not read by the bench'));
  if (!result.ok) throw new Error(`${file} is not valid; see npm run validate -- ${file}`);
  return result.timeline;
}

function sourceTexts(file: string, text: string): Map<string, string> {
  const { sources } = JSON.parse(text) as { sources: { text?: string }[] };
  const paths = sources.flatMap((source) => (source.text ? [source.text] : []));
  return new Map(paths.map((path) => [path, readFileSync(resolve(dirname(file), path), 'utf8')]));
}
