import type { Ref } from 'react';
import type { TimelineEvent } from '../events/model.ts';

export interface StaticFirstViewProps {
  readonly events: readonly TimelineEvent[];
  readonly tracks: readonly string[];
  readonly ref?: Ref<HTMLDivElement>;
}

/** Titles a decade of a track shows by name; more are counted, as the timeline's "N events" counts do. */
const TITLES_PER_CELL = 2;

interface Cell {
  readonly decade: number;
  readonly shown: readonly TimelineEvent[];
  readonly more: number;
}

interface TrackRow {
  readonly track: string;
  readonly cells: readonly Cell[];
}

export interface StaticLayout {
  readonly decades: readonly number[];
  readonly rows: readonly TrackRow[];
}

function decadeOf(event: TimelineEvent): number {
  return Math.floor(event.date.start.getFullYear() / 10) * 10;
}

/**
 * The events by track and decade: what the page shows before its script has run (prerendered at
 * build time) and until vis-timeline has drawn. It needs no measurement, so the server and the
 * browser lay it out alike, and no inline style, which the Content-Security-Policy would refuse.
 */
export function staticLayout(events: readonly TimelineEvent[], tracks: readonly string[]): StaticLayout {
  const years = events.map(decadeOf);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const decades = Array.from({ length: (last - first) / 10 + 1 }, (_, at) => first + at * 10);
  const byDate = [...events].sort((a, b) => a.date.start.getTime() - b.date.start.getTime());
  const rows = tracks.map((track) => ({
    track,
    cells: decades.map((decade) => {
      const inCell = byDate.filter((event) => event.track === track && decadeOf(event) === decade);
      // Two titles, or one and a count: a cell is two lines high, like two rows of the timeline.
      const shown = inCell.length <= TITLES_PER_CELL ? inCell : inCell.slice(0, TITLES_PER_CELL - 1);
      return { decade, shown, more: inCell.length - shown.length };
    }),
  }));
  return { decades, rows };
}

/**
 * A static first view of the timeline: the tracks with their labels, the decades along the top,
 * and each decade's events named (or counted). It stands in the timeline's box, at a height that
 * is at least what vis-timeline draws for a short record, and is removed in the same frame as
 * vis-timeline's first drawing is shown.
 */
export function StaticFirstView({ events, tracks, ref }: StaticFirstViewProps) {
  const { decades, rows } = staticLayout(events, tracks);
  return (
    <div className="timeline-static" ref={ref}>
      <ol className="timeline-static-axis" aria-label="Decades">
        {decades.map((decade) => (
          <li key={decade}>{decade}s</li>
        ))}
      </ol>
      <ul className="timeline-static-tracks">
        {rows.map(({ track, cells }) => (
          <li key={track} className="timeline-static-track">
            <span className="timeline-static-label">{track}</span>
            <ol className="timeline-static-cells" aria-label={track}>
              {cells.map(({ decade, shown, more }) => (
                <li key={decade}>
                  {shown.map((event) => (
                    <span key={event.id} className="timeline-static-item" title={event.title}>
                      {event.title}
                    </span>
                  ))}
                  {more > 0 && <span className="timeline-static-item timeline-static-more">and {more} more</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
