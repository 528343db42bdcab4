import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDateAt,
  formatWithinYear,
  parseCalendarDate,
  type DatePrecision,
} from '../../src/events/calendarDate.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { formatVisibleRange } from '../../src/timeline/visibleRange.ts';

function date(iso: string) {
  const parsed = parseCalendarDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
}

// As the platform (ICU/CLDR, the same in Node and Chromium) writes them, checked by hand against each
// language's usage: Russian's month and year take "г.", Spanish links with "de", Chinese writes 年月日.
const EXPECTED: Readonly<Record<Language, Readonly<Record<DatePrecision, string>>>> = {
  en: { day: '4 December 1998', month: 'December 1998', year: '1998' },
  fr: { day: '4 décembre 1998', month: 'décembre 1998', year: '1998' },
  es: { day: '4 de diciembre de 1998', month: 'diciembre de 1998', year: '1998' },
  ru: { day: '4 декабря 1998 г.', month: 'декабрь 1998 г.', year: '1998' },
  zh: { day: '1998年12月4日', month: '1998年12月', year: '1998年' },
  ar: { day: '4 ديسمبر 1998', month: 'ديسمبر 1998', year: '1998' },
};

const ISO_AT: Readonly<Record<DatePrecision, string>> = { day: '1998-12-04', month: '1998-12', year: '1998' };

describe('dates in the six languages', () => {
  for (const [language, byPrecision] of Object.entries(EXPECTED)) {
    for (const [precision, expected] of Object.entries(byPrecision)) {
      it(`writes a ${precision} in ${language} as "${expected}"`, () => {
        expect(formatCalendarDate(date(ISO_AT[precision as DatePrecision]), language)).toBe(expected);
      });
    }
  }

  it('keeps Russian months in the nominative alone and in the genitive after a day', () => {
    expect(formatCalendarDate(date('2004-07'), 'ru')).toBe('июль 2004 г.');
    expect(formatCalendarDate(date('2004-07-01'), 'ru')).toBe('1 июля 2004 г.');
  });

  it('writes Arabic with Western digits, as UN documents in Arabic do', () => {
    const written = formatCalendarDate(date('2021-03-12'), 'ar');
    expect(written).toBe('12 مارس 2021');
    expect(written).not.toMatch(/[\u0660-\u0669]/);
  });

  it('uses short month names where space is tight', () => {
    const day = new Date(1998, 11, 4);
    expect(formatDateAt(day, 'day', { month: 'short' })).toBe('4 Dec 1998');
    expect(formatDateAt(day, 'day', { language: 'fr', month: 'short' })).toBe('4 déc. 1998');
    expect(formatDateAt(day, 'month', { language: 'ru', month: 'short' })).toBe('дек. 1998 г.');
  });

  it('gives the date within its year for the handout overview', () => {
    const day = new Date(1998, 11, 4);
    expect(formatWithinYear(day, 'day')).toBe('4 Dec');
    expect(formatWithinYear(day, 'month')).toBe('Dec');
    expect(formatWithinYear(day, 'day', 'fr')).toBe('4 déc.');
    expect(formatWithinYear(day, 'day', 'zh')).toBe('12月4日');
    expect(formatWithinYear(day, 'month', 'ar')).toBe('ديسمبر');
  });

  it('writes the toolbar range in the language', () => {
    expect(formatVisibleRange(new Date(1998, 2, 1), new Date(1999, 0, 1), 'es')).toBe('mar 1998 – ene 1999');
    expect(formatVisibleRange(new Date(1965, 0, 1), new Date(2027, 5, 1), 'zh')).toBe('1965年 – 2027年');
  });
});
