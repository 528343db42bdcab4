import { useEffect, useId, useRef } from 'react';
import { formatCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import type { Citation, TimelineEvent, UnDocument } from '../events/model.ts';
import { citationLabel } from './citation.ts';
import './card.css';

export interface EventCardProps {
  readonly event: TimelineEvent;
  /** 1-based place of the event in date order, and how many there are. */
  readonly position: { readonly index: number; readonly total: number };
  readonly onPrevious?: () => void;
  readonly onNext?: () => void;
  readonly onClose: () => void;
}

/** Everything known about one event, with the words of its sources and links to its documents. */
export function EventCard({ event, position, onPrevious, onNext, onClose }: EventCardProps) {
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);
  // Focus moves to the card when it opens (not when it shows another event), so keys act on it.
  useEffect(() => cardRef.current?.focus(), []);
  return (
    <article className="event-card" aria-labelledby={headingId} tabIndex={-1} ref={cardRef}>
      <header className="event-card-header">
        <p className="event-card-meta">
          <DateTime date={event.date} />
          {event.end && (
            <>
              {' – '}
              <DateTime date={event.end} />
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span>{event.track}</span>
        </p>
        <h2 id={headingId}>{event.title}</h2>
        <button type="button" className="event-card-close" onClick={onClose} aria-label="Close event card">
          ×
        </button>
      </header>
      <p className="event-card-summary">{event.summary}</p>
      {event.actors.length > 0 && (
        <p className="event-card-actors">
          <strong>Actors:</strong> {event.actors.join(', ')}
        </p>
      )}
      <section aria-label="Quotes from the sources">
        {event.citations.map((citation, index) => (
          <Quote key={index} citation={citation} />
        ))}
      </section>
      {event.documents.length > 0 && <Documents documents={event.documents} />}
      <nav className="event-card-nav" aria-label="Events in date order">
        <StepButton onStep={onPrevious}>← Previous</StepButton>
        <span>
          {position.index} of {position.total}
        </span>
        <StepButton onStep={onNext}>Next →</StepButton>
      </nav>
    </article>
  );
}

function DateTime({ date }: { date: CalendarDate }) {
  return <time dateTime={date.iso}>{formatCalendarDate(date)}</time>;
}

/**
 * aria-disabled rather than disabled at either end: a disabled button drops keyboard focus to the
 * page, where Escape and Tab lose their place.
 */
function StepButton({ onStep, children }: { onStep: (() => void) | undefined; children: string }) {
  return (
    <button type="button" onClick={onStep} aria-disabled={!onStep}>
      {children}
    </button>
  );
}

function Quote({ citation }: { citation: Citation }) {
  const { source, quote, checked } = citation;
  const label = citationLabel(source);
  return (
    <figure className="event-card-quote">
      <blockquote cite={source.url}>
        <p>{quote}</p>
      </blockquote>
      <figcaption>
        —{' '}
        <cite>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {label}
            </a>
          ) : (
            label
          )}
        </cite>
        {!checked && <span className="event-card-unchecked"> (quote not checked against source)</span>}
      </figcaption>
    </figure>
  );
}

function Documents({ documents }: { documents: readonly UnDocument[] }) {
  return (
    <section className="event-card-documents">
      <h3>UN documents</h3>
      <ul>
        {documents.map((document, index) => (
          <li key={index}>
            <a href={document.url} target="_blank" rel="noopener noreferrer">
              {document.symbol}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
