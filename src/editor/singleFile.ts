import { STALE_FIRST_SCREEN_CLASS } from '../app/firstScreen.ts';
import { INLINE_EVENTS_ID, INLINE_TEXTS_ID, scriptJson } from '../events/inlineData.ts';
import { textPathOf, toEventsFile, type EditorDraft } from './draft.ts';

/**
 * The app as one self-contained HTML file (`vite build --mode single`), which the site's build puts
 * beside index.html under this name (vite-plugins/singleFileTemplate.ts). Fetched only when a teacher
 * exports, so no reader's first screen carries it.
 */
export const TEMPLATE_FILE = 'timeline-single.html';

/** Why there is no template to export with, as data: the editor words it in the teacher's language. */
export type TemplateProblem =
  | { readonly code: 'external'; readonly resource: string }
  | { readonly code: 'unreachable' }
  | { readonly code: 'missing'; readonly status: number }
  | { readonly code: 'noRoot' }
  | { readonly code: 'noBody' };

export class TemplateError extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(`${TEMPLATE_FILE} cannot be used for the single-file export (${problem.code})`);
  }
}

/**
 * The self-contained app to write the list into, as HTML text. On a site, the file the build put beside
 * the page; opened from disk (the single-file build itself, or a file exported earlier), the page is
 * already self-contained, so a copy of it serves, and nothing is fetched (browsers do not fetch file://).
 */
export async function loadTemplate(page: Document = document): Promise<string> {
  const template =
    page.location.protocol === 'file:' ? copyOf(page) : await fetchTemplate(new URL(TEMPLATE_FILE, page.baseURI));
  const external = externalResource(inspectable(template));
  if (external !== undefined) {
    throw new TemplateError({ code: 'external', resource: external });
  }
  return template;
}

async function fetchTemplate(url: URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new TemplateError({ code: 'unreachable' });
  }
  if (!response.ok) throw new TemplateError({ code: 'missing', status: response.status });
  return response.text();
}

/** The page as it was written: the app's rendering, a list written into it, and anything added at run time, left out. */
function copyOf(page: Document): string {
  const copy = page.documentElement.cloneNode(true) as HTMLElement;
  for (const child of [...(copy.querySelector('body')?.children ?? [])]) {
    const kept = child.id === 'root' || child.localName === 'script' || child.localName === 'noscript';
    if (!kept || child.id === INLINE_EVENTS_ID || child.id === INLINE_TEXTS_ID) child.remove();
  }
  copy.querySelector('#root')?.replaceChildren();
  return `<!doctype html>\n${copy.outerHTML}\n`;
}

/**
 * The template's elements, to look at, never to render: parsed into a <template>, whose content is
 * inert, so its styles are not applied against this page's Content-Security-Policy and its scripts do not run.
 */
function inspectable(html: string): DocumentFragment {
  const holder = document.createElement('template');
  holder.innerHTML = html;
  return holder.content;
}

/** The first script, stylesheet or preload the page would fetch: a page that needs one does not work from disk. */
function externalResource(page: DocumentFragment): string | undefined {
  const script = page.querySelector<HTMLScriptElement>('script[src]');
  if (script) return script.getAttribute('src') ?? '';
  const link = page.querySelector('link[rel~="stylesheet"], link[rel="modulepreload"], link[rel="preload"]');
  return link?.getAttribute('href') ?? undefined;
}

/**
 * The draft inside the app, as one HTML file that opens from disk with no network: the events file and
 * the source texts as JSON blocks, which the app reads before anything else. The template's text is
 * changed only where needed, so its inline scripts and styles stay byte for byte what its policy hashes.
 */
export function singleFileHtml(template: string, draft: EditorDraft): string {
  if (inspectable(template).querySelector('#root') === null) {
    throw new TemplateError({ code: 'noRoot' });
  }
  const bodyEnd = template.toLowerCase().lastIndexOf('</body>');
  if (bodyEnd === -1) throw new TemplateError({ code: 'noBody' });
  const blocks = jsonScript(INLINE_EVENTS_ID, toEventsFile(draft)) + jsonScript(INLINE_TEXTS_ID, sourceTexts(draft));
  return described(markedStale(`${template.slice(0, bodyEnd)}${blocks}${template.slice(bodyEnd)}`), draft);
}

/**
 * The template's first screen is the bundled record, prerendered: marked stale, as the head's check would
 * mark an address that wants other content, it is hidden before the first paint and the app draws the list.
 */
function markedStale(html: string): string {
  return replacedInHead(html, /<html\b/i, `<html class="${STALE_FIRST_SCREEN_CLASS}"`);
}

function jsonScript(id: string, value: unknown): string {
  return `<script type="application/json" id="${id}">${scriptJson(value)}</script>\n`;
}

function sourceTexts(draft: EditorDraft): Record<string, string> {
  return Object.fromEntries(
    draft.sources.flatMap((source) => {
      const path = textPathOf(source);
      return path !== undefined && source.text !== undefined ? [[path, source.text]] : [];
    }),
  );
}

/** The tab and search-result text are the teacher's timeline's, not the bundled record's. */
function described(html: string, draft: EditorDraft): string {
  const { title, description } = draft.details;
  const withTitle = replacedInHead(html, /<title>[^<]*<\/title>/i, `<title>${escaped(title ?? 'A timeline')}</title>`);
  const meta = description === undefined ? '' : `<meta name="description" content="${escaped(description)}" />`;
  return replacedInHead(withTitle, /<meta\s+name="description"[^>]*>/i, meta);
}

/** Replaces the first match, if it comes before any script or style: a match inside the app's code is not the page's. */
function replacedInHead(html: string, pattern: RegExp, replacement: string): string {
  const match = pattern.exec(html);
  const code = html.search(/<(script|style)\b/i);
  if (match === null || (code !== -1 && match.index > code)) return html;
  return html.slice(0, match.index) + replacement + html.slice(match.index + match[0].length);
}

function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
