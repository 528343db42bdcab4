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

/** Saves the draft; returns a sentence for the page when the browser refuses (full, private mode, blocked). */
export function saveDraft(store: KeyValueStore | Error, saved: SavedDraft): string | undefined {
  if (store instanceof Error) return storageMessage(store);
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ version: FORMAT_VERSION, ...saved }));
    return undefined;
  } catch (error) {
    return storageMessage(error);
  }
}

/** The draft kept from the last visit: undefined when there is none, a sentence when it cannot be read. */
export function loadDraft(store: KeyValueStore | Error): SavedDraft | string | undefined {
  if (store instanceof Error) return storageMessage(store);
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch (error) {
    return storageMessage(error);
  }
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isSavedDraft(value)) return { draft: value.draft, unexported: value.unexported };
  } catch {
    // Reported below, with the same words as a value of the wrong shape.
  }
  return 'The draft kept in this browser could not be read, so the editor starts afresh.';
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

function storageMessage(error: unknown): string {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
  const reason = quota
    ? 'the browser storage for this site is full'
    : `the browser refused to store it (${error instanceof Error ? error.message : String(error)})`;
  return (
    `Your changes are not being saved in this browser: ${reason}. ` +
    'Export the draft as JSON now and again before you leave, or your work will be lost.'
  );
}

/** Saves the draft as it changes and keeps the latest storage error, in the shape useSyncExternalStore reads. */
export interface DraftSaver {
  readonly save: (saved: SavedDraft) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** The sentence to show while saving fails; undefined while it works. */
  readonly message: () => string | undefined;
}

export function draftSaver(store: KeyValueStore | Error): DraftSaver {
  let message: string | undefined;
  const listeners = new Set<() => void>();
  return {
    save: (saved) => {
      const next = saveDraft(store, saved);
      if (next === message) return;
      message = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    message: () => message,
  };
}
