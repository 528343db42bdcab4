import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { dataSourceFor } from './app/dataSource.ts';
import { readAppOptions } from './app/urlState.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The editor is its own chunk, loaded only for `?edit=1`.
const EditorApp = lazy(() => import('./editor/EditorApp.tsx'));

const pageUrl = new URL(window.location.href);
const options = readAppOptions(pageUrl);

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      {options.edit ? (
        <Suspense>
          <EditorApp dataParam={options.dataParam} pageUrl={pageUrl} />
        </Suspense>
      ) : (
        <App options={options} pageUrl={pageUrl} source={dataSourceFor(options, pageUrl)} />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
