import { describe, expect, it } from 'vitest';
import { documentToCsl, formatCitations, toCsl } from '../../src/ui/formatCitations.ts';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';

const ARTICLE_URL = 'https://www.urdupoint.com/en/technology/rpt-un-welcomes-efforts-on-information-tech-1043503.html';
const article = {
  id: 'urdupoint-2020-09-30',
  publisher: 'UrduPoint News / Sputnik',
  published: parseCalendarDate('2020-09-30')!,
  url: ARTICLE_URL,
};

// Loading citeproc and the styles takes seconds on a busy machine, once per file.
describe('formatCitations', { timeout: 30_000 }, () => {
  it('cites the bundled article in APA 7 and Chicago without inventing a headline', () => {
    expect(formatCitations(article)).toEqual({
      apa: `(2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
      chicago: `UrduPoint News / Sputnik. September 30, 2020. ${ARTICLE_URL}.`,
    });
  });

  it('puts a known title in both styles', () => {
    const { apa, chicago } = formatCitations({ ...article, title: 'UN welcomes efforts on information technologies' });
    expect(apa).toBe(
      `UN welcomes efforts on information technologies. (2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
    );
    // Chicago puts a newspaper without a byline first, where the author would be.
    expect(chicago).toBe(
      `UrduPoint News / Sputnik. “UN Welcomes Efforts on Information Technologies.” September 30, 2020. ${ARTICLE_URL}.`,
    );
  });

  it('keeps the precision of the date and leaves out a missing address', () => {
    const yearbook = { id: 'y', publisher: 'Yearbook', published: parseCalendarDate('2004-05')! };
    expect(toCsl(yearbook)).toEqual({
      id: 'y',
      type: 'article-newspaper',
      'container-title': 'Yearbook',
      issued: { 'date-parts': [[2004, 5]] },
    });
    expect(formatCitations(yearbook).apa).toBe('(2004, May). Yearbook.');
  });

  it('prints "n.d." (APA) for a source without a date instead of inventing one', () => {
    const page = { id: 'p', publisher: 'UNODA', url: 'https://disarmament.unoda.org/ict-security' };
    expect(toCsl(page)).not.toHaveProperty('issued');
    // APA's form for an undated page: "n.d." where the year would be, then the address.
    expect(formatCitations(page).apa).toBe('(N.d.). UNODA. https://disarmament.unoda.org/ict-security');
  });

  it('puts the description of an untitled source in square brackets, not as a headline', () => {
    const described = { ...article, description: "News article on a UN official's comments on ICT security" };
    expect(toCsl(described)).toMatchObject({ genre: described.description });
    expect(toCsl(described)).not.toHaveProperty('title');
    expect(formatCitations(described)).toEqual({
      apa: `[News article on a UN official’s comments on ICT security]. (2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
      // Chicago names an untitled work with a plain phrase: no quotation marks, no headline capitals.
      chicago: `UrduPoint News / Sputnik. News article on a UN official’s comments on ICT security. September 30, 2020. ${ARTICLE_URL}.`,
    });
  });

  it('leaves the description out when the title is known', () => {
    const titled = { ...article, title: 'UN welcomes efforts', description: 'News article' };
    expect(toCsl(titled)).not.toHaveProperty('genre');
    expect(formatCitations(titled).apa).toBe(
      `UN welcomes efforts. (2020, September 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
    );
  });
});

describe('formatCitations for UN documents', () => {
  const resolution = { symbol: 'A/RES/53/70', url: 'https://undocs.org/A/RES/53/70' };

  it('cites a dated document by its symbol and date', () => {
    // The press release's date is in its own address (19981028).
    const pressRelease = {
      symbol: 'GA/DIS/3122',
      url: 'https://press.un.org/en/1998/19981028.gads3122.html',
      date: '1998-10-28',
    };
    expect(formatCitations(pressRelease)).toEqual({
      apa: 'United Nations. (1998, October 28). GA/DIS/3122. https://press.un.org/en/1998/19981028.gads3122.html',
      chicago: 'United Nations. “GA/DIS/3122,” October 28, 1998. https://press.un.org/en/1998/19981028.gads3122.html.',
    });
  });

  it('shows only what is known of an undated document: no date, no empty "Retrieved"', () => {
    expect(documentToCsl(resolution)).not.toHaveProperty('issued');
    expect(formatCitations(resolution)).toEqual({
      apa: 'United Nations General Assembly. (n.d.). A/RES/53/70. https://undocs.org/A/RES/53/70',
      chicago: 'United Nations General Assembly. “A/RES/53/70,” n.d. https://undocs.org/A/RES/53/70.',
    });
  });

  it('credits each symbol series to its body, and any other to the United Nations', () => {
    const issuer = (symbol: string) =>
      formatCitations({ symbol, url: 'https://undocs.org/' + symbol }).apa.split('. (')[0];
    expect(['A/C.1/73/L.27/Rev.1', 'S/RES/2341', 'E/2020/1', 'GA/DIS/3122'].map(issuer)).toEqual([
      'United Nations General Assembly',
      'United Nations Security Council',
      'United Nations Economic and Social Council',
      'United Nations',
    ]);
  });
});

// A new locale builds new citeproc engines: seconds on a busy machine.
describe('formatCitations in the reader’s language', { timeout: 30_000 }, () => {
  const page = { id: 'p', publisher: 'UNODA', url: 'https://disarmament.unoda.org/ict-security' };

  it('uses citeproc’s French and Spanish locales: months, quotation marks, "s. d.", no bare "Consulté"', () => {
    expect(formatCitations({ ...article, title: 'UN welcomes efforts' }, 'fr')).toEqual({
      apa: `UN welcomes efforts. (2020, septembre 30). UrduPoint News / Sputnik. ${ARTICLE_URL}`,
      chicago: `UrduPoint News / Sputnik. «\u00a0UN welcomes efforts\u00a0». 30 septembre 2020. ${ARTICLE_URL}.`,
    });
    expect(formatCitations(page, 'fr').apa).toBe('(S.\u00a0d.). UNODA. https://disarmament.unoda.org/ict-security');
    expect(formatCitations(page, 'es').apa).toBe('(S.\u00a0f.). UNODA. https://disarmament.unoda.org/ict-security');
    expect(formatCitations(article, 'es').chicago).toBe(
      `UrduPoint News / Sputnik. 30 de septiembre de 2020. ${ARTICLE_URL}.`,
    );
  });

  it('names the issuing body in the language of the entry', () => {
    const resolution = { symbol: 'A/RES/53/70', url: 'https://undocs.org/A/RES/53/70', date: '1999-01-04' };
    expect(formatCitations(resolution, 'fr').chicago).toBe(
      'Assemblée générale des Nations Unies. «\u00a0A/RES/53/70\u00a0», 4 janvier 1999. https://undocs.org/A/RES/53/70.',
    );
    expect(formatCitations(resolution, 'es').apa.split('. (')[0]).toBe('Asamblea General de las Naciones Unidas');
  });

  it('keeps English entries where citeproc has no locale bundled (Russian, Chinese, Arabic)', () => {
    for (const language of ['ru', 'zh', 'ar'] as const)
      expect(formatCitations(article, language)).toEqual(formatCitations(article));
  });
});
