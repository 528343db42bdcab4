import { setupI18n, type Messages } from '@lingui/core';
import type { ProblemCatalog } from '../events/problemCodes.ts';
import englishMessages from './catalogs/en.json?messages=first-screen';
import type { Language } from './languages.ts';
import type { LanguagePack, MessageId } from './pack.ts';
import type { AxisLabeler } from './perLanguage/axisLabels.ts';

export type { MessageId } from './pack.ts';

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: Language;
  /** The interface message `id` in this language, with its placeholders filled. */
  readonly t: (id: MessageId, values?: MessageValues) => string;
  /** A number as this language writes it (Western digits in Arabic): "1.2" in English, "1,2" in French. */
  readonly number: (value: number, format?: Intl.NumberFormatOptions) => string;
  /** The validator's messages: English ones are fetched only when there is a problem to show. */
  readonly problemCatalog: () => Promise<ProblemCatalog>;
  /** The timeline axis's labels; none in English, where vis-timeline's own are used. */
  readonly axisLabel?: AxisLabeler;
}

/** A translator that takes more messages later: English, whose later parts come with their own chunks. */
type GrowingTranslator = Translator & { readonly add: (messages: Messages) => void };

// One small chunk per language, fetched only when a reader asks for it; English is in the first screen.
// Each carries its own copy of what it shares with the others (perLanguage/README.md): one request a language.
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
  axisLabel?: AxisLabeler,
): GrowingTranslator {
  const i18n = setupI18n({ locale: language, locales: [NUMBER_LOCALES[language]], messages: { [language]: messages } });
  return {
    language,
    t: (id, values) => i18n._(id, values),
    number: (value, format) => i18n.number(value, format),
    problemCatalog: once(problemCatalog),
    add: (more) => i18n.load(language, more),
    ...(axisLabel && { axisLabel }),
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const ENGLISH: GrowingTranslator = createTranslator('en', englishMessages, () =>
  import('../events/messages.en.ts').then(({ en }) => en),
);

export async function loadTranslator(language: Language): Promise<Translator> {
  if (language === 'en') return ENGLISH;
  const { default: pack } = await PACK_LOADERS[language]();
  return createTranslator(language, pack.messages, () => Promise.resolve(pack.problems), pack.axisLabel);
}

/**
 * The English messages of a part loaded later (embed builder, About panel, error panel), which brings them with
 * its own chunk so that the first screen does not carry them. Other languages' packs have every message.
 */
export function addEnglishMessages(messages: Messages): void {
  ENGLISH.add(messages);
}
