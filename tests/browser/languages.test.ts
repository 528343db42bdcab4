import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_EIGHT_DATA, browserForSuite, timelineReady } from './harness.ts';

const browser = browserForSuite();
const SCREENSHOTS = 'test-results/screenshots';
const EVENT = 'unga-res-53-70-1998';

/** A few real strings of the shell in each language, as a reader sees them (from the catalogs). */
const SHELL = {
  fr: {
    dir: 'ltr',
    view: 'Affichage',
    search: 'Rechercher',
    print: 'Imprimer le document à distribuer',
    embed: 'Intégrer',
    dialog: 'Intégrer cette frise chronologique',
    code: 'Code d’intégration',
    copy: 'Copier le code d’intégration',
    language: 'Langue',
  },
  ar: {
    dir: 'rtl',
    view: 'العرض',
    search: 'بحث',
    print: 'اطبع المطبوعة للتوزيع',
    embed: 'تضمين',
    dialog: 'تضمين هذا الخط الزمني',
    code: 'رمز التضمين',
    copy: 'نسخ رمز التضمين',
    language: 'اللغة',
  },
  zh: {
    dir: 'ltr',
    view: '视图',
    search: '搜索',
    print: '打印讲义',
    embed: '嵌入',
    dialog: '嵌入此时间线',
    code: '嵌入代码',
    copy: '复制嵌入代码',
    language: '语言',
  },
} as const;

async function htmlLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe.each(Object.entries(SHELL))('the shell with ?lang=%s', (lang, words) => {
  it('speaks the language in its header, toolbar, search and embed dialog, and keeps it in the embed code', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}&lang=${lang}`);
    await timelineReady(page);
    expect(await htmlLanguage(page)).toEqual({ lang, dir: words.dir });

    await page.getByRole('group', { name: words.view }).waitFor();
    await page.getByRole('searchbox', { name: words.search }).waitFor();
    await page.getByRole('button', { name: words.print }).waitFor();
    expect(await page.getByRole('combobox', { name: words.language }).inputValue()).toBe(lang);
    // No English left in the shell's own controls.
    expect(await page.getByRole('button', { name: 'Print handout' }).count()).toBe(0);
    expect(await page.getByText('Skip to events').count()).toBe(0);

    await page.getByRole('button', { name: words.embed, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: words.dialog });
    const code = await dialog.getByLabel(words.code).inputValue();
    expect(code).toContain(`lang=${lang}`);
    await dialog.getByRole('button', { name: words.copy }).waitFor();
  });
});

describe('the language switcher', () => {
  it('opens the same address in the chosen language, search and open card kept, and a reload keeps it', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.url}?data=${FIRST_EIGHT_DATA}&q=53%2F70#event=${EVENT}`);
    await timelineReady(page);
    const switcher = page.getByRole('combobox', { name: 'Language' });
    expect(
      await switcher.locator('option').evaluateAll((options) => options.map((option) => option.textContent)),
    ).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
    expect(await switcher.locator('option[value="ru"]').getAttribute('lang')).toBe('ru');

    // From the keyboard: focus the list, then choose as a keyboard user's browser does.
    await switcher.focus();
    await Promise.all([page.waitForURL(/lang=fr/), switcher.selectOption('fr')]);
    await timelineReady(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('lang')).toBe('fr');
    expect(url.searchParams.get('q')).toBe('53/70');
    expect(url.searchParams.get('data')).toBe(FIRST_EIGHT_DATA);
    expect(url.hash).toBe(`#event=${EVENT}`);
    expect(await htmlLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    await page.getByRole('searchbox', { name: 'Rechercher' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Rechercher' }).inputValue()).toBe('53/70');

    await page.reload();
    await timelineReady(page);
    expect(await htmlLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.getByRole('combobox', { name: 'Langue' }).inputValue()).toBe('fr');
  });

  it('works in the embed too, and fits its toolbar in 900×500 and 400×300 frames', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [width, height, lang] of [
      [900, 500, 'fr'],
      [400, 300, 'ru'],
      [900, 500, 'ar'],
    ] as const) {
      const page = await browser.newPage({
        viewport: { width: width + 40, height: height + 40 },
        reducedMotion: 'reduce',
      });
      const host = browser.hostPage(
        `languages-${lang}-${width}x${height}.html`,
        `<!doctype html><html lang="en"><title>Course page</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:20px}iframe{display:block;border:0}</style>
<iframe title="Timeline" src="${browser.url}?embed=1&amp;view=timeline&amp;lang=${lang}" width="${width}" height="${height}"></iframe>`,
      );
      await page.goto(host);
      const frame = page.frameLocator('iframe');
      await frame.locator('section.timeline[aria-busy="false"]').waitFor();
      const switcher = frame.getByRole('combobox', { name: SHELL_LABEL[lang] });
      expect(await switcher.inputValue()).toBe(lang);
      // The switcher shares the toolbar's rows: no taller than the search box beside it.
      const [select, search] = await Promise.all([switcher.boundingBox(), frame.getByRole('searchbox').boundingBox()]);
      expect(select && search && select.height <= search.height + 4).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/languages-embed-${lang}-${width}x${height}.png` });

      const embedded = page.frames().find((candidate) => candidate.url().includes('embed=1'));
      if (!embedded) throw new Error('no embedded frame');
      await Promise.all([embedded.waitForURL(/lang=es/), switcher.selectOption('es')]);
      expect(new URL(embedded.url()).searchParams.get('embed')).toBe('1');
      await frame.getByRole('combobox', { name: 'Idioma' }).waitFor();
    }
  });
});

const SHELL_LABEL = { fr: 'Langue', ru: 'Язык', ar: 'اللغة' } as const;
