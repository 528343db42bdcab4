import { setupI18n, type Messages } from '@lingui/core';
import englishMessages from './catalogs/editor/en.json?messages';
import type english from './catalogs/editor/en.json';
import type { Language } from './languages.ts';
import { NUMBER_LOCALES, type MessageValues } from './translator.ts';

/**
 * The editor's words (`?edit=1`). They have catalogs of their own, loaded with the editor's chunk, so
 * readers of the timeline never download them: the first screen stays within its budget.
 */
export type EditorMessageId = keyof typeof english;

export type EditorT = (id: EditorMessageId, values?: MessageValues) => string;

const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>>> = {
  ar: () => import('./catalogs/editor/ar.json?messages'),
  zh: () => import('./catalogs/editor/zh.json?messages'),
  fr: () => import('./catalogs/editor/fr.json?messages'),
  ru: () => import('./catalogs/editor/ru.json?messages'),
  es: () => import('./catalogs/editor/es.json?messages'),
};

function translate(language: Language, messages: Messages): EditorT {
  const i18n = setupI18n({ locale: language, locales: [NUMBER_LOCALES[language]], messages: { [language]: messages } });
  return (id, values) => i18n._(id, values);
}

/** The editor's words in English, at hand without waiting. */
export const ENGLISH_EDITOR_TEXT: EditorT = translate('en', englishMessages);

const loaded = new Map<Language, Promise<EditorT>>();

/** The editor's words in a language: the same promise each time, as React's `use()` needs. */
export function editorText(language: Language): Promise<EditorT> {
  if (language === 'en') return Promise.resolve(ENGLISH_EDITOR_TEXT);
  let words = loaded.get(language);
  if (!words) {
    words = LOADERS[language]().then(({ default: messages }) => translate(language, messages));
    loaded.set(language, words);
  }
  return words;
}
