import { useEffect, useId, useRef, useState } from 'react';
import type { DraftEvent } from '../events/convert/draft.ts';
import { joinSlug, slugify } from '../events/convert/slug.ts';
import { withField, type EditorEvent, type EditorSource } from './draft.ts';
import { describedBy, Field, FieldNotes, NoticeList, textOf } from './Field.tsx';
import { fieldHelp } from './fieldHelp.ts';
import { noticesAt, type FieldNotices } from './fieldProblems.ts';
import { useEditorWords } from './words.tsx';
import type { EditorMessageId } from '../i18n/editorText.ts';

export interface EventFormProps {
  readonly event: EditorEvent;
  readonly notices: FieldNotices | undefined;
  readonly sources: readonly EditorSource[];
  readonly onChange: (record: DraftEvent, field: string) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onClose: () => void;
}

type TextField = 'date' | 'end' | 'title' | 'summary' | 'track' | 'id';

/** The form of one event: every field labelled, with the schema's help and the validator's findings beside it. */
export function EventForm({ event, notices, sources, onChange, onDuplicate, onDelete, onClose }: EventFormProps) {
  const { t } = useEditorWords();
  const base = useId();
  const { record } = event;
  const headingId = `${base}-heading`;
  const formRef = useRef<HTMLElement>(null);
  // The form opens below the list: keyboard and screen-reader users land in its first field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const setText = (field: TextField) => (value: string) => {
    onChange(withAutomaticId(record, withText(record, field, value)), field);
  };
  const field = (name: TextField, label: EditorMessageId, multiline = false) => (
    <Field
      id={`${base}-${name}`}
      label={t(label)}
      help={fieldHelp(t, ['events', name])}
      notices={noticesAt(notices, name)}
      value={record[name]}
      onChange={setText(name)}
      multiline={multiline}
    />
  );
  return (
    <section className="editor-form" aria-labelledby={headingId} ref={formRef}>
      <h3 id={headingId}>{textOf(record.title) || t('editor.event.new')}</h3>
      <NoticeList notices={noticesAt(notices, '')} />
      {field('date', 'editor.event.date')}
      {field('end', 'editor.event.end')}
      {field('title', 'editor.event.title')}
      {field('summary', 'editor.event.summary', true)}
      {field('track', 'editor.event.track')}
      <ActorsField
        key={event.key}
        id={`${base}-actors`}
        actors={record.actors}
        notices={notices}
        onChange={(actors) => onChange({ ...record, actors }, 'actors')}
      />
      {field('id', 'editor.event.id')}
      <Citations base={base} record={record} notices={notices} sources={sources} onChange={onChange} />
      <Documents base={base} record={record} notices={notices} onChange={onChange} />
      <div className="editor-actions">
        <button type="button" onClick={onClose}>
          {t('editor.event.done')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('editor.event.duplicate')}
        </button>
        <button type="button" className="editor-danger" onClick={onDelete}>
          {t('editor.event.delete')}
        </button>
      </div>
    </section>
  );
}

function withText(record: DraftEvent, field: TextField, value: string): DraftEvent {
  return withField(record, field, value);
}

/** The id made from the title and year, as the spreadsheet converter makes it. */
function automaticId(record: DraftEvent): string {
  const title = typeof record.title === 'string' ? slugify(record.title) : '';
  const year = typeof record.date === 'string' ? (/^\d{4}/.exec(record.date)?.[0] ?? '') : '';
  return title === '' ? '' : joinSlug(title, year);
}

/** Until someone types an id, it follows the title and the year. */
function withAutomaticId(before: DraftEvent, after: DraftEvent): DraftEvent {
  if (before.id !== after.id) return after;
  if (before.id !== undefined && before.id !== automaticId(before)) return after;
  return withField(after, 'id', automaticId(after));
}

const ACTOR_SEPARATOR = ';';

/** Actors in one line, separated by semicolons as in the spreadsheet; the text is kept as typed. */
function ActorsField(props: {
  id: string;
  actors: unknown;
  notices: FieldNotices | undefined;
  onChange: (actors: string[]) => void;
}) {
  const { id, actors, notices, onChange } = props;
  const { t } = useEditorWords();
  const [text, setText] = useState(() => (Array.isArray(actors) ? actors.map(textOf).join('; ') : textOf(actors)));
  const help = t('editor.event.actorsHelp', { help: fieldHelp(t, ['events', 'actors']) });
  const fieldNotices = noticesAt(notices, 'actors');
  const described = describedBy(id, help, fieldNotices);
  return (
    <div className="editor-field">
      <label htmlFor={id}>{t('editor.event.actors')}</label>
      <input
        id={id}
        type="text"
        value={text}
        aria-invalid={fieldNotices.some((notice) => notice.severity === 'problem') || undefined}
        {...(described && { 'aria-describedby': described })}
        onChange={(event) => {
          setText(event.target.value);
          onChange(
            event.target.value
              .split(ACTOR_SEPARATOR)
              .map((actor) => actor.trim())
              .filter((actor) => actor !== ''),
          );
        }}
      />
      <FieldNotes id={id} help={help} notices={fieldNotices} />
    </div>
  );
}

