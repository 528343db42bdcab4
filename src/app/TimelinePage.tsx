import {
  Suspense,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { citationLabel } from '../ui/citation.ts';
import type { Timeline, TimelineEvent } from '../events/model.ts';
import { KindLegend } from '../ui/KindShape.tsx';
import { TimelineView, type TimelineHandle } from '../timeline/TimelineView.tsx';
import { AboutDialog, showAbout } from './AboutDialog.tsx';
import { citableAddress, timelineReference } from './citeTimeline.ts';
import { EmbedDialog } from './EmbedDialog.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { revealCard, revealTimeline } from './revealCard.ts';
import { ExploreBar, NoMatches } from './ExploreBar.tsx';
import { usePrinting } from './usePrinting.ts';
import { useReportHeight } from './useReportHeight.ts';
import { useUrlState } from './useUrlState.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { Translator } from '../i18n/translator.ts';
import { preloadable } from './preloadable.tsx';
import { isFiltered, withEvent, withoutEmbed, type AppOptions, type ExploreState, type ViewMode } from './urlState.ts';
import { periodEnd } from '../events/calendarDate.ts';
import { filterChoices, filterEvents } from '../events/search.ts';
import { localizedHeading } from '../events/localized.ts';
import { langWithin } from '../ui/localizedText.ts';

// The card and the list are their own chunks, fetched as soon as the page is up (see preloadViews): the first
// screen is the timeline, and its budget has no room for them.
const card = preloadable(() => import('../card/EventCard.tsx').then((module) => module.EventCard));
const list = preloadable(() => import('../list/EventList.tsx').then((module) => module.EventList));
const EventCard = card.Component;
const EventList = list.Component;

export interface TimelinePageProps {
  readonly timeline: Timeline;
  readonly options: AppOptions;
  /** The address the page opened with: read where there is no window (the build's prerender). */
  readonly pageUrl?: URL;
  /** The page was prerendered: the timeline keeps its static first view until vis-timeline has drawn. */
  readonly staticFirstView?: boolean;
  /** Shown above the timeline: what was wrong but did not stop the data from loading. */
  readonly warnings?: ReactNode;
}

/** The skip link's target: the events, on the timeline or in the list. */
const MAIN_ID = 'events';

export function TimelinePage({
  timeline,
  options,
  pageUrl: openedAt,
  staticFirstView = false,
  warnings,
}: TimelinePageProps) {
  const translator = useTranslator();
  const { t, language } = translator;
  const address = useUrlState(openedAt);
  useEffect(() => void preloadViews(), []);
  const { url: pageUrl, view, setView, openEvent } = address;
  const eventId = address.state.event;
  // Search and filters: the timeline, the list and the handout show only what matches.
  const explore = useExplore(timeline, address.state);
  const { events } = explore;
  const heading = localizedHeading(timeline, language);
  const printing = usePrinting();
  const Handout = useHandout();
  const pageRef = useRef<HTMLDivElement>(null);
  const timelineViewRef = useRef<TimelineHandle>(null);
  const aboutRef = useRef<HTMLDialogElement>(null);
  useReportHeight(pageRef, options.embed);

  const index = events.findIndex((event) => event.id === eventId);
  const selected = events[index];
  const unknownId = eventId !== null && !timeline.events.some((event) => event.id === eventId) ? eventId : null;
  const citable = citableAddress(pageUrl);
  const reference = useMemo(() => timelineReference(timeline, citable), [timeline, citable]);
  // Once per event list: on 5,000 events it took a third of a keystroke's work in the search box.
  const sourcesLine = useMemo(() => footerSources(translator, timeline.events), [translator, timeline.events]);
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

  const shownCardId = view === 'timeline' ? (selected?.id ?? null) : null;
  useCanvasWidthFollowsCard(pageRef, timelineViewRef, shownCardId !== null);
  useEffect(() => {
    const slot = pageRef.current?.querySelector<HTMLElement>('.app-card-slot');
    if (!shownCardId || !slot) return;
    const timelineView = pageRef.current?.querySelector<HTMLElement>('.timeline-view');
    if (getComputedStyle(slot).position !== 'fixed' || !timelineView) {
      revealCard(slot, timelineViewRef.current?.eventRect(shownCardId) ?? null);
      return;
    }
    // Beside the timeline (or over it), the card is always in view: only the timeline may need bringing
    // up, now and whenever it grows while the card is open (a narrower drawing stacks more boxes).
    const follow = new ResizeObserver(() => revealTimeline(timelineView));
    follow.observe(timelineView);
    return () => follow.disconnect();
  }, [shownCardId]);

  // Only focus moves: the view and the address stay as the reader chose them.
  const skipToEvents = (event: MouseEvent) => {
    event.preventDefault();
    if (view === 'timeline' && timelineViewRef.current) timelineViewRef.current.focus();
    else document.getElementById(MAIN_ID)?.focus();
  };

  return (
    // Escape bubbles up from whatever has focus inside the page (card, timeline, list); this is no control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={pageClassName(options.embed, shownCardId !== null)} ref={pageRef} onKeyDown={onKeyDown}>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToEvents}>
        {t('app.skipToEvents')}
      </a>
      {!options.embed && (
        <header className="app-header">
          <h1 dir="auto" {...langWithin(heading.title, language)}>
            {heading.title.text}
          </h1>
          {heading.description && (
            <p dir="auto" {...langWithin(heading.description, language)}>
              {heading.description.text}
            </p>
          )}
          <AboutButton onOpen={openAbout} />
        </header>
      )}
      <main id={MAIN_ID} tabIndex={-1} className={`app-main app-main-${view}`}>
        {options.embed && (
          // The host page has its own header; the title stays for screen readers and for print.
          <h1 className="visually-hidden embed-title" {...langWithin(heading.title, language)}>
            {heading.title.text}
          </h1>
        )}
        <div className="app-toolbar">
          <ViewToggle view={view} onChange={setView} />
          <ExploreBar
            filter={address.state}
            choices={explore.choices}
            shown={events.length}
            total={timeline.events.length}
            filtered={explore.filtered}
            onQuery={address.setQuery}
            onFilters={address.setFilters}
            onClear={address.clearFilters}
          />
          {options.embed ? (
            <>
              <AboutButton onOpen={openAbout}>{t('about.short')}</AboutButton>
              <a href={withoutEmbed(pageUrl).href} target="_blank" rel="noopener">
                {t('app.openFull')}
                <span className="visually-hidden"> {t('app.newTab')}</span> ↗
              </a>
            </>
          ) : (
            <>
              <EmbedDialog
                pageUrl={pageUrl}
                title={timeline.title}
                eventId={selected?.id ?? null}
                events={events}
                tracks={timeline.tracks}
              />
              <button type="button" onClick={() => window.print()}>
                {t('app.print')}
              </button>
            </>
          )}
          <LanguageSwitcher url={pageUrl} />
        </div>
        {warnings}
        {unknownId && (
          <p className="app-notice" role="status">
            {t('app.unknownEvent', { id: unknownId })}{' '}
            <button type="button" onClick={() => openEvent(null)}>
              {t('app.dismiss')}
            </button>
          </p>
        )}
        {events.length === 0 ? (
          <NoMatches filter={address.state} onClear={address.clearFilters} />
        ) : view === 'timeline' ? (
          <>
            <TimelineView
              ref={timelineViewRef}
              events={events}
              tracks={timeline.tracks}
              trackNames={timeline.trackNames}
              {...(explore.initialWindow && { initialWindow: explore.initialWindow })}
              selectedId={selected?.id ?? null}
              onSelect={openEvent}
              label={t('app.timelineLabel', { title: timeline.title })}
              staticFirstView={staticFirstView}
            />
            {selected ? (
              // The shell places the card: below the timeline, beside it on wide screens, over it in small frames.
              <div className="app-card-slot">
                <ErrorBoundary resetKey={selected.id} part="card">
                  <Suspense>
                    <EventCard
                      event={selected}
                      position={{ index: index + 1, total: events.length }}
                      link={withEvent(withoutEmbed(pageUrl), selected.id).href}
                      {...(index > 0 && { onPrevious: openAt(index - 1) })}
                      {...(index < events.length - 1 && { onNext: openAt(index + 1) })}
                      onClose={close}
                    />
                  </Suspense>
                </ErrorBoundary>
              </div>
            ) : (
              <p className="app-hint">{t('app.hint')}</p>
            )}
            {/* After the card, which follows the timeline directly and is revealed right under it. */}
            <KindLegend />
          </>
        ) : (
          <div className="app-list-view">
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <EventList events={events} />
              {/* Inside the boundary: it scrolls once the list it scrolls is there. */}
              <ScrollListToEvent eventId={eventId} />
            </Suspense>
          </div>
        )}
      </main>
      {printing && (
        // Printed from either view: paper gets the overview and the compact list, never the screen's list.
        <section className="print-handout" aria-label={t('app.handout')}>
          {Handout ? (
            // The module's own export, loaded once after the first screen: the same component every render.
            // eslint-disable-next-line react-hooks/static-components
            <Handout timeline={explore.timeline} />
          ) : (
            <Suspense>
              <EventList events={events} label={t('app.handoutList')} />
            </Suspense>
          )}
        </section>
      )}
      {!options.embed && (
        <footer className="app-footer">
          {sourcesLine} <AboutButton onOpen={openAbout} />
        </footer>
      )}
      <AboutDialog ref={aboutRef} timeline={timeline} reference={reference} bundled={options.dataParam === null} />
    </div>
  );
}

function pageClassName(embed: boolean, cardOpen: boolean): string {
  return ['timeline-page', embed && 'timeline-page-embed', cardOpen && 'has-card'].filter(Boolean).join(' ');
}

/**
 * On wide screens an open card takes a column from the timeline. vis-timeline notices a new width
 * only when the window resizes (or a second later), so it is told before the next paint.
 */
function useCanvasWidthFollowsCard(
  pageRef: RefObject<HTMLElement | null>,
  timelineViewRef: RefObject<TimelineHandle | null>,
  cardOpen: boolean,
): void {
  const drawnWidth = useRef<number | null>(null);
  useLayoutEffect(() => {
    const width = pageRef.current?.querySelector('.timeline-view')?.clientWidth ?? null;
    if (drawnWidth.current !== null && width !== null && width !== drawnWidth.current) {
      timelineViewRef.current?.resized();
    }
    drawnWidth.current = width;
  }, [pageRef, timelineViewRef, cardOpen]);
}

interface Explore {
  /** The events that match, in date order: every event when nothing is filtered. */
  readonly events: readonly TimelineEvent[];
  /** The timeline with only those events, and all its tracks, so that rows do not jump: for the handout. */
  readonly timeline: Timeline;
  readonly choices: ReturnType<typeof filterChoices>;
  readonly filtered: boolean;
  /** `?from=` and `?to=` together also set the first window. */
  readonly initialWindow: { start: Date; end: Date } | null;
}

function useExplore(timeline: Timeline, state: ExploreState): Explore {
  const filter = useSameFilter(state);
  const choices = useMemo(() => filterChoices(timeline.events, timeline.tracks), [timeline]);
  const filtered = isFiltered(filter);
  const events = useMemo(
    () => (filtered ? filterEvents(timeline.events, filter) : timeline.events),
    [timeline, filtered, filter],
  );
  const { from, to } = filter;
  const shown = useMemo(() => ({ ...timeline, events }), [timeline, events]);
  // Only the window the page opened on: later choices of years refit the timeline to what matches.
  const [initialWindow] = useState(() => (from && to ? { start: from.start, end: periodEnd(to) } : null));
  return { events, timeline: shown, choices, filtered, initialWindow };
}

/**
 * The same filter object while its values stay the same: opening a card changes the address, and must
 * not hand the timeline a new list of events.
 */
function useSameFilter({ q, track, actor, kind, from, to }: ExploreState): ExploreState {
  const key = JSON.stringify([q, track, actor, kind, from?.iso, to?.iso]);
  const [kept, setKept] = useState({ key, filter: { q, track, actor, kind, from, to } });
  if (kept.key === key) return kept.filter;
  const filter = { q, track, actor, kind, from, to };
  setKept({ key, filter });
  return filter;
}

/** One source is named; a long list of them is counted (each card, and About, names them all). */
function footerSources({ t }: Translator, events: readonly TimelineEvent[]): string {
  const labels = [
    ...new Set(events.flatMap((event) => event.citations.map((citation) => citationLabel(citation.source)))),
  ];
  if (labels.length <= 3) return t('app.sourceNames', { sources: labels.join('; ') });
  return t('app.sourceCount', { count: labels.length });
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
function AboutButton({ onOpen, children }: { onOpen: () => void; children?: string }) {
  const { t } = useTranslator();
  return (
    <button type="button" className="about-button" onClick={onOpen} aria-haspopup="dialog">
      {children ?? t('about.title')}
    </button>
  );
}

function ViewToggle({ view, onChange }: { view: ViewMode; onChange: (view: ViewMode) => void }) {
  const { t } = useTranslator();
  return (
    <div className="view-toggle" role="group" aria-label={t('app.view')}>
      <button type="button" aria-pressed={view === 'timeline'} onClick={() => onChange('timeline')}>
        {t('app.timeline')}
      </button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => onChange('list')}>
        {t('app.list')}
      </button>
    </div>
  );
}

/** A link to an event opens the list at that event when the list is the view. */
function ScrollListToEvent({ eventId }: { eventId: string | null }) {
  useEffect(() => {
    if (eventId === null) return;
    const entry = document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(eventId)}"]`);
    entry?.scrollIntoView({ block: 'start' });
    entry?.focus({ preventScroll: true });
  }, [eventId]);
  return null;
}

/** Fetches the card and the list once the page is up, so that opening either waits for nothing. */
export function preloadViews(): Promise<unknown> {
  return Promise.all([card.preload(), list.preload()]);
}
