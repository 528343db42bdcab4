import type { ValidationResult } from './validate.ts';

/** Where the bundled event list lives in the repository, for messages. */
export const BUNDLED_DATA_PATH = 'data/events.json';

/**
 * The bundled record, its source texts and the validator come in chunks of their own, loaded as
 * the app starts, so the first screen's script stays small; the single-file build inlines them.
 */
export async function loadBundledTimeline(): Promise<ValidationResult> {
  const [{ eventsText, readBundledText }, { validateEventsText }] = await Promise.all([
    import('./bundledData.ts'),
    import('./validate.ts'),
  ]);
  return validateEventsText(eventsText, readBundledText);
}
