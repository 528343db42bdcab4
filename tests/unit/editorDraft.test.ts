import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../../src/events/convert/draft.ts';
import { checkDraft } from '../../src/editor/check.ts';
import {
  draftFromFile,
  EMPTY_DRAFT,
  toEventsFile,
  type EditorDraft,
  type EditorEvent,
} from '../../src/editor/draft.ts';
import { eventFieldKey, noticesAt, problemCount } from '../../src/editor/fieldProblems.ts';
import { editorReducer, initialState, MAX_UNDO_STEPS, type EditorState } from '../../src/editor/history.ts';
import {
  draftSaver,
  isStorageProblem,
  loadDraft,
  saveDraft,
  storageMessage,
  type KeyValueStore,
  type SavedDraft,
  type StorageProblem,
} from '../../src/editor/storage.ts';
import { editorText, ENGLISH_EDITOR_TEXT } from '../../src/i18n/editorText.ts';

const SOURCE_TEXT = 'The delegates agreed on the text of the resolution after long talks.';

function event(key: string, fields: Partial<DraftEvent> = {}): EditorEvent {
  return {
    key,
    record: {
      id: key,
      date: '2000-01-01',
      title: `Title ${key}`,
      summary: 'A summary.',
      track: 'Track',
      actors: [],
      citations: [{ source: 'wire', quote: 'agreed on the text' }],
      ...fields,
    },
  };
}

function draft(...events: EditorEvent[]): EditorDraft {
  return {
    details: { title: 'Test timeline' },
    sources: [{ key: 's1', record: { id: 'wire', publisher: 'Example Wire' }, text: SOURCE_TEXT }],
    events,
  };
}

function titles(state: EditorState): string[] {
  return state.present.events.map((item) => String(item.record.title));
}

