import { lazy, startTransition, StrictMode, Suspense, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { dataSourceFor, type DataSource } from './app/dataSource.ts';
import { OTHER_VIEW_FIRST_SCREEN_CLASS, STALE_FIRST_SCREEN_CLASS } from './app/firstScreen.ts';
import { preloadViews } from './app/TimelinePage.tsx';
import { INLINE_EVENTS_ID } from './events/inlineData.ts';
import { readAppOptions } from './app/urlState.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { directionOf, preferredLanguage } from './i18n/languages.ts';
import { loadTranslator } from './i18n/translator.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The editor is its own chunk, loaded only for `?edit=1`.
const EditorApp = lazy(() => import('./editor/EditorApp.tsx'));

const pageUrl = new URL(window.location.href);
const options = readAppOptions(pageUrl);
const language = options.lang ?? preferredLanguage(navigator.languages);
const page = document.documentElement;
// The build prerenders the bundled timeline, in English, into #root (see app/firstScreen.ts); the head's
// check has marked the page when this address or the reader's language wants something else.
// A list written into the page (an exported single file) is not the bundled record that was prerendered.
const bundledRecordPrerendered =
  !options.edit && root.firstElementChild !== null && document.getElementById(INLINE_EVENTS_ID) === null;
const prerendered =
  bundledRecordPrerendered &&
  !page.classList.contains(STALE_FIRST_SCREEN_CLASS) &&
  !page.classList.contains(OTHER_VIEW_FIRST_SCREEN_CLASS);
// The same record in another view (the list, an event's card): the prerendered header stays painted.
const headerPrerendered = bundledRecordPrerendered && page.classList.contains(OTHER_VIEW_FIRST_SCREEN_CLASS);
const source = dataSourceFor(options, pageUrl);
// Fetched alongside the translator: the page is replaced in one commit, with the data and the views' code
// here, so that the first render draws the page rather than its loading state. Should either fail, the app
// renders as it would have, and shows the failure in its place.
const readyToReplace =
  headerPrerendered &&
  Promise.all([source.load(), preloadViews()]).then(
    ([result]): DataSource => ({ ...source, load: () => result }),
    () => source,
  );

// English is in the first screen; another language is one small chunk, fetched before the first render so
// that nothing is drawn in English first.
void loadTranslator(language).then(async (translator) => {
  const appSource = readyToReplace ? await readyToReplace : source;
  page.lang = language;
  page.dir = directionOf(language);
  const app = (
    <StrictMode>
      <I18nProvider translator={translator}>
        <ErrorBoundary>
          {options.edit ? (
            <Suspense>
              <EditorApp dataParam={options.dataParam} pageUrl={pageUrl} />
            </Suspense>
          ) : (
            <App options={options} pageUrl={pageUrl} source={appSource} staticFirstView={prerendered} />
          )}
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>
  );
  if (prerendered) hydrateRoot(root, app);
  else if (headerPrerendered) {
    // Rendered in slices (a transition), so that a phone's main thread is never held for long, while the
    // prerendered header stays painted. The page is then replaced in one commit, and the class comes off
    // in that same task, so nothing is painted in between: the header never leaves the screen and nothing
    // shifts. The timeline, created in an effect after the commit, measures a shown box.
    const showPage = () => page.classList.remove(OTHER_VIEW_FIRST_SCREEN_CLASS);
    startTransition(() => createRoot(root).render(<OnCommit run={showPage}>{app}</OnCommit>));
  } else {
    root.replaceChildren();
    page.classList.remove(STALE_FIRST_SCREEN_CLASS, OTHER_VIEW_FIRST_SCREEN_CLASS);
    createRoot(root).render(app);
  }
});

/** Runs `run` once its tree is committed: in the commit's task, before the browser paints and before the tree's useEffects. */
function OnCommit({ run, children }: { readonly run: () => void; readonly children: ReactNode }) {
  useLayoutEffect(run, [run]);
  return children;
}
