import { validateEventsFile, type ReadSourceText } from '../../src/events/validate.ts';
import type { Timeline } from '../../src/events/model.ts';

export const SOURCE_TEXT =
  'GENOA (Wire) The Assembly adopted it without a vote. Officials said "we welcome cooperation".';

/** A small valid file in the public format; tests change one thing at a time. */
export function validFile() {
  return {
    $schema: './events.schema.json',
    title: 'Test timeline',
    sources: [
      {
        id: 'wire-2020-09-30',
        publisher: 'Wire',
        published: '2020-09-30',
        url: 'https://example.org/article',
        text: 'sources/wire.txt',
      },
    ],
    events: [
      {
        id: 'second',
        date: '1998-12-04',
        title: 'Resolution adopted',
        summary: 'The Assembly adopted it.',
        track: 'UN General Assembly',
        actors: ['UN General Assembly'],
        citations: [{ source: 'wire-2020-09-30', quote: 'adopted it without a vote' }],
        documents: [{ symbol: 'A/RES/53/70', url: 'https://undocs.org/A/RES/53/70' }],
      },
      {
        id: 'first',
        date: '1972',
        title: 'Agreement signed',
        summary: 'Both states signed.',
        track: 'Bilateral',
        actors: [],
        citations: [{ source: 'wire-2020-09-30', quote: 'we welcome cooperation' }],
      },
    ],
  };
}

export const readFixtureText: ReadSourceText = (path) =>
  path === 'sources/wire.txt' ? SOURCE_TEXT : new Error('no such file');

export function validTimeline(): Timeline {
  const result = validateEventsFile(validFile(), readFixtureText);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.problems)}`);
  return result.timeline;
}
