import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { EventCard } from '../card/EventCard.tsx';
import { citationLabel } from '../ui/citation.ts';
import type { Timeline, TimelineEvent } from '../events/model.ts';
import { EventList } from '../list/EventList.tsx';
import { TimelineView, type TimelineHandle } from '../timeline/TimelineView.tsx';
import { AboutDialog, showAbout } from './AboutDialog.tsx';
import { citableAddress, timelineReference } from './citeTimeline.ts';
import { EmbedDialog } from './EmbedDialog.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { revealCard } from './revealCard.ts';
import { useEventHash } from './useEventHash.ts';
import { usePrinting } from './usePrinting.ts';
import { useReportHeight } from './useReportHeight.ts';
import { useViewMode } from './useViewMode.ts';
import { withEvent, withoutEmbed, type AppOptions, type ViewMode } from './urlState.ts';

export interface TimelinePageProps {
  readonly timeline: Timeline;
  readonly options: AppOptions;
  /**
   * The page's address where there is no window to read it from (the build's prerender). In the
   * browser it is read at every render, as the open event and the view change it.
   */
  readonly pageUrl?: URL;
  /** The page was prerendered: the timeline keeps its static first view until vis-timeline has drawn. */
  readonly staticFirstView?: boolean;
  /** Shown above the timeline: what was wrong but did not stop the data from loading. */
  readonly warnings?: ReactNode;
}

/** The skip link's target: the events, on the timeline or in the list. */
const MAIN_ID = 'events';

export function TimelinePage({ timeline, options, staticFirstView = false, warnings, ...props }: TimelinePageProps) {
  const { events } = timeline;
  const pageUrl = props.pageUrl ?? new URL(window.location.href);
  const [eventId, openEvent] = useEventHash(pageUrl);
  const [view, setView] = useViewMode(options);
  const printing = usePrinting();
  const Handout = useHandout();
  const pageRef = useRef<HTMLDivElement>(null);
  const timelineViewRef = useRef<TimelineHandle>(null);
  const aboutRef = useRef<HTMLDialogElement>(null);
  useReportHeight(pageRef, options.embed);

  const index = events.findIndex((event) => event.id === eventId);
  const selected = events[index];
  const unknownId = eventId !== null && !selected ? eventId : null;
  const address = citableAddress(pageUrl);
  const reference = useMemo(() => timelineReference(timeline, address), [timeline, address]);
  const openAbout = () => showAbout(aboutRef.current);

  const close = () => {
    openEvent(null);
    if (selected) timelineViewRef.current?.focusEvent(selected.id);
  };
  const openAt = (at: number) => () => openEvent(events[at]?.id ?? null);

  // Listening on the page's own root, not the document, leaves keys alone elsewhere on a host page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && selected && view === 'timeline') close();
  };

  useScrollListToEvent(view === 'list' ? eventId : null);

  const shownCardId = view === 'timeline' ? (selected?.id ?? null) : null;
  useEffect(() => {
    const card = pageRef.current?.querySelector<HTMLElement>('.event-card');
    if (shownCardId && card) revealCard(card, timelineViewRef.current?.eventRect(shownCardId) ?? null);
  }, [shownCardId]);

  // Only focus moves: the view and the address stay as the reader chose them.
  const skipToEvents = (event: MouseEvent) => {
    event.preventDefault();
    if (view === 'timeline' && timelineViewRef.current) timelineViewRef.current.focus();
    else document.getElementById(MAIN_ID)?.focus();
  };

  return (
    <div
      className={options.embed ? 'timeline-page timeline-page-embed' : 'timeline-page'}
      ref={pageRef}
      onKeyDown={onKeyDown}
    >
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToEvents}>
        Skip to events
      </a>
      {!options.embed && (
        <header className="app-header">
          <h1>{timeline.title}</h1>
          {timeline.description && <p>{timeline.description}</p>}
          <AboutButton onOpen={openAbout} />
        </header>
      )}
      <main id={MAIN_ID} tabIndex={-1} className={`app-main app-main-${view}`}>
        {options.embed && (
          // The host page has its own header; the title stays for screen readers and for print.
          <h1 className="visually-hidden embed-title">{timeline.title}</h1>
        )}
        <div className="app-toolbar">
          <ViewToggle view={view} onChange={setView} />
          {options.embed ? (
            <>
              <AboutButton onOpen={openAbout}>About</AboutButton>
              <a href={withoutEmbed(pageUrl).href} target="_blank" rel="noopener">
                Open full timeline<span className="visually-hidden"> (opens in a new tab)</span> ↗
              </a>
            </>
          ) : (
            <>
              <EmbedDialog
                title={timeline.title}
                eventId={selected?.id ?? null}
                events={events}
                tracks={timeline.tracks}
              />
              <button type="button" onClick={() => window.print()}>
                Print handout
              </button>
            </>
          )}
        </div>
        {warnings}
        {unknownId && (
          <p className="app-notice" role="status">
            This timeline has no event “{unknownId}”; the link may be out of date.{' '}
            <button type="button" onClick={() => openEvent(null)}>
              Dismiss
            </button>
          </p>
        )}
        {view === 'timeline' ? (
          <>
            <TimelineView
              ref={timelineViewRef}
              events={events}
              tracks={timeline.tracks}
              selectedId={selected?.id ?? null}
              onSelect={openEvent}
              label={`Timeline: ${timeline.title}. Select an event to read its card.`}
              staticFirstView={staticFirstView}
            />
            {selected ? (
              <ErrorBoundary resetKey={selected.id} part="this event card">
                <EventCard
                  event={selected}
                  position={{ index: index + 1, total: events.length }}
                  link={withEvent(withoutEmbed(pageUrl), selected.id).href}
                  {...(index > 0 && { onPrevious: openAt(index - 1) })}
                  {...(index < events.length - 1 && { onNext: openAt(index + 1) })}
                  onClose={close}
                />
              </ErrorBoundary>
            ) : (
              <p className="app-hint">
                Select an event on the timeline to read what happened and what the source says.
              </p>
            )}
          </>
        ) : (
          <EventList events={events} />
        )}
      </main>
      {printing && (
        // Printed from either view: paper gets the overview and the compact list, never the screen's list.
        <section className="print-handout" aria-label="Printable handout">
          {Handout ? (
            <Handout timeline={timeline} />
          ) : (
            <EventList events={events} label="Events in date order (handout)" />
          )}
        </section>
      )}
      {!options.embed && (
        <footer className="app-footer">
          {footerSources(events)} <AboutButton onOpen={openAbout} />
        </footer>
      )}
      <AboutDialog ref={aboutRef} timeline={timeline} reference={reference} bundled={options.dataParam === null} />
    </div>
  );
}

