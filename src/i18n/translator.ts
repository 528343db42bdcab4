import { setupI18n, type Messages } from '@lingui/core';
import type { ProblemCatalog } from '../events/problemCodes.ts';
import englishMessages from './catalogs/en.json?messages';
import type { Language } from './languages.ts';
import type { LanguagePack, MessageId } from './pack.ts';

export type { MessageId } from './pack.ts';

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: Language;
  /** The interface message `id` in this language, with its placeholders filled. */
  readonly t: (id: MessageId, values?: MessageValues) => string;
  /** The validator's messages: English ones are fetched only when there is a problem to show. */
  readonly problemCatalog: () => Promise<ProblemCatalog>;
}

// One small chunk per language, fetched only when a reader asks for it; English is in the first screen.
const PACK_LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<{ default: LanguagePack }>>> = {
  ar: () => import('./packs/ar.ts'),
  zh: () => import('./packs/zh.ts'),
  fr: () => import('./packs/fr.ts'),
  ru: () => import('./packs/ru.ts'),
  es: () => import('./packs/es.ts'),
};

/** Numbers as UN documents print them: Western digits in Arabic too, like the dates. */
export const NUMBER_LOCALES: Readonly<Record<Language, string>> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-Hans',
  en: 'en',
  fr: 'fr',
  ru: 'ru',
  es: 'es',
};

export function createTranslator(
  language: Language,
  messages: Messages,
  problemCatalog: () => Promise<ProblemCatalog>,
): Translator {
  const i18n = setupI18n({ locale: language, locales: [NUMBER_LOCALES[language]], messages: { [language]: messages } });
  return { language, t: (id, values) => i18n._(id, values), problemCatalog: once(problemCatalog) };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const ENGLISH: Translator = createTranslator('en', englishMessages, () =>
  import('../events/messages.en.ts').then(({ en }) => en),
);

export async function loadTranslator(language: Language): Promise<Translator> {
  if (language === 'en') return ENGLISH;
  const { default: pack } = await PACK_LOADERS[language]();
  return createTranslator(language, pack.messages, () => Promise.resolve(pack.problems));
}
