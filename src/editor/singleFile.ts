import { INLINE_EVENTS_ID, INLINE_TEXTS_ID, scriptJson } from '../events/inlineData.ts';
import { textPathOf, toEventsFile, type EditorDraft } from './draft.ts';

/**
 * The app as one self-contained HTML file (`vite build --mode single`), which the site's build puts
 * beside index.html under this name (vite-plugins/singleFileTemplate.ts). Fetched only when a teacher
 * exports, so no reader's first screen carries it.
 */
export const TEMPLATE_FILE = 'timeline-single.html';

/** Why there is no template to export with, in a sentence for the teacher. */
export class TemplateError extends Error {}

/**
 * The self-contained app to write the list into. On a site, the file the build put beside the page;
 * opened from disk (the single-file build itself, or a file exported earlier), the page is already
 * self-contained, so a copy of it serves, and nothing is fetched (browsers do not fetch file:// pages).
 */
export async function loadTemplate(page: Document = document): Promise<Document> {
  const template =
    page.location.protocol === 'file:'
      ? copyOf(page)
      : parsed(await fetchTemplate(new URL(TEMPLATE_FILE, page.baseURI)));
  const external = externalResource(template);
  if (external !== undefined) {
    throw new TemplateError(
      `The single-file export needs the built app (npm run build), which makes ${TEMPLATE_FILE}; ` +
        `this page loads ${external} from elsewhere.`,
    );
  }
  return template;
}

async function fetchTemplate(url: URL): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new TemplateError(`${TEMPLATE_FILE} could not be fetched: check the connection, then try again.`);
  }
  if (!response.ok) {
    throw new TemplateError(
      `${TEMPLATE_FILE} is not on this site (${response.status}): publish it beside index.html, as npm run build ` +
        'makes it.',
    );
  }
  return response.text();
}

function parsed(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The page as it was written: the app's rendering, and anything added at run time, left out. */
function copyOf(page: Document): Document {
  const copy = parsed(`<!doctype html>${page.documentElement.outerHTML}`);
  for (const child of [...copy.body.children]) {
    if (child.id !== 'root' && child.localName !== 'script' && child.localName !== 'noscript') child.remove();
  }
  copy.getElementById('root')?.replaceChildren();
  return copy;
}

/** The first script, stylesheet or preload the page would fetch: a page that needs one does not work from disk. */
function externalResource(page: Document): string | undefined {
  const script = page.querySelector<HTMLScriptElement>('script[src]');
  if (script) return script.getAttribute('src') ?? '';
  const link = page.querySelector('link[rel~="stylesheet"], link[rel="modulepreload"], link[rel="preload"]');
  return link?.getAttribute('href') ?? undefined;
}

/**
 * The draft inside the app, as one HTML file that opens from disk with no network: the events file and
 * the source texts as JSON blocks the app reads before anything else. The template is changed in place.
 */
export function singleFileHtml(template: Document, draft: EditorDraft): string {
  const root = template.getElementById('root');
  if (root === null) throw new TemplateError(`${TEMPLATE_FILE} has no #root element to show the timeline in.`);
  for (const id of [INLINE_EVENTS_ID, INLINE_TEXTS_ID]) template.getElementById(id)?.remove();
  root.after(
    jsonScript(template, INLINE_EVENTS_ID, toEventsFile(draft)),
    jsonScript(template, INLINE_TEXTS_ID, sourceTexts(draft)),
  );
  describe(template, draft);
  return `<!doctype html>\n${template.documentElement.outerHTML}\n`;
}

function jsonScript(page: Document, id: string, value: unknown): HTMLScriptElement {
  const script = page.createElement('script');
  script.type = 'application/json';
  script.id = id;
  script.textContent = scriptJson(value);
  return script;
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
function describe(page: Document, draft: EditorDraft): void {
  const { title, description } = draft.details;
  page.title = title ?? 'A timeline';
  const meta = page.querySelector('meta[name="description"]');
  if (description) meta?.setAttribute('content', description);
  else meta?.remove();
}
