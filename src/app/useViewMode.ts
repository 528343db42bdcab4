import { useCallback, useState } from 'react';
import { withView, type AppOptions, type ViewMode } from './urlState.ts';

/** Phones get the list unless the address asks for the timeline: boxes do not fit there. */
const NARROW = '(max-width: 40rem)';

function defaultView(embed: boolean): ViewMode {
  // An embedding teacher chose a timeline for their column, however narrow it is.
  return !embed && window.matchMedia(NARROW).matches ? 'list' : 'timeline';
}

export function useViewMode({ view: fromUrl, embed }: Pick<AppOptions, 'view' | 'embed'>): [ViewMode, (view: ViewMode) => void] {
  const [view, setView] = useState<ViewMode>(() => fromUrl ?? defaultView(embed));
  const choose = useCallback((next: ViewMode) => {
    // Replaced, not pushed: back should leave the page or go to the previous event, not flip views.
    window.history.replaceState(window.history.state, '', withView(new URL(window.location.href), next));
    setView(next);
  }, []);
  return [view, choose];
}
