import { NARROW_SCREEN } from './firstScreen.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  NO_FILTERS,
  readUrlState,
  withEvent,
  withState,
  withView,
  type ExploreState,
  type UrlState,
  type ViewMode,
} from './urlState.ts';

export interface UrlStateControls {
  /** The address, parsed. */
  readonly state: UrlState;
  /** The page's address now: for links, citations and the embed code. */
  readonly url: URL;
  /** The view shown: the address's choice or, without one, the one that suits the screen. */
  readonly view: ViewMode;
  /** Opens a card (or closes it, with null): a history entry, so Back returns to the previous event. */
  readonly openEvent: (eventId: string | null) => void;
  /** Replaces the entry: Back should leave the page or go to the previous event, not flip views. */
  readonly setView: (view: ViewMode) => void;
  /** The search box: the first keystroke adds an entry, the rest of the typing replaces it. */
  readonly setQuery: (q: string) => void;
  /** A filter chosen: one history entry each. */
  readonly setFilters: (change: Partial<ExploreState>) => void;
  /** Back to every event: one history entry. */
  readonly clearFilters: () => void;
}

/**
 * Screens and frames under 40 rem get the list unless the address asks for the timeline: there the
 * boxes shrink, stack deep and the zoom toolbar wraps, while the list reads like a page. A teacher
 * who wants the timeline in a narrow column says so in the embed code (`view=timeline`).
 */
function defaultView(): ViewMode {
  // Prerendered at build time there is no screen: the page's head check hides that HTML on narrow ones.
  if (typeof window === 'undefined') return 'timeline';
  return window.matchMedia(NARROW_SCREEN).matches ? 'list' : 'timeline';
}

/** The one place that reads the page's address; components get it from here. */
function currentAddress(): URL {
  return new URL(window.location.href);
}

type Entry = 'push' | 'replace';

/** The address as typed state and setters, kept in step with Back and Forward. */
export function useUrlState(openedAt?: URL): UrlStateControls {
  const [url, setUrl] = useState(() => openedAt ?? currentAddress());
  // The latest address, for setters called twice before a render.
  const urlRef = useRef(url);
  // True while the current history entry is the one the search box is typing into.
  const typingRef = useRef(false);
  // Chosen once, then only by the reader: Back and Forward leave the view as it is (as before).
  const [view, setViewState] = useState<ViewMode>(() => readUrlState(url).view ?? defaultView());

  useEffect(() => {
    const follow = () => {
      typingRef.current = false;
      urlRef.current = currentAddress();
      setUrl(urlRef.current);
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);

  const go = useCallback((next: URL, entry: Entry) => {
    if (next.href === urlRef.current.href) return;
    if (entry === 'push') window.history.pushState(null, '', next);
    else window.history.replaceState(window.history.state, '', next);
    urlRef.current = next;
    setUrl(next);
  }, []);

  const changeState = useCallback(
    (change: Partial<UrlState>, entry: Entry) => {
      go(withState(urlRef.current, { ...readUrlState(urlRef.current), ...change }), entry);
    },
    [go],
  );

  const openEvent = useCallback(
    (eventId: string | null) => {
      typingRef.current = false;
      // Only the hash changes: the query stays exactly as it was written.
      go(withEvent(urlRef.current, eventId), 'push');
    },
    [go],
  );

  const setView = useCallback(
    (next: ViewMode) => {
      go(withView(urlRef.current, next), 'replace');
      setViewState(next);
    },
    [go],
  );

  const setQuery = useCallback(
    (q: string) => {
      changeState({ q }, typingRef.current ? 'replace' : 'push');
      typingRef.current = true;
    },
    [changeState],
  );

  const setFilters = useCallback(
    (change: Partial<ExploreState>) => {
      typingRef.current = false;
      changeState(change, 'push');
    },
    [changeState],
  );

  const clearFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);

  const state = useMemo(() => readUrlState(url), [url]);
  return { state, url, view, openEvent, setView, setQuery, setFilters, clearFilters };
}
