// Read as text and parsed here, so that a syntax error reaches the error panel, not the build.
import eventsText from '../../data/events.json?raw';
import { validateEventsText, type ValidationResult } from './validate.ts';

/** Where the bundled event list lives in the repository, for messages. */
export const BUNDLED_DATA_PATH = 'data/events.json';

// Source texts are bundled so quotes can be checked without a request (and offline).
const sourceTexts = import.meta.glob<string>('../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function readBundledText(path: string): string | Error {
  const text = sourceTexts[`../../data/${path}`];
  return text ?? new Error('no such file in data/sources/');
}

export function loadBundledTimeline(): ValidationResult {
  return validateEventsText(eventsText, readBundledText);
}
