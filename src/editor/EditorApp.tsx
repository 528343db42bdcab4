import {
  useEffect,
  useEffectEvent,
  useId,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type ActionDispatch,
} from 'react';
import type { FileDetails } from '../events/convert/draft.ts';
import { useDraftCheck, type DraftCheck } from './check.ts';
import { blankEvent, EMPTY_DRAFT, isEmptyDraft, newKey, type EditorDraft } from './draft.ts';
import { EventForm } from './EventForm.tsx';
import { download, eventsCsv, eventsJson, sourceTextFiles } from './exportFiles.ts';
import { Field, NoticeList, textOf } from './Field.tsx';
import { fieldHelp } from './fieldHelp.ts';
import { noticesAt, problemCount } from './fieldProblems.ts';
import { editorReducer, initialState, type EditorAction } from './history.ts';
import { Preview } from './Preview.tsx';
import { loadTemplate, singleFileHtml, TemplateError } from './singleFile.ts';
import { problemsText, SourcesPanel } from './SourcesPanel.tsx';
import { addressStart, bundledStart, fileStart, templateStart, type Start } from './startingPoints.ts';
import { browserStore, draftSaver, loadDraft, type SavedDraft } from './storage.ts';
import '../app/app.css';
import './editor.css';

export interface EditorAppProps {
  /** The `?data=` address, offered as a starting point (and opened when there is no draft yet). */
  readonly dataParam: string | null;
  readonly pageUrl: URL;
}

interface PendingStart {
  /** What would replace the draft, as a phrase: "The bundled record". */
  readonly label: string;
  readonly load: () => Promise<Start | Error>;
}

