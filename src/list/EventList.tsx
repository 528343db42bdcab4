import { useId } from 'react';
import { EventDetails, EventMeta, EventTitle, type SourceNumbers } from '../ui/EventDetails.tsx';
import type { TimelineEvent } from '../events/model.ts';
import './list.css';

export interface EventListProps {
  readonly events: readonly TimelineEvent[];
  /** Names the list for screen readers. */
  readonly label?: string;
  /** Quotes name their sources by these numbers (the handout lists the sources after the events). */
  readonly sourceNumbers?: SourceNumbers;
}

/**
 * Every event in date order with the same content as its card: the view for screen readers, narrow
 * screens and print, which needs no timeline widget at all.
 */
export function EventList({ events, label = 'Events in date order', sourceNumbers }: EventListProps) {
  return (
    <ol className="event-list" aria-label={label}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id} tabIndex={-1}>
          <EventEntry event={event} sourceNumbers={sourceNumbers} />
        </li>
      ))}
    </ol>
  );
}

function EventEntry({ event, sourceNumbers }: { event: TimelineEvent; sourceNumbers: SourceNumbers | undefined }) {
  const headingId = useId();
  return (
    <article className="event-list-entry" aria-labelledby={headingId}>
      <EventMeta event={event} />
      <EventTitle event={event} id={headingId} />
      <EventDetails event={event} {...(sourceNumbers && { sourceNumbers })} />
    </article>
  );
}
