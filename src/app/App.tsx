import { Suspense, use, useState, useSyncExternalStore } from 'react';
import type { LoadProgress } from '../events/fetchTimeline.ts';
import type { ValidationResult } from '../events/validate.ts';
import type { DataSource, ProgressStore } from './dataSource.ts';
import { DataWarnings, ErrorPanel } from './ErrorPanel.tsx';
import { TimelinePage } from './TimelinePage.tsx';
import { withoutData, type AppOptions } from './urlState.ts';
import './app.css';

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
  return (
    <p className="app-loading" role="status" aria-live="polite">
      Loading the event list from <code>{label}</code>…
      {/* Shown, not announced: a live region read out at every chunk would drown the rest. */}
      {arrived && (
        <span className="app-loading-progress" aria-hidden="true">
          {' '}
          {progressText(arrived)}
        </span>
      )}
    </p>
  );
}

/** "1.2 MB of 3.4 MB (35%)", or "120 KB received" when the server does not say the size. */
function progressText({ received, total }: LoadProgress): string {
  if (total === undefined) return `${size(received)} received`;
  return `${size(received)} of ${size(total)} (${Math.floor((received / total) * 100)}%)`;
}

function size(bytes: number): string {
  const megabyte = 1024 * 1024;
  return bytes < megabyte ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / megabyte).toFixed(1)} MB`;
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
      {...(source.fix !== undefined && { dataFix: source.fix })}
      {...(onRetry && { onRetry })}
      {...(source.external && { backHref: withoutData(pageUrl).href })}
    />
  );
}
