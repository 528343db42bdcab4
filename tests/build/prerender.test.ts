import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- jsdom ships no types; the one constructor used here is typed below.
import { JSDOM as untypedJsdom } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionBuild } from './productionBuild.ts';

interface BundledRecord {
  readonly title: string;
  readonly events: readonly { readonly title: string; readonly track: string }[];
}

/** Parses HTML and runs none of its scripts. */
const JSDOM = untypedJsdom as new (html: string) => { readonly window: Window };

const record = JSON.parse(readFileSync('data/events.json', 'utf8')) as BundledRecord;

describe('the built index.html, read as HTML with no script run', () => {
  let buildDir: string;
  let page: Document;
  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'prerender-'));
    await productionBuild(buildDir);
    // JSDOM runs no script unless asked to: this is the page as a reader without JavaScript gets it.
    page = new JSDOM(readFileSync(join(buildDir, 'index.html'), 'utf8')).window.document;
  });
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  const texts = (selector: string) => [...page.querySelectorAll(selector)].map((element) => element.textContent);

  it('has the header and the toolbars', () => {
    expect(page.querySelector('header h1')?.textContent).toBe(record.title);
    expect(texts('.app-toolbar button')).toEqual(['Timeline', 'List', 'Embed', 'Print handout']);
    expect(texts('.timeline-toolbar button')).toEqual(['Zoom in', 'Zoom out', 'Show all']);
  });

  it('names or counts every bundled event in its track, in the static first view', () => {
    const tracks = [...page.querySelectorAll('.timeline-static-track')];
    expect(tracks.map((track) => track.querySelector('.timeline-static-label')?.textContent)).toEqual([
      ...new Set(record.events.map((event) => event.track)),
    ]);
    let counted = 0;
    for (const track of tracks) {
      const name = track.querySelector('.timeline-static-label')?.textContent;
      const titles = record.events.filter((event) => event.track === name).map((event) => event.title);
      const named = [...track.querySelectorAll('.timeline-static-item:not(.timeline-static-more)')].map(
        (item) => item.textContent,
      );
      for (const title of named) expect(titles).toContain(title);
      const inCounts = [...track.querySelectorAll('.timeline-static-more')].reduce(
        (sum, item) => sum + Number(/\d+/.exec(item.textContent)?.[0]),
        0,
      );
      expect(named.length + inCounts, `events of ${name ?? '?'}`).toBe(titles.length);
      counted += named.length + inCounts;
    }
    expect(counted).toBe(record.events.length);
  });

  it('loads the first screen’s check as a file of the site, never as inline script', () => {
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.filter((script) => !script.src)).toEqual([]);
    expect(scripts.map((script) => script.getAttribute('src'))).toContainEqual(
      expect.stringMatching(/^\.\/assets\/first-screen-[0-9a-f]+\.js$/),
    );
  });
});
