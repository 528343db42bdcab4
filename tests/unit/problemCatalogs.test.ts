import { describe, expect, it } from 'vitest';
import { en } from '../../src/events/messages.en.ts';
import type { Finding, ProblemCatalog, ProblemCode, ProblemParams } from '../../src/events/problemCodes.ts';
import { renderMessage, renderProblem, type Problem } from '../../src/events/problems.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { problems as ar } from '../../src/i18n/problems/ar.ts';
import { problems as es } from '../../src/i18n/problems/es.ts';
import { problems as fr } from '../../src/i18n/problems/fr.ts';
import { problems as ru } from '../../src/i18n/problems/ru.ts';
import { problems as zh } from '../../src/i18n/problems/zh.ts';
import { readFixtureText, validFile } from './fixtures.ts';

const CATALOGS: Readonly<Record<string, ProblemCatalog>> = { fr, es, ru, zh, ar };

/** French no-break space, and the isolates around left-to-right data in Arabic. */
const NB = '\u00A0';
const iso = (text: string) => `\u2068${text}\u2069`;

/** The fixture with five things wrong: a bad date, an unknown source, a long title, a typo and a changed quote. */
function problemsOfABadFile(): Problem[] {
  const file = validFile();
  const [first, second] = file.events;
  if (!first || !second) throw new Error('the fixture has two events');
  Object.assign(first, { date: '2019-02-30', citations: [{ source: 'wire-2020', quote: 'adopted it' }] });
  Object.assign(second, {
    title: 'x'.repeat(250),
    sumary: 'A typo of summary.',
    citations: [{ source: 'wire-2020-09-30', quote: 'we welcome cooperation warmly' }],
  });
  const result = validateEventsFile(file, readFixtureText);
  if (result.ok) throw new Error('the file should have problems');
  return [...result.problems, ...(result.warnings ?? [])];
}

describe('problems in French, Spanish and Arabic, from a real file', () => {
  const found = problemsOfABadFile();

  it('finds the five problems, in English as before', () => {
    expect(found.map((problem) => renderProblem(en, problem))).toEqual([
      'event 1, id “second”, date: expected a real calendar date; got "2019-02-30"',
      'event 1, id “second”, citation 1, source: unknown source "wire-2020"; expected one of "wire-2020-09-30"',
      'event 2, id “first”, title: too long (250 characters); at most 200 are allowed',
      'event 2, id “first”, citation 1, quote: not found in source "wire-2020-09-30"; its first 22 characters are ' +
        'in the source, then it differs: the quote has "... welcome cooperation warmly" where the source has ' +
        '"... welcome cooperation\\"."',
      'event 2, id “first”, sumary: unknown field "sumary", ignored; did you mean "summary"?',
    ]);
  });

  it('says them in French, with « » and no-break spaces', () => {
    expect(found.map((problem) => renderProblem(fr, problem))).toEqual([
      `événement 1, id «${NB}second${NB}», date${NB}: attendu${NB}: une date qui existe dans le calendrier${NB}; ` +
        `reçu${NB}: «${NB}2019-02-30${NB}»`,
      `événement 1, id «${NB}second${NB}», citation 1, source${NB}: source inconnue «${NB}wire-2020${NB}»${NB}; ` +
        `attendu${NB}: «${NB}wire-2020-09-30${NB}»`,
      `événement 2, id «${NB}first${NB}», title${NB}: trop long (250 caractères)${NB}; au plus 200 sont autorisés`,
      `événement 2, id «${NB}first${NB}», citation 1, quote${NB}: introuvable dans la source ` +
        `«${NB}wire-2020-09-30${NB}»${NB}; ses 22 premiers caractères sont dans la source, puis elle diffère${NB}: ` +
        `la citation porte «${NB}... welcome cooperation warmly${NB}» là où la source porte ` +
        `«${NB}... welcome cooperation".${NB}»`,
      `événement 2, id «${NB}first${NB}», sumary${NB}: champ inconnu «${NB}sumary${NB}», ignoré${NB}; ` +
        `vouliez-vous dire «${NB}summary${NB}»${NB}?`,
    ]);
  });

  it('says them in Spanish', () => {
    expect(found.map((problem) => renderProblem(es, problem))).toEqual([
      'acontecimiento 1, id «second», date: se esperaba una fecha que exista en el calendario; se recibió «2019-02-30»',
      'acontecimiento 1, id «second», cita 1, source: fuente desconocida «wire-2020»; se esperaba «wire-2020-09-30»',
      'acontecimiento 2, id «first», title: demasiado largo (250 caracteres); se admiten 200 como máximo',
      'acontecimiento 2, id «first», cita 1, quote: no se encuentra en la fuente «wire-2020-09-30»; sus 22 primeros ' +
        'caracteres están en la fuente, y luego difiere: la cita dice «... welcome cooperation warmly» donde la ' +
        'fuente dice «... welcome cooperation".»',
      'acontecimiento 2, id «first», sumary: campo desconocido «sumary», se ignora; ¿quiso decir «summary»?',
    ]);
  });

  it('says them in Arabic, with Western digits and the data isolated from the right-to-left text', () => {
    expect(found.map((problem) => renderProblem(ar, problem))).toEqual([
      `الحدث 1، المعرّف «${iso('second')}»، ${iso('date')}: المتوقع: تاريخ موجود في التقويم؛ ` +
        `القيمة الواردة: «${iso('2019-02-30')}»`,
      `الحدث 1، المعرّف «${iso('second')}»، الاقتباس 1، ${iso('source')}: مصدر غير معروف «${iso('wire-2020')}»؛ ` +
        `المتوقع: «${iso('wire-2020-09-30')}»`,
      `الحدث 2، المعرّف «${iso('first')}»، ${iso('title')}: طويل جدًا (250 حرفًا)؛ الحد الأقصى المسموح به 200`,
      `الحدث 2، المعرّف «${iso('first')}»، الاقتباس 1، ${iso('quote')}: غير موجود في المصدر ` +
        `«${iso('wire-2020-09-30')}»؛ أوله (22 حرفًا) موجود في المصدر، ثم يختلف: في الاقتباس ` +
        `«${iso('... welcome cooperation warmly')}» وفي المصدر «${iso('... welcome cooperation".')}»`,
      `الحدث 2، المعرّف «${iso('first')}»، ${iso('sumary')}: حقل غير معروف «${iso('sumary')}»، تم تجاهله؛ ` +
        `هل تقصد «${iso('summary')}»؟`,
    ]);
  });
});

