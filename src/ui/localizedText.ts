import type { ContentLanguage } from '../events/contentLanguages.ts';
import { localized, type LocalizedEvent, type LocalizedText } from '../events/localized.ts';
import type { TimelineEvent } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';

/** The event's title, summary and track in the page's language where the data has them. */
export function useLocalized(event: TimelineEvent): LocalizedEvent {
  return localized(event, useTranslator().language);
}

/**
 * The `lang` attribute a text needs inside the page: its own language where it is not the page's (an English
 * fallback in a French page), so that screen readers and hyphenation treat it as what it is; none otherwise.
 */
export function langWithin(text: LocalizedText, pageLanguage: ContentLanguage): { lang?: string } {
  return text.lang === pageLanguage ? {} : { lang: text.lang };
}

export function usePageLanguage(): ContentLanguage {
  return useTranslator().language;
}
