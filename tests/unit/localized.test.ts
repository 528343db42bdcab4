import { describe, expect, it } from 'vitest';
import { BASE_LANGUAGE, TRANSLATED_LANGUAGES } from '../../src/events/contentLanguages.ts';
import { documentUrlIn, localized, localizedHeading, localizedTrack } from '../../src/events/localized.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { readFixtureText, validFile } from './fixtures.ts';

/** The valid fixture with French and Chinese text: titles in both, a summary in French only, one track named. */
function translatedTimeline() {
  const file = {
    ...validFile(),
    translations: { fr: { title: 'Chronologie d’essai' }, zh: { title: '测试时间线', description: '说明' } },
    trackNames: { 'UN General Assembly': { fr: 'Assemblée générale des Nations Unies', zh: '联合国大会' } },
  };
  Object.assign(file.events[0]!, {
    translations: {
      fr: { title: 'Résolution adoptée', summary: 'L’Assemblée l’a adoptée.' },
      zh: { title: '通过决议' },
    },
  });
  const result = validateEventsFile(file, readFixtureText);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

describe('localized()', () => {
  const timeline = translatedTimeline();
  const resolution = timeline.events.find((event) => event.id === 'second')!;
  const agreement = timeline.events.find((event) => event.id === 'first')!;

  it('gives the translations the file has, each marked with its language', () => {
    expect(localized(resolution, 'fr')).toEqual({
      title: { text: 'Résolution adoptée', lang: 'fr' },
      summary: { text: 'L’Assemblée l’a adoptée.', lang: 'fr' },
      track: { text: 'Assemblée générale des Nations Unies', lang: 'fr' },
    });
  });

  it('falls back to English, marked "en", field by field', () => {
    expect(localized(resolution, 'zh')).toEqual({
      title: { text: '通过决议', lang: 'zh' },
      summary: { text: 'The Assembly adopted it.', lang: 'en' },
      track: { text: '联合国大会', lang: 'zh' },
    });
    expect(localized(agreement, 'ru')).toEqual({
      title: { text: 'Agreement signed', lang: 'en' },
      summary: { text: 'Both states signed.', lang: 'en' },
      track: { text: 'Bilateral', lang: 'en' },
    });
  });

  it('gives English readers the base text', () => {
    expect(localized(resolution, 'en').title).toEqual({ text: 'Resolution adopted', lang: 'en' });
  });

  it('names tracks for their labels, and the timeline in its heading', () => {
    expect(localizedTrack(timeline.trackNames, 'UN General Assembly', 'zh')).toEqual({
      text: '联合国大会',
      lang: 'zh',
    });
    expect(localizedTrack(timeline.trackNames, 'Bilateral', 'zh')).toEqual({ text: 'Bilateral', lang: 'en' });
    expect(localizedTrack(timeline.trackNames, 'constructor', 'fr')).toEqual({ text: 'constructor', lang: 'en' });
    expect(localizedHeading(timeline, 'fr')).toEqual({ title: { text: 'Chronologie d’essai', lang: 'fr' } });
    expect(localizedHeading({ ...timeline, description: 'About it.' }, 'zh')).toEqual({
      title: { text: '测试时间线', lang: 'zh' },
      description: { text: '说明', lang: 'zh' },
    });
  });

  it('knows the same languages as the interface, English being the base text', () => {
    expect([...TRANSLATED_LANGUAGES, BASE_LANGUAGE].sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('documentUrlIn()', () => {
  it('opens undocs.org documents in the reader’s language', () => {
    expect(documentUrlIn('https://undocs.org/A/RES/53/70', 'fr')).toBe('https://undocs.org/fr/A/RES/53/70');
    expect(documentUrlIn('https://www.undocs.org/A/70/174', 'zh')).toBe('https://www.undocs.org/zh/A/70/174');
    expect(documentUrlIn('https://undocs.org/en/A/RES/73/27', 'ar')).toBe('https://undocs.org/ar/A/RES/73/27');
  });

  it('keeps the address as written for English readers and for other sites', () => {
    expect(documentUrlIn('https://undocs.org/A/RES/53/70', 'en')).toBe('https://undocs.org/A/RES/53/70');
    expect(documentUrlIn('https://undocs.org/en/A/RES/53/70', 'en')).toBe('https://undocs.org/en/A/RES/53/70');
    expect(documentUrlIn('https://digitallibrary.un.org/record/265311', 'fr')).toBe(
      'https://digitallibrary.un.org/record/265311',
    );
    expect(documentUrlIn('https://notundocs.org/A/RES/53/70', 'es')).toBe('https://notundocs.org/A/RES/53/70');
    expect(documentUrlIn('https://undocs.org/', 'es')).toBe('https://undocs.org/');
  });
});

describe('translations in the format', () => {
  it('reach the model: the timeline keeps its translations and track names, events their own', () => {
    const timeline = translatedTimeline();
    expect(timeline.translations?.zh?.description).toBe('说明');
    expect(timeline.trackNames?.['UN General Assembly']?.fr).toBe('Assemblée générale des Nations Unies');
    expect(timeline.events.find((event) => event.id === 'second')?.trackTranslations?.zh).toBe('联合国大会');
  });
});