/** The editor (`?edit=1`): write or import an event list, checked as you type, previewed as readers see it. */
export default function EditorApp({ dataParam, pageUrl }: EditorAppProps) {
  const [store] = useState(browserStore);
  const [restored] = useState(() => loadDraft(store));
  const [state, dispatch] = useReducer(editorReducer, restored, (saved: SavedDraft | string | undefined) =>
    typeof saved === 'object' ? initialState(saved.draft, saved.unexported) : initialState(EMPTY_DRAFT),
  );
  const [saver] = useState(() => draftSaver(store));
  const storageError = useSyncExternalStore(saver.subscribe, saver.message);
  const [notes, setNotes] = useState<readonly string[]>(() => restoredNotes(restored));
  const [startError, setStartError] = useState<string>();
  const [pending, setPending] = useState<PendingStart | null>(null);
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const draft = state.present;
  const check = useDraftCheck(draft);

  useEffect(() => {
    saver.save({ draft: state.present, unexported: state.unexported });
  }, [saver, state.present, state.unexported]);
  useUndoKeys(dispatch);
  useLeaveWarning(state.unexported);

  const apply = (start: Start | Error) => {
    setStartError(start instanceof Error ? start.message : undefined);
    if (start instanceof Error) return;
    dispatch({ type: 'start', draft: start.draft });
    setNotes(start.notes);
    setEditingKey(null);
  };
  const begin = async (load: () => Promise<Start | Error>) => {
    apply(await load().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
  };
  const requestStart = (label: string, load: () => Promise<Start | Error>) => {
    if (isEmptyDraft(draft)) void begin(load);
    else setPending({ label, load });
  };
  // With no draft kept in this browser, a `?data=` list is where the editor starts.
  const [firstLoad] = useState(() =>
    restored === undefined && dataParam !== null ? addressStart(dataParam, pageUrl) : undefined,
  );
  const applyFirst = useEffectEvent(apply);
  useEffect(() => {
    let current = true;
    void firstLoad?.then((start) => {
      if (current) applyFirst(start);
    });
    return () => {
      current = false;
    };
  }, [firstLoad]);

  useFileDrop((files) => {
    requestStart(`The dropped file ${files.map((file) => file.name).join(', ')}`, () => fileStart(files));
  });
  const editing = draft.events.find((event) => event.key === editingKey);

  return (
    <div className="app editor">
      <header className="app-header">
        <h1>Timeline editor</h1>
        <p>
          Write an event list, or bring one from a spreadsheet or TimelineJS. Every change is checked as you type and
          kept in this browser; nothing is uploaded.
        </p>
      </header>
      <main>
        <div className="editor-toolbar" role="toolbar" aria-label="Draft">
          <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.past.length === 0}>
            Undo
          </button>
          <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={state.future.length === 0}>
            Redo
          </button>
          <span className="editor-saved">
            {storageError === undefined && (state.unexported ? 'Saved in this browser; not exported yet.' : 'Saved.')}
          </span>
        </div>
        <div role="alert" className="editor-alerts">
          {storageError !== undefined && <p className="editor-error">{storageError}</p>}
          {startError !== undefined && <p className="editor-error">Could not open it: {startError}</p>}
        </div>
        {notes.length > 0 && (
          <section className="editor-notes" aria-label="About the draft you opened">
            <ul>
              {notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setNotes([])}>
              Dismiss
            </button>
          </section>
        )}
        <div className="editor-columns">
          <div className="editor-main">
            <StartSection
              dataParam={dataParam}
              onStart={requestStart}
              onAddress={(param) => addressStart(param, pageUrl)}
            />
            <DetailsSection draft={draft} check={check} dispatch={dispatch} />
            <section aria-labelledby="editor-events-heading">
              <h2 id="editor-events-heading">Events ({draft.events.length})</h2>
              <button
                type="button"
                onClick={() => {
                  const key = newKey();
                  dispatch({ type: 'addEvent', event: { key, record: blankEvent() } });
                  setEditingKey(key);
                }}
              >
                Add event
              </button>
              <EventList draft={draft} check={check} editingKey={editingKey} onEdit={setEditingKey} />
              {editing && (
                <EventForm
                  key={editing.key}
                  event={editing}
                  notices={check.events.get(editing.key)}
                  sources={draft.sources}
                  onChange={(record, field) => dispatch({ type: 'updateEvent', key: editing.key, record, field })}
                  onDuplicate={() => {
                    const key = newKey();
                    dispatch({ type: 'duplicateEvent', key: editing.key, newKey: key });
                    setEditingKey(key);
                  }}
                  onDelete={() => {
                    dispatch({ type: 'deleteEvent', key: editing.key });
                    setEditingKey(null);
                  }}
                  onClose={() => setEditingKey(null)}
                />
              )}
            </section>
            <section aria-labelledby="editor-sources-heading">
              <h2 id="editor-sources-heading">Sources ({draft.sources.length})</h2>
              <SourcesPanel
                sources={draft.sources}
                notices={check.sources}
                onChange={(key, record, text, field) => dispatch({ type: 'updateSource', key, record, text, field })}
                onAdd={() => dispatch({ type: 'addSource', source: { key: newKey(), record: {} } })}
                onDelete={(key) => dispatch({ type: 'deleteSource', key })}
              />
            </section>
            <ExportSection draft={draft} check={check} onExported={() => dispatch({ type: 'exported' })} />
          </div>
          <section className="editor-preview" aria-labelledby="editor-preview-heading">
            <h2 id="editor-preview-heading">Preview</h2>
            <Preview
              timeline={check.lastValid}
              current={check.ok}
              problemCount={check.problemCount}
              selectedId={typeof editing?.record.id === 'string' ? editing.record.id : null}
              onSelect={(id) => setEditingKey(draft.events.find((event) => event.record.id === id)?.key ?? null)}
              onClose={() => setEditingKey(null)}
            />
          </section>
        </div>
      </main>
      <ConfirmReplace
        pending={pending}
        onConfirm={(load) => {
          setPending(null);
          void begin(load);
        }}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}

function restoredNotes(restored: SavedDraft | string | undefined): string[] {
  if (typeof restored === 'string') return [restored];
  if (restored === undefined || isEmptyDraft(restored.draft)) return [];
  return ['Your draft was restored from this browser.'];
}

interface StartSectionProps {
  readonly dataParam: string | null;
  readonly onStart: (label: string, load: () => Promise<Start | Error>) => void;
  readonly onAddress: (param: string) => Promise<Start | Error>;
}

function StartSection({ dataParam, onStart, onAddress }: StartSectionProps) {
  const fileId = useId();
  return (
    <section aria-labelledby="editor-start-heading">
      <h2 id="editor-start-heading">Start from</h2>
      <div className="editor-actions">
        <button type="button" onClick={() => onStart('The bundled record', bundledStart)}>
          The bundled record
        </button>
        {dataParam !== null && (
          <button type="button" onClick={() => onStart(`The list at ${dataParam}`, () => onAddress(dataParam))}>
            The list at {dataParam}
          </button>
        )}
        <button type="button" onClick={() => onStart('The blank template', templateStart)}>
          A blank template
        </button>
      </div>
      <div className="editor-field">
        <label htmlFor={fileId}>Open a file: events JSON, a spreadsheet (CSV) or TimelineJS (JSON or CSV)</label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          aria-describedby={`${fileId}-help`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0)
              onStart(`The file ${files.map((file) => file.name).join(', ')}`, () => fileStart(files));
          }}
        />
        <p id={`${fileId}-help`} className="editor-help">
          Or drop the file on this page. Choose the source texts (.txt) with an events file to have its quotes checked.
          Files are read in this browser; nothing is uploaded.
        </p>
      </div>
    </section>
  );
}

