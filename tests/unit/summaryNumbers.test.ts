// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { placed } from '../../src/events/problems.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import { summaryNumberWarnings, unsupportedSummaryNumbers } from '../../src/events/summaryNumbers.ts';
import type { EventRecord } from '../../src/events/schema.ts';

// Real passages: the 2020 article, UN press release GA/DIS/3619 and the UNODA ICT-security page.
const ARTICLE_74_247 =
  'Last year, the organization passed a Russian-sponsored resolution on countering cybercrime, which was also ' +
  'backed by China and Iran, among other nations.';
const GA_DIS_3619 =
  'Taking action on one of them, the Committee approved, by a vote of 109 in favour to 45 against, with 16 ' +
  'abstentions, the draft resolution “Developments in the field of information and telecommunications in the ' +
  'context of international security” (document A/C.1/73/L.27.Rev.1), tabled by the Russian Federation.';
const UNODA = 'Beginning in 2004, six Groups of Governmental Experts (GGE) have studied the threats';

describe('unsupportedSummaryNumbers', () => {
  it('lists each vote count that no quote gives (the 2019 card as it was)', () => {
    const summary =
      'By 79 votes to 60 with 33 abstentions, the General Assembly adopted the Russian-sponsored resolution.';
    expect(unsupportedSummaryNumbers(summary, [ARTICLE_74_247])).toEqual(['79', '60', '33']);
  });

  it('accepts counts that a quote gives', () => {
    const summary =
      'In the First Committee the draft was approved by 109 votes in favour to 45 against, with 16 abstentions.';
    expect(unsupportedSummaryNumbers(summary, [GA_DIS_3619])).toEqual([]);
  });

  it('checks a number against every quote of the event, not only the first', () => {
    expect(unsupportedSummaryNumbers('Approved by 109 votes.', [ARTICLE_74_247, GA_DIS_3619])).toEqual([]);
  });

  it('ignores dates: years, day and month, month and day, ISO dates, short year spans', () => {
    const summary =
      'Adopted on 27 December 2019 and signed on May 25, 1972, it met in 2009–10, from 10–12 December 2003 and ' +
      'between 2019 and 2021 (2019-12-27), as in the 1990s.';
    expect(unsupportedSummaryNumbers(summary, [])).toEqual([]);
  });

  it('ignores document symbols and resolution numbers', () => {
    const summary =
      'Resolution 53/70 (A/RES/53/70), the draft A/C.1/73/L.27/Rev.1, press release GA/DIS/3122 and ' +
      'WSIS-03/GENEVA/DOC/4-E.';
    expect(unsupportedSummaryNumbers(summary, [])).toEqual([]);
  });

  it('reads thousands separators and matches them with or without the comma', () => {
    expect(unsupportedSummaryNumbers('About 1,000 delegates attended.', ['some 1000 delegates'])).toEqual([]);
    expect(unsupportedSummaryNumbers('About 1,000 delegates attended.', [])).toEqual(['1,000']);
  });

  it('reads small counts spelled out and matches them with digits or words', () => {
    const norms = 'recommended 11 voluntary, non-binding norms of responsible State behaviour';
    expect(unsupportedSummaryNumbers('The report set out eleven norms.', [norms])).toEqual([]);
    expect(unsupportedSummaryNumbers('Six groups have met since 2004.', [UNODA])).toEqual([]);
    expect(unsupportedSummaryNumbers('A group of twenty-five experts.', ['GGE – 25 members'])).toEqual([]);
    expect(unsupportedSummaryNumbers('A group of twenty-five experts and 25 members.', [])).toEqual([
      'twenty-five',
      '25',
    ]);
  });

  it('does not count ordinals or "one"', () => {
    expect(unsupportedSummaryNumbers('A sixth group, one of two texts, at the seventy-third session.', [])).toEqual([
      'two',
    ]);
  });

  it('does not count digits inside words or codes', () => {
    expect(unsupportedSummaryNumbers('The G20, COVID-19 and &#60;i&#62; are not counts.', [])).toEqual([]);
  });

  it('names each missing number once', () => {
    expect(unsupportedSummaryNumbers('25 members; again 25 members.', [])).toEqual(['25']);
  });
});

describe('summaryNumberWarnings', () => {
  const event = (id: string, summary: string, quote: string): EventRecord => ({
    id,
    date: '2019-12-27',
    title: 'Resolution',
    summary,
    track: 'Cybercrime',
    actors: [],
    citations: [{ source: 'article', quote }],
  });

  it('names the event by its place from 1 and its id, the number and what to do', () => {
    const events = [
      event('unga-res-53-70-1998', 'Adopted without a vote.', 'without a vote'),
      event('unga-res-74-247-cybercrime-2019', 'Adopted by 79 votes.', ARTICLE_74_247),
    ];
    const warnings = placed(summaryNumberWarnings(events), { events });
    expect(warnings).toEqual([
      {
        code: 'unquoted-number',
        params: { number: '79' },
        severity: 'warning',
        path: ['events', 1, 'summary'],
        place: [{ item: 'event', number: 2, id: 'unga-res-74-247-cybercrime-2019' }, { field: 'summary' }],
      },
    ]);
    expect(warnings.map(problemText)).toEqual([
      'event 2, id “unga-res-74-247-cybercrime-2019”, summary: the number "79" is in the summary but in none of the ' +
        "event's quotes; quote the passage that gives it, or take it out of the summary",
    ]);
  });
});
