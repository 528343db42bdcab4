import { problemText, type Problem } from '../events/problems.ts';

export interface ErrorPanelProps {
  /** The data file the problems are in. */
  readonly file: string;
  readonly problems: readonly Problem[];
}

/** Shown instead of the timeline when the data cannot be used: every problem, with its place. */
export function ErrorPanel({ file, problems }: ErrorPanelProps) {
  return (
    <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
      <h2 id="error-panel-title">The timeline cannot be shown</h2>
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
        Fix the file, then check it with <code>npm run validate {file}</code>.
      </p>
    </section>
  );
}
