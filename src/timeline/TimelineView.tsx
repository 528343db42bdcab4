import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { TimelineEvent } from '../events/model.ts';
import { renderGroup, renderItem, toTimelineGroup, toTimelineItem } from './items.ts';
import { formatVisibleRange } from './visibleRange.ts';
import './timeline.css';

export interface TimelineViewProps {
  readonly events: readonly TimelineEvent[];
  readonly tracks: readonly string[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Accessible name of the timeline region. */
  readonly label: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const ZOOM_STEP = 0.5;

const BASE_OPTIONS: TimelineOptions = {
  template: renderItem,
  groupTemplate: renderGroup,
  orientation: { axis: 'top', item: 'top' },
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: 7 * DAY_MS,
  zoomMax: 200 * 365 * DAY_MS,
  margin: { item: { horizontal: 4, vertical: 8 } },
};

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Owns one vis-timeline instance: created on mount, fed by props, destroyed on unmount. */
export function TimelineView({ events, tracks, selectedId, onSelect, label }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef<DataSet<DataItem, 'id'> | null>(null);
  const groupsRef = useRef<DataSet<DataGroup, 'id'> | null>(null);
  const [visibleRange, setVisibleRange] = useState('');

  const select = useEffectEvent((id: string) => onSelect(id));
  const showWindow = useEffectEvent((start: Date, end: Date) => setVisibleRange(formatVisibleRange(start, end)));
  const keepSelection = useEffectEvent(() => timelineRef.current?.setSelection(selectedId ? [selectedId] : []));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const items = new DataSet<DataItem, 'id'>();
    const groups = new DataSet<DataGroup, 'id'>();
    const timeline = new Timeline(container, items, groups, BASE_OPTIONS);
    timeline.on('select', (properties?: { items: string[] }) => {
      const id = properties?.items[0];
      // A click on empty space would clear vis's highlight while the card stays open.
      if (id) select(id);
      else keepSelection();
    });
    timeline.on('rangechanged', (properties?: { start: Date; end: Date }) => {
      if (properties) showWindow(properties.start, properties.end);
    });
    // Enter or Space on a focused item button: a click with no pointer (detail 0) that vis does not see.
    const onKeyboardClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-event-id]') : null;
      const id = target?.dataset.eventId;
      if (event.detail === 0 && id) select(id);
    };
    container.addEventListener('click', onKeyboardClick);
    timelineRef.current = timeline;
    itemsRef.current = items;
    groupsRef.current = groups;
    return () => {
      container.removeEventListener('click', onKeyboardClick);
      timeline.destroy();
      // destroy() leaves the loading screen behind when the timeline never drew (no layout yet).
      container.replaceChildren();
      timelineRef.current = null;
      itemsRef.current = null;
      groupsRef.current = null;
    };
  }, []);

  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const groups = groupsRef.current;
    if (!timeline || !items || !groups) return;
    // The event list changes only when new data is loaded, so a full reload of the sets is fine.
    groups.clear();
    groups.add(tracks.map(toTimelineGroup));
    items.clear();
    items.add(events.map(toTimelineItem));
    timeline.fit({ animation: false });
    const window = timeline.getWindow();
    showWindow(window.start, window.end);
  }, [events, tracks]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    timeline.setSelection(selectedId ? [selectedId] : []);
    const event = selectedId ? events.find((candidate) => candidate.id === selectedId) : undefined;
    if (event && !isInWindow(timeline, event.date.start)) {
      timeline.moveTo(event.date.start, { animation: !prefersReducedMotion() });
    }
  }, [selectedId, events]);

  const animation = () => ({ animation: !prefersReducedMotion() });
  return (
    <section className="timeline" aria-label={label}>
      <div className="timeline-toolbar" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => timelineRef.current?.zoomIn(ZOOM_STEP, animation())}>
          Zoom in
        </button>
        <button type="button" onClick={() => timelineRef.current?.zoomOut(ZOOM_STEP, animation())}>
          Zoom out
        </button>
        <button type="button" onClick={() => timelineRef.current?.fit(animation())}>
          Show all
        </button>
        <output className="timeline-range" aria-label="Visible period">
          {visibleRange}
        </output>
      </div>
      <div className="timeline-canvas" ref={containerRef} />
    </section>
  );
}

function isInWindow(timeline: Timeline, date: Date): boolean {
  const { start, end } = timeline.getWindow();
  return date >= start && date <= end;
}
