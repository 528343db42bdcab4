/**
 * Everything the app keeps in its address, so that a link (or an iframe's `src`) reproduces a view:
 * `?data=<url>` the event list, `?embed=1` the frame layout, `?view=list` the list view, and
 * `#event=<id>` the open card. The hash is used for the event because it changes without a reload,
 * works with any static host and inside iframes, and survives `base: './'`.
 */
export type ViewMode = 'timeline' | 'list';

export interface AppOptions {
  /** The `data` parameter as given, or null for the bundled list. */
  readonly dataParam: string | null;
  readonly embed: boolean;
  /** Null when the URL does not choose, so the app may pick by screen width. */
  readonly view: ViewMode | null;
  /** `?edit=1`: the editor (src/editor) instead of the timeline. */
  readonly edit?: boolean;
}

export function readAppOptions(url: URL): AppOptions {
  const { searchParams } = url;
  const view = searchParams.get('view');
  return {
    dataParam: searchParams.get('data'),
    embed: searchParams.get('embed') === '1',
    view: view === 'list' || view === 'timeline' ? view : null,
    ...(searchParams.get('edit') === '1' && { edit: true }),
  };
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
