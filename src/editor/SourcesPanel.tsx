import { useId } from 'react';
import type { DraftSource } from '../events/convert/draft.ts';
import { joinSlug, slugify } from '../events/convert/slug.ts';
import { textPathOf, withField, type EditorSource } from './draft.ts';
import { download } from './exportFiles.ts';
import { Field, NoticeList, textOf } from './Field.tsx';
import { fieldHelp } from './fieldHelp.ts';
import { noticesAt, problemCount, type FieldNotices } from './fieldProblems.ts';

export interface SourcesPanelProps {
  readonly sources: readonly EditorSource[];
  readonly notices: ReadonlyMap<string, FieldNotices>;
  readonly onChange: (key: string, record: DraftSource, text: string | undefined, field: string) => void;
  readonly onAdd: () => void;
  readonly onDelete: (key: string) => void;
}

/** Every source in one place: what events cite, with the full text their quotes are checked against. */
export function SourcesPanel({ sources, notices, onChange, onAdd, onDelete }: SourcesPanelProps) {
  return (
    <>
      <p className="editor-help">
        Paste the full text of each source (or the passages you quote, copied exactly): every quote is checked against
        it as you type. The text stays in this browser.
      </p>
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
        Add source
      </button>
    </>
  );
}

type SourceTextField = 'id' | 'publisher' | 'published' | 'title' | 'description' | 'url';
const SOURCE_FIELDS: readonly { name: SourceTextField; label: string }[] = [
  { name: 'publisher', label: 'Publisher' },
  { name: 'published', label: 'Published (optional)' },
  { name: 'url', label: 'URL' },
  { name: 'title', label: 'Title (optional)' },
  { name: 'description', label: 'Description (optional)' },
  { name: 'id', label: 'Id' },
];

interface SourceFormProps {
  readonly number: number;
  readonly source: EditorSource;
  readonly notices: FieldNotices | undefined;
  readonly onChange: (record: DraftSource, text: string | undefined, field: string) => void;
  readonly onDelete: () => void;
}

function SourceForm({ number, source, notices, onChange, onDelete }: SourceFormProps) {
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
        Source {number}: {textOf(record.id) || 'new'}
        {problems > 0 && <span className="editor-badge"> ({problemsText(problems)})</span>}
      </legend>
      <NoticeList notices={noticesAt(notices, '')} />
      {SOURCE_FIELDS.map(({ name, label }) => (
        <Field
          key={name}
          id={`${base}-${name}`}
          label={label}
          help={fieldHelp(['sources', name])}
          notices={noticesAt(notices, name)}
          value={record[name]}
          onChange={setField(name)}
        />
      ))}
      <Field
        id={`${base}-text`}
        label="Full text"
        help={`Quotes citing this source are checked against this text. ${path ? `Saved as ${path}.` : ''}`}
        notices={noticesAt(notices, 'text')}
        value={text}
        onChange={(value) => onChange(record, value === '' ? undefined : value, 'text')}
        multiline
        rows={5}
      />
      <div className="editor-actions">
        {path !== undefined && text !== undefined && (
          <button type="button" onClick={() => download(path.replace(/^sources\//, ''), text, 'text/plain')}>
            Download the text ({path})
          </button>
        )}
        <button type="button" className="editor-danger" onClick={onDelete}>
          Delete source {number}
        </button>
      </div>
    </fieldset>
  );
}

export function problemsText(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
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
