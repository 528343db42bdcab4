import { useLayoutEffect } from 'react';
import { directionOf, languageOfTag, preferredLanguage, type Language } from '../i18n/languages.ts';

/**
 * The page's language: `?lang=` when it names one of the six, else the reader's preferred one, else
 * English. The document's `lang` and `dir` follow it before the first paint, so an Arabic page never
 * flashes left to right.
 */
export function useDocumentLanguage(lang: string | null): Language {
  const language = languageOfTag(lang) ?? preferredLanguage(navigator.languages);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = directionOf(language);
  }, [language]);
  return language;
}
