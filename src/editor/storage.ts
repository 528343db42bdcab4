import type { EditorT } from '../i18n/editorText.ts';
import type { EditorDraft } from './draft.ts';

/** What is kept in the browser between visits: the draft, and whether it holds changes never exported. */
export interface SavedDraft {
  readonly draft: EditorDraft;
  readonly unexported: boolean;
}

/** The part of the Web Storage API the editor uses, so tests can hand in one that fails. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export const STORAGE_KEY = 'un-ict-timeline-editor-draft';
const FORMAT_VERSION = 1;

/** Why the draft could not be kept or read: the page says it in words (storageMessage). */
export type StorageProblem =
  { readonly kind: 'full' } | { readonly kind: 'refused'; readonly reason: string } | { readonly kind: 'unreadable' };

/** Saves the draft; returns what went wrong when the browser refuses (full, private mode, blocked). */
export function saveDraft(store: KeyValueStore | Error, saved: SavedDraft): StorageProblem | undefined {
  if (store instanceof Error) return storageProblem(store);
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ version: FORMAT_VERSION, ...saved }));
    return undefined;
  } catch (error) {
    return storageProblem(error);
  }
}

/** The draft kept from the last visit: undefined when there is none, a problem when it cannot be read. */
export function loadDraft(store: KeyValueStore | Error): SavedDraft | StorageProblem | undefined {
  if (store instanceof Error) return storageProblem(store);
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch (error) {
    return storageProblem(error);
  }
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isSavedDraft(value)) return { draft: value.draft, unexported: value.unexported };
  } catch {
    // Reported below, with the same words as a value of the wrong shape.
  }
  return { kind: 'unreadable' };
}

/** Whether loadDraft found no draft it could use, but something to say. */
export function isStorageProblem(loaded: SavedDraft | StorageProblem | undefined): loaded is StorageProblem {
  return loaded !== undefined && 'kind' in loaded;
}

/** The page's localStorage, or the error the browser raises when it is blocked (some private modes). */
export function browserStore(): KeyValueStore | Error {
  try {
    return window.localStorage;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function isSavedDraft(value: unknown): value is SavedDraft & { version: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { version, draft, unexported } = value as Record<string, unknown>;
  if (version !== FORMAT_VERSION || typeof unexported !== 'boolean') return false;
  if (typeof draft !== 'object' || draft === null) return false;
  const { details, sources, events } = draft as Record<string, unknown>;
  return typeof details === 'object' && details !== null && Array.isArray(sources) && Array.isArray(events);
}

function storageProblem(error: unknown): StorageProblem {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return { kind: 'full' };
  return { kind: 'refused', reason: error instanceof Error ? error.message : String(error) };
}

/** The problem in a sentence for the page, in the editor's language. */
export function storageMessage(problem: StorageProblem, t: EditorT): string {
  switch (problem.kind) {
    case 'full':
      return t('editor.storage.full');
    case 'refused':
      return t('editor.storage.refused', { reason: problem.reason });
    case 'unreadable':
      return t('editor.storage.unreadable');
  }
}

function sameProblem(a: StorageProblem | undefined, b: StorageProblem | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Saves the draft as it changes and keeps the latest storage error, in the shape useSyncExternalStore reads. */
export interface DraftSaver {
  readonly save: (saved: SavedDraft) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** What to say while saving fails; undefined while it works. The same object until it changes. */
  readonly problem: () => StorageProblem | undefined;
}

export function draftSaver(store: KeyValueStore | Error): DraftSaver {
  let problem: StorageProblem | undefined;
  const listeners = new Set<() => void>();
  return {
    save: (saved) => {
      const next = saveDraft(store, saved);
      if (sameProblem(next, problem)) return;
      problem = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    problem: () => problem,
  };
}