/** One source is named; a long list of them is counted (each card, and About, names them all). */
function footerSources(events: readonly TimelineEvent[]): string {
  const labels = [
    ...new Set(events.flatMap((event) => event.citations.map((citation) => citationLabel(citation.source)))),
  ];
  if (labels.length <= 3) return `Every card quotes its source: ${labels.join('; ')}.`;
  return `Every card quotes its sources: ${labels.length} in all, each cited on its cards and in the handout.`;
}

type HandoutComponent = typeof import('../list/Handout.tsx').default;

/**
 * The handout's code and styles, fetched right after the first screen rather than with it: printing
 * renders synchronously, so they must be here before anyone prints. Until then (or if the fetch
 * fails) paper gets the plain list.
 */
function useHandout(): HandoutComponent | null {
  const [handout, setHandout] = useState<HandoutComponent | null>(null);
  useEffect(() => {
    let current = true;
    import('../list/Handout.tsx').then(
      (module) => current && setHandout(() => module.default),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return handout;
}

/** A link-like button: the About panel is a dialog on this page, not another address. */
function AboutButton({ onOpen, children = 'About this timeline' }: { onOpen: () => void; children?: string }) {
  return (
    <button type="button" className="about-button" onClick={onOpen} aria-haspopup="dialog">
      {children}
    </button>
  );
}

function ViewToggle({ view, onChange }: { view: ViewMode; onChange: (view: ViewMode) => void }) {
  return (
    <div className="view-toggle" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'timeline'} onClick={() => onChange('timeline')}>
        Timeline
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => onChange('list')}>
        List
      </button>
    </div>
  );
}

/** A link to an event opens the list at that event when the list is the view. */
function useScrollListToEvent(eventId: string | null): void {
  useEffect(() => {
    if (eventId === null) return;
    const entry = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus({ preventScroll: true });
  }, [eventId]);
}
