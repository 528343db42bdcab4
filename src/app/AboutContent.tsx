import { Fragment, useEffect, useState } from 'react';
import type { FormattedCitations } from '../ui/formatCitations.ts';
import { citationLabel } from '../ui/citation.ts';
import { formatCalendarDate } from '../events/calendarDate.ts';
import type { Source, Timeline } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import type { TimelineReference } from './citeTimeline.ts';
import { timelineBibtex, timelineCsl } from './timelineCitation.ts';
import './about.css';

export interface AboutContentProps {
  readonly timeline: Timeline;
  readonly reference: TimelineReference;
  readonly bundled: boolean;
}

/** The panel's text: loaded only when a reader opens it, so the first screen carries none of it. */
export default function AboutContent({ timeline, reference, bundled }: AboutContentProps) {
  return (
    <>
      <Coverage timeline={timeline} />
      <Method timeline={timeline} bundled={bundled} />
      <h3>Date of the data</h3>
      <p>
        {timeline.updated
          ? `The data was last updated on ${formatCalendarDate(timeline.updated)}.`
          : 'The data file does not say when it was last updated.'}
      </p>
      <h3>How to cite this timeline</h3>
      <TimelineCitations reference={reference} />
      {timeline.license && (
        <>
          <h3>Licence</h3>
          <p>The data: {timeline.license}</p>
        </>
      )}
    </>
  );
}

function Coverage({ timeline }: { timeline: Timeline }) {
  const { events, tracks } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  return (
    <>
      <h3>What it covers</h3>
      <p>
        <strong>{timeline.title}</strong>
      </p>
      {timeline.description && <p>{timeline.description}</p>}
      {first && last && (
        <p>
          {events.length} {events.length === 1 ? 'event' : 'events'}, from {formatCalendarDate(first.date)} to{' '}
          {formatCalendarDate(last.date)}, on {tracks.length} {tracks.length === 1 ? 'track' : 'tracks'}:{' '}
          {tracks.join('; ')}.
        </p>
      )}
    </>
  );
}

function sourcesOf(timeline: Timeline): Source[] {
  return [...new Set(timeline.events.flatMap((event) => event.citations.map((citation) => citation.source)))];
}

function Method({ timeline, bundled }: { timeline: Timeline; bundled: boolean }) {
  const citations = timeline.events.flatMap((event) => event.citations);
  const checked = citations.filter((citation) => citation.checked).length;
  return (
    <>
      <h3>How it was made</h3>
      <p>Every event quotes its source word for word. The quotes come from:</p>
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
        Verbatim check: {checked} of {citations.length} quotes were found word for word in the full text of their source
        when this page loaded.
        {checked < citations.length && ' The others have no source text to check against; their cards say so.'}
      </p>
      {bundled && (
        <p>
          Every fact was graded while the timeline was researched: <strong>A</strong>, verified against a UN or official
          government source, or a faithful copy of a UN document; <strong>B</strong>, verified against a reputable
          secondary source (a wire agency, Wikipedia, Wikisource, a research observatory) with no conflicting source
          found; <strong>C</strong>, not verified. Only A and B facts are on the cards. Summaries are our own words and
          claim no more than the sources.
        </p>
      )}
    </>
  );
}

type Loaded = { readonly citations: FormattedCitations } | { readonly error: string } | null;

/** APA and Chicago come from citation-js, loaded only now; BibTeX is written here. */
function TimelineCitations({ reference }: { reference: TimelineReference }) {
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

  if (!loaded) return <p role="status">Preparing citations…</p>;
  if ('error' in loaded) return <p role="alert">The citations could not be prepared: {loaded.error}</p>;
  const entries = [
    { style: 'APA (7th edition)', short: 'APA', text: loaded.citations.apa },
    { style: 'Chicago (notes and bibliography, 17th edition)', short: 'Chicago', text: loaded.citations.chicago },
    { style: 'BibTeX', short: 'BibTeX', text: timelineBibtex(reference) },
  ];
  return (
    <dl className="cite-panel">
      {entries.map(({ style, short, text }) => (
        <Fragment key={short}>
          <dt>{style}</dt>
          <dd>
            <pre className="cite-panel-entry">{text}</pre>
            <CopyButton text={text} label={`Copy ${short} citation of this timeline`}>
              Copy
            </CopyButton>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
