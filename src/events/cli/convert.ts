/**
 * `npm run convert -- in.csv -o out.json` (or in.json -o out.csv): converts between spreadsheets,
 * TimelineJS files and events files, and checks the result as `npm run validate` does.
 * Exit code 1 when anything is wrong.
 */
import { convertFiles } from './convertFiles.ts';

process.exitCode = convertFiles(process.argv.slice(2), {
  log: (line) => {
    console.log(line);
  },
  error: (line) => {
    console.error(line);
  },
});
