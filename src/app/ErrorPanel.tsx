import { Suspense, use } from 'react';
import { renderProblem, type Problem } from '../events/problems.ts';
import type { LoadFailure } from '../events/validate.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { withElements } from '../i18n/withElements.tsx';

export interface ErrorPanelProps {
  /** The data file (or address) the problems are in, as the user gave it; empty for `?data=` with no address. */
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Why the file could not be had at all; absent when it was read and its data is wrong. */
  readonly failure?: LoadFailure;
  /** Where to go instead: the bundled timeline, when a file from `?data=` failed. */
  readonly backHref?: string;
  /** Tries the load again. */
  readonly onRetry?: () => void;
}

/** Shown instead of the timeline when the data cannot be used: every problem, with its place, and a fix that fits. */
export function ErrorPanel({ file, problems, failure, backHref, onRetry }: ErrorPanelProps) {
  const { t } = useTranslator();
  const retry = onRetry && failure?.retry;
  return (
    <main>
      <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
        <h1 id="error-panel-title">{t('errorPanel.title')}</h1>
        <p>
          {file ? <code>{file}</code> : t('errorPanel.theLink')}{' '}
          {t('errorPanel.problemCount', { count: problems.length })}
        </p>
        <Suspense>
          <ProblemList problems={problems} />
        </Suspense>
        <p className="error-panel-fix">
          <FixFor failure={failure} file={file} fetched={backHref !== undefined} />
        </p>
        {retry && (
          <p>
            <button type="button" onClick={onRetry}>
              {t('errorPanel.retry')}
            </button>
          </p>
        )}
        {backHref && (
          <p>
            <a href={backHref}>{t('errorPanel.openBundled')}</a>
          </p>
        )}
      </section>
    </main>
  );
}

/** Each problem on its line, in the reader's language (its catalog is fetched only now that there are problems). */
function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const catalog = use(useTranslator().problemCatalog());
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={index}>
          <code>{renderProblem(catalog, problem)}</code>
        </li>
      ))}
    </ul>
  );
}

/** What the reader can do: the fix for a failed load, or else the validator, since the data itself is wrong. */
function FixFor({ failure, file, fetched }: { failure: LoadFailure | undefined; file: string; fetched: boolean }) {
  const { t } = useTranslator();
  if (failure) return t(`errorPanel.fix.${failure.kind}`);
  const command = <code>npm run validate {fetched ? '<file>' : file}</code>;
  return withElements(t, fetched ? 'errorPanel.fix.fetchedData' : 'errorPanel.fix.data', { command });
}

/** Problems that did not stop the data from loading (unknown fields), for whoever edits the file. */
export function DataWarnings({ file, warnings }: { file: string; warnings: readonly Problem[] }) {
  const { t } = useTranslator();
  if (warnings.length === 0) return null;
  return (
    <details className="app-warnings">
      <summary>{t('errorPanel.warningCount', { file, count: warnings.length })}</summary>
      <Suspense>
        <ProblemList problems={warnings} />
      </Suspense>
    </details>
  );
}
