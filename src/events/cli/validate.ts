/**
 * `npm run validate [file...]`: checks events files exactly as the app does and lists every
 * problem and warning with its place. Exit code 1 when any file has an error, else 0.
 */
import { validateFiles } from './validateFiles.ts';

const DEFAULT_FILE = 'data/events.json';

const files = process.argv.slice(2);
process.exitCode = validateFiles(files.length > 0 ? files : [DEFAULT_FILE], {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
