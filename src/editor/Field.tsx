import type { ReactNode } from 'react';
import type { Notice } from './fieldProblems.ts';
import { useEditorWords } from './words.tsx';

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  /** Help under the field, from the JSON Schema's description. */
  readonly help: string;
  readonly notices: readonly Notice[];
  readonly value: unknown;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly rows?: number;
}

/** A labelled text field with its help and, tied to it, what the validator says about it. */
export function Field({ id, label, help, notices, value, onChange, multiline = false, rows = 3 }: FieldProps) {
  const described = describedBy(id, help, notices);
  const props = {
    id,
    value: textOf(value),
    'aria-invalid': notices.some((notice) => notice.severity === 'problem') || undefined,
    ...(described && { 'aria-describedby': described }),
  };
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...props} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...props} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldNotes id={id} help={help} notices={notices} />
    </div>
  );
}

/** The ids of a field's problems and help, for its aria-describedby: problems first, as they matter more. */
export function describedBy(id: string, help: string, notices: readonly Notice[]): string {
  return [notices.length > 0 ? `${id}-notices` : '', help ? `${id}-help` : ''].filter(Boolean).join(' ');
}

export function FieldNotes({ id, help, notices }: { id: string; help: string; notices: readonly Notice[] }) {
  return (
    <>
      <NoticeList id={`${id}-notices`} notices={notices} />
      {help && (
        <p id={`${id}-help`} className="editor-help">
          {help}
        </p>
      )}
    </>
  );
}

export function NoticeList({ id, notices }: { id?: string; notices: readonly Notice[] }): ReactNode {
  const { t } = useEditorWords();
  if (notices.length === 0) return null;
  return (
    <ul id={id} className="editor-notices">
      {notices.map((notice, index) => (
        <li key={index} className={`editor-notice editor-notice-${notice.severity}`}>
          <span className="editor-notice-kind">
            {t(notice.severity === 'problem' ? 'editor.notice.problem' : 'editor.notice.warning')}
          </span>
          {notice.message}
        </li>
      ))}
    </ul>
  );
}

/** A field's value as text: a value of the wrong type (a number for a date) is shown so that it can be fixed. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}
