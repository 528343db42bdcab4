/**
 * Stands in for `node-fetch` in the browser build (aliased in vite.config.ts). citation-js imports it at module level
 * but calls it only outside a browser; the browser's own fetch is used in its place, and Vite no longer has to
 * externalize node-fetch's Node built-ins (which it warned about on every build).
 */
export default function nodeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return fetch(input, init);
}

export const Headers = globalThis.Headers;
