import { lazy, Suspense, use, useState, useSyncExternalStore } from 'react';
import type { LoadProgress } from '../events/fetchTimeline.ts';
import type { ValidationResult } from '../events/validate.ts';
import type { DataSource, ProgressStore } from './dataSource.ts';
import { DataWarnings } from './DataWarnings.tsx';
import { TimelinePage } from './TimelinePage.tsx';
import { withoutData, type AppOptions } from './urlState.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { Translator } from '../i18n/translator.ts';
import { withElements } from '../i18n/withElements.tsx';
import './app.css';

// Fetched only when the data cannot be used, inside the Suspense below: most readers never see it.
const ErrorPanel = lazy(() => import('./ErrorPanel.tsx'));

export interface AppProps {
  readonly options: AppOptions;
  /** The page's address when it opened: the way back from a data file that failed keeps the rest of it. */
  readonly pageUrl: URL;
  readonly source: DataSource;
  /** The page's HTML was prerendered and is hydrated: the timeline keeps its static view until drawn. */
  readonly staticFirstView?: boolean;
}

export function App({ options, pageUrl, source, staticFirstView = false }: AppProps) {
  const [result, setResult] = useState(source.load);
  const { retry } = source;
  const onRetry = retry && (() => setResult(retry()));
  return (
    <div className={options.embed ? 'app app-embed' : 'app'}>
      <Suspense fallback={<LoadingState label={source.label} progress={source.progress} />}>
        <LoadedApp
          result={result}
          source={source}
          options={options}
          pageUrl={pageUrl}
          staticFirstView={staticFirstView}
          {...(onRetry && { onRetry })}
        />
      </Suspense>
    </div>
  );
}

const NO_PROGRESS: ProgressStore = { subscribe: () => () => undefined, current: () => undefined };

function LoadingState({ label, progress = NO_PROGRESS }: { label: string; progress?: ProgressStore | undefined }) {
  const arrived = useSyncExternalStore(progress.subscribe, progress.current);
  const translator = useTranslator();
  return (
    <p className="app-loading" role="status" aria-live="polite">
      {withElements(translator.t, 'app.loadingList', { file: <code>{label}</code> })}
      {/* Shown, not announced: a live region read out at every chunk would drown the rest. */}
      {arrived && (
        <span className="app-loading-progress" aria-hidden="true">
          {' '}
          {progressText(translator, arrived)}
        </span>
      )}
    </p>
  );
}

/** "1.2 MB of 3.4 MB (35%)", or "120 KB received" when the server does not say the size. */
function progressText(translator: Translator, { received, total }: LoadProgress): string {
  const { t } = translator;
  if (total === undefined) return t('app.received', { received: size(translator, received) });
  const percent = Math.floor((received / total) * 100);
  return t('app.progress', { received: size(translator, received), total: size(translator, total), percent });
}

function size({ t, number }: Translator, bytes: number): string {
  const megabyte = 1024 * 1024;
  if (bytes < megabyte)
    return t('app.kilobytes', { size: number(Math.max(1, Math.round(bytes / 1024)), { useGrouping: false }) });
  return t('app.megabytes', { size: number(bytes / megabyte, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

interface LoadedAppProps {
  readonly result: ValidationResult | Promise<ValidationResult>;
  readonly source: DataSource;
  readonly options: AppOptions;
  readonly pageUrl: URL;
  readonly staticFirstView: boolean;
  readonly onRetry?: () => void;
}

function LoadedApp({ result, source, options, pageUrl, staticFirstView, onRetry }: LoadedAppProps) {
  const data = result instanceof Promise ? use(result) : result;
  if (data.ok)
    return (
      <TimelinePage
        timeline={data.timeline}
        options={options}
        pageUrl={pageUrl}
        staticFirstView={staticFirstView}
        warnings={<DataWarnings file={source.label} warnings={data.warnings} />}
      />
    );
  return (
    <ErrorPanel
      file={source.label}
      problems={data.problems}
      {...(data.failure && { failure: data.failure })}
      {...(source.origin && { origin: source.origin })}
      {...(onRetry && { onRetry })}
      {...(source.external && { backHref: withoutData(pageUrl).href })}
    />
  );
}
