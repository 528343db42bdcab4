import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate, periodEnd } from '../../src/events/calendarDate.ts';

function date(iso: string) {
  const parsed = parseCalendarDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
}

describe('calendar dates', () => {
  it('keeps the precision of the data', () => {
    expect(parseCalendarDate('1972')?.precision).toBe('year');
    expect(parseCalendarDate('1998-10')?.precision).toBe('month');
    expect(parseCalendarDate('1998-12-04')?.precision).toBe('day');
  });

  it('rejects what is not a real calendar date', () => {
    for (const text of ['2019-02-30', '2019-13', '1998-1-4', '98', '1998-12-04T00:00', ' 1998', '']) {
      expect(parseCalendarDate(text), text).toBeNull();
    }
    expect(parseCalendarDate('2020-02-29')).not.toBeNull();
  });

  it('formats at the precision of the data', () => {
    expect(formatCalendarDate(date('1972'))).toBe('1972');
    expect(formatCalendarDate(date('1998-10'))).toBe('October 1998');
    expect(formatCalendarDate(date('1998-12-04'))).toBe('4 December 1998');
  });

  it('gives the end of the period a date stands for', () => {
    expect(periodEnd(date('1972')).getMonth()).toBe(11);
    expect(periodEnd(date('1972')).getDate()).toBe(31);
    expect(periodEnd(date('2020-02')).getDate()).toBe(29);
  });
});

describe('in a time zone west of UTC', () => {
  const originalZone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    // Assigning undefined would store the string "undefined".
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it('shows the calendar day written in the data, not the UTC instant shifted back a day', () => {
    // The trap this guards against: a date-only string read as a UTC instant.
    expect(new Date('1998-12-04').getDate()).toBe(3);
    const resolution = date('1998-12-04');
    expect(resolution.start.getDate()).toBe(4);
    expect(formatCalendarDate(resolution)).toBe('4 December 1998');
    expect(formatCalendarDate(date('1972'))).toBe('1972');
    expect(formatCalendarDate(date('1998-10'))).toBe('October 1998');
  });
});
