/**
 * vis-timeline and vis-data in the build's prerender (vite-plugins/prerender.ts): the server renders
 * the first screen without running effects, so neither is ever constructed there, and vis-timeline,
 * which touches `window` as it loads, is never imported in Node.
 */
function notOnTheServer(): never {
  throw new Error('vis-timeline does not run in the prerender; it is created in an effect, in the browser');
}

export const Timeline = notOnTheServer;
export const DataSet = notOnTheServer;
