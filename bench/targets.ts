import type { InPageConfig } from './in-page-api.ts';

/** An event list the bench loads: the bundled data, or a generated list of that many events. */
export type Dataset = 'bundled' | number;

/** A timeline under test, described only by what a user sees: its page, items, buttons and card. */
export interface Target {
  readonly name: 'ours' | 'timelinejs';
  readonly label: string;
  /** The page showing the dataset, relative to the bench server's root. */
  readonly path: (dataset: Dataset) => string;
  readonly inPage: InPageConfig;
  /** Where a drag pans the timeline. */
  readonly panArea: string;
  /** Where Ctrl + wheel zooms, for a timeline that zooms by wheel. */
  readonly wheelArea?: string;
}

/** Our production build on `/`, the generated lists under `/bench/generated/`, loaded by `?data=`. */
export const OURS: Target = {
  name: 'ours',
  label: 'this app',
  path: (dataset) => (dataset === 'bundled' ? '' : `?data=bench/generated/events-${dataset}.json`),
  inPage: {
    item: '.vis-item .timeline-item',
    // The prerendered static view names events too (StaticFirstView.tsx): a visible label is a visible item.
    drawn: '.vis-item .timeline-item, .vis-item .timeline-count, .timeline-static-item',
    card: 'article, [role="article"]',
  },
  panArea: '.vis-panel.vis-center',
  wheelArea: '.vis-panel.vis-center',
};

/**
 * TimelineJS 3 (npm @knight-lab/timelinejs) on bench/timelinejs.html, with the same events in its
 * format. Its items are the markers on its time navigator; its card is the slide of an event.
 */
export const TIMELINEJS: Target = {
  name: 'timelinejs',
  label: 'TimelineJS 3.9.11',
  path: (dataset) => `bench/timelinejs.html?data=generated/timelinejs-${dataset}.json`,
  // The marker element itself has no width; its content box is what is drawn and clicked.
  inPage: { item: '.tl-timemarker-content-container', drawn: '.tl-timemarker-content-container', card: '.tl-slide' },
  panArea: '.tl-timenav',
  // No wheelArea: TimelineJS zooms only with its buttons.
};
