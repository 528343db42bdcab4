import { Suspense, use, useState } from 'react';
import type { ValidationResult } from '../events/validate.ts';
import type { DataSource } from './dataSource.ts';
import { DataWarnings, ErrorPanel } from './ErrorPanel.tsx';
import { TimelinePage } from './TimelinePage.tsx';
import { withoutData, type AppOptions } from './urlState.ts';
import './app.css';

export interface AppProps {
  readonly options: AppOptions;
  readonly source: DataSource;
}

export function App({ options, source }: AppProps) {
  const [result] = useState(source.load);
  return (
    <div className={options.embed ? 'app app-embed' : 'app'}>
      <Suspense fallback={<LoadingState label={source.label} />}>
        <LoadedApp result={result} source={source} options={options} />
      </Suspense>
    </div>
  );
}

function LoadingState({ label }: { label: string }) {
  return (
    <p className="app-loading" role="status" aria-live="polite">
      Loading the event list from <code>{label}</code>…
    </p>
  );
}

interface LoadedAppProps {
  readonly result: ValidationResult | Promise<ValidationResult>;
  readonly source: DataSource;
  readonly options: AppOptions;
}

function LoadedApp({ result, source, options }: LoadedAppProps) {
  const data = result instanceof Promise ? use(result) : result;
  if (data.ok) return <TimelinePage timeline={data.timeline} options={options} warnings={<DataWarnings file={source.label} warnings={data.warnings} />} />;
  return (
    <ErrorPanel
      file={source.label}
      problems={data.problems}
      {...(source.external && { backHref: withoutData(new URL(window.location.href)).href })}
    />
  );
}
