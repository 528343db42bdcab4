import { formatCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import type { Citation, RelatedEvent, TimelineEvent, UnDocument } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { citationLabel } from './citation.ts';
import { KindName } from './KindShape.tsx';
import './eventDetails.css';

/** What kind of event it is, when and where it sits: its kind, its date (or span) and its track. */
export function EventMeta({ event }: { event: TimelineEvent }) {
  return (
    <p className="event-card-meta">
      {event.kind && (
        <>
          <KindName kind={event.kind} />
          <span aria-hidden="true"> · </span>
        </>
      )}
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
  );
}

/**
 * Where a list of sources follows (the handout), a quote names its source by number, and the
 * number's entry gives the full citation and address once.
 */
export type SourceNumbers = ReadonlyMap<string, number>;

/** What happened, who took part, what the sources say and which documents record it. */
export function EventDetails({ event, sourceNumbers }: { event: TimelineEvent; sourceNumbers?: SourceNumbers }) {
  const { t } = useTranslator();
  return (
    <>
      <p className="event-card-summary">{event.summary}</p>
      {event.actors.length > 0 && (
        <p className="event-card-actors">
          <strong>{t('ui.actors')}</strong> {event.actors.join(t('ui.separator'))}
        </p>
      )}
      {event.citations.map((citation, index) => (
        <Quote key={index} citation={citation} number={sourceNumbers?.get(citation.source.id)} />
      ))}
      {event.documents.length > 0 && <Documents documents={event.documents} />}
      {event.related && event.related.length > 0 && <SeeAlso related={event.related} />}
    </>
  );
}

function DateTime({ date }: { date: CalendarDate }) {
  return <time dateTime={date.iso}>{formatCalendarDate(date)}</time>;
}

function Quote({ citation, number }: { citation: Citation; number: number | undefined }) {
  const { t } = useTranslator();
  const { source, quote, checked } = citation;
  return (
    <figure className="event-card-quote">
      <blockquote cite={source.url}>
        <p>{quote}</p>
      </blockquote>
      <figcaption>
        —{' '}
        {number === undefined ? (
          <SourceCitation source={source} />
        ) : (
          <>
            <cite>{source.publisher}</cite> [{number}]
          </>
        )}
        {/* Information, not an error: a source may rightly have no stored text (e.g. a paywalled article). */}
        {!checked && <span className="event-card-unchecked">{t('ui.unchecked')}</span>}
      </figcaption>
    </figure>
  );
}

/** The source in full: linked, with its address written out for paper. */
function SourceCitation({ source }: { source: Citation['source'] }) {
  const label = citationLabel(source);
  return (
    <cite>
      {source.url ? (
        <>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {label}
          </a>
          <PrintedUrl url={source.url} />
        </>
      ) : (
        label
      )}
    </cite>
  );
}

function Documents({ documents }: { documents: readonly UnDocument[] }) {
  const { t } = useTranslator();
  return (
    <section className="event-card-documents">
      <h3>{t('ui.documents')}</h3>
      <ul>
        {documents.map((document, index) => (
          <li key={index}>
            <a href={document.url} target="_blank" rel="noopener noreferrer">
              {document.symbol}
            </a>
            <PrintedUrl url={document.url} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Links that open the related events' cards (or, in the list, scroll to them): the address keeps the page's query. */
function SeeAlso({ related }: { related: readonly RelatedEvent[] }) {
  const { t } = useTranslator();
  return (
    <section className="event-card-related">
      <h3>{t('ui.seeAlso')}</h3>
      <ul>
        {related.map(({ id, title }) => (
          <li key={id}>
            <a href={`#event=${encodeURIComponent(id)}`}>{title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Paper has no links: the handout writes each address out after its link text. */
function PrintedUrl({ url }: { url: string }) {
  return <span className="print-url"> &lt;{url}&gt;</span>;
}
