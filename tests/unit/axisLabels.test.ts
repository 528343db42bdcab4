import { describe, expect, it } from 'vitest';
import { axisLabelerFor } from '../../src/i18n/perLanguage/axisLabels.ts';

const december4 = new Date(1998, 11, 4);

describe('axis labels', () => {
  it('names months and years in the language, at each scale', () => {
    const [fr, ru, es, zh, ar] = ['fr', 'ru', 'es', 'zh', 'ar'].map(axisLabelerFor);
    expect(fr?.('minor', december4, 'month')).toBe('déc.');
    expect(fr?.('major', december4, 'day')).toBe('décembre 1998');
    expect(ru?.('major', december4, 'day')).toBe('декабрь 1998 г.');
    expect(es?.('minor', december4, 'month')).toBe('dic');
    expect(zh?.('minor', december4, 'year')).toBe('1998年');
    expect(zh?.('minor', december4, 'day')).toBe('4日');
    expect(ar?.('minor', december4, 'month')).toBe('ديسمبر');
    expect(ar?.('major', december4, 'month')).toBe('1998');
    expect(fr?.('minor', december4, 'weekday')).toBe('ven. 4');
  });

  it('leaves the year scale without a major label, as vis does', () => {
    expect(axisLabelerFor('fr')('major', december4, 'year')).toBe('');
  });

  it('reads the moment vis passes by its time', () => {
    const momentLike = { valueOf: () => december4.getTime() } as unknown as Date;
    expect(axisLabelerFor('fr')('minor', momentLike, 'month')).toBe('déc.');
  });

  it('comes with each language pack', async () => {
    const { default: arabic } = await import('../../src/i18n/packs/ar.ts');
    expect(arabic.axisLabel('minor', december4, 'month')).toBe('ديسمبر');
  });
});