describe('the editor draft and its history (editorReducer)', () => {
  it('adds, edits, duplicates and deletes events, keeping them in date order', () => {
    let state = initialState(draft(event('b', { date: '2005' }), event('c', { date: '2010-06' })));
    state = editorReducer(state, { type: 'addEvent', event: event('a', { date: '1998-12-04' }) });
    expect(titles(state)).toEqual(['Title a', 'Title b', 'Title c']);

    const later = { ...state.present.events[0]!.record, date: '2020' };
    state = editorReducer(state, { type: 'updateEvent', key: 'a', record: later, field: 'date' });
    expect(titles(state)).toEqual(['Title b', 'Title c', 'Title a']);

    state = editorReducer(state, { type: 'duplicateEvent', key: 'b', newKey: 'b2' });
    expect(state.present.events.map((item) => item.record.id)).toEqual(['b', 'b-copy', 'c', 'a']);
    // A copy is its own event: changing it leaves the original alone.
    expect(state.present.events[1]!.record.citations).not.toBe(state.present.events[0]!.record.citations);

    state = editorReducer(state, { type: 'deleteEvent', key: 'c' });
    expect(state.present.events.map((item) => item.key)).toEqual(['b', 'b2', 'a']);
  });

  it('puts events without a date last, and keeps events on the same date in their order', () => {
    const state = initialState(draft());
    const added = [event('x', { date: '2001' }), event('none', { date: undefined }), event('y', { date: '2001' })];
    const final = added.reduce((current, item) => editorReducer(current, { type: 'addEvent', event: item }), state);
    expect(final.present.events.map((item) => item.key)).toEqual(['x', 'y', 'none']);
  });

  it('undoes and redoes each change, and a new change clears what could be redone', () => {
    let state = initialState(draft(event('a')));
    state = editorReducer(state, { type: 'setDetail', field: 'title', value: 'New title' });
    state = editorReducer(state, { type: 'deleteEvent', key: 'a' });
    state = editorReducer(state, { type: 'undo' });
    expect(state.present.events).toHaveLength(1);
    state = editorReducer(state, { type: 'undo' });
    expect(state.present.details.title).toBe('Test timeline');
    state = editorReducer(state, { type: 'redo' });
    expect(state.present.details.title).toBe('New title');
    state = editorReducer(state, { type: 'setDetail', field: 'license', value: 'CC BY 4.0' });
    expect(editorReducer(state, { type: 'redo' })).toBe(state);
  });

  it('makes one undo step of typing in one field, and a new step for another field', () => {
    let state = initialState(draft(event('a')));
    for (const value of ['N', 'Ne', 'New']) state = editorReducer(state, { type: 'setDetail', field: 'title', value });
    state = editorReducer(state, { type: 'setDetail', field: 'description', value: 'About' });
    state = editorReducer(state, { type: 'undo' });
    expect(state.present.details).toEqual({ title: 'New' });
    state = editorReducer(state, { type: 'undo' });
    expect(state.present.details).toEqual({ title: 'Test timeline' });
  });

  it('leaves out a field emptied, as a missing field, and keeps at most MAX_UNDO_STEPS steps', () => {
    let state = initialState(draft());
    state = editorReducer(state, { type: 'setDetail', field: 'title', value: '' });
    expect(state.present.details).toEqual({});
    for (let step = 0; step < MAX_UNDO_STEPS + 10; step += 1) {
      state = editorReducer(state, { type: 'addEvent', event: event(`e${step}`) });
    }
    expect(state.past).toHaveLength(MAX_UNDO_STEPS);
  });

  it('renames the citations of a source whose id changes, so its quotes stay attached', () => {
    let state = initialState(draft(event('a')));
    const source = state.present.sources[0]!;
    state = editorReducer(state, {
      type: 'updateSource',
      key: source.key,
      record: { ...source.record, id: 'example-wire' },
      text: source.text,
      field: 'id',
    });
    expect(state.present.events[0]!.record.citations).toEqual([
      { source: 'example-wire', quote: 'agreed on the text' },
    ]);
  });

  it('counts changes never exported: an edit sets it, an export clears it, a new start has none', () => {
    let state = initialState(EMPTY_DRAFT);
    expect(state.unexported).toBe(false);
    state = editorReducer(state, { type: 'setDetail', field: 'title', value: 'T' });
    expect(state.unexported).toBe(true);
    state = editorReducer(state, { type: 'exported' });
    expect(state.unexported).toBe(false);
    state = editorReducer(state, { type: 'setDetail', field: 'title', value: 'Tx' });
    state = editorReducer(state, { type: 'start', draft: draft() });
    expect(state.unexported).toBe(false);
    // The draft a start replaced is one undo away.
    expect(editorReducer(state, { type: 'undo' }).present.details).toEqual({ title: 'Tx' });
  });
});

describe('the events file made from a draft', () => {
  it('names a pasted source text by the source id, and checks quotes against it', () => {
    const file = toEventsFile(draft(event('a')));
    expect(file.sources[0]).toEqual({ id: 'wire', publisher: 'Example Wire', text: 'sources/wire.txt' });
    expect(checkDraft(draft(event('a'))).ok).toBe(true);

    const misquoted = draft(event('a', { citations: [{ source: 'wire', quote: 'agreed to the text' }] }));
    const check = checkDraft(misquoted);
    expect(check.ok).toBe(false);
    expect(noticesAt(check.events.get('a'), 'citations.0.quote').map((notice) => notice.message)).toEqual([
      expect.stringContaining('not found in source "wire"'),
    ]);
  });

  it('keeps the translations of the title and the track names that came with the file', () => {
    const file = toEventsFile(draft(event('a')));
    const translated = {
      ...file,
      translations: { fr: { title: 'Frise de test' } },
      trackNames: { Track: { fr: 'Piste', ar: 'مسار' } },
    };
    const edited = editorReducer(initialState(draftFromFile(translated, () => SOURCE_TEXT)), {
      type: 'setDetail',
      field: 'title',
      value: 'Renamed',
    });
    const exported = toEventsFile(edited.present);
    expect(exported.title).toBe('Renamed');
    expect(exported.translations).toEqual({ fr: { title: 'Frise de test' } });
    expect(exported.trackNames).toEqual({ Track: { fr: 'Piste', ar: 'مسار' } });
  });
});

