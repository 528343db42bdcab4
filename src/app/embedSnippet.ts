import { asEmbed, withEvent, withView, type ViewMode } from './urlState.ts';

export interface EmbedOptions {
  /** The page being embedded, as the reader sees it now. */
  readonly pageUrl: URL;
  /** The event whose card the frame opens on, if any. */
  readonly eventId: string | null;
  /** The view the frame starts in, or null to let the frame choose by its width. */
  readonly view: ViewMode | null;
  /** Frame height in CSS pixels; the width follows the host column. */
  readonly height: number;
  /** Names the frame for screen readers (WCAG 4.1.2), usually the timeline's title. */
  readonly title: string;
}

/** HTML-escapes an attribute value: titles come from data files and must stay text on the host page. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function frameUrl({ pageUrl, eventId, view }: Pick<EmbedOptions, 'pageUrl' | 'eventId' | 'view'>): URL {
  const embedded = asEmbed(pageUrl);
  // The view the teacher happened to be using is not a choice for the frame.
  embedded.searchParams.delete('view');
  return withEvent(view ? withView(embedded, view) : embedded, eventId);
}

/** The `<iframe>` a teacher pastes into an LMS page or course site. */
export function embedSnippet(options: EmbedOptions): string {
  const src = frameUrl(options).href;
  return (
    `<iframe src="${attribute(src)}" title="${attribute(options.title)}" ` +
    `width="100%" height="${Math.round(options.height)}" style="border:0" ` +
    `loading="lazy" allow="clipboard-write"></iframe>`
  );
}
