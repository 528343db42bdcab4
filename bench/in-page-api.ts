/** What bench/in-page.js puts on `window.__bench`, as the Node side calls it. */
export interface InPageConfig {
  /** An item on the timeline, e.g. ".timeline-item": what a click opens a card from. */
  readonly item: string;
  /** Anything that shows events once drawn: items, and the counts that stand for dense groups of them. */
  readonly drawn: string;
  /** An open card (event detail), e.g. '[role="article"]'. */
  readonly card: string;
}

export interface IdleResult {
  readonly idleAt: number;
  readonly longTaskTotal: number;
  readonly longTaskCount: number;
}

export interface ClickableItem {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** An action's cost until the view settled: milliseconds, and animation frames until the last change. */
export interface Settled {
  readonly elapsed: number;
  readonly frames: number;
}
