import { formatCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import { documentUrlIn } from '../events/localized.ts';
import type { Citation, RelatedEvent, TimelineEvent, UnDocument } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { citationLabel } from './citation.ts';
import { langWithin, useLocalized, usePageLanguage } from './localizedText.ts';
import { KindName } from './KindShape.tsx';
import './eventDetails.css';

/** What kind of event it is, when and where it sits: its kind, its date (or span) and its track. */
export function EventMeta({ event }: { event: TimelineEvent }) {
  const { track } = useLocalized(event);
  const language = usePageLanguage();
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
      <span {...langWithin(track, language)}>{track.text}</span>
    </p>
  );
}

/**
 * Where a list of sources follows (the handout), a quote names its source by number, and the
 * number's entry gives the full citation and address once.
 */
export type SourceNumbers = ReadonlyMap<string, number>;

/** The event's title in the page's language, marked with its own where the data gives it only in English. */
export function EventTitle({ event, id }: { event: TimelineEvent; id: string }) {
  const { title } = useLocalized(event);
  return (
    <h2 id={id} {...langWithin(title, usePageLanguage())}>
      {title.text}
    </h2>
  );
}

/**
 * What happened, who took part, what the sources say and which documents record it. `noteFallback`: say, in the
 * reader's language, when the summary is in English (the card does; the list would say it for every event).
 */
export function EventDetails({
  event,
  sourceNumbers,
  noteFallback = false,
}: {
  event: TimelineEvent;
  sourceNumbers?: SourceNumbers;
  noteFallback?: boolean;
}) {
  const { summary } = useLocalized(event);
  const { language, t } = useTranslator();
  const fallback = summary.lang !== language;
  return (
    <>
      {noteFallback && fallback && (
        <p className="event-card-unchecked event-card-summary-note">{t('content.summaryInEnglish')}</p>
      )}
      <p className="event-card-summary" {...langWithin(summary, language)}>
        {summary.text}
      </p>
      {event.actors.length > 0 && (
        <p className="event-card-actors">
          <strong>Actors:</strong> {event.actors.join(', ')}
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
  const { source, quote, checked } = citation;
  return (
    <figure className="event-card-quote">
      {/* Quotes are never translated: they are in the language of their source. */}
      <blockquote cite={source.url} lang={source.language ?? 'en'}>
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
        {!checked && <span className="event-card-unchecked">Quote not checked: no source text stored</span>}
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
  const language = usePageLanguage();
  return (
    <section className="event-card-documents">
      <h3>UN documents</h3>
      <ul>
        {documents.map((document, index) => {
          const url = documentUrlIn(document.url, language);
          return (
            <li key={index}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {document.symbol}
              </a>
              <PrintedUrl url={url} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Links that open the related events' cards (or, in the list, scroll to them): the address keeps the page's query. */
function SeeAlso({ related }: { related: readonly RelatedEvent[] }) {
  return (
    <section className="event-card-related">
      <h3>See also</h3>
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
