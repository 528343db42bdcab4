import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed. The handout is rendered only then: a list of every event would
 * cost thousands of nodes on screen, for nothing.
 */
export function usePrinting(): boolean {
  // The prerendered page (no window at build time) is for the screen.
  const [printing, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia('print').matches);
  useEffect(() => {
    const query = window.matchMedia('print');
    const follow = () => setPrinting(query.matches);
    // The browser lays out the printout right after beforeprint: render before returning.
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(query.matches);
    query.addEventListener('change', follow);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      query.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);
  return printing;
}
