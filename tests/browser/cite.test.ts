import { describe, expect, it } from 'vitest';
import { timelineReady, browserForSuite } from './harness.ts';

const browser = browserForSuite();
const ARTICLE_URL = 'https://www.urdupoint.com/en/technology/rpt-un-welcomes-efforts-on-information-tech-1043503.html';

describe('Cite on a card', () => {
  it('offers a citation for the article and for each UN document, ready to copy', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${browser.url}#event=unga-res-73-27-oewg-2018`);
    await timelineReady(page);
    const card = page.getByRole('article', { name: 'Resolution 73/27 establishes an Open-ended Working Group' });
    await card.getByRole('button', { name: 'Cite' }).click();

    const article = card.getByRole('region', { name: 'Cite UrduPoint News / Sputnik, 30 September 2020' });
    const resolution = card.getByRole('region', { name: 'Cite A/RES/73/27' });
    const draft = card.getByRole('region', { name: 'Cite A/C.1/73/L.27/Rev.1' });
    await draft.locator('.cite-panel-entry').first().waitFor();

    // The article has no known headline: APA names it by a bracketed description, not as a headline.
    expect(await article.locator('.cite-panel-entry').allInnerTexts()).toEqual([
      `[News article on a UN official’s comments on international cooperation on ICTs]. (2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
      `UrduPoint News / Sputnik. News article on a UN official’s comments on international cooperation on ICTs. September 30, 2020. ${ARTICLE_URL}.`,
    ]);
    // The documents are cited by symbol; the data gives no date for them, so none is made up.
    expect(await resolution.locator('.cite-panel-entry').allInnerTexts()).toEqual([
      'United Nations General Assembly. (n.d.). A/RES/73/27. https://undocs.org/A/RES/73/27',
      'United Nations General Assembly. “A/RES/73/27,” n.d. https://undocs.org/A/RES/73/27.',
    ]);
    expect(await draft.locator('.cite-panel-entry').first().innerText()).toBe(
      'United Nations General Assembly. (n.d.). A/C.1/73/L.27/Rev.1. https://undocs.org/A/C.1/73/L.27/Rev.1',
    );

    await resolution.getByRole('button', { name: 'Copy APA citation of A/RES/73/27' }).click();
    await resolution.getByText('Copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'United Nations General Assembly. (n.d.). A/RES/73/27. https://undocs.org/A/RES/73/27',
    );
  });
});
