import { memo, useId } from 'react';
import { EventDetails, EventMeta, EventTitle, type SourceNumbers } from '../ui/EventDetails.tsx';
import type { TimelineEvent } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
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
 * screens and print, which needs no timeline widget at all. Drawn again only for new props: the page
 * around it renders again for other reasons (the handout's code arriving, a dialog), and the whole
 * record's list took 100 ms at a phone's speed.
 */
export const EventList = memo(function EventList({ events, label, sourceNumbers }: EventListProps) {
  const { t } = useTranslator();
  return (
    <ol className="event-list" aria-label={label ?? t('ui.inDateOrder')}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id} tabIndex={-1}>
          <EventEntry event={event} sourceNumbers={sourceNumbers} />
        </li>
      ))}
    </ol>
  );
});

interface EventEntryProps {
  readonly event: TimelineEvent;
  readonly sourceNumbers: SourceNumbers | undefined;
}

function EventEntry({ event, sourceNumbers }: EventEntryProps) {
  const headingId = useId();
  return (
    <article className="event-list-entry" aria-labelledby={headingId}>
      <EventMeta event={event} />
      <EventTitle event={event} id={headingId} />
      <EventDetails event={event} {...(sourceNumbers && { sourceNumbers })} />
    </article>
  );
}