describe('plurals and numbers follow each language', () => {
  const tooLong = (length: number) => ({ code: 'too-long' as const, params: { length, maximum: 1200 }, path: [] });
  const tooFew = (minimum: number) => ({ code: 'too-few' as const, params: { list: 'sources', minimum }, path: [] });
  const message = (catalog: ProblemCatalog, finding: ReturnType<typeof tooLong> | ReturnType<typeof tooFew>) =>
    renderMessage(catalog, { ...finding, severity: 'error' });

  it('counts characters with the forms of each language, and groups thousands as it does', () => {
    expect(message(fr, tooLong(1))).toBe(`trop long (1 caractère)${NB}; au plus 1\u202F200 sont autorisés`);
    expect(message(ru, tooLong(1))).toBe('слишком длинно (1 символ); допускается не более 1\u00A0200');
    expect(message(ru, tooLong(3))).toContain('(3 символа)');
    expect(message(ru, tooLong(5))).toContain('(5 символов)');
    expect(message(ru, tooLong(21))).toContain('(21 символ)');
    expect(message(ar, tooLong(2))).toBe('طويل جدًا (حرفان)؛ الحد الأقصى المسموح به 1,200');
    expect(message(ar, tooLong(3))).toContain('(3 أحرف)');
    expect(message(ar, tooLong(11))).toContain('(11 حرفًا)');
    expect(message(ar, tooLong(100))).toContain('(100 حرف)');
    expect(message(zh, tooLong(2))).toBe('过长（2 个字符）；最多允许 1,200 个');
  });

  it('says "at least one" in words, and more with the number', () => {
    expect(message(fr, tooFew(1))).toBe(`attendu${NB}: au moins une source`);
    expect(message(fr, tooFew(2))).toBe(`attendu${NB}: au moins 2 sources`);
    expect(message(es, tooFew(1))).toBe('se esperaba al menos una fuente');
    expect(message(ru, tooFew(2))).toBe('ожидается хотя бы 2 источника');
    expect(message(ar, tooFew(1))).toBe('المتوقع: مصدر واحد على الأقل');
  });
});

