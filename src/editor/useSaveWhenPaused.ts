import { useEffect, useRef } from 'react';
import type { EditorDraft } from './draft.ts';
import type { DraftSaver, SavedDraft } from './storage.ts';

/** How long the draft waits after a change before it is written: steady typing is saved when it pauses. */
export const SAVE_DELAY_MS = 250;

/**
 * Saves the draft in the browser shortly after each change rather than within it: writing 1,000 events to
 * localStorage takes tens of milliseconds, which the preview, due within 200 ms of an edit, would pay.
 * Leaving or hiding the page (a reload, a closed tab, a switch to another app) saves at once, and so does
 * the editor closing, so no change is left unsaved.
 */
export function useSaveWhenPaused(saver: DraftSaver, draft: EditorDraft, unexported: boolean): void {
  // The change not yet written, if any.
  const pending = useRef<SavedDraft | null>(null);

  useEffect(() => {
    const flush = () => writePending(saver, pending);
    const flushIfHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushIfHidden);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushIfHidden);
    };
  }, [saver]);

  useEffect(() => {
    pending.current = { draft, unexported };
    const timer = setTimeout(() => writePending(saver, pending), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [saver, draft, unexported]);
}

function writePending(saver: DraftSaver, pending: { current: SavedDraft | null }): void {
  if (pending.current === null) return;
  saver.save(pending.current);
  pending.current = null;
}
