import type { ReactNode } from 'react';
import { problemText, type Problem } from '../events/problems.ts';
import type { LoadFailure } from '../events/validate.ts';

export interface ErrorPanelProps {
  /** The data file (or address) the problems are in, as the user gave it; empty for `?data=` with no address. */
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Why the file could not be had at all; absent when it was read and its data is wrong. */
  readonly failure?: LoadFailure;
  /** Where to go instead: the bundled timeline, when a file from `?data=` failed. */
  readonly backHref?: string;
  /** What to do when the data is wrong, where checking the file with `npm run validate` does not fit. */
  readonly dataFix?: string;
  /** Tries the load again. */
  readonly onRetry?: () => void;
}

/** Shown instead of the timeline when the data cannot be used: every problem, with its place, and a fix that fits. */
export function ErrorPanel({ file, problems, failure, dataFix, backHref, onRetry }: ErrorPanelProps) {
  const retry = onRetry && failure?.retry;
  return (
    <main>
      <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
        <h1 id="error-panel-title">The timeline cannot be shown</h1>
        <p>
          {file ? <code>{file}</code> : 'The link'} has{' '}
          {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:
        </p>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              <code>{problemText(problem)}</code>
            </li>
          ))}
        </ul>
        <p className="error-panel-fix">{failure?.fix ?? dataFix ?? fixFor(file, backHref !== undefined)}</p>
        {retry && (
          <p>
            <button type="button" onClick={onRetry}>
              Retry
            </button>
          </p>
        )}
        {backHref && (
          <p>
            <a href={backHref}>Open the bundled timeline instead</a>
          </p>
        )}
      </section>
    </main>
  );
}

/** What the reader can do when the data itself is wrong: check it with the validator. */
function fixFor(file: string, fetched: boolean): ReactNode {
  return (
    <>
      {fetched ? 'Download the file, fix it' : 'Fix the file'}, then check it with{' '}
      <code>npm run validate {fetched ? '<file>' : file}</code>.
    </>
  );
}

/** Problems that did not stop the data from loading (unknown fields), for whoever edits the file. */
export function DataWarnings({ file, warnings }: { file: string; warnings: readonly Problem[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="app-warnings">
      <summary>
        {file} loaded with {warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}
      </summary>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>
            <code>{problemText(warning)}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
