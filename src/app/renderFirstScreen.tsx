import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { BUNDLED_DATA_PATH, loadBundledTimeline } from '../events/bundled.ts';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { AppOptions } from './urlState.ts';

/** What the prerendered page shows: the bundled timeline, as a full page, in the timeline view. */
const PRERENDERED: AppOptions = { dataParam: null, embed: false, view: 'timeline', lang: null };

/**
 * The first screen as HTML, rendered at build time (vite-plugins/prerender.ts) and hydrated by
 * main.tsx. The tree is main.tsx's; the data is loaded before rendering, not while, so the
 * page comes out complete. vis-timeline is never run here (effects do not run
 * on the server), so the build stands it in with a stub.
 */
export async function renderFirstScreen(): Promise<string> {
  const result = await loadBundledTimeline();
  if (!result.ok) throw new Error(`the bundled record is not valid; run npm run validate (${BUNDLED_DATA_PATH})`);
  const source = { label: BUNDLED_DATA_PATH, external: false, load: () => result };
  // Any address will do: it appears only in what the first screen does not show (cards, About, embed links).
  const pageUrl = new URL('https://prerendered.invalid/');
  return renderToString(
    <StrictMode>
      <ErrorBoundary>
        <App options={PRERENDERED} source={source} pageUrl={pageUrl} staticFirstView />
      </ErrorBoundary>
    </StrictMode>,
  );
}
