import { useId } from 'react';
import type { DraftSource } from '../events/convert/draft.ts';
import { joinSlug, slugify } from '../events/convert/slug.ts';
import { textPathOf, withField, type EditorSource } from './draft.ts';
import { download } from './exportFiles.ts';
import { Field, NoticeList, textOf } from './Field.tsx';
import { fieldHelp } from './fieldHelp.ts';
import { noticesAt, problemCount, type FieldNotices } from './fieldProblems.ts';
import { useEditorWords } from './words.tsx';
import type { EditorMessageId } from '../i18n/editorText.ts';

export interface SourcesPanelProps {
  readonly sources: readonly EditorSource[];
  readonly notices: ReadonlyMap<string, FieldNotices>;
  readonly onChange: (key: string, record: DraftSource, text: string | undefined, field: string) => void;
  readonly onAdd: () => void;
  readonly onDelete: (key: string) => void;
}

/** Every source in one place: what events cite, with the full text their quotes are checked against. */
export function SourcesPanel({ sources, notices, onChange, onAdd, onDelete }: SourcesPanelProps) {
  const { t } = useEditorWords();
  return (
    <>
      <p className="editor-help">{t('editor.sources.intro')}</p>
      {sources.map((source, index) => (
        <SourceForm
          key={source.key}
          number={index + 1}
          source={source}
          notices={notices.get(source.key)}
          onChange={(record, text, field) => onChange(source.key, record, text, field)}
          onDelete={() => onDelete(source.key)}
        />
      ))}
      <button type="button" onClick={onAdd}>
        {t('editor.sources.add')}
      </button>
    </>
  );
}

type SourceTextField = 'id' | 'publisher' | 'published' | 'title' | 'description' | 'url';
const SOURCE_FIELDS: readonly { name: SourceTextField; label: EditorMessageId }[] = [
  { name: 'publisher', label: 'editor.source.publisher' },
  { name: 'published', label: 'editor.source.published' },
  { name: 'url', label: 'editor.source.url' },
  { name: 'title', label: 'editor.source.title' },
  { name: 'description', label: 'editor.source.description' },
  { name: 'id', label: 'editor.source.id' },
];

interface SourceFormProps {
  readonly number: number;
  readonly source: EditorSource;
  readonly notices: FieldNotices | undefined;
  readonly onChange: (record: DraftSource, text: string | undefined, field: string) => void;
  readonly onDelete: () => void;
}

function SourceForm({ number, source, notices, onChange, onDelete }: SourceFormProps) {
  const { t } = useEditorWords();
  const base = useId();
  const { record, text } = source;
  const problems = problemCount(notices);
  const setField = (name: SourceTextField) => (value: string) => {
    onChange(withAutomaticId(record, withField(record, name, value)), text, name);
  };
  const path = textPathOf(source);
  return (
    <fieldset className="editor-group editor-source">
      <legend>
        {textOf(record.id)
          ? t('editor.source.legend', { number, id: textOf(record.id) })
          : t('editor.source.legendNew', { number })}
        {problems > 0 && <span className="editor-badge"> {t('editor.badge', { count: problems })}</span>}
      </legend>
      <NoticeList notices={noticesAt(notices, '')} />
      {SOURCE_FIELDS.map(({ name, label }) => (
        <Field
          key={name}
          id={`${base}-${name}`}
          label={t(label)}
          help={fieldHelp(t, ['sources', name])}
          notices={noticesAt(notices, name)}
          value={record[name]}
          onChange={setField(name)}
        />
      ))}
      <Field
        id={`${base}-text`}
        label={t('editor.source.text')}
        help={path ? t('editor.source.textHelpSaved', { path }) : t('editor.source.textHelp')}
        notices={noticesAt(notices, 'text')}
        value={text}
        onChange={(value) => onChange(record, value === '' ? undefined : value, 'text')}
        multiline
        rows={5}
      />
      <div className="editor-actions">
        {path !== undefined && text !== undefined && (
          <button type="button" onClick={() => download(path.replace(/^sources\//, ''), text, 'text/plain')}>
            {t('editor.source.download', { path })}
          </button>
        )}
        <button type="button" className="editor-danger" onClick={onDelete}>
          {t('editor.source.delete', { number })}
        </button>
      </div>
    </fieldset>
  );
}

function automaticId(record: DraftSource): string {
  const publisher = typeof record.publisher === 'string' ? slugify(record.publisher) : '';
  const year = typeof record.published === 'string' ? (/^\d{4}/.exec(record.published)?.[0] ?? '') : '';
  return publisher === '' ? '' : joinSlug(publisher, year);
}

/** Until someone types an id, it follows the publisher and year. */
function withAutomaticId(before: DraftSource, after: DraftSource): DraftSource {
  if (before.id !== after.id) return after;
  if (before.id !== undefined && before.id !== automaticId(before)) return after;
  return withField(after, 'id', automaticId(after));
}
