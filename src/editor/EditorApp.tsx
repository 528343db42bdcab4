import {
  memo,
  useEffect,
  useEffectEvent,
  useId,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type ActionDispatch,
} from 'react';
import { DataAddressError } from '../app/dataSource.ts';
import type { FileDetails } from '../events/convert/draft.ts';
import { renderMessage, renderProblem } from '../events/problems.ts';
import { useDraftCheck, type DraftCheck } from './check.ts';
import { blankEvent, EMPTY_DRAFT, isEmptyDraft, newKey, type EditorDraft } from './draft.ts';
import { EventForm } from './EventForm.tsx';
import { download, eventsCsv, eventsJson, sourceTextFiles, type CsvExport } from './exportFiles.ts';
import { Field, NoticeList, textOf } from './Field.tsx';
import { fieldHelp } from './fieldHelp.ts';
import { noticesAt, problemCount } from './fieldProblems.ts';
import { editorReducer, initialState, type EditorAction } from './history.ts';
import { Preview } from './Preview.tsx';
import { loadTemplate, singleFileHtml, TEMPLATE_FILE, TemplateError, type TemplateProblem } from './singleFile.ts';
import { SourcesPanel } from './SourcesPanel.tsx';
import { useSaveWhenPaused } from './useSaveWhenPaused.ts';
import {
  addressStart,
  bundledStart,
  fileStart,
  StartError,
  startProblemText,
  templateStart,
  type Start,
} from './startingPoints.ts';
import {
  browserStore,
  draftSaver,
  isStorageProblem,
  loadDraft,
  storageMessage,
  type SavedDraft,
  type StorageProblem,
} from './storage.ts';
import { EditorWordsProvider, useEditorWords, type EditorWords } from './words.tsx';
import '../app/app.css';
import type { EditorMessageId, EditorT } from '../i18n/editorText.ts';
import './editor.css';

export interface EditorAppProps {
  /** The `?data=` address, offered as a starting point (and opened when there is no draft yet). */
  readonly dataParam: string | null;
  readonly pageUrl: URL;
}

/** What would replace the draft, for the question asked first: the kind of start, and the file or address. */
type StartLabel =
  | { readonly start: 'bundled' | 'template' }
  | { readonly start: 'address'; readonly address: string }
  | { readonly start: 'file' | 'dropped'; readonly files: string };

interface PendingStart {
  readonly label: StartLabel;
  readonly load: () => Promise<Start | Error>;
}

/** A note for the page: a sentence from a converter, or one the editor says in the reader's language. */
type Note = string | { readonly storage: StorageProblem } | { readonly restored: true };

/** The editor (`?edit=1`): write or import an event list, checked as you type, previewed as readers see it. */
export default function EditorApp(props: EditorAppProps) {
  return (
    <EditorWordsProvider>
      <Editor {...props} />
    </EditorWordsProvider>
  );
}

