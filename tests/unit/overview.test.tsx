import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overviewRows } from '../../src/list/overview.ts';
import { YearTrackOverview } from '../../src/list/YearTrackOverview.tsx';
import { validTimeline } from './fixtures.ts';

describe('the handout overview', () => {
  it('puts every event in its year and track, and folds the empty years between into one row', () => {
    const { events, tracks } = validTimeline();
    const rows = overviewRows(events, tracks);
    expect(rows.map((row) => (row.kind === 'gap' ? `${row.from}–${row.to}` : row.year))).toEqual([
      1972,
      '1973–1997',
      1998,
    ]);
    const [first, , last] = rows;
    expect(first?.kind === 'year' && first.cells.map((cell) => cell.map((event) => event.id))).toEqual([[], ['first']]);
    expect(last?.kind === 'year' && last.cells.map((cell) => cell.map((event) => event.id))).toEqual([['second'], []]);
  });

  it('draws a table a reader can follow: tracks as columns, years as rows, dates and titles in the cells', () => {
    const { events, tracks } = validTimeline();
    render(<YearTrackOverview events={events} tracks={tracks} />);
    const table = screen.getByRole('table', { name: 'Overview: 2 events by year and track' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Year', 'UN General Assembly', 'Bilateral']);
    expect(within(table).getByRole('row', { name: /^1998/ }).textContent).toBe('19984 Dec Resolution adopted');
    expect(within(table).getByRole('row', { name: /^1973–1997/ }).textContent).toBe('1973–1997no events');
  });

  it('counts events per cell when there are too many to name on one page', () => {
    const { events, tracks } = validTimeline();
    const many = Array.from({ length: 20 }, (_, index) => ({ ...events[1]!, id: `second-${index}` }));
    render(<YearTrackOverview events={many} tracks={tracks} />);
    const row = screen.getByRole('row', { name: /^1998/ });
    expect(row.textContent).toBe('1998●●●●●●●●●● 20');
    expect(row.textContent).not.toContain('Resolution adopted');
  });
});
