import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/app/embedSnippet.ts';

const page = new URL('https://school.example/timeline/?view=list#event=old');

describe('embedSnippet', () => {
  it('builds an iframe with embed mode, the event, a title, lazy loading and clipboard permission', () => {
    const snippet = embedSnippet({
      pageUrl: page,
      eventId: 'unga-res-53-70-1998',
      view: null,
      height: 500,
      title: 'UN ICT-security diplomacy',
    });
    expect(snippet).toBe(
      '<iframe src="https://school.example/timeline/?embed=1#event=unga-res-53-70-1998" ' +
        'title="UN ICT-security diplomacy" width="100%" height="500" style="border:0" loading="lazy" ' +
        'allow="clipboard-write"></iframe>',
    );
  });

  it('starts in the chosen view, not in the one the teacher happened to be using', () => {
    const snippet = embedSnippet({ pageUrl: page, eventId: null, view: 'timeline', height: 640, title: 'T' });
    expect(snippet).toContain('src="https://school.example/timeline/?embed=1&amp;view=timeline"');
  });

  it('keeps the language of the page, so the frame speaks it too', () => {
    const french = new URL('https://school.example/timeline/?lang=fr&q=53%2F70');
    const snippet = embedSnippet({ pageUrl: french, eventId: null, view: null, height: 600, title: 'T' });
    expect(snippet).toContain('src="https://school.example/timeline/?lang=fr&amp;q=53%2F70&amp;embed=1"');
  });

  it('starts on no event when none is chosen, and keeps ?data=', () => {
    const withData = new URL('https://school.example/timeline/?data=https%3A%2F%2Fcdn.example%2Fmy.json');
    expect(embedSnippet({ pageUrl: withData, eventId: null, view: null, height: 600, title: 'Mine' })).toBe(
      '<iframe src="https://school.example/timeline/?data=https%3A%2F%2Fcdn.example%2Fmy.json&amp;embed=1" ' +
        'title="Mine" width="100%" height="600" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });

  it('escapes a title from a data file so it stays text on the host page', () => {
    const title = '"><script>alert(1)</script>';
    const snippet = embedSnippet({ pageUrl: page, eventId: null, view: null, height: 400, title });
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).not.toContain('<script>');
  });
});
