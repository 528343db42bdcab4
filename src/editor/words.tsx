import { createContext, use, useMemo, type ReactNode } from 'react';
import { en } from '../events/messages.en.ts';
import type { ProblemCatalog } from '../events/problemCodes.ts';
import { editorText, ENGLISH_EDITOR_TEXT, type EditorT } from '../i18n/editorText.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';

/** The editor's words in the page's language: its interface, and the validator's problems beside the fields. */
export interface EditorWords {
  readonly t: EditorT;
  readonly problems: ProblemCatalog;
}

// English is in the editor's chunk, so an English editor renders at once.
const ENGLISH_WORDS: EditorWords = { t: ENGLISH_EDITOR_TEXT, problems: en };

const EditorWordsContext = createContext<EditorWords>(ENGLISH_WORDS);

export function useEditorWords(): EditorWords {
  return use(EditorWordsContext);
}

/** Gives the editor its words; another language waits (Suspense) for its two small catalogs. */
export function EditorWordsProvider({ children }: { children: ReactNode }) {
  const { language } = useTranslator();
  return language === 'en' ? children : <TranslatedWords>{children}</TranslatedWords>;
}

function TranslatedWords({ children }: { children: ReactNode }) {
  const { language, problemCatalog } = useTranslator();
  // Both promises are made once per language, so use() sees the same ones on every render.
  const t = use(editorText(language));
  const problems = use(problemCatalog());
  const words = useMemo(() => ({ t, problems }), [t, problems]);
  return <EditorWordsContext value={words}>{children}</EditorWordsContext>;
}
