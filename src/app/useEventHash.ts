import { useCallback, useEffect, useState } from 'react';
import { eventIdFromHash, withEvent } from './urlState.ts';

/**
 * The open event, kept in the page's hash: each choice is a history entry, so back and forward
 * move between the events visited, and a copied address opens the same card.
 */
export function useEventHash(pageUrl: URL): [string | null, (eventId: string | null) => void] {
  const [eventId, setEventId] = useState(() => eventIdFromHash(pageUrl.hash));

  useEffect(() => {
    const follow = () => setEventId(eventIdFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);

  const open = useCallback((next: string | null) => {
    if (next === eventIdFromHash(window.location.hash)) return;
    window.history.pushState(null, '', withEvent(new URL(window.location.href), next));
    setEventId(next);
  }, []);

  return [eventId, open];
}