function Editor({ dataParam, pageUrl }: EditorAppProps) {
  const words = useEditorWords();
  const { t } = words;
  const [store] = useState(browserStore);
  const [restored] = useState(() => loadDraft(store));
  const [state, dispatch] = useReducer(editorReducer, restored, (saved) =>
    saved === undefined || isStorageProblem(saved)
      ? initialState(EMPTY_DRAFT)
      : initialState(saved.draft, saved.unexported),
  );
  const [saver] = useState(() => draftSaver(store));
  const storageProblem = useSyncExternalStore(saver.subscribe, saver.problem);
  const [notes, setNotes] = useState<readonly Note[]>(() => restoredNotes(restored));
  const [startError, setStartError] = useState<Error>();
  const [pending, setPending] = useState<PendingStart | null>(null);
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const draft = state.present;
  const check = useDraftCheck(draft, words.problems);

  useSaveWhenPaused(saver, state.present, state.unexported);
  useUndoKeys(dispatch);
  useLeaveWarning(state.unexported);

  const apply = (start: Start | Error) => {
    setStartError(start instanceof Error ? start : undefined);
    if (start instanceof Error) return;
    dispatch({ type: 'start', draft: start.draft });
    setNotes(start.notes);
    setEditingKey(null);
  };
  const begin = async (load: () => Promise<Start | Error>) => {
    apply(await load().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
  };
  const requestStart = (label: StartLabel, load: () => Promise<Start | Error>) => {
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
    requestStart({ start: 'dropped', files: fileNames(files) }, () => fileStart(files));
  });
  const editing = draft.events.find((event) => event.key === editingKey);

  return (
    <div className="app editor">
      <header className="app-header">
        <h1>{t('editor.title')}</h1>
        <p>{t('editor.intro')}</p>
      </header>
      <main>
        <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
          <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={state.past.length === 0}>
            {t('editor.undo')}
          </button>
          <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={state.future.length === 0}>
            {t('editor.redo')}
          </button>
          <span className="editor-saved">
            {storageProblem === undefined && t(state.unexported ? 'editor.savedUnexported' : 'editor.saved')}
          </span>
        </div>
        <div role="alert" className="editor-alerts">
          {storageProblem !== undefined && <p className="editor-error">{storageMessage(storageProblem, t)}</p>}
          {startError !== undefined && (
            <p className="editor-error">{t('editor.openFailed', { reason: startErrorText(startError, words) })}</p>
          )}
        </div>
        {notes.length > 0 && (
          <section className="editor-notes" aria-label={t('editor.notesLabel')}>
            <ul>
              {notes.map((note, index) => (
                <li key={index}>{noteText(note, t)}</li>
              ))}
            </ul>
            <button type="button" onClick={() => setNotes([])}>
              {t('editor.dismiss')}
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
              <h2 id="editor-events-heading">{t('editor.events.heading', { count: draft.events.length })}</h2>
              <button
                type="button"
                onClick={() => {
                  const key = newKey();
                  dispatch({ type: 'addEvent', event: { key, record: blankEvent() } });
                  setEditingKey(key);
                }}
              >
                {t('editor.events.add')}
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
              <h2 id="editor-sources-heading">{t('editor.sources.heading', { count: draft.sources.length })}</h2>
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
            <h2 id="editor-preview-heading">{t('editor.preview.heading')}</h2>
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

function restoredNotes(restored: SavedDraft | StorageProblem | undefined): Note[] {
  if (restored === undefined) return [];
  if (isStorageProblem(restored)) return [{ storage: restored }];
  return isEmptyDraft(restored.draft) ? [] : [{ restored: true }];
}

function noteText(note: Note, t: EditorWords['t']): string {
  if (typeof note === 'string') return note;
  return 'restored' in note ? t('editor.restored') : storageMessage(note.storage, t);
}

/** Why a start failed, in the reader's language where the editor knows the reason. */
function startErrorText(error: Error, { t, problems }: EditorWords): string {
  if (error instanceof StartError) return startProblemText(error.problem, t, problems, error.file);
  if (error instanceof DataAddressError) return renderMessage(problems, error.problem);
  return error.message;
}

function fileNames(files: readonly File[]): string {
  return files.map((file) => file.name).join(', ');
}

interface StartSectionProps {
  readonly dataParam: string | null;
  readonly onStart: (label: StartLabel, load: () => Promise<Start | Error>) => void;
  readonly onAddress: (param: string) => Promise<Start | Error>;
}

function StartSection({ dataParam, onStart, onAddress }: StartSectionProps) {
  const { t } = useEditorWords();
  const fileId = useId();
  return (
    <section aria-labelledby="editor-start-heading">
      <h2 id="editor-start-heading">{t('editor.start.heading')}</h2>
      <div className="editor-actions">
        <button type="button" onClick={() => onStart({ start: 'bundled' }, bundledStart)}>
          {t('editor.start.bundled')}
        </button>
        {dataParam !== null && (
          <button
            type="button"
            onClick={() => onStart({ start: 'address', address: dataParam }, () => onAddress(dataParam))}
          >
            {t('editor.start.address', { address: dataParam })}
          </button>
        )}
        <button type="button" onClick={() => onStart({ start: 'template' }, templateStart)}>
          {t('editor.start.template')}
        </button>
      </div>
      <div className="editor-field">
        <label htmlFor={fileId}>{t('editor.start.file')}</label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".json,.csv,.txt,application/json,text/csv,text/plain"
          aria-describedby={`${fileId}-help`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) onStart({ start: 'file', files: fileNames(files) }, () => fileStart(files));
          }}
        />
        <p id={`${fileId}-help`} className="editor-help">
          {t('editor.start.fileHelp')}
        </p>
      </div>
    </section>
  );
}

const DETAIL_FIELDS: readonly { name: keyof FileDetails; label: EditorMessageId; multiline?: boolean }[] = [
  { name: 'title', label: 'editor.details.title' },
  { name: 'description', label: 'editor.details.description', multiline: true },
  { name: 'updated', label: 'editor.details.updated' },
  { name: 'license', label: 'editor.details.license' },
];

function DetailsSection(props: { draft: EditorDraft; check: DraftCheck; dispatch: ActionDispatch<[EditorAction]> }) {
  const { draft, check, dispatch } = props;
  const { t } = useEditorWords();
  const base = useId();
  return (
    <section aria-labelledby="editor-details-heading">
      <h2 id="editor-details-heading">{t('editor.details.heading')}</h2>
      <NoticeList notices={noticesAt(check.file, '')} />
      {DETAIL_FIELDS.map(({ name, label, multiline }) => (
        <Field
          key={name}
          id={`${base}-${name}`}
          label={t(label)}
          help={fieldHelp(t, [name])}
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
  const { t } = useEditorWords();
  if (draft.events.length === 0) return <p className="editor-help">{t('editor.events.empty')}</p>;
  return (
    <ul className="editor-event-list" aria-label={t('editor.events.list')}>
      {draft.events.map(({ key, record }) => (
        <EventRow
          key={key}
          eventKey={key}
          date={textOf(record.date)}
          title={textOf(record.title)}
          problems={problemCount(check.events.get(key))}
          current={editingKey === key}
          onEdit={onEdit}
        />
      ))}
    </ul>
  );
}

interface EventRowProps {
  readonly eventKey: string;
  readonly date: string;
  readonly title: string;
  readonly problems: number;
  readonly current: boolean;
  readonly onEdit: (key: string) => void;
}

/** One event of the list, drawn again only when what it shows changes: an edit changes one row of 1,000. */
const EventRow = memo(function EventRow({ eventKey, date, title, problems, current, onEdit }: EventRowProps) {
  const { t } = useEditorWords();
  return (
    <li>
      <button type="button" aria-current={current || undefined} onClick={() => onEdit(eventKey)}>
        <span className="editor-event-date">{date || t('editor.events.noDate')}</span>{' '}
        <span>{title || t('editor.events.untitled')}</span>
        {problems > 0 && <span className="editor-badge"> {t('editor.badge', { count: problems })}</span>}
      </button>
    </li>
  );
});

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
  const words = useEditorWords();
  const { t } = words;
  const [csvExport, setCsvExport] = useState<CsvExport>();
  const [singleFile, setSingleFile] = useState<SingleFileState>({ busy: false });
  const texts = sourceTextFiles(draft);
  const csvNotes = csvExport ? csvNoteTexts(csvExport, words) : [];
  const exportSingleFile = async () => {
    setSingleFile({ busy: true });
    try {
      download('timeline.html', singleFileHtml(await loadTemplate(), draft), 'text/html');
      setSingleFile({ busy: false });
      onExported();
    } catch (error) {
      const reason = error instanceof TemplateError ? templateProblemText(t, error.problem) : String(error);
      setSingleFile({ busy: false, error: t('editor.export.singleFailed', { reason }) });
    }
  };
  return (
    <section aria-labelledby="editor-export-heading">
      <h2 id="editor-export-heading">{t('editor.export.heading')}</h2>
      <p>{check.ok ? t('editor.export.valid') : t('editor.export.invalid', { count: check.problemCount })}</p>
      <div className="editor-actions">
        <button
          type="button"
          onClick={() => {
            download('events.json', eventsJson(draft), 'application/json');
            onExported();
          }}
        >
          {t('editor.export.json')}
        </button>
        <button
          type="button"
          onClick={() => {
            const csv = eventsCsv(draft);
            download('events.csv', csv.text, 'text/csv');
            setCsvExport(csv);
            onExported();
          }}
        >
          {t('editor.export.csv')}
        </button>
        <button type="button" disabled={singleFile.busy} onClick={() => void exportSingleFile()}>
          {t('editor.export.single')}
        </button>
      </div>
      <p className="editor-help">{t('editor.export.singleHelp')}</p>
      <div role="alert">{singleFile.error !== undefined && <p className="editor-error">{singleFile.error}</p>}</div>
      {texts.length > 0 && <p className="editor-help">{t('editor.export.texts', { count: texts.length })}</p>}
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

/** What the spreadsheet could not carry, in sentences. */
function csvNoteTexts({ problems: csvProblems, detailsLeftOut }: CsvExport, { t, problems }: EditorWords): string[] {
  return [
    ...csvProblems.map((problem) => renderProblem(problems, problem)),
    ...(detailsLeftOut.length > 0 ? [t('editor.export.csvDetails', { fields: detailsLeftOut.join(', ') })] : []),
  ];
}

interface ConfirmReplaceProps {
  readonly pending: PendingStart | null;
  readonly onConfirm: (load: PendingStart['load']) => void;
  readonly onCancel: () => void;
}

/** Asks before a starting point replaces a draft: the draft stays one undo away, but people should not be surprised. */
function ConfirmReplace({ pending, onConfirm, onCancel }: ConfirmReplaceProps) {
  const { t } = useEditorWords();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (pending && dialog && !dialog.open) dialog.showModal();
    if (!pending && dialog?.open) dialog.close();
  }, [pending]);
  return (
    <dialog ref={ref} className="editor-dialog" aria-labelledby={headingId} onClose={onCancel}>
      <h2 id={headingId}>{t('editor.confirm.heading')}</h2>
      <p>{pending && t('editor.confirm.text', { address: '', files: '', ...pending.label })}</p>
      <div className="editor-actions">
        <button type="button" onClick={() => pending && onConfirm(pending.load)}>
          {t('editor.confirm.replace')}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {t('editor.confirm.keep')}
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

/** Why the single file could not be made, in the teacher's language. */
function templateProblemText(t: EditorT, problem: TemplateProblem): string {
  const file = TEMPLATE_FILE;
  switch (problem.code) {
    case 'external':
      return t('editor.export.template.external', { file, resource: problem.resource });
    case 'missing':
      return t('editor.export.template.missing', { file, status: problem.status });
    default:
      return t(`editor.export.template.${problem.code}`, { file });
  }
}
