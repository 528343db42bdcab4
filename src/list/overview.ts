import type { TimelineEvent } from '../events/model.ts';

/** A year with events, one cell per track; or a stretch of years without any. */
export type OverviewRow =
  | { readonly kind: 'year'; readonly year: number; readonly cells: readonly (readonly TimelineEvent[])[] }
  | { readonly kind: 'gap'; readonly from: number; readonly to: number };

/**
 * Every event by year (rows) and track (columns), in date order. Empty years between two rows are
 * folded into one gap row, so a chart of 1972 and 1998–2020 shows the 25 quiet years without
 * spending a page on them.
 */
export function overviewRows(events: readonly TimelineEvent[], tracks: readonly string[]): OverviewRow[] {
  const byYear = new Map<number, TimelineEvent[][]>();
  for (const event of events) {
    const year = event.date.start.getFullYear();
    const cells = byYear.get(year) ?? tracks.map(() => []);
    cells[tracks.indexOf(event.track)]?.push(event);
    byYear.set(year, cells);
  }
  const rows: OverviewRow[] = [];
  let previous: number | null = null;
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    if (previous !== null && year > previous + 1) rows.push({ kind: 'gap', from: previous + 1, to: year - 1 });
    rows.push({ kind: 'year', year, cells: byYear.get(year) ?? [] });
    previous = year;
  }
  return rows;
}
