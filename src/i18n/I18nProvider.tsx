import { createContext, use, type ReactNode } from 'react';
import { ENGLISH, type Translator } from './translator.ts';

const TranslatorContext = createContext<Translator>(ENGLISH);

/** The page's language, chosen once when it loads: a new language is a new address (`?lang=`). */
export function I18nProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext value={translator}>{children}</TranslatorContext>;
}

export function useTranslator(): Translator {
  return use(TranslatorContext);
}
