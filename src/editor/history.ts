import type { DraftEvent, DraftSource, FileDetails } from '../events/convert/draft.ts';
import { duplicated, sortedByDate, withField, type EditorDraft, type EditorEvent, type EditorSource } from './draft.ts';

/** The draft with its undo and redo history, and whether it changed since it was last exported. */
export interface EditorState {
  readonly past: readonly EditorDraft[];
  readonly present: EditorDraft;
  readonly future: readonly EditorDraft[];
  /**
   * What the last change edited (`event k1 title`), so that typing in one field makes one step of
   * undo, not one a keystroke. Cleared by any other kind of change.
   */
  readonly lastEdit?: string;
  /** True when there are changes that were never exported (leaving the page then warns). */
  readonly unexported: boolean;
}

export type EditorAction =
  | { readonly type: 'start'; readonly draft: EditorDraft }
  | { readonly type: 'setDetail'; readonly field: keyof FileDetails; readonly value: string }
  | { readonly type: 'addEvent'; readonly event: EditorEvent }
  | { readonly type: 'updateEvent'; readonly key: string; readonly record: DraftEvent; readonly field: string }
  | { readonly type: 'duplicateEvent'; readonly key: string; readonly newKey: string }
  | { readonly type: 'deleteEvent'; readonly key: string }
  | { readonly type: 'addSource'; readonly source: EditorSource }
  | {
      readonly type: 'updateSource';
      readonly key: string;
      readonly record: DraftSource;
      readonly text: string | undefined;
      readonly field: string;
    }
  | { readonly type: 'deleteSource'; readonly key: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'exported' };

/** Steps of undo kept; older ones are dropped so a long session does not grow without end. */
export const MAX_UNDO_STEPS = 200;

export function initialState(draft: EditorDraft, unexported = false): EditorState {
  return { past: [], present: draft, future: [], unexported };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        unexported: true,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest, unexported: true };
    }
    case 'exported':
      return { ...state, unexported: false };
    case 'start':
      // A new starting point holds no work of its own yet; the draft it replaces stays one undo away.
      return { ...committed(state, action.draft), unexported: false };
    default: {
      const draft = edited(state.present, action);
      const edit = editKey(action);
      if (edit !== undefined && edit === state.lastEdit) {
        return { ...state, present: draft, future: [], unexported: true };
      }
      return { ...committed(state, draft), ...(edit !== undefined && { lastEdit: edit }) };
    }
  }
}

type EditAction = Exclude<EditorAction, { type: 'undo' | 'redo' | 'exported' | 'start' }>;

function committed(state: EditorState, draft: EditorDraft): EditorState {
  return {
    past: [...state.past, state.present].slice(-MAX_UNDO_STEPS),
    present: draft,
    future: [],
    unexported: true,
  };
}

function editKey(action: EditAction): string | undefined {
  switch (action.type) {
    case 'setDetail':
      return `details ${action.field}`;
    case 'updateEvent':
      return `event ${action.key} ${action.field}`;
    case 'updateSource':
      return `source ${action.key} ${action.field}`;
    default:
      return undefined;
  }
}

function edited(draft: EditorDraft, action: EditAction): EditorDraft {
  switch (action.type) {
    case 'setDetail':
      return { ...draft, details: withField(draft.details, action.field, action.value) };
    case 'addEvent':
      return { ...draft, events: sortedByDate([...draft.events, action.event]) };
    case 'updateEvent':
      return {
        ...draft,
        events: sortedByDate(
          draft.events.map((event) => (event.key === action.key ? { ...event, record: action.record } : event)),
        ),
      };
    case 'duplicateEvent': {
      const original = draft.events.find((event) => event.key === action.key);
      if (!original) return draft;
      const ids = new Set(draft.events.flatMap((event) => (event.record.id === undefined ? [] : [event.record.id])));
      const copy = { key: action.newKey, record: duplicated(original.record, ids) };
      const at = draft.events.indexOf(original) + 1;
      return { ...draft, events: [...draft.events.slice(0, at), copy, ...draft.events.slice(at)] };
    }
    case 'deleteEvent':
      return { ...draft, events: draft.events.filter((event) => event.key !== action.key) };
    case 'addSource':
      return { ...draft, sources: [...draft.sources, action.source] };
    case 'updateSource': {
      const before = draft.sources.find((source) => source.key === action.key);
      const sources = draft.sources.map((source) =>
        source === before
          ? { key: source.key, record: action.record, ...(action.text !== undefined && { text: action.text }) }
          : source,
      );
      const [from, to] = [before?.record.id, action.record.id];
      // A source renamed keeps its quotes: the citations follow the new id.
      if (from === undefined || to === undefined || from === to) return { ...draft, sources };
      return { ...draft, sources, events: draft.events.map((event) => withSourceRenamed(event, from, to)) };
    }
    case 'deleteSource':
      return { ...draft, sources: draft.sources.filter((source) => source.key !== action.key) };
  }
}

function withSourceRenamed(event: EditorEvent, from: string, to: string): EditorEvent {
  if (!event.record.citations.some((citation) => citation.source === from)) return event;
  const citations = event.record.citations.map((citation) =>
    citation.source === from ? { ...citation, source: to } : citation,
  );
  return { ...event, record: { ...event.record, citations } };
}
