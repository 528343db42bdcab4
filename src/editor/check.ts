import { useEffect, useState } from 'react';
import { en } from '../events/messages.en.ts';
import type { Timeline } from '../events/model.ts';
import type { ProblemCatalog } from '../events/problemCodes.ts';
import { validateEventsFile } from '../events/validate.ts';
import { sourceTextReader, toEventsFile, type EditorDraft } from './draft.ts';
import { draftNotices, type FieldNotices } from './fieldProblems.ts';

/** What the validator says about a draft, sorted to its records by their keys, and the preview to show. */
export interface DraftCheck {
  readonly ok: boolean;
  readonly problemCount: number;
  readonly file: FieldNotices;
  readonly events: ReadonlyMap<string, FieldNotices>;
  readonly sources: ReadonlyMap<string, FieldNotices>;
  /** The draft's last valid state: what the preview shows while the draft is invalid. */
  readonly lastValid: Timeline | undefined;
}

/**
 * Runs the same validator as the app and `npm run validate`, with the texts pasted in the editor as the sources',
 * and words its findings with the catalog (English unless given).
 */
export function checkDraft(draft: EditorDraft, lastValid?: Timeline, catalog: ProblemCatalog = en): DraftCheck {
  const result = validateEventsFile(toEventsFile(draft), sourceTextReader(draft));
  const problems = result.ok ? [] : result.problems;
  const counts = { events: draft.events.length, sources: draft.sources.length };
  const notices = draftNotices(problems, result.warnings ?? [], counts, catalog);
  const byKey = (records: readonly { key: string }[], found: readonly FieldNotices[]) =>
    new Map(records.map((record, index) => [record.key, found[index] ?? new Map()]));
  return {
    ok: result.ok,
    problemCount: problems.length,
    file: notices.file,
    events: byKey(draft.events, notices.events),
    sources: byKey(draft.sources, notices.sources),
    lastValid: result.ok ? result.timeline : lastValid,
  };
}

/** How long typing may pause before the draft is checked: short enough for the preview to follow within 200 ms. */
export const CHECK_DELAY_MS = 150;

/** The check of the draft, run again when the draft has not changed for CHECK_DELAY_MS. */
export function useDraftCheck(draft: EditorDraft, catalog: ProblemCatalog): DraftCheck {
  const [check, setCheck] = useState(() => checkDraft(draft, undefined, catalog));
  useEffect(() => {
    const recheck = () => setCheck((previous) => checkDraft(draft, previous.lastValid, catalog));
    const timer = setTimeout(recheck, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, catalog]);
  return check;
}
