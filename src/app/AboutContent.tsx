import { Fragment, useEffect, useState } from 'react';
import type { FormattedCitations } from '../ui/formatCitations.ts';
import { citationLabel } from '../ui/citation.ts';
import { formatCalendarDate } from '../events/calendarDate.ts';
import type { Source, Timeline } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { withElements } from '../i18n/withElements.tsx';
import type { TimelineReference } from './citeTimeline.ts';
import { timelineBibtex, timelineCsl } from './timelineCitation.ts';
import englishMessages from '../i18n/catalogs/en.json?messages=about';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { addEnglishMessages, type MessageId } from '../i18n/translator.ts';
import './about.css';

addEnglishMessages(englishMessages);

export interface AboutContentProps {
  readonly timeline: Timeline;
  readonly reference: TimelineReference;
  readonly bundled: boolean;
}

/** The panel's text: loaded only when a reader opens it, so the first screen carries none of it. */
export default function AboutContent({ timeline, reference, bundled }: AboutContentProps) {
  const { t } = useTranslator();
  return (
    <>
      <Coverage timeline={timeline} />
      <Method timeline={timeline} bundled={bundled} />
      <h3>{t('about.panel.dateHeading')}</h3>
      <p>
        {timeline.updated
          ? t('about.panel.updated', { date: formatCalendarDate(timeline.updated) })
          : t('about.panel.notUpdated')}
      </p>
      <h3>{t('about.panel.citeHeading')}</h3>
      <TimelineCitations reference={reference} />
      {timeline.license && (
        <>
          <h3>{t('about.panel.licenceHeading')}</h3>
          <p>{t('about.panel.licence', { license: timeline.license })}</p>
        </>
      )}
    </>
  );
}

function Coverage({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslator();
  const { events, tracks } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  return (
    <>
      <h3>{t('about.panel.coverageHeading')}</h3>
      <p>
        <strong>{timeline.title}</strong>
      </p>
      {timeline.description && <p>{timeline.description}</p>}
      {first && last && (
        <p>
          {t('about.panel.coverage', {
            events: events.length,
            first: formatCalendarDate(first.date),
            last: formatCalendarDate(last.date),
            tracks: tracks.length,
            names: tracks.join('; '),
          })}
        </p>
      )}
    </>
  );
}

function sourcesOf(timeline: Timeline): Source[] {
  return [...new Set(timeline.events.flatMap((event) => event.citations.map((citation) => citation.source)))];
}

function Method({ timeline, bundled }: { timeline: Timeline; bundled: boolean }) {
  const { t } = useTranslator();
  const citations = timeline.events.flatMap((event) => event.citations);
  const checked = citations.filter((citation) => citation.checked).length;
  return (
    <>
      <h3>{t('about.panel.methodHeading')}</h3>
      <p>{t('about.panel.method')}</p>
      <ul>
        {sourcesOf(timeline).map((source) => (
          <li key={source.id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {citationLabel(source)}
              </a>
            ) : (
              citationLabel(source)
            )}
          </li>
        ))}
      </ul>
      <p>
        {t('about.panel.verbatim', { checked, total: citations.length })}
        {checked < citations.length && ` ${t('about.panel.unchecked')}`}
      </p>
      {bundled && (
        <p>
          {withElements(t, 'about.panel.grades', {
            a: <strong>A</strong>,
            b: <strong>B</strong>,
            c: <strong>C</strong>,
          })}
        </p>
      )}
    </>
  );
}

type Loaded = { readonly citations: FormattedCitations } | { readonly error: string } | null;

/** APA and Chicago come from citation-js, loaded only now; BibTeX is written here. */
function TimelineCitations({ reference }: { reference: TimelineReference }) {
  const { t } = useTranslator();
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let current = true;
    import('../ui/formatCitations.ts')
      .then(({ formatCsl }) => formatCsl(timelineCsl(reference)))
      .then(
        (citations) => current && setLoaded({ citations }),
        (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [reference]);

  if (!loaded) return <p role="status">{t('about.panel.preparing')}</p>;
  if ('error' in loaded) return <p role="alert">{t('about.panel.failed', { error: loaded.error })}</p>;
  const entries: readonly { style: MessageId; short: string; text: string }[] = [
    { style: 'about.panel.apa', short: 'APA', text: loaded.citations.apa },
    { style: 'about.panel.chicago', short: 'Chicago', text: loaded.citations.chicago },
    { style: 'about.panel.bibtex', short: 'BibTeX', text: timelineBibtex(reference) },
  ];
  return (
    <dl className="cite-panel">
      {entries.map(({ style, short, text }) => (
        <Fragment key={short}>
          <dt>{t(style)}</dt>
          <dd>
            <pre className="cite-panel-entry">{text}</pre>
            <CopyButton text={text} label={t('about.panel.copyLabel', { style: short })}>
              {t('about.panel.copy')}
            </CopyButton>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
