/**
 * Everything the app keeps in its address, so that a link (or an iframe's `src`) reproduces a view:
 * `?data=<url>` the event list, `?embed=1` the frame layout, `?view=list` the list view, `?lang=` the
 * language, `?q=`, `?track=`, `?actor=`, `?kind=` (the last three repeatable), `?from=` and `?to=` the
 * search and filters, and `#event=<id>` the open card. The hash is used for the event because it changes
 * without a reload, works with any static host and inside iframes, and survives `base: './'`.
 *
 * The address is parsed here, once, into a typed UrlState; anything malformed is read as absent.
 * `withState` writes a state back: parsing what it writes gives the same state.
 */
import { parseCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import type { EventFilter } from '../events/search.ts';

export type ViewMode = 'timeline' | 'list';

/** What the reader searched for and chose: the part of the address that narrows the events shown. */
export type ExploreState = EventFilter;

export interface UrlState extends ExploreState {
  /** The `data` parameter as given, or null for the bundled list. */
  readonly data: string | null;
  readonly embed: boolean;
  /** Null when the URL does not choose, so the app may pick by screen width. */
  readonly view: ViewMode | null;
  /** The open event (`#event=`), or null. */
  readonly event: string | null;
  /** A language tag such as "fr" or "zh-Hans"; null when absent or malformed. */
  readonly lang: string | null;
}

export const NO_FILTERS: ExploreState = { q: '', track: [], actor: [], kind: [], from: null, to: null };

export interface AppOptions {
  /** The `data` parameter as given, or null for the bundled list. */
  readonly dataParam: string | null;
  readonly embed: boolean;
  /** Null when the URL does not choose, so the app may pick by screen width. */
  readonly view: ViewMode | null;
  /** `?edit=1`: the editor (src/editor) instead of the timeline. */
  readonly edit?: boolean;
}

/** The parameters this module owns, in the order they are written; others (a host's) are left as they are. */
const OWN_PARAMS = ['data', 'embed', 'view', 'lang', 'q', 'track', 'actor', 'kind', 'from', 'to'] as const;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function readUrlState(url: URL): UrlState {
  const { searchParams } = url;
  const view = searchParams.get('view');
  const lang = searchParams.get('lang');
  return {
    data: searchParams.get('data'),
    embed: searchParams.get('embed') === '1',
    view: view === 'list' || view === 'timeline' ? view : null,
    event: eventIdFromHash(url.hash),
    lang: lang !== null && LANGUAGE_TAG.test(lang) ? lang : null,
    q: searchParams.get('q') ?? '',
    track: repeated(searchParams, 'track'),
    actor: repeated(searchParams, 'actor'),
    kind: repeated(searchParams, 'kind'),
    from: dateParam(searchParams, 'from'),
    to: dateParam(searchParams, 'to'),
  };
}

/** Non-empty values, each once, in the order given. */
function repeated(searchParams: URLSearchParams, name: string): string[] {
  return [...new Set(searchParams.getAll(name).filter((value) => value.trim() !== ''))];
}

function dateParam(searchParams: URLSearchParams, name: string): CalendarDate | null {
  const value = searchParams.get(name);
  return value === null ? null : parseCalendarDate(value.trim());
}

/** The address of `state`, keeping `url`'s origin, path and any parameters this module does not own. */
export function withState(url: URL, state: UrlState): URL {
  const next = new URL(url);
  const params = next.searchParams;
  for (const name of OWN_PARAMS) params.delete(name);
  if (state.data !== null) params.set('data', state.data);
  if (state.embed) params.set('embed', '1');
  if (state.view) params.set('view', state.view);
  if (state.lang) params.set('lang', state.lang);
  if (state.q !== '') params.set('q', state.q);
  for (const name of ['track', 'actor', 'kind'] as const) {
    for (const value of state[name]) params.append(name, value);
  }
  if (state.from) params.set('from', state.from.iso);
  if (state.to) params.set('to', state.to.iso);
  return withEvent(next, state.event);
}

/** True when the state narrows the events shown. */
export function isFiltered(state: ExploreState): boolean {
  return (
    state.q.trim() !== '' ||
    state.track.length > 0 ||
    state.actor.length > 0 ||
    state.kind.length > 0 ||
    state.from !== null ||
    state.to !== null
  );
}

export function readAppOptions(url: URL): AppOptions {
  const { data, embed, view } = readUrlState(url);
  return { dataParam: data, embed, view, ...(url.searchParams.get('edit') === '1' && { edit: true }) };
}

const EVENT_HASH = /^#event=(.+)$/;

export function eventIdFromHash(hash: string): string | null {
  const match = EVENT_HASH.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function withEvent(url: URL, eventId: string | null): URL {
  const next = new URL(url);
  next.hash = eventId === null ? '' : `event=${encodeURIComponent(eventId)}`;
  return next;
}

export function withView(url: URL, view: ViewMode): URL {
  const next = new URL(url);
  next.searchParams.set('view', view);
  return next;
}

/** The same timeline as a full page: for "open full timeline" and for links people share. */
export function withoutEmbed(url: URL): URL {
  const next = new URL(url);
  next.searchParams.delete('embed');
  return next;
}

/** The bundled timeline, keeping the layout: the way back from a data file that failed. */
export function withoutData(url: URL): URL {
  const next = new URL(url);
  next.searchParams.delete('data');
  next.hash = '';
  return next;
}

export function asEmbed(url: URL): URL {
  const next = new URL(url);
  next.searchParams.set('embed', '1');
  return next;
}
