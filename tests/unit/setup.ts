import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => cleanup());

// The page fetches the card's and the list's chunks once it is up; loaded here first, a test file never
// ends while one is still arriving (Vitest reports a module loaded after teardown as an error).
beforeAll(async () => {
  await Promise.all([import('../../src/card/EventCard.tsx'), import('../../src/list/EventList.tsx')]);
});

// jsdom has no media queries; a screen that matches none of them (wide, not printing) is the default.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => {
    const list = new EventTarget() as MediaQueryList;
    Object.assign(list, { matches: false, media: query, onchange: null, addListener() {}, removeListener() {} });
    return list;
  };
}