describe('problems shown beside their fields', () => {
  it('maps paths inside an event to the fields of its form', () => {
    expect(eventFieldKey(['date'])).toBe('date');
    expect(eventFieldKey(['actors', 2])).toBe('actors');
    expect(eventFieldKey(['citations', 0, 'quote'])).toBe('citations.0.quote');
    expect(eventFieldKey(['citations'])).toBe('citations');
    expect(eventFieldKey(['documents', 1, 'url'])).toBe('documents.1.url');
    expect(eventFieldKey(['colour'])).toBe('');
  });

  it('puts a date that is not in the calendar beside the date, and counts it on the event only', () => {
    const check = checkDraft(draft(event('a', { date: '2019-02-30' }), event('b')));
    const notices = check.events.get('a');
    expect(noticesAt(notices, 'date')).toEqual([
      { message: 'expected a real calendar date; got "2019-02-30"', severity: 'problem' },
    ]);
    expect(problemCount(notices)).toBe(1);
    expect(problemCount(check.events.get('b'))).toBe(0);
    expect(check.problemCount).toBe(1);
  });

  it('puts problems of the file as a whole in one place, with what they concern', () => {
    const check = checkDraft({ ...draft(), details: {} });
    expect(noticesAt(check.file, 'title').map((notice) => notice.message)).toEqual(['missing; expected a string']);
    expect(noticesAt(check.file, '').map((notice) => notice.message)).toEqual(['events: expected at least one event']);
  });

  it('keeps showing the last valid state while the draft is invalid', () => {
    const valid = checkDraft(draft(event('a')));
    const invalid = checkDraft(draft(event('a', { date: '2019-02-30' })), valid.lastValid);
    expect(invalid.ok).toBe(false);
    expect(invalid.lastValid?.events.map((item) => item.date.iso)).toEqual(['2000-01-01']);
  });
});

describe('saving the draft in the browser', () => {
  const saved = { draft: draft(event('a')), unexported: true };

  function memoryStore(): KeyValueStore {
    const values = new Map<string, string>();
    return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
  }

  it('keeps the draft for the next visit', () => {
    const store = memoryStore();
    expect(saveDraft(store, saved)).toBeUndefined();
    expect(loadDraft(store)).toEqual(saved);
  });

  it("says, in words and in the editor's language, that changes are not saved when the storage is full", async () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const saver = draftSaver(full);
    let notified = 0;
    saver.subscribe(() => (notified += 1));
    saver.save(saved);
    const problem = saver.problem();
    expect(problem && storageMessage(problem, ENGLISH_EDITOR_TEXT)).toMatch(
      /^Your changes are not being saved in this browser: the browser storage .* is full/,
    );
    expect(problem && storageMessage(problem, ENGLISH_EDITOR_TEXT)).toContain('Export the draft as JSON');
    expect(problem && storageMessage(problem, await editorText('fr'))).toMatch(
      /^Vos modifications ne sont pas enregistrées dans ce navigateur\u00A0: l’espace de stockage .* est plein/,
    );
    expect(notified).toBe(1);
  });

  it('says so when the browser blocks storage altogether (some private modes)', () => {
    // What browserStore() returns when reading window.localStorage throws.
    const blocked = new Error('Access is denied for this document.');
    const inWords = (problem: SavedDraft | StorageProblem | undefined) =>
      isStorageProblem(problem) ? storageMessage(problem, ENGLISH_EDITOR_TEXT) : problem;
    expect(inWords(loadDraft(blocked))).toContain('Access is denied for this document.');
    expect(inWords(saveDraft(blocked, saved))).toContain('Your changes are not being saved');
  });

  it('starts afresh, saying so, from a stored draft it cannot read', () => {
    const store = memoryStore();
    store.setItem('un-ict-timeline-editor-draft', '{"version": 1, "draft": 3');
    const problem = loadDraft(store);
    expect(isStorageProblem(problem) && storageMessage(problem, ENGLISH_EDITOR_TEXT)).toBe(
      'The draft kept in this browser could not be read, so the editor starts afresh.',
    );
  });
});
