import { Fragment, useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { FormattedCitations } from '../card/formatCitations.ts';
import { citationLabel } from '../card/citation.ts';
import { formatCalendarDate } from '../events/calendarDate.ts';
import type { Source, Timeline } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { timelineBibtex, timelineCsl, type TimelineReference } from './citeTimeline.ts';

export interface AboutDialogProps {
  readonly timeline: Timeline;
  readonly reference: TimelineReference;
  /** True for the timeline that ships with the app, whose method this project can vouch for. */
  readonly bundled: boolean;
  readonly ref: Ref<HTMLDialogElement>;
}

/** Opens the panel at its top, with focus on its heading. */
export function showAbout(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  dialog.showModal();
  dialog.querySelector<HTMLElement>('.about-dialog-heading')?.focus();
  dialog.scrollTop = 0;
}

/** What the timeline covers, how it was made, when, how to cite it and under which licence. */
export function AboutDialog({ timeline, reference, bundled, ref }: AboutDialogProps) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  // Escape closes this dialog only, not the card behind it (the page closes the card on Escape).
  const keepEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') event.stopPropagation();
  };
  return (
    <dialog
      ref={ref}
      className="about-dialog"
      aria-labelledby={headingId}
      onKeyDown={keepEscape}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onClose={() => setOpen(false)}
    >
      {/* Focus lands on the heading, so a small frame opens the panel at its top, not at its first link. */}
      <h2 id={headingId} tabIndex={-1} className="about-dialog-heading">
        About this timeline
      </h2>
      <Coverage timeline={timeline} />
      <Method timeline={timeline} bundled={bundled} />
      <h3>Date of the data</h3>
      <p>
        {timeline.updated
          ? `The data was last updated on ${formatCalendarDate(timeline.updated)}.`
          : 'The data file does not say when it was last updated.'}
      </p>
      <h3>How to cite this timeline</h3>
      {open ? <TimelineCitations reference={reference} /> : null}
      {timeline.license && (
        <>
          <h3>Licence</h3>
          <p>The data: {timeline.license}</p>
        </>
      )}
      <form method="dialog" className="about-dialog-actions">
        <button type="submit">Close</button>
      </form>
    </dialog>
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
        Verbatim check: {checked} of {citations.length} quotes were found word for word in the full text of their
        source when this page loaded.
        {checked < citations.length && ' The others have no source text to check against; their cards say so.'}
      </p>
      {bundled && (
        <p>
          Every fact was graded while the timeline was researched: <strong>A</strong>, verified against a UN or
          official government source, or a faithful copy of a UN document; <strong>B</strong>, verified against a
          reputable secondary source (a wire agency, Wikipedia, Wikisource, a research observatory) with no
          conflicting source found; <strong>C</strong>, not verified. Only A and B facts are on the cards. Summaries
          are our own words and claim no more than the sources.
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
    import('../card/formatCitations.ts')
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
