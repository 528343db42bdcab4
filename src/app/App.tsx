import { useRef, useState, type KeyboardEvent } from 'react';
import { EventCard } from '../card/EventCard.tsx';
import type { Timeline } from '../events/model.ts';
import type { ValidationResult } from '../events/validate.ts';
import { TimelineView, type TimelineHandle } from '../timeline/TimelineView.tsx';
import { ErrorPanel } from './ErrorPanel.tsx';
import './app.css';

export interface AppProps {
  /** The data file, for messages. */
  readonly file: string;
  /** Reads and validates the data; called once, inside the error boundary. */
  readonly load: () => ValidationResult;
}

export function App({ file, load }: AppProps) {
  const [data] = useState(load);
  return (
    <div className="app">
      {data.ok ? <TimelinePage timeline={data.timeline} /> : <ErrorPanel file={file} problems={data.problems} />}
    </div>
  );
}

function TimelinePage({ timeline }: { timeline: Timeline }) {
  const { events } = timeline;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const timelineViewRef = useRef<TimelineHandle>(null);
  const index = events.findIndex((event) => event.id === selectedId);
  const selected = events[index];
  const close = () => {
    setSelectedId(null);
    if (selectedId) timelineViewRef.current?.focusEvent(selectedId);
  };
  const selectAt = (at: number) => () => setSelectedId(events[at]?.id ?? null);

  // Listening on the page's own root, not the document, leaves keys alone elsewhere on a host page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selected) close();
  };

  return (
    <div className="timeline-page" onKeyDown={onKeyDown}>
      <header className="app-header">
        <h1>{timeline.title}</h1>
        {timeline.description && <p>{timeline.description}</p>}
      </header>
      <main>
        <TimelineView
          ref={timelineViewRef}
          events={events}
          tracks={timeline.tracks}
          selectedId={selectedId}
          onSelect={setSelectedId}
          label={`Timeline: ${timeline.title}. Select an event to read its card.`}
        />
        {selected ? (
          <EventCard
            event={selected}
            position={{ index: index + 1, total: events.length }}
            {...(index > 0 && { onPrevious: selectAt(index - 1) })}
            {...(index < events.length - 1 && { onNext: selectAt(index + 1) })}
            onClose={close}
          />
        ) : (
          <p className="app-hint">Select an event on the timeline to read what happened and what the source says.</p>
        )}
      </main>
    </div>
  );
}
