import { citationLabel } from '../ui/citation.ts';
import type { Source, Timeline } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { EventList } from './EventList.tsx';
import { YearTrackOverview } from './YearTrackOverview.tsx';
import './handout.css';

/**
 * What paper gets: the overview of every event by year and track, every event in two columns with
 * its quotes naming their sources by number, then each source once, with its citation and address.
 */
export default function Handout({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslator();
  const sources = sourcesInOrderOfCitation(timeline);
  const sourceNumbers = new Map(sources.map((source, index) => [source.id, index + 1]));
  return (
    <>
      <YearTrackOverview events={timeline.events} tracks={timeline.tracks} />
      <EventList events={timeline.events} label={t('handout.list')} sourceNumbers={sourceNumbers} />
      <section className="handout-sources" aria-label={t('handout.sources')}>
        <h2>{t('handout.sources')}</h2>
        <ol>
          {sources.map((source) => (
            <li key={source.id}>
              <bdi>{citationLabel(source)}</bdi>
              {source.url && <span className="handout-source-url"> &lt;{source.url}&gt;</span>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function sourcesInOrderOfCitation(timeline: Timeline): Source[] {
  return [...new Set(timeline.events.flatMap((event) => event.citations.map((citation) => citation.source)))];
}
