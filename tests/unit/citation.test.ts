import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../src/ui/citation.ts';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';

const published = parseCalendarDate('2020-09-30')!;

describe('citationLabel', () => {
  it('names publisher and date, and no headline when none is known', () => {
    expect(citationLabel({ id: 'a', publisher: 'UrduPoint News / Sputnik', published })).toBe(
      'UrduPoint News / Sputnik, 30 September 2020',
    );
  });

  it('puts a known title first, in quotation marks', () => {
    expect(citationLabel({ id: 'a', publisher: 'Wire', published, title: 'UN welcomes efforts' })).toBe(
      '“UN welcomes efforts”, Wire, 30 September 2020',
    );
  });

  it('keeps the precision of the publication date', () => {
    expect(citationLabel({ id: 'a', publisher: 'Yearbook', published: parseCalendarDate('2004')! })).toBe(
      'Yearbook, 2004',
    );
  });

  it('leaves the date out when the source gives none, rather than guessing one', () => {
    expect(citationLabel({ id: 'a', publisher: 'UNODA', title: 'ICT security' })).toBe('“ICT security”, UNODA');
  });
});
