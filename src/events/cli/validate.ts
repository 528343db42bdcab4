/**
 * `npm run validate [file]`: checks an events file exactly as the app does and lists every
 * problem with its place. Exit code 0 when valid, 1 when not.
 */
import { dirname, resolve } from 'node:path';
import { problemText } from '../problems.ts';
import { validateEventsText } from '../validate.ts';
import { readTextFile } from './readTextFile.ts';

const DEFAULT_FILE = 'data/events.json';

function main(args: readonly string[]): number {
  const file = args[0] ?? DEFAULT_FILE;
  const text = readTextFile(file);
  if (text instanceof Error) {
    console.error(`${file}: ${text.message}`);
    return 1;
  }
  const result = validateEventsText(text, (path) => readTextFile(resolve(dirname(file), path)));
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${file}: ${problemText(problem)}`);
    const count = result.problems.length;
    console.error(`${file}: ${count} problem${count === 1 ? '' : 's'}.`);
    return 1;
  }
  const { events, tracks } = result.timeline;
  const quotes = events.flatMap((event) => event.citations);
  const checked = quotes.filter((citation) => citation.checked).length;
  console.log(
    `${file}: valid. ${events.length} events on ${tracks.length} tracks; ` +
      `${checked} of ${quotes.length} quotes found verbatim in their source texts.`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
