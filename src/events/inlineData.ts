/**
 * A page can carry its own event list: the editor's single-file export writes the events file into
 * `<script type="application/json" id="timeline-data">`, and the full texts of its sources (by the
 * paths the file gives them) into `<script type="application/json" id="timeline-source-texts">`.
 */
export const INLINE_EVENTS_ID = 'timeline-data';
export const INLINE_TEXTS_ID = 'timeline-source-texts';

/** How the inline list is named in messages: where in the file to look. */
export const INLINE_DATA_LABEL = `<script id="${INLINE_EVENTS_ID}">`;

export interface InlineData {
  readonly eventsText: string;
  /** The JSON text of the source texts block; undefined when the page has none. */
  readonly textsText: string | undefined;
}

/** The event list written into the page, if there is one. */
export function inlineDataIn(page: Pick<Document, 'getElementById'>): InlineData | undefined {
  const events = page.getElementById(INLINE_EVENTS_ID);
  if (events === null) return undefined;
  return { eventsText: events.textContent, textsText: page.getElementById(INLINE_TEXTS_ID)?.textContent ?? undefined };
}

/**
 * JSON that can sit inside a `<script>` element: with every `<` written as `\u003c`, no `</script>`
 * or `<!--` in a title can end the element or change how the HTML parser reads it; JSON.parse reads
 * the escape back as `<`.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}