const DETAIL_FIELDS: readonly { name: keyof FileDetails; label: string; multiline?: boolean }[] = [
  { name: 'title', label: 'Title of the timeline' },
  { name: 'description', label: 'Description (optional)', multiline: true },
  { name: 'updated', label: 'Updated (optional)' },
  { name: 'license', label: 'Licence (optional)' },
];

function DetailsSection(props: { draft: EditorDraft; check: DraftCheck; dispatch: ActionDispatch<[EditorAction]> }) {
  const { draft, check, dispatch } = props;
  const base = useId();
  return (
    <section aria-labelledby="editor-details-heading">
      <h2 id="editor-details-heading">Timeline</h2>
      <NoticeList notices={noticesAt(check.file, '')} />
      {DETAIL_FIELDS.map(({ name, label, multiline }) => (
        <Field
          key={name}
          id={`${base}-${name}`}
          label={label}
          help={fieldHelp([name])}
          notices={noticesAt(check.file, name)}
          value={draft.details[name]}
          onChange={(value) => dispatch({ type: 'setDetail', field: name, value })}
          multiline={multiline ?? false}
        />
      ))}
    </section>
  );
}

interface EventListProps {
  readonly draft: EditorDraft;
  readonly check: DraftCheck;
  readonly editingKey: string | null;
  readonly onEdit: (key: string) => void;
}

