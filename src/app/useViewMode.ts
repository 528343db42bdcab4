import { useCallback, useState } from 'react';
import { withView, type AppOptions, type ViewMode } from './urlState.ts';

/**
 * Screens and frames under 40 rem get the list unless the address asks for the timeline: there the
 * boxes shrink, stack deep and the zoom toolbar wraps, while the list reads like a page. A teacher
 * who wants the timeline in a narrow column says so in the embed code (`view=timeline`).
 */
const NARROW = '(max-width: 40rem)';

function defaultView(): ViewMode {
  return window.matchMedia(NARROW).matches ? 'list' : 'timeline';
}

export function useViewMode({ view: fromUrl }: Pick<AppOptions, 'view'>): [ViewMode, (view: ViewMode) => void] {
  const [view, setView] = useState<ViewMode>(() => fromUrl ?? defaultView());
  const choose = useCallback((next: ViewMode) => {
    // Replaced, not pushed: back should leave the page or go to the previous event, not flip views.
    window.history.replaceState(window.history.state, '', withView(new URL(window.location.href), next));
    setView(next);
  }, []);
  return [view, choose];
}
