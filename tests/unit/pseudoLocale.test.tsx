import { readFileSync } from 'node:fs';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TimelinePage } from '../../src/app/TimelinePage.tsx';
import { formatCalendarDate } from '../../src/events/calendarDate.ts';
import type { Timeline } from '../../src/events/model.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { I18nProvider } from '../../src/i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES } from '../../src/i18n/languages.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { citationLabel } from '../../src/ui/citation.ts';

/**
 * A pseudo-language: every English message wrapped in ⟦…⟧, placeholders untouched. Rendered in it, any
 * interface text outside the brackets was written into a component instead of the catalog.
 */
const OPEN = '⟦';
const CLOSE = '⟧';
const english = JSON.parse(readFileSync('src/i18n/catalogs/en.json', 'utf8')) as Record<string, string>;
const pseudo = createTranslator(
  'en',
  Object.fromEntries(Object.entries(english).map(([id, message]) => [id, compileMessage(OPEN + message + CLOSE)])),
  () => import('../../src/events/messages.en.ts').then(({ en }) => en),
);

/**
 * Parts of the page that are not the shell's interface text, and why:
 * - other features' roots (src/timeline, src/card, src/list, src/ui's key and copy status), translated on
 *   their own branches: the lead widens this check when they are merged;
 * - the embed code and the citation entries, which are code and bibliographic data, not interface text.
 */
const NOT_THE_SHELL = [
  '.timeline-view',
  '.app-card-slot',
  '.app-list-view',
  '.kind-legend',
  '.copy-button-status',
  'textarea',
  '.cite-panel-entry',
].join(', ');
const CHECKED_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
const LETTERS = /\p{L}/u;

function firstEight(): Timeline {
  const folder = 'tests/fixtures/first-eight';
  const file: unknown = JSON.parse(readFileSync(`${folder}/events.json`, 'utf8'));
  const result = validateEventsFile(file, (path) => readFileSync(`${folder}/${path}`, 'utf8'));
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}

/** Every string the data gives the page (titles, summaries, tracks, actors, quotes, symbols), its dates and sources. */
function dataStrings(timeline: Timeline): Set<string> {
  const strings = new Set<string>(Object.values(LANGUAGE_NAMES));
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.add(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(timeline);
  for (const event of timeline.events) {
    strings.add(formatCalendarDate(event.date));
    // How the cards and the About panel name a source: its own title, publisher and date.
    for (const citation of event.citations) strings.add(citationLabel(citation.source));
  }
  if (timeline.updated) strings.add(formatCalendarDate(timeline.updated));
  strings.delete('');
  return strings;
}

function withoutData(text: string, data: Set<string>): string {
  if (data.has(text.trim())) return '';
  let rest = text;
  for (const value of data) if (value.length > 2) rest = rest.split(value).join(' ');
  return rest;
}

/** The text outside ⟦…⟧ in each text node, in document order, with the data taken out: what was hard-coded. */
function hardCodedText(root: Element, data: Set<string>): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NOT_THE_SHELL) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let depth = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let outside = '';
    for (const character of node.textContent ?? '') {
      if (character === OPEN) depth += 1;
      else if (character === CLOSE) depth -= 1;
      else if (depth === 0) outside += character;
    }
    if (LETTERS.test(withoutData(outside, data))) found.push(outside.trim());
  }
  return found;
}

function hardCodedAttributes(root: Element, data: Set<string>): string[] {
  const elements = [root, ...root.querySelectorAll('*')].filter((element) => !element.closest(NOT_THE_SHELL));
  return elements.flatMap((element) =>
    CHECKED_ATTRIBUTES.flatMap((name) => {
      const value = element.getAttribute(name)?.trim();
      if (!value || (value.startsWith(OPEN) && value.endsWith(CLOSE))) return [];
      return LETTERS.test(withoutData(value, data)) ? [`${name}="${value}"`] : [];
    }),
  );
}

afterEach(() => window.history.replaceState(null, '', '/'));

// jsdom has no modal dialogs: opening one here sets `open` and sends the toggle event, as a browser does.
const showModal = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, 'showModal');
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function open(this: HTMLDialogElement) {
    this.open = true;
    this.dispatchEvent(new Event('toggle'));
  };
});
afterAll(() => {
  if (showModal) Object.defineProperty(HTMLDialogElement.prototype, 'showModal', showModal);
  else delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
});

describe('the shell in a pseudo-language', () => {
  it('shows no interface text from outside the catalogs: page, toolbar, embed dialog and About panel', async () => {
    const timeline = firstEight();
    const data = dataStrings(timeline);
    const { container } = render(
      <I18nProvider translator={pseudo}>
        <TimelinePage timeline={timeline} options={{ dataParam: null, embed: false, view: 'timeline', lang: null }} />
      </I18nProvider>,
    );

    await userEvent.click(screen.getByRole('button', { name: `${OPEN}Embed${CLOSE}` }));
    const embed = container.querySelector('.embed-dialog');
    if (!(embed instanceof HTMLElement)) throw new Error('no embed dialog');
    await within(embed).findByText(/^⟦Paste this code/);

    await userEvent.click(screen.getAllByRole('button', { name: `${OPEN}About this timeline${CLOSE}` })[0]!);
    const about = container.querySelector('.about-dialog');
    if (!(about instanceof HTMLElement)) throw new Error('no About panel');
    await within(about).findByText(/^⟦What it covers/);
    await waitFor(() => expect(about.querySelector('.cite-panel')).not.toBeNull(), { timeout: 20_000 });

    // The check sees the dialogs' content, so it would miss nothing that only they show.
    expect(embed.textContent).toContain('⟦Embed code⟧');
    expect(about.textContent).toContain('⟦How to cite this timeline⟧');
    expect(hardCodedText(container, data)).toEqual([]);
    expect(hardCodedAttributes(container, data)).toEqual([]);
  }, 30_000);
});
