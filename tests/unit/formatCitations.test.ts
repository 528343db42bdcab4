import { describe, expect, it } from 'vitest';
import { formatCitations, toCsl } from '../../src/card/formatCitations.ts';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';

const ARTICLE_URL = 'https://www.urdupoint.com/en/technology/rpt-un-welcomes-efforts-on-information-tech-1043503.html';
const article = {
  id: 'urdupoint-2020-09-30',
  publisher: 'UrduPoint News / Sputnik',
  published: parseCalendarDate('2020-09-30')!,
  url: ARTICLE_URL,
};

describe('formatCitations', () => {
  // The first citation builds citeproc's engine: seconds on a busy two-core machine.
  it('cites the bundled article in APA 7 and Chicago without inventing a headline', { timeout: 30_000 }, () => {
    expect(formatCitations(article)).toEqual({
      apa: `(2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
      chicago: `UrduPoint News / Sputnik. September 30, 2020. ${ARTICLE_URL}.`,
    });
  });

  it('puts a known title in both styles', () => {
    const { apa, chicago } = formatCitations({ ...article, title: 'UN welcomes efforts on information technologies' });
    expect(apa).toBe(`UN welcomes efforts on information technologies. (2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`);
    // Chicago puts a newspaper without a byline first, where the author would be.
    expect(chicago).toBe(`UrduPoint News / Sputnik. “UN Welcomes Efforts on Information Technologies.” September 30, 2020. ${ARTICLE_URL}.`);
  });

  it('keeps the precision of the date and leaves out a missing address', () => {
    const yearbook = { id: 'y', publisher: 'Yearbook', published: parseCalendarDate('2004-05')! };
    expect(toCsl(yearbook)).toEqual({ id: 'y', type: 'article-newspaper', 'container-title': 'Yearbook', issued: { 'date-parts': [[2004, 5]] } });
    expect(formatCitations(yearbook).apa).toBe('(2004, May). Yearbook.');
  });

  it('prints "n.d." (APA) for a source without a date instead of inventing one', () => {
    const page = { id: 'p', publisher: 'UNODA', url: 'https://disarmament.unoda.org/ict-security' };
    expect(toCsl(page)).not.toHaveProperty('issued');
    // APA's own form for an undated page: no year, and "Retrieved" before the address.
    expect(formatCitations(page).apa).toBe('(N.d.). UNODA. Retrieved https://disarmament.unoda.org/ict-security');
  });
});
