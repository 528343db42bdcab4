// Types only: the views load this with the first screen, the schema's language list with the validator.
import type { ContentLanguage, TranslatedLanguage } from './contentLanguages.ts';
import type { Timeline, TimelineEvent, TrackTranslations } from './model.ts';
import type { TrackNames } from './schema.ts';

/** A text from the data and the language it is actually in, which is English where no translation is given. */
export interface LocalizedText {
  readonly text: string;
  readonly lang: ContentLanguage;
}

export interface LocalizedEvent {
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly track: LocalizedText;
}

/** The translation if the data gives one for the language, else the English base text, each with its language. */
function pick(
  english: string,
  language: ContentLanguage,
  translated: (language: TranslatedLanguage) => string | undefined,
): LocalizedText {
  const text = language === 'en' ? undefined : translated(language);
  return text === undefined ? { text: english, lang: 'en' } : { text, lang: language };
}

/** An event's title, summary and track in the reader's language where the data has them, else in English. */
export function localized(event: TimelineEvent, language: ContentLanguage): LocalizedEvent {
  const translations = event.translations;
  return {
    title: pick(event.title, language, (lang) => translations?.[lang]?.title),
    summary: pick(event.summary, language, (lang) => translations?.[lang]?.summary),
    track: localizedTrackName(event.track, event.trackTranslations, language),
  };
}

/** A track's name for its label, from the file's `trackNames`. */
export function localizedTrack(
  trackNames: TrackNames | undefined,
  track: string,
  language: ContentLanguage,
): LocalizedText {
  // An own key only: a track named "constructor" has no names from Object.prototype.
  const names = trackNames && Object.hasOwn(trackNames, track) ? trackNames[track] : undefined;
  return localizedTrackName(track, names, language);
}

function localizedTrackName(
  track: string,
  names: TrackTranslations | undefined,
  language: ContentLanguage,
): LocalizedText {
  return pick(track, language, (lang) => names?.[lang]);
}

/** The timeline's title and description (if it has one) in the reader's language where given. */
export function localizedHeading(
  timeline: Timeline,
  language: ContentLanguage,
): { readonly title: LocalizedText; readonly description?: LocalizedText } {
  const translations = timeline.translations;
  const title = pick(timeline.title, language, (lang) => translations?.[lang]?.title);
  if (timeline.description === undefined) return { title };
  return { title, description: pick(timeline.description, language, (lang) => translations?.[lang]?.description) };
}

/** An undocs.org address (with or without www, and any language segment it already has) and the path after it. */
const UNDOCS = /^(https?:\/\/(?:www\.)?undocs\.org\/)(?:(?:ar|zh|en|fr|ru|es)\/)?(?=[^/])/i;

/**
 * The address of a UN document in the reader's language: undocs.org takes the language as the first segment of
 * the path (https://undocs.org/fr/A/RES/53/70), and serves each document in the six languages. Other addresses,
 * and every address for English readers, are kept as the data gives them.
 */
export function documentUrlIn(url: string, language: ContentLanguage): string {
  return language === 'en' ? url : url.replace(UNDOCS, `$1${language}/`);
}
