/**
 * The languages a data file's text may be translated into: the UN's official languages other than
 * English, which is the base text of every field. The same codes as the interface's (src/i18n/languages.ts,
 * an outer layer the domain does not import); a unit test keeps the two lists the same.
 */
export const TRANSLATED_LANGUAGES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The language a text from the data is written in. */
export type ContentLanguage = 'en' | TranslatedLanguage;

export const BASE_LANGUAGE = 'en';

export function isTranslatedLanguage(language: string): language is TranslatedLanguage {
  return (TRANSLATED_LANGUAGES as readonly string[]).includes(language);
}
