import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { BUNDLED_DATA_PATH, loadBundledTimeline } from './events/bundled.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App file={BUNDLED_DATA_PATH} load={loadBundledTimeline} />
    </ErrorBoundary>
  </StrictMode>,
);
