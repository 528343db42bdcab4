import { useId } from 'react';
import { EventDetails, EventMeta, type SourceNumbers } from '../ui/EventDetails.tsx';
import type { TimelineEvent } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { Language } from '../i18n/languages.ts';
import './list.css';

export interface EventListProps {
  readonly events: readonly TimelineEvent[];
  /** Names the list for screen readers. */
  readonly label?: string;
  /** Quotes name their sources by these numbers (the handout lists the sources after the events). */
  readonly sourceNumbers?: SourceNumbers;
  /** The language of the dates; English by default. */
  readonly language?: Language;
}

/**
 * Every event in date order with the same content as its card: the view for screen readers, narrow
 * screens and print, which needs no timeline widget at all.
 */
export function EventList({ events, label, sourceNumbers, language = 'en' }: EventListProps) {
  const { t } = useTranslator();
  return (
    <ol className="event-list" aria-label={label ?? t('ui.inDateOrder')}>
      {events.map((event) => (
        <li key={event.id} data-event-id={event.id} tabIndex={-1}>
          <EventEntry event={event} sourceNumbers={sourceNumbers} language={language} />
        </li>
      ))}
    </ol>
  );
}

interface EventEntryProps {
  readonly event: TimelineEvent;
  readonly sourceNumbers: SourceNumbers | undefined;
  readonly language: Language;
}

function EventEntry({ event, sourceNumbers, language }: EventEntryProps) {
  const headingId = useId();
  return (
    <article className="event-list-entry" aria-labelledby={headingId}>
      <EventMeta event={event} language={language} />
      <h2 id={headingId} dir="auto">
        {event.title}
      </h2>
      <EventDetails event={event} {...(sourceNumbers && { sourceNumbers })} />
    </article>
  );
}
