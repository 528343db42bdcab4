import type { Timeline } from '../events/model.ts';

/** What a citation of the timeline itself rests on: its title, the date of its data and its address. */
export interface TimelineReference {
  readonly title: string;
  /** "YYYY-MM-DD", when the data says when it was last changed. */
  readonly updated?: string;
  readonly url: string;
}

export function timelineReference(timeline: Timeline, url: string): TimelineReference {
  return { title: timeline.title, url, ...(timeline.updated && { updated: timeline.updated.iso }) };
}

/** The address to cite: this page as it was opened, without the open card or the frame layout. */
export function citableAddress(pageUrl: URL): string {
  const address = new URL(pageUrl);
  address.hash = '';
  address.searchParams.delete('embed');
  return address.href;
}
