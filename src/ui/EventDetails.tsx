import { formatCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import { documentUrlIn } from '../events/localized.ts';
import type { Citation, RelatedEvent, TimelineEvent, UnDocument } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { Language } from '../i18n/languages.ts';
import { citationLabel } from './citation.ts';
import { langWithin, useLocalized, usePageLanguage } from './localizedText.ts';
import { KindName } from './KindShape.tsx';
import './eventDetails.css';

/**
 * What kind of event it is, when and where it sits: its kind, its date (or span) and its track, in the page's
 * language. Data text is isolated (bdi, dir="auto"): an English title or a symbol such as A/RES/53/70 inside
 * Arabic keeps its own direction and does not reorder the punctuation around it.
 */
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
      <DateTime date={event.date} language={language} />
      {event.end && (
        <>
          {' – '}
          <DateTime date={event.end} language={language} />
        </>
      )}
      <span aria-hidden="true"> · </span>
      <bdi {...langWithin(track, language)}>{track.text}</bdi>
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
    <h2 id={id} dir="auto" {...langWithin(title, usePageLanguage())}>
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
      <p className="event-card-summary" dir="auto" {...langWithin(summary, language)}>
        {summary.text}
      </p>
      {event.actors.length > 0 && (
        <p className="event-card-actors">
          <strong>{t('ui.actors')}</strong> <bdi>{event.actors.join(t('ui.separator'))}</bdi>
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

function DateTime({ date, language }: { date: CalendarDate; language: Language }) {
  return <time dateTime={date.iso}>{formatCalendarDate(date, language)}</time>;
}

function Quote({ citation, number }: { citation: Citation; number: number | undefined }) {
  const { t } = useTranslator();
  const { source, quote, checked } = citation;
  return (
    <figure className="event-card-quote">
      {/* Quotes are never translated: they are in the language of their source. */}
      <blockquote cite={source.url} lang={source.language ?? 'en'}>
        <p dir="auto">{quote}</p>
      </blockquote>
      <figcaption>
        —{' '}
        {number === undefined ? (
          <SourceCitation source={source} />
        ) : (
          <>
            <cite>
              <bdi>{source.publisher}</bdi>
            </cite>{' '}
            [{number}]
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
            <bdi>{label}</bdi>
          </a>
          <PrintedUrl url={source.url} />
        </>
      ) : (
        <bdi>{label}</bdi>
      )}
    </cite>
  );
}

function Documents({ documents }: { documents: readonly UnDocument[] }) {
  const { t } = useTranslator();
  const language = usePageLanguage();
  return (
    <section className="event-card-documents">
      <h3>{t('ui.documents')}</h3>
      <ul>
        {documents.map((document, index) => {
          const url = documentUrlIn(document.url, language);
          return (
            <li key={index}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                <bdi>{document.symbol}</bdi>
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
  const { t } = useTranslator();
  return (
    <section className="event-card-related">
      <h3>{t('ui.seeAlso')}</h3>
      <ul>
        {related.map(({ id, title }) => (
          <li key={id}>
            <a href={`#event=${encodeURIComponent(id)}`}>
              <bdi>{title}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Paper has no links: the handout writes each address out after its link text. */
function PrintedUrl({ url }: { url: string }) {
  return (
    <span className="print-url">
      {' '}
      <bdi>&lt;{url}&gt;</bdi>
    </span>
  );
}
