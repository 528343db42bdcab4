/**
 * The prerendered first screen (vite-plugins/prerender.ts) is the bundled timeline in the timeline
 * view, at full-page layout. A page opened otherwise (`?data=`, `?embed=1`, `?view=list`, a link to
 * an event, or a narrow screen, which gets the list) would first show the wrong content: a small
 * script in the page's head marks it with this class before the first paint, app.css hides the
 * prerendered content, and main.tsx renders the app afresh instead of hydrating it.
 */
export const STALE_FIRST_SCREEN_CLASS = 'first-screen-stale';

/**
 * The bundled timeline in English, but another view: the list (`?view=list`, a narrow screen) or an
 * event's card (`#event=`). Its header is the same, so it stays painted while the rest of the
 * prerendered page is hidden; main.tsx then replaces the whole page in one commit, header in place.
 */
export const OTHER_VIEW_FIRST_SCREEN_CLASS = 'first-screen-other-view';

/** Screens and frames this narrow get the list unless the address asks for the timeline (useUrlState). */
export const NARROW_SCREEN = '(max-width: 40rem)';
