import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { ErrorBoundary } from './app/ErrorBoundary.tsx';
import { dataSourceFor } from './app/dataSource.ts';
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
// English is in the first screen; another language is one small chunk, fetched before the first render so
// that nothing is drawn in English first.
void loadTranslator(language).then((translator) => {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);

  createRoot(root).render(
    <StrictMode>
      <I18nProvider translator={translator}>
        <ErrorBoundary>
          {options.edit ? (
            <Suspense>
              <EditorApp dataParam={options.dataParam} pageUrl={pageUrl} />
            </Suspense>
          ) : (
            <App options={options} pageUrl={pageUrl} source={dataSourceFor(options, pageUrl)} />
          )}
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>,
  );
});
