import { performance } from 'node:perf_hooks';
import { convertFiles } from '../src/events/cli/convertFiles.ts';

/**
 * Milliseconds `npm run convert -- in.csv -o out.json` takes in-process, once per run, the first
 * included: reading the sheet, converting it, checking the result with the validator (quotes
 * against the source text beside it) and writing the JSON. Node's start and tsx's compile are not
 * counted: they are the same for any file.
 */
export function measureConversion(csvFile: string, jsonFile: string, runs: number): number[] {
  return Array.from({ length: runs }, (_, run) => {
    const lines: string[] = [];
    const keep = (line: string) => {
      lines.push(line);
    };
    const start = performance.now();
    const status = convertFiles([csvFile, '-o', jsonFile, '--title', 'Benchmark timeline'], { log: keep, error: keep });
    const elapsed = performance.now() - start;
    if (status !== 0) throw new Error(`converting ${csvFile} failed (run ${run + 1}): ${lines.join(' / ')}`);
    return elapsed;
  });
}
