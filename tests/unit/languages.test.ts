import { describe, expect, it } from 'vitest';
import { directionOf, languageOfTag, preferredLanguage } from '../../src/i18n/languages';

describe('languages', () => {
  it('reads the six from tags with regions and scripts', () => {
    expect(languageOfTag('fr-CA')).toBe('fr');
    expect(languageOfTag('zh-Hans-CN')).toBe('zh');
    expect(languageOfTag('AR')).toBe('ar');
    expect(languageOfTag('de')).toBeUndefined();
    expect(languageOfTag(null)).toBeUndefined();
  });

  it("takes the reader's first preferred language that is one of the six, else English", () => {
    expect(preferredLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLanguage(['de', 'ja'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh')).toBe('ltr');
  });
});
