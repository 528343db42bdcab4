import { lazy, type ComponentType } from 'react';

export interface Preloadable<Props extends object> {
  /** Renders the component: at once when its chunk is here, else suspended as React.lazy would be. */
  readonly Component: ComponentType<Props>;
  /** Fetches the chunk (once the page is up), so that a later render waits for nothing. */
  readonly preload: () => Promise<unknown>;
}

/**
 * A component in a chunk of its own. React.lazy suspends its first render even when the chunk has already
 * been fetched, and React then holds the suspended content back for up to 300 ms (its fallback throttle):
 * a card opened a minute after load would still take a third of a second. Rendered once `preload` has
 * brought the chunk, this one is drawn in the same render; rendered before, it suspends as React.lazy does
 * (and is drawn anew, once, by the loaded component on a later render).
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>): Preloadable<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  // One fetch, shared by the preload and the lazy render, so that both settle on the same component.
  const fetch = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => fetch().then((component) => ({ default: component })));
  function Preloaded(props: Props) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return { Component: Preloaded, preload: fetch };
}
