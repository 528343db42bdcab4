import { Suspense, use } from 'react';
import type { Problem } from '../events/problems.ts';
import type { LoadFailure } from '../events/validate.ts';
import englishMessages from '../i18n/catalogs/en.json?messages=error-panel';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { addEnglishMessages } from '../i18n/translator.ts';
import { withElements } from '../i18n/withElements.tsx';
import { ProblemList } from './ProblemList.tsx';
import type { DataSource } from './dataSource.ts';

// Loaded only when the data cannot be used (see App.tsx), with its English text: the first screen carries neither.
addEnglishMessages(englishMessages);

export interface ErrorPanelProps {
  /** The data file (or address) the problems are in, as the user gave it; empty for `?data=` with no address. */
  readonly file: string;
  readonly problems: readonly Problem[];
  /** Why the file could not be had at all; absent when it was read and its data is wrong. */
  readonly failure?: LoadFailure;
  /** Where to go instead: the bundled timeline, when a file from `?data=` failed. */
  readonly backHref?: string;
  /** What to do when the data is wrong, where checking the file with `npm run validate` does not fit. */
  readonly origin?: DataSource['origin'];
  /** Tries the load again. */
  readonly onRetry?: () => void;
}

/** Shown instead of the timeline when the data cannot be used: every problem, with its place, and a fix that fits. */
export default function ErrorPanel({ file, problems, failure, origin, backHref, onRetry }: ErrorPanelProps) {
  const { t, problemCatalog } = useTranslator();
  // The panel appears whole, its problems listed: it waits for their catalog behind the loading message.
  use(problemCatalog());
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
          <FixFor failure={failure} origin={origin} file={file} fetched={backHref !== undefined} />
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

interface FixForProps {
  readonly failure: LoadFailure | undefined;
  readonly origin: DataSource['origin'];
  readonly file: string;
  readonly fetched: boolean;
}

/** What the reader can do: the fix for a failed load, or else the validator, since the data itself is wrong. */
function FixFor({ failure, origin, file, fetched }: FixForProps) {
  const { t } = useTranslator();
  if (failure) return t(`errorPanel.fix.${failure.kind}`);
  if (origin === 'exported') return t('errorPanel.fix.exported');
  const command = <code>npm run validate {fetched ? '<file>' : file}</code>;
  return withElements(t, fetched ? 'errorPanel.fix.fetchedData' : 'errorPanel.fix.data', { command });
}
