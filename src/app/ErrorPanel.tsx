import type { ReactNode } from 'react';
import { problemText, type Problem } from '../events/problems.ts';
import type { LoadFailureKind } from '../events/validate.ts';

export interface ErrorPanelProps {
  /** The data file (or address) the problems are in, as the user gave it; empty for `?data=` with no address. */
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Why the file could not be had at all; absent when it was read and its data is wrong. */
  readonly failure?: LoadFailureKind;
  /** Where to go instead: the bundled timeline, when a file from `?data=` failed. */
  readonly backHref?: string;
  /** Tries the load again. */
  readonly onRetry?: () => void;
}

/** Failures that may pass by themselves (a busy server, a dropped connection): worth a Retry button. */
const WORTH_RETRYING: ReadonlySet<LoadFailureKind> = new Set(['stalled', 'unreachable', 'http']);

/** Shown instead of the timeline when the data cannot be used: every problem, with its place, and a fix that fits. */
export function ErrorPanel({ file, problems, failure, backHref, onRetry }: ErrorPanelProps) {
  const retry = onRetry && failure && WORTH_RETRYING.has(failure);
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
      <p className="error-panel-fix">{fixFor(failure, file, backHref !== undefined)}</p>
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

/** What the reader can do about this kind of failure; "npm run validate" only where the data itself is wrong. */
function fixFor(failure: LoadFailureKind | undefined, file: string, fetched: boolean): ReactNode {
  switch (failure) {
    case 'no-address':
      return (
        <>
          Put the address of an event list after <code>?data=</code> in the link, or open the bundled timeline.
        </>
      );
    case 'bad-address':
      return 'Check the address in the link: it must be a relative path or an https:// address of a .json file.';
    case 'http':
      return 'Check the address for typing mistakes, and that the file is published there (open it in a new tab). ' +
        'If it is, the server may be failing for now: retry later.';
    case 'unreachable':
      return 'Check your internet connection and that the address opens in a new tab. ' +
        'If it does, its server must allow other sites to read the file (CORS); ask whoever hosts it.';
    case 'stalled':
      return 'Retry, or try again later. ' +
        'If it keeps happening, ask whoever hosts the file whether its server is working.';
    case 'web-page':
      return 'Use the address of the .json file itself, not of a page that shows it (on GitHub, the "Raw" link).';
    case undefined:
      return (
        <>
          {fetched ? 'Download the file, fix it' : 'Fix the file'}, then check it with{' '}
          <code>npm run validate {fetched ? '<file>' : file}</code>.
        </>
      );
  }
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
