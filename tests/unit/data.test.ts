// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsJsonSchemaText } from '../../src/events/jsonSchema.ts';
import { validateEventsFile } from '../../src/events/validate.ts';

const read = (path: string) => readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');
const raw = JSON.parse(read('events.json')) as {
  events: { id: string; date: string; citations: { source: string; quote: string }[] }[];
};
const ARTICLE = 'sources/urdupoint-sputnik-2020-09-30.txt';

describe('the bundled data', () => {
  it('is the byte-for-byte copy of the article every card cites', () => {
    // sha256 of ../shared/sources/urdupoint-sputnik-2020-09-30.txt as delivered (2,536 bytes).
    const bytes = readFileSync(new URL(`../../data/${ARTICLE}`, import.meta.url));
    expect(bytes.length).toBe(2536);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '6513daaa787e80cf64c704258faa0df243bc143f0b4eadf234521e71f7c6afe3',
    );
  });

  it('validates with no problems', () => {
    const result = validateEventsFile(raw, read);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('quotes the article verbatim in every citation', () => {
    const article = read(ARTICLE);
    const citations = raw.events.flatMap((event) => event.citations.map((citation) => ({ event: event.id, ...citation })));
    expect(citations.length).toBeGreaterThanOrEqual(raw.events.length);
    for (const citation of citations) {
      expect(citation.source, citation.event).toBe('urdupoint-2020-09-30');
      expect(article.includes(citation.quote), `${citation.event}: ${citation.quote}`).toBe(true);
    }
  });

  it('covers 1972, 1998, 2018, 2019 and 2020 with the eight events of the fact sheet', () => {
    const years = new Set(raw.events.map((event) => event.date.slice(0, 4)));
    expect([...years].sort()).toEqual(['1972', '1998', '2018', '2019', '2020']);
    expect(raw.events.map((event) => event.id).sort()).toEqual([
      'incsea-1972',
      'nakamitsu-comment-2020',
      'putin-iis-statement-2020',
      'unga-53-70-draft-introduced-1998',
      'unga-res-53-70-1998',
      'unga-res-73-266-gge-2018',
      'unga-res-73-27-oewg-2018',
      'unga-res-74-247-cybercrime-2019',
    ]);
  });

  it('has a committed JSON Schema generated from the zod definition (run `npm run schema` if not)', () => {
    expect(read('events.schema.json')).toBe(eventsJsonSchemaText());
  });
});
