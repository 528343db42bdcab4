import { lazy, StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { dataSourceFor } from './app/dataSource.ts';
import { STALE_FIRST_SCREEN_CLASS } from './app/firstScreen.ts';
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
const prerendered =
  !options.edit &&
  root.firstElementChild !== null &&
  !page.classList.contains(STALE_FIRST_SCREEN_CLASS) &&
  document.getElementById(INLINE_EVENTS_ID) === null;

// English is in the first screen; another language is one small chunk, fetched before the first render so
// that nothing is drawn in English first.
void loadTranslator(language).then((translator) => {
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
            <App
              options={options}
              pageUrl={pageUrl}
              source={dataSourceFor(options, pageUrl)}
              staticFirstView={prerendered}
            />
          )}
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>
  );
  if (prerendered) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    page.classList.remove(STALE_FIRST_SCREEN_CLASS);
    createRoot(root).render(app);
  }
});
