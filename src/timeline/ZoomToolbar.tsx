import type { ZoomDirection } from './keyboard.ts';

interface ZoomToolbarProps {
  readonly onZoom: (direction: ZoomDirection) => void;
  /** The period in view, as the caption reads it ("1965 – 2027"). */
  readonly visibleRange: string;
}

/** The zoom buttons and the visible period; they come before the timeline, so Tab reaches them first. */
export function ZoomToolbar({ onZoom, visibleRange }: ZoomToolbarProps) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Zoom">
      <button type="button" onClick={() => onZoom('in')}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom('out')}>
        Zoom out
      </button>
      <button type="button" onClick={() => onZoom('fit')}>
        Show all
      </button>
      <output className="timeline-range" aria-label="Visible period">
        {visibleRange}
      </output>
    </div>
  );
}
