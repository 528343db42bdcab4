import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/editor/check.ts';
import type { EditorDraft } from '../../src/editor/draft.ts';
import { fieldHelp, HELP_MESSAGES } from '../../src/editor/fieldHelp.ts';
import { noticesAt } from '../../src/editor/fieldProblems.ts';
import { StartError, startProblemText } from '../../src/editor/startingPoints.ts';
import { eventsJsonSchema } from '../../src/events/jsonSchema.ts';
import { en } from '../../src/events/messages.en.ts';
import { editorText, ENGLISH_EDITOR_TEXT } from '../../src/i18n/editorText.ts';
import { problems as arabicProblems } from '../../src/i18n/problems/ar.ts';
import { problems as frenchProblems } from '../../src/i18n/problems/fr.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The description of a field in the JSON Schema, by the names of the lists and fields leading to it. */
function schemaDescription(path: readonly string[]): unknown {
  let node: unknown = eventsJsonSchema();
  for (const name of path) {
    node = isRecord(node) && isRecord(node.properties) ? node.properties[name] : undefined;
    // A list's items hold the fields; a list's own description is read when it is the last name.
    if (path.at(-1) !== name && isRecord(node) && node.type === 'array') node = node.items;
  }
  return isRecord(node) ? node.description : undefined;
}

const NB = '\u00A0';

describe('field help', () => {
  it.each(Object.keys(HELP_MESSAGES))('says in English what the JSON Schema says of %s', (path) => {
    const description = schemaDescription(path.split('.'));
    expect(typeof description).toBe('string');
    expect(fieldHelp(ENGLISH_EDITOR_TEXT, path.split('.'))).toBe(description);
  });

  it('has help for every field the JSON Schema describes in the editor’s forms', () => {
    const described = ['title', 'description', 'updated', 'license'].filter((field) => schemaDescription([field]));
    expect(described.every((field) => field in HELP_MESSAGES)).toBe(true);
  });

  it('is translated per field', async () => {
    const french = await editorText('fr');
    expect(fieldHelp(french, ['events', 'citations', 'quote'])).toBe('Mots copiés mot pour mot de la source.');
    expect(fieldHelp(await editorText('zh'), ['events', 'documents', 'symbol'])).toBe(
      '联合国文件文号，例如“A/RES/53/70”。',
    );
  });
});

describe('problems beside the fields, in the reader’s language', () => {
  const draft: EditorDraft = {
    details: { title: 'Test timeline' },
    sources: [{ key: 's1', record: { id: 'wire', publisher: 'Example Wire' }, text: 'They agreed on the text.' }],
    events: [
      {
        key: 'a',
        record: {
          id: 'a',
          date: '2019-02-30',
          title: 'Title',
          summary: 'A summary.',
          track: 'Track',
          actors: [],
          citations: [{ source: 'wire', quote: 'agreed on the text' }],
        },
      },
    ],
  };

  it('says a date that is not in the calendar in English, French or Arabic', () => {
    const message = (catalog = en) => noticesAt(checkDraft(draft, undefined, catalog).events.get('a'), 'date');
    expect(message()).toEqual([{ message: 'expected a real calendar date; got "2019-02-30"', severity: 'problem' }]);
    expect(message(frenchProblems)).toEqual([
      {
        message: `attendu${NB}: une date qui existe dans le calendrier${NB}; reçu${NB}: «${NB}2019-02-30${NB}»`,
        severity: 'problem',
      },
    ]);
    expect(message(arabicProblems)[0]?.message).toBe(
      'المتوقع: تاريخ موجود في التقويم؛ القيمة الواردة: «\u20682019-02-30\u2069»',
    );
  });
});

describe('a start that fails', () => {
  it('keeps its reason as data, in English for its message and in the reader’s language on the page', async () => {
    const error = new StartError({ kind: 'several-events-files', count: 2 }, 'a.json');
    expect(error.message).toBe(
      'a.json: 2 events files were given; expected one .json or .csv file (with any .txt source texts)',
    );
    const russian = await editorText('ru');
    expect(startProblemText({ kind: 'http', address: 'https://example.org/e.json', status: 404 }, russian, en)).toBe(
      'https://example.org/e.json: сервер ответил HTTP 404',
    );
  });
});

describe('the editor’s sentences', () => {
  it('asks before replacing the draft with one sentence per kind of start, in each language', async () => {
    const file = { start: 'file', files: 'class.csv', address: '' };
    expect(ENGLISH_EDITOR_TEXT('editor.confirm.text', file)).toBe(
      'The file class.csv will replace the draft you are editing. Export the draft first to keep a copy; ' +
        'Undo also brings it back.',
    );
    expect((await editorText('fr'))('editor.confirm.text', { ...file, start: 'bundled' })).toBe(
      `La frise fournie remplacera le brouillon en cours. Exportez d’abord le brouillon pour en garder une copie${NB}; ` +
        'Annuler le fait aussi revenir.',
    );
  });

  it('counts problems with the plural forms of each language', async () => {
    const badge = async (language: 'ru' | 'ar', count: number) =>
      (await editorText(language))('editor.badge', { count });
    expect(ENGLISH_EDITOR_TEXT('editor.badge', { count: 1 })).toBe('(1 problem)');
    expect(await badge('ru', 1)).toBe('(1 проблема)');
    expect(await badge('ru', 3)).toBe('(3 проблемы)');
    expect(await badge('ru', 5)).toBe('(5 проблем)');
    expect(await badge('ar', 2)).toBe('(مشكلتان)');
    expect(await badge('ar', 4)).toBe('(4 مشكلات)');
  });
});
