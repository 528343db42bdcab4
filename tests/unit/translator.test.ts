import { describe, expect, it } from 'vitest';
import { ENGLISH, loadTranslator } from '../../src/i18n/translator';

describe('translator', () => {
  it('fills placeholders and plurals from the compiled English catalog', () => {
    expect(ENGLISH.t('explore.count', { shown: 1, total: 1 })).toBe('1 of 1 event');
    expect(ENGLISH.t('explore.count', { shown: 12, total: 47 })).toBe('12 of 47 events');
  });

  it('loads another language on demand', async () => {
    const arabic = await loadTranslator('ar');
    expect(arabic.language).toBe('ar');
  });
});
