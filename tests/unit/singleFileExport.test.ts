import { describe, expect, it } from 'vitest';
import type { EditorDraft } from '../../src/editor/draft.ts';
import { singleFileHtml, TemplateError } from '../../src/editor/singleFile.ts';
import { inlineDataIn, scriptJson } from '../../src/events/inlineData.ts';
import { loadInlineTimeline } from '../../src/events/inlineTimeline.ts';

const SOURCE_TEXT = 'The delegates agreed on the text of the resolution after long talks.';
const HOSTILE_TITLE = '</script><script>alert(1)</script><!-- x';

const TEMPLATE = `<!doctype html><html lang="en"><head><meta charset="UTF-8" />
  <title>UN ICT-security diplomacy: a timeline</title><meta name="description" content="The bundled record." />
  <script type="module">console.log('app');</script></head>
  <body><div id="root"></div></body></html>`;

function draft(title: string): EditorDraft {
  return {
    details: { title: 'My class timeline' },
    sources: [{ key: 's1', record: { id: 'wire', publisher: 'Example Wire' }, text: SOURCE_TEXT }],
    events: [
      {
        key: 'e1',
        record: {
          id: 'talks',
          date: '2000-01-01',
          title,
          summary: 'A summary.',
          track: 'Track',
          actors: [],
          citations: [{ source: 'wire', quote: 'agreed on the text' }],
        },
      },
    ],
  };
}

function exported(title: string): Document {
  return new DOMParser().parseFromString(singleFileHtml(TEMPLATE, draft(title)), 'text/html');
}

describe('JSON inside a script element (scriptJson)', () => {
  it('writes every < as \\u003c, which JSON.parse reads back', () => {
    const text = scriptJson({ title: HOSTILE_TITLE });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ title: HOSTILE_TITLE });
  });
});

describe('the single-file export (singleFileHtml)', () => {
  it('writes the list and its source texts into the page, and names the page after the timeline', () => {
    const page = exported('Talks end in agreement');
    expect(page.querySelectorAll('#timeline-data')).toHaveLength(1);
    expect(page.title).toBe('My class timeline');
    expect(page.querySelector('meta[name="description"]')).toBeNull();
    const data = inlineDataIn(page);
    expect(data).toBeDefined();
    const result = loadInlineTimeline(data!);
    expect(result.ok && result.timeline.events.map((event) => event.title)).toEqual(['Talks end in agreement']);
  });

  it('keeps a title with </script> and <!-- inside its JSON block: the page has no element the title made', () => {
    const page = exported(HOSTILE_TITLE);
    // The template's module script, the two JSON blocks, and nothing else.
    expect([...page.querySelectorAll('script')].map((script) => script.type || script.id)).toEqual([
      'module',
      'application/json',
      'application/json',
    ]);
    const result = loadInlineTimeline(inlineDataIn(page)!);
    expect(result.ok && result.timeline.events[0]?.title).toBe(HOSTILE_TITLE);
  });

  it('refuses a template with nowhere to show the timeline', () => {
    expect(() => singleFileHtml('<!doctype html><body></body>', draft('A'))).toThrow(TemplateError);
  });
});

describe('the list inside a page (loadInlineTimeline)', () => {
  it('reports a quote whose source text is not in the page, like any list whose text is missing', () => {
    const file = { sources: [{ id: 'wire', publisher: 'Example Wire', text: 'sources/wire.txt' }], events: [] };
    const result = loadInlineTimeline({ eventsText: JSON.stringify(file), textsText: '{}' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.problems)).toContain('timeline-source-texts');
  });

  it('reports JSON that does not parse', () => {
    const result = loadInlineTimeline({ eventsText: '{"events": [', textsText: undefined });
    expect(result.ok).toBe(false);
  });
});
