import { useId } from 'react';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { directionOf, languageOfTag, LANGUAGES, LANGUAGE_NAMES, type Language } from '../i18n/languages.ts';
import { readUrlState, withState } from './urlState.ts';

/** The address of this page in another language: everything else (search, filters, open card) stays. */
export function inLanguage(url: URL, lang: Language): URL {
  return withState(url, { ...readUrlState(url), lang });
}

/**
 * Each language named in its own script. A language is chosen once per page load (its messages come in
 * one chunk), so choosing another opens the same address with `?lang=`.
 */
export function LanguageSwitcher({ url }: { url: URL }) {
  const { language, t } = useTranslator();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) =>
          window.location.assign(inLanguage(url, languageOfTag(event.target.value) ?? language).href)
        }
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code} dir={directionOf(code)}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
