import { formatWithinYear } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Language } from '../i18n/languages.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { langWithin, useLocalized, usePageLanguage } from '../ui/localizedText.ts';
import { overviewRows } from './overview.ts';

/** Above this many events a cell gives a count, not titles, so the overview still fits one page. */
export const MAX_NAMED_EVENTS = 16;

/** Dots drawn per cell before the count alone has to say it. */
const MAX_DOTS = 10;

export interface YearTrackOverviewProps {
  readonly events: readonly TimelineEvent[];
  readonly tracks: readonly string[];
}

/** The handout's first page: every event by year and track, as a table that prints crisply at any size. */
export function YearTrackOverview({ events, tracks }: YearTrackOverviewProps) {
  const { t, language } = useTranslator();
  const named = events.length <= MAX_NAMED_EVENTS;
  return (
    <table className={named ? 'overview' : 'overview overview-counts'}>
      <caption>{t('handout.overview', { count: events.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('handout.year')}</th>
          {tracks.map((track) => (
            <th scope="col" key={track}>
              {track}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {overviewRows(events, tracks).map((row) =>
          row.kind === 'gap' ? (
            <tr key={`gap-${row.from}`} className="overview-gap">
              <th scope="row">{row.from === row.to ? row.from : `${row.from}–${row.to}`}</th>
              <td colSpan={tracks.length}>{t('handout.noEvents')}</td>
            </tr>
          ) : (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {row.cells.map((cell, index) => (
                <td key={tracks[index]}>
                  {named ? <EventNames events={cell} language={language} /> : <EventCount count={cell.length} />}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function EventNames({ events, language }: { events: readonly TimelineEvent[]; language: Language }) {
  if (events.length === 0) return null;
  return (
    <ul>
      {events.map((event) => (
        <li key={event.id}>
          <ShortDate event={event} language={language} /> <OverviewTitle event={event} />
        </li>
      ))}
    </ul>
  );
}

function OverviewTitle({ event }: { event: TimelineEvent }) {
  const { title } = useLocalized(event);
  return <bdi {...langWithin(title, usePageLanguage())}>{title.text}</bdi>;
}

/** A dot per event, as in a dot plot, and the number, which is what a screen reader hears. */
function EventCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <>
      <span className="overview-dots" aria-hidden="true">
        {'●'.repeat(Math.min(count, MAX_DOTS))}
      </span>{' '}
      {count}
    </>
  );
}

/** "4 Dec", "Oct" or nothing: the row already gives the year. */
function ShortDate({ event, language }: { event: TimelineEvent; language: Language }) {
  const { start, precision } = event.date;
  if (precision === 'year') return null;
  return <span className="overview-date">{formatWithinYear(start, precision, language)}</span>;
}
