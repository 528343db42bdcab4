import type { Timeline } from 'vis-timeline/esnext';

interface VisInternals {
  readonly itemSet?: { readonly groups?: Readonly<Record<string, object>> };
}

/**
 * vis-timeline shows each item added to a drawn timeline at once: it builds the item's box and reads
 * its size, one forced layout per item, as the item before it has just changed the page. The redraw
 * that follows each addition lays out every new item in the window in one pass (write, read, write).
 * Regrouping a long list on a zoom adds tens of items: at 5,000 events, ten zoom steps took 428 ms
 * with a layout per item and 378 ms with one pass (npm run bench, medians of 3).
 *
 * In vis-timeline 8.5.4, Group._checkIfVisible is called only when an item is added: left empty, a new
 * item waits for that redraw, which the addition marks to restack, and so finds it. Where the internals
 * are not as expected, nothing is changed.
 */
export function batchItemLayout(timeline: Timeline): void {
  for (const group of Object.values((timeline as unknown as VisInternals).itemSet?.groups ?? {})) {
    // Background groups inherit the method from Group.
    let owner: unknown = Object.getPrototypeOf(group);
    while (owner instanceof Object && !Object.hasOwn(owner, '_checkIfVisible')) owner = Object.getPrototypeOf(owner);
    if (owner instanceof Object) Object.assign(owner, { _checkIfVisible: () => undefined });
  }
}