/** At least one example of every problem code: the type requires a list for each, so a new code needs one here. */
const SAMPLES: { readonly [C in ProblemCode]: readonly ProblemParams[C][] } = {
  'empty-file': [{}],
  'not-json': [{ reason: 'Unexpected token' }, { reason: 'Unexpected token', line: 3, column: 14 }],
  'not-utf8': [{ byte: 1234 }],
  'file-too-large': [{ bytes: 12_345_678, maximum: 10_485_760 }],
  'data-address-missing': [{}],
  'data-address-scheme': [{ scheme: 'javascript' }],
  'data-address-invalid': [{}],
  'data-address-needs-http': [{}],
  'fetch-unreachable': [{}],
  'fetch-stalled': [{ seconds: 1 }, { seconds: 30 }],
  'fetch-broken': [{}],
  'fetch-http': [
    { status: '404 Not Found', expected: 'event-list' },
    { status: '500', expected: 'source-text' },
  ],
  'fetch-web-page': [{}],
  required: [{ expected: 'string' }, { expected: 'array' }, { expected: 'nonoptional' }],
  'wrong-type': [
    { expected: 'string', found: { type: 'number', text: '12' } },
    { expected: 'array', found: { type: 'object' } },
    { expected: 'object', found: { type: 'null' } },
    { expected: 'string', found: { type: 'boolean', text: 'true' } },
    { expected: 'string', found: { type: 'other', name: 'bigint' } },
  ],
  blank: [{}, { found: { type: 'string', text: '   ' } }],
  'id-format': [{ found: { type: 'string', text: 'Bad Id' } }],
  'date-format': [{ found: { type: 'string', text: '1998/12/04' } }, { hint: ' (a hint)' }],
  'day-format': [{ found: { type: 'string', text: '1998' } }],
  'not-a-date': [{ found: { type: 'string', text: '2019-02-30' } }],
  'web-url': [{ found: { type: 'string', text: 'ftp://x' } }],
  'source-text-path': [{ found: { type: 'string', text: '../x.txt' } }],
  'too-few': [
    { list: 'citations', minimum: 1 },
    { list: 'events', minimum: 3 },
    { list: 'tags', minimum: 2 },
  ],
  'too-long': [{ length: 250, maximum: 200 }],
  'too-many': [
    { list: 'actors', count: 101, maximum: 100 },
    { list: 'tags', count: 5, maximum: 4 },
  ],
  invalid: [{ text: 'Invalid input' }, { text: 'Invalid input', found: { type: 'array' } }],
  'duplicate-id': [
    { id: 'a', list: 'events', first: 2 },
    { id: 'b', list: 'sources', first: 1 },
  ],
  'end-before-date': [{ end: '1998', date: '1999-01-01' }],
  'unknown-kind': [
    { allowed: ['treaty', 'resolution'] },
    { found: { type: 'string', text: 'law' }, allowed: ['treaty'] },
  ],
  'related-self': [{ id: 'a' }],
  'related-unknown': [{ id: 'b' }],
  'unknown-source': [
    { id: 'x', declared: [], declaredCount: 0 },
    { id: 'x', declared: ['a', 'b'], declaredCount: 2 },
    { id: 'x', declared: ['a', 'b'], declaredCount: 7 },
  ],
  'quote-not-in-source': [
    { source: 's', loose: false },
    { source: 's', loose: true },
    { source: 's', loose: false, closest: null },
    { source: 's', loose: true, closest: null },
    { source: 's', loose: false, closest: { agreeing: 'start', shared: 1, quoteExcerpt: 'q', sourceExcerpt: 'r' } },
    { source: 's', loose: false, closest: { agreeing: 'end', shared: 12, quoteExcerpt: 'q', sourceExcerpt: 'r' } },
  ],
  'unreadable-source-text': [{ path: 'sources/a.txt', reason: 'ENOENT' }],
  'unknown-field': [
    { field: 'sumary', nearest: 'summary', known: ['summary'] },
    { field: 'zzz', known: ['id', 'date'] },
  ],
  placeholder: [
    { text: 'Replace me', fix: 'own-text' },
    { text: 'Optional', fix: 'write-or-remove' },
    { text: 'https://example.org', fix: 'real-address' },
  ],
  'unquoted-number': [{ number: '25' }],
  'unknown-language': [
    { language: 'en', allowed: ['fr'] },
    { language: 'de', allowed: ['fr', 'ar'] },
  ],
  'untranslatable-field': [{ field: 'actors', translatable: ['title', 'summary'] }],
  'unused-track-name': [{ track: 'UN Security Council' }],
  conversion: [{ text: 'line 3: a problem' }],
};

/** English words that, left in a translated message, would mean a part was not translated. */
const ENGLISH_WORDS = /\b(expected|got|missing|unknown|events?|not found|too long|too many|at most|the file)\b/i;

/** The message without the texts its params hand in (a status such as "404 Not Found" is the server's). */
function withoutData(text: string, params: object): string {
  const texts = Object.values(params).filter((value): value is string => typeof value === 'string');
  return texts.reduce((rest, data) => rest.replaceAll(data, ''), text);
}

/** The samples of one code as findings. */
function samplesOf<C extends ProblemCode>(code: C): Finding<C>[] {
  return SAMPLES[code].map((params) => ({ code, params, path: [], severity: 'error' }));
}

describe.each(Object.entries(CATALOGS))('the %s problem catalog', (_language, catalog) => {
  const codes = Object.keys(SAMPLES) as ProblemCode[];

  it.each(codes)('renders %s in its own words', (code) => {
    for (const sample of samplesOf(code)) {
      const text = renderMessage(catalog, sample);
      expect(text.trim()).not.toBe('');
      // Converter and engine messages are in English in every language; the rest must be translated.
      if (code !== 'conversion' && code !== 'invalid' && code !== 'not-json') {
        expect(text).not.toBe(renderMessage(en, sample));
        expect(withoutData(text, sample.params)).not.toMatch(ENGLISH_WORDS);
      }
    }
  });

  it('names places in its own words', () => {
    const place = catalog.place([
      { item: 'event', number: 2, id: 'a' },
      { item: 'citation', number: 1 },
      { field: 'quote' },
    ]);
    expect(place).not.toContain('event');
    expect(place).toContain('2');
    expect(catalog.line(place, 'm')).toContain('m');
    expect(catalog.line('', 'm')).toBe('m');
  });
});
