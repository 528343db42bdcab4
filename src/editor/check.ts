import { useEffect, useRef, useState } from 'react';
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

/**
 * At most one check of the draft this often while it keeps changing: a check of 1,000 events takes
 * tens of milliseconds, which typing at full speed should not pay on every key.
 */
export const CHECK_INTERVAL_MS = 150;

/**
 * The check of the draft, run again as soon as it changes, or, within CHECK_INTERVAL_MS of the last
 * check, at the end of that interval with the draft as it is then. A single edit is checked at once
 * (waiting for typing to pause would spend most of the 200 ms the preview has to follow an edit),
 * and steady typing is checked every CHECK_INTERVAL_MS, its last key included.
 */
export function useDraftCheck(draft: EditorDraft, catalog: ProblemCatalog): DraftCheck {
  const [check, setCheck] = useState(() => checkDraft(draft, undefined, catalog));
  const lastCheckAt = useRef(Number.NEGATIVE_INFINITY);
  // The draft the check is of (at first the one checked above, which needs no second check on opening).
  const checkedDraft = useRef(draft);
  useEffect(() => {
    if (draft === checkedDraft.current) return;
    const wait = Math.max(0, lastCheckAt.current + CHECK_INTERVAL_MS - performance.now());
    const timer = setTimeout(() => {
      lastCheckAt.current = performance.now();
      checkedDraft.current = draft;
      setCheck((previous) => checkDraft(draft, previous.lastValid, catalog));
    }, wait);
    return () => clearTimeout(timer);
  }, [draft, catalog]);
  return check;
}
