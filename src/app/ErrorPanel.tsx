import { problemText, type Problem } from '../events/problems.ts';

export interface ErrorPanelProps {
  /** The data file (or address) the problems are in, as the user gave it. */
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Where to go instead: the bundled timeline, when a file from `?data=` failed. */
  readonly backHref?: string;
}

/** Shown instead of the timeline when the data cannot be used: every problem, with its place. */
export function ErrorPanel({ file, problems, backHref }: ErrorPanelProps) {
  return (
    <main>
      <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <h1 id="error-panel-title">The timeline cannot be shown</h1>
      <p>
        <code>{file}</code> has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problemText(problem)}</code>
          </li>
        ))}
      </ul>
      <p>
        {backHref ? 'Download the file, fix it' : 'Fix the file'}, then check it with <code>npm run validate {backHref ? '<file>' : file}</code>.
      </p>
      {backHref && (
        <p>
          <a href={backHref}>Open the bundled timeline instead</a>
        </p>
      )}
      </section>
    </main>
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
