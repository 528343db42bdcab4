/**
 * The validator's problems in English. Other languages add a catalog of the same type; the data
 * (code, path, params) stays the same.
 */
import type { ClosestPassage } from './closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from './problemCodes.ts';

/** Text from the data, in quotation marks (params hold it already cut short). */
function q(text: string): string {
  return JSON.stringify(text);
}

function count(n: number): string {
  return n.toLocaleString('en');
}

const ARTICLE: Readonly<Record<string, string>> = { array: 'an array', object: 'an object' };

function expectedType(expected: string): string {
  return ARTICLE[expected] ?? `a ${expected}`;
}

/** `"1998/12/04"`, `number 12`, `an object`. */
function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
    case 'boolean':
      return `${found.type} ${found.text}`;
    case 'null':
      return 'null';
    case 'array':
    case 'object':
      return ARTICLE[found.type] ?? found.type;
    case 'other':
      return found.name;
  }
}

/** A message about a value's form, with the value when there is one. */
function withFound(message: string, found: FoundValue | undefined): string {
  return found === undefined ? message : `${message}; got ${value(found)}`;
}

const ITEM_NAMES: Readonly<Record<string, string>> = {
  citations: 'citation',
  sources: 'source',
  events: 'event',
  documents: 'document',
  actors: 'actor',
};

function singular(list: string): string {
  return ITEM_NAMES[list] ?? 'item';
}