/** The events in date order, each marked with how many problems it has. */
function EventList({ draft, check, editingKey, onEdit }: EventListProps) {
  if (draft.events.length === 0) return <p className="editor-help">No events yet.</p>;
  return (
    <ul className="editor-event-list" aria-label="Events in date order">
      {draft.events.map(({ key, record }) => {
        const problems = problemCount(check.events.get(key));
        return (
          <li key={key}>
            <button type="button" aria-current={editingKey === key || undefined} onClick={() => onEdit(key)}>
              <span className="editor-event-date">{textOf(record.date) || 'No date'}</span>{' '}
              <span>{textOf(record.title) || 'Untitled'}</span>
              {problems > 0 && <span className="editor-badge"> ({problemsText(problems)})</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The single-file export takes a moment (the app is fetched); a template that cannot be had is said. */
interface SingleFileState {
  readonly busy: boolean;
  readonly error?: string;
}

function ExportSection({
  draft,
  check,
  onExported,
}: {
  draft: EditorDraft;
  check: DraftCheck;
  onExported: () => void;
}) {
  const [csvNotes, setCsvNotes] = useState<readonly string[]>([]);
  const [singleFile, setSingleFile] = useState<SingleFileState>({ busy: false });
  const texts = sourceTextFiles(draft);
  const exportSingleFile = async () => {
    setSingleFile({ busy: true });
    try {
      download('timeline.html', singleFileHtml(await loadTemplate(), draft), 'text/html');
      setSingleFile({ busy: false });
      onExported();
    } catch (error) {
      const reason =
        error instanceof TemplateError ? error.message : `The single file could not be made: ${String(error)}`;
      setSingleFile({ busy: false, error: reason });
    }
  };
  return (
    <section aria-labelledby="editor-export-heading">
      <h2 id="editor-export-heading">Export</h2>
      <p>
        {check.ok
          ? 'The draft is valid: publish events.json where readers can fetch it, and open the timeline with ?data= ' +
            'and its address.'
          : `The draft has ${problemsText(check.problemCount)}. You can export it to keep your work, but the ` +
            'timeline will not show it until they are fixed.'}
      </p>
      <div className="editor-actions">
        <button
          type="button"
          onClick={() => {
            download('events.json', eventsJson(draft), 'application/json');
            onExported();
          }}
        >
          Download JSON
        </button>
        <button
          type="button"
          onClick={() => {
            const csv = eventsCsv(draft);
            download('events.csv', csv.text, 'text/csv');
            setCsvNotes(csv.notes);
            onExported();
          }}
        >
          Download CSV
        </button>
        <button type="button" disabled={singleFile.busy} onClick={() => void exportSingleFile()}>
          Download single HTML file
        </button>
      </div>
      <p className="editor-help">
        The single HTML file is the timeline itself with this list inside. It opens from disk with no server and no
        network: share it by e-mail or on a USB stick, or upload it where your course keeps files.
      </p>
      <div role="alert">{singleFile.error !== undefined && <p className="editor-error">{singleFile.error}</p>}</div>
      {texts.length > 0 && (
        <p className="editor-help">
          The quotes are checked against {texts.length === 1 ? '1 source text' : `${texts.length} source texts`}: save
          each (under Sources, &ldquo;Download the text&rdquo;) in a folder named sources beside events.json.
        </p>
      )}
      {csvNotes.length > 0 && (
        <ul className="editor-notices">
          {csvNotes.map((note, index) => (
            <li key={index} className="editor-notice editor-notice-warning">
              {note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ConfirmReplaceProps {
  readonly pending: PendingStart | null;
  readonly onConfirm: (load: PendingStart['load']) => void;
  readonly onCancel: () => void;
}

/** Asks before a starting point replaces a draft: the draft stays one undo away, but people should not be surprised. */
function ConfirmReplace({ pending, onConfirm, onCancel }: ConfirmReplaceProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (pending && dialog && !dialog.open) dialog.showModal();
    if (!pending && dialog?.open) dialog.close();
  }, [pending]);
  return (
    <dialog ref={ref} className="editor-dialog" aria-labelledby={headingId} onClose={onCancel}>
      <h2 id={headingId}>Replace the draft?</h2>
      <p>
        {pending?.label} will replace the draft you are editing. Export the draft first to keep a copy; Undo also brings
        it back.
      </p>
      <div className="editor-actions">
        <button type="button" onClick={() => pending && onConfirm(pending.load)}>
          Replace the draft
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Keep the draft
        </button>
      </div>
    </dialog>
  );
}

/** Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⌘⇧Z) and Ctrl+Y redo, in the fields too: the draft's history is the one kept. */
function useUndoKeys(dispatch: ActionDispatch<[EditorAction]>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && !(key === 'y' && !event.shiftKey)) return;
      event.preventDefault();
      dispatch({ type: key === 'z' && !event.shiftKey ? 'undo' : 'redo' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}

/** Leaving with changes never exported asks first (the draft is kept in the browser, but may be all there is). */
function useLeaveWarning(unexported: boolean): void {
  useEffect(() => {
    if (!unexported) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unexported]);
}

/** A file dropped anywhere on the page opens, as the file picker does (the browser would otherwise navigate to it). */
function useFileDrop(onFiles: (files: File[]) => void): void {
  const onDrop = useEffectEvent(onFiles);
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      onDrop(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
