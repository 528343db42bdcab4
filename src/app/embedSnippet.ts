import { asEmbed, withEvent } from './urlState.ts';

export interface EmbedOptions {
  /** The page being embedded, as the reader sees it now. */
  readonly pageUrl: URL;
  /** The event whose card the frame opens on, if any. */
  readonly eventId: string | null;
  /** Frame height in CSS pixels; the width follows the host column. */
  readonly height: number;
  /** Names the frame for screen readers (WCAG 4.1.2), usually the timeline's title. */
  readonly title: string;
}

export const EMBED_HEIGHTS = [300, 400, 500, 600, 800] as const;
export const DEFAULT_EMBED_HEIGHT = 500;

/** HTML-escapes an attribute value: titles come from data files and must stay text on the host page. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedUrl({ pageUrl, eventId }: Pick<EmbedOptions, 'pageUrl' | 'eventId'>): URL {
  const url = withEvent(asEmbed(pageUrl), eventId);
  return url;
}

/** The `<iframe>` a teacher pastes into an LMS page or course site. */
export function embedSnippet(options: EmbedOptions): string {
  const src = embedUrl(options).href;
  return (
    `<iframe src="${attribute(src)}" title="${attribute(options.title)}" ` +
    `width="100%" height="${Math.round(options.height)}" style="border:0" ` +
    `loading="lazy" allow="clipboard-write"></iframe>`
  );
}