const FETCHED = { 'event-list': 'the event list', 'source-text': 'the source text' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': 'replace it with your own text',
  'write-or-remove': 'write your own or remove the field',
  'real-address': 'replace it with the real address',
};

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const agreement =
    agreeing === 'start'
      ? `its first ${shared} characters are in the source, then it differs`
      : `its last ${shared} characters are in the source, but it differs before them`;
  return `${agreement}: the quote has ${q(quoteExcerpt)} where the source has ${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: 'event',
  source: 'source',
  citation: 'citation',
  document: 'document',
  actor: 'actor',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return step.field;
  if ('text' in step) return step.text;
  if ('itemOf' in step) return `item of ${step.itemOf} ${step.number}`;
  return `${ITEM_WORDS[step.item]} ${step.number}${step.id === undefined ? '' : `, id “${step.id}”`}`;
}

export const en: ProblemCatalog = {
  place: (place) => place.map(placeStep).join(', '),
  line: (place, message) => (place ? `${place}: ${message}` : message),
  messages: {
    'empty-file': () => 'the file is empty; expected a JSON object',
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? `not valid JSON: ${reason}`
        : `not valid JSON at line ${line}, column ${column}: ${reason}`,
    'not-utf8': ({ byte }) => `not valid UTF-8 text at byte ${byte}; expected the file saved as UTF-8`,
    'file-too-large': ({ bytes, maximum }) =>
      `the file is ${megabytes(bytes)}; expected at most ${megabytes(maximum)} (${count(maximum)} bytes)`,
    'data-address-missing': () =>
      'the link has "?data=" with no address after it; expected the address of an event list',
    'data-address-scheme': ({ scheme }) =>
      `only http(s) and relative addresses are accepted for data; got a ${q(`${scheme}:`)} address`,
    'data-address-invalid': () => 'not a valid address; expected a relative path or an http(s) URL',
    'data-address-needs-http': () =>
      'a relative data address needs the timeline to be served over http(s); use an absolute https:// URL here',
    'fetch-unreachable': () =>
      'could not be fetched: the address is unreachable, you are offline, ' +
      'or its server does not allow other sites to read it (CORS)',
    'fetch-stalled': ({ seconds }) =>
      `no data arrived for ${seconds} seconds, so loading stopped; ` +
      'the server may be down, very slow, or not answering',
    'fetch-broken': () => 'the connection broke while the file was arriving',
    'fetch-http': ({ status, expected }) =>
      `the server answered HTTP ${status}; expected ${FETCHED[expected]} (HTTP 200)`,
    'fetch-web-page': () => 'the server sent a web page (HTML), not a JSON event list; check the address',
    required: ({ expected, expects }) => `missing; expected ${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => `expected ${expectedType(expected)}, got ${value(found)}`,
    blank: ({ found }) => withFound('must not be empty or only spaces', found),
    'id-format': ({ found }) =>
      withFound('expected lower-case letters, digits and single hyphens, e.g. "unga-res-53-70-1998"', found),
    'date-format': ({ found, hint }) =>
      withFound('expected a date written YYYY, YYYY-MM or YYYY-MM-DD', found) + (hint ?? ''),
    'day-format': ({ found }) => withFound('expected a date written YYYY-MM-DD', found),
    'not-a-date': ({ found }) => withFound('expected a real calendar date', found),
    'web-url': ({ found }) => withFound('expected an absolute http:// or https:// URL', found),
    'source-text-path': ({ found }) =>
      withFound(
        'expected a path like "sources/article.txt": a .txt file in the sources folder beside this file',
        found,
      ),
    'too-few': ({ list, minimum }) =>
      minimum === 1 ? `expected at least one ${singular(list)}` : `expected at least ${count(minimum)} ${list}`,
    'too-long': ({ length, maximum }) =>
      `too long (${count(length)} characters); at most ${count(maximum)} are allowed`,
    'too-many': ({ list, count: found, maximum }) =>
      `too many (${count(found)} ${list}); at most ${count(maximum)} are allowed`,
    invalid: ({ text, found }) => withFound(text, found),
    'duplicate-id': ({ id, list, first }) => `duplicate id ${q(id)}; ${singular(list)} ${first} already uses it`,
    'end-before-date': ({ end, date }) =>
      `"${end}" is before the event's date "${date}"; expected the same date or later`,
    'unknown-kind': ({ found, allowed }) =>
      `unknown kind${found && 'text' in found ? ` ${q(found.text)}` : ''}; expected one of ${allowed.map(q).join(', ')}`,
    'related-self': ({ id }) => `${q(id)} is this event's own id; list other events only`,
    'related-unknown': ({ id }) => `${q(id)} is not the id of any event in this file`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return `unknown source ${q(id)}; the file declares no sources`;
      const more = declaredCount > declared.length ? ` and ${count(declaredCount - declared.length)} more` : '';
      return `unknown source ${q(id)}; expected one of ${declared.map(q).join(', ')}${more}`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? `not found in source ${q(source)} verbatim (it differs in case, spacing or quotation marks); copy it exactly`
        : `not found in source ${q(source)}`;
      if (closest === undefined) return message;
      // A quote found but for case, spacing or quotation marks needs no hint that nothing is like it.
      if (closest === null) return loose ? message : `${message}; no passage of the source begins or ends like it`;
      return `${message}; ${closestPassageHint(closest)}`;
    },
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? 'English is the base text: write it in the field itself, not among the translations'
        : `unknown language ${q(language)}; expected one of ${allowed.map(q).join(', ')}`,
    'untranslatable-field': ({ field, translatable }) =>
      `${q(field)} is not translated here; expected ${translatable.map(q).join(' or ')}`,
    'unreadable-source-text': ({ path, reason }) => `cannot read ${q(path)}: ${reason}`,
    'unknown-field': ({ field, nearest, known }) =>
      `unknown field ${q(field)}, ignored; ` +
      (nearest === undefined ? `expected one of ${known.map(q).join(', ')}` : `did you mean ${q(nearest)}?`),
    placeholder: ({ text, fix }) => `still the template's placeholder ${q(text)}; ${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      `the number ${q(number)} is in the summary but in none of the event's quotes; ` +
      'quote the passage that gives it, or take it out of the summary',
    'unused-track-name': ({ track }) =>
      `no event is on the track ${q(track)}, so these names are never shown; expected a track as the events write it`,
    conversion: ({ text }) => text,
  },
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