interface ListProps {
  readonly base: string;
  readonly record: DraftEvent;
  readonly notices: FieldNotices | undefined;
  readonly onChange: (record: DraftEvent, field: string) => void;
}

function Citations({ base, record, notices, sources, onChange }: ListProps & { sources: readonly EditorSource[] }) {
  const { t } = useEditorWords();
  const citations = record.citations;
  const setCitation = (index: number, key: 'source' | 'quote', value: string) => {
    const next = citations.map((citation, at) => {
      return at === index ? withField(citation, key, value) : citation;
    });
    onChange({ ...record, citations: next }, `citations.${index}.${key}`);
  };
  const sourceIds = sources.flatMap((source) => (source.record.id === undefined ? [] : [source]));
  return (
    <fieldset className="editor-group">
      <legend>{t('editor.quotes.legend')}</legend>
      <p className="editor-help">{fieldHelp(t, ['events', 'citations'])}</p>
      <NoticeList notices={noticesAt(notices, 'citations')} />
      {citations.map((citation, index) => {
        const id = `${base}-citation-${index}`;
        const sourceNotices = noticesAt(notices, `citations.${index}.source`);
        const sourceHelp = t('editor.quote.sourceHelp', { help: fieldHelp(t, ['events', 'citations', 'source']) });
        const described = describedBy(`${id}-source`, sourceHelp, sourceNotices);
        const number = index + 1;
        const known = sourceIds.some((source) => source.record.id === citation.source);
        return (
          <div key={index} className="editor-item">
            <div className="editor-field">
              <label htmlFor={`${id}-source`}>{t('editor.quote.source', { number })}</label>
              <select
                id={`${id}-source`}
                value={citation.source ?? ''}
                aria-invalid={sourceNotices.some((notice) => notice.severity === 'problem') || undefined}
                {...(described && { 'aria-describedby': described })}
                onChange={(event) => setCitation(index, 'source', event.target.value)}
              >
                <option value="">{t('editor.quote.choose')}</option>
                {!known && citation.source !== undefined && (
                  <option value={citation.source}>{t('editor.quote.unknownSource', { id: citation.source })}</option>
                )}
                {sourceIds.map((source) => (
                  <option key={source.key} value={source.record.id}>
                    {sourceLabel(source)}
                  </option>
                ))}
              </select>
              <FieldNotes id={`${id}-source`} help={sourceHelp} notices={sourceNotices} />
            </div>
            <Field
              id={`${id}-quote`}
              label={t('editor.quote.text', { number })}
              help={fieldHelp(t, ['events', 'citations', 'quote'])}
              notices={noticesAt(notices, `citations.${index}.quote`)}
              value={citation.quote}
              onChange={(value) => setCitation(index, 'quote', value)}
              multiline
            />
            <button
              type="button"
              onClick={() => onChange({ ...record, citations: citations.filter((_, at) => at !== index) }, 'citations')}
            >
              {t('editor.quote.remove', { number })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange({ ...record, citations: [...citations, {}] }, 'citations')}>
        {t('editor.quote.add')}
      </button>
    </fieldset>
  );
}

function sourceLabel(source: EditorSource): string {
  const { id, publisher, published } = source.record;
  const about = [publisher, published].filter((part) => typeof part === 'string' && part !== '').join(', ');
  return about ? `${id ?? ''} (${about})` : (id ?? '');
}

type DocumentField = 'symbol' | 'url' | 'date';
const DOCUMENT_FIELDS: readonly { name: DocumentField; label: EditorMessageId }[] = [
  { name: 'symbol', label: 'editor.document.symbol' },
  { name: 'url', label: 'editor.document.url' },
  { name: 'date', label: 'editor.document.date' },
];

function Documents({ base, record, notices, onChange }: ListProps) {
  const { t } = useEditorWords();
  const documents = record.documents ?? [];
  const setDocuments = (next: DraftEvent['documents'] & object, field: string) => {
    const rest = { ...record };
    delete rest.documents;
    onChange(next.length === 0 ? rest : { ...rest, documents: next }, field);
  };
  const setField = (index: number, name: DocumentField, value: string) => {
    const next = documents.map((document, at) => {
      return at === index ? withField(document, name, value) : document;
    });
    setDocuments(next, `documents.${index}.${name}`);
  };
  return (
    <fieldset className="editor-group">
      <legend>{t('editor.documents.legend')}</legend>
      <p className="editor-help">{fieldHelp(t, ['events', 'documents'])}</p>
      <NoticeList notices={noticesAt(notices, 'documents')} />
      {documents.map((document, index) => (
        <div key={index} className="editor-item">
          {DOCUMENT_FIELDS.map(({ name, label }) => (
            <Field
              key={name}
              id={`${base}-document-${index}-${name}`}
              label={t(label, { number: index + 1 })}
              help={fieldHelp(t, ['events', 'documents', name])}
              notices={noticesAt(notices, `documents.${index}.${name}`)}
              value={document[name]}
              onChange={(value) => setField(index, name, value)}
            />
          ))}
          <button
            type="button"
            onClick={() =>
              setDocuments(
                documents.filter((_, at) => at !== index),
                'documents',
              )
            }
          >
            {t('editor.document.remove', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setDocuments([...documents, {}], 'documents')}>
        {t('editor.document.add')}
      </button>
    </fieldset>
  );
}
