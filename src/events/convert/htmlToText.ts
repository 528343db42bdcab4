import { decodeHTML } from 'entities/decode';

/** Elements whose content is never text a reader sees. */
const HIDDEN_ELEMENTS = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)|<!\[CDATA\[[\s\S]*?(\]\]>|$)|<![^>]*>|<\?[^>]*>/g;
/** Tags that end a line of text: a break, or the end of a paragraph, list item, heading or block. */
const LINE_BREAK_TAG =
  /<(br|hr)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<\/(p|div|li|h[1-6]|tr|blockquote|section|article)\s*>/gi;
/** A start or end tag; quoted attribute values may contain ">". */
const TAG = /<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Plain text from an HTML fragment, as TimelineJS slides carry it. Nothing is parsed into a
 * document or run: tags are removed as text patterns, then entities are decoded, so markup that
 * was escaped in the source (`&lt;script&gt;`) comes out as visible text, never as a tag.
 * Paragraphs and line breaks become new lines; other runs of spaces become one space.
 */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(COMMENT, '')
    .replace(HIDDEN_ELEMENTS, '')
    .replace(LINE_BREAK_TAG, '\n')
    .replace(TAG, '');
  return decodeHTML(withoutTags)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
