import { validateEventsText, type ValidationResult } from './validate.ts';

/** Where the bundled event list lives in the repository, for messages. */
export const BUNDLED_DATA_PATH = 'data/events.json';

/**
 * The bundled record and its source texts come in a chunk of their own (bundledData.ts), loaded
 * as the app starts, so the first screen's script stays small; the single-file build inlines it.
 */
export function loadBundledTimeline(): Promise<ValidationResult> {
  return import('./bundledData.ts').then(({ eventsText, readBundledText }) => validateEventsText(eventsText, readBundledText));
}
