/** The validator's problems in Spanish. Texts from the data stay as written, in « » quotation marks. */
import type { ClosestPassage } from '../../events/closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from '../../events/problemCodes.ts';
import { problemFormats, type PluralForms } from '../perLanguage/problemFormats.ts';

const { count, plural, megabytes, oneOf } = problemFormats('es');

function q(text: string): string {
  return `«${text}»`;
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'una cadena de texto',
  number: 'un número',
  boolean: 'un booleano',
  array: 'una lista (array)',
  object: 'un objeto',
};

function expectedType(expected: string): string {
  return TYPES[expected] ?? `un valor de tipo ${expected}`;
}

function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
      return `el número ${found.text}`;
    case 'boolean':
      return `el booleano ${found.text}`;
    case 'null':
      return 'null';
    case 'array':
    case 'object':
      return TYPES[found.type] ?? found.type;
    case 'other':
      return found.name;
  }
}

function withFound(message: string, found: FoundValue | undefined): string {
  return found === undefined ? message : `${message}; se recibió ${value(found)}`;
}

const LIST_ITEMS: Readonly<Record<string, PluralForms>> = {
  citations: { one: 'una cita', other: '# citas' },
  sources: { one: 'una fuente', other: '# fuentes' },
  events: { one: 'un acontecimiento', other: '# acontecimientos' },
  documents: { one: 'un documento', other: '# documentos' },
  actors: { one: 'un actor', other: '# actores' },
};

function items(list: string, n: number): string {
  return plural(n, LIST_ITEMS[list] ?? { one: `un elemento de ${list}`, other: `# elementos de ${list}` });
}

const FETCHED = { 'event-list': 'la lista de acontecimientos', 'source-text': 'el texto de la fuente' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': 'sustitúyalo por su propio texto',
  'write-or-remove': 'escriba el suyo o elimine el campo',
  'real-address': 'sustitúyalo por la dirección real',
};

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const agreement =
    agreeing === 'start'
      ? plural(shared, {
          one: 'su primer carácter está en la fuente, y luego difiere',
          other: 'sus # primeros caracteres están en la fuente, y luego difiere',
        })
      : plural(shared, {
          one: 'su último carácter está en la fuente, pero difiere antes de él',
          other: 'sus # últimos caracteres están en la fuente, pero difiere antes de ellos',
        });
  return `${agreement}: la cita dice ${q(quoteExcerpt)} donde la fuente dice ${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: 'acontecimiento',
  source: 'fuente',
  citation: 'cita',
  document: 'documento',
  actor: 'actor',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return step.field;
  if ('text' in step) return step.text;
  if ('itemOf' in step) return `elemento ${count(step.number)} de ${step.itemOf}`;
  return `${ITEM_WORDS[step.item]} ${count(step.number)}${step.id === undefined ? '' : `, id ${q(step.id)}`}`;
}

const AT_MOST: PluralForms = { one: 'se admite # como máximo', other: 'se admiten # como máximo' };

export const problems: ProblemCatalog = {
  place: (place) => place.map(placeStep).join(', '),
  line: (place, message) => (place ? `${place}: ${message}` : message),
  messages: {
    'empty-file': () => 'el archivo está vacío; se esperaba un objeto JSON',
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? `JSON no válido: ${reason}`
        : `JSON no válido en la línea ${count(line)}, columna ${count(column)}: ${reason}`,
    'not-utf8': ({ byte }) =>
      `texto UTF-8 no válido en el byte ${count(byte)}; se esperaba un archivo guardado en UTF-8`,
    'file-too-large': ({ bytes, maximum }) =>
      `el archivo ocupa ${megabytes(bytes, 'MB')}; se esperaba como máximo ${megabytes(maximum, 'MB')} ` +
      `(${plural(maximum, { one: '# byte', other: '# bytes' })})`,
    'data-address-missing': () =>
      `el enlace tiene ${q('?data=')} sin dirección detrás; se esperaba la dirección de una lista de acontecimientos`,
    'data-address-scheme': ({ scheme }) =>
      `solo se aceptan direcciones http(s) y relativas para los datos; se recibió una dirección ${q(`${scheme}:`)}`,
    'data-address-invalid': () => 'dirección no válida; se esperaba una ruta relativa o una URL http(s)',
    'data-address-needs-http': () =>
      'una dirección de datos relativa requiere que la línea de tiempo se sirva por http(s); ' +
      'utilice aquí una URL https:// absoluta',
    'fetch-unreachable': () =>
      'no se pudo obtener: la dirección es inaccesible, no hay conexión, ' +
      'o su servidor no permite que otros sitios la lean (CORS)',
    'fetch-stalled': ({ seconds }) =>
      `no llegaron datos durante ${plural(seconds, { one: '# segundo', other: '# segundos' })}, así que la carga ` +
      'se detuvo; puede que el servidor esté caído, sea muy lento o no responda',
    'fetch-broken': () => 'la conexión se interrumpió mientras llegaba el archivo',
    'fetch-http': ({ status, expected }) =>
      `el servidor respondió HTTP ${status}; se esperaba ${FETCHED[expected]} (HTTP 200)`,
    'fetch-web-page': () =>
      'el servidor envió una página web (HTML), no una lista de acontecimientos en JSON; compruebe la dirección',
    required: ({ expected, expects }) => `falta; se esperaba ${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => `se esperaba ${expectedType(expected)}; se recibió ${value(found)}`,
    blank: ({ found }) => withFound('no debe estar vacío ni contener solo espacios', found),
    'id-format': ({ found }) =>
      withFound(`se esperaban letras minúsculas, cifras y guiones simples, p. ej., ${q('unga-res-53-70-1998')}`, found),
    'date-format': ({ found, hint }) =>
      withFound('se esperaba una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD', found) + (hint ?? ''),
    'day-format': ({ found }) => withFound('se esperaba una fecha escrita AAAA-MM-DD', found),
    'not-a-date': ({ found }) => withFound('se esperaba una fecha que exista en el calendario', found),
    'web-url': ({ found }) => withFound('se esperaba una URL absoluta con http:// o https://', found),
    'source-text-path': ({ found }) =>
      withFound(
        `se esperaba una ruta como ${q('sources/article.txt')}, es decir, un archivo .txt de la carpeta sources ` +
          'situada junto a este archivo',
        found,
      ),
    'too-few': ({ list, minimum }) => `se esperaba al menos ${items(list, minimum)}`,
    'too-long': ({ length, maximum }) =>
      `demasiado largo (${plural(length, { one: '# carácter', other: '# caracteres' })}); ${plural(maximum, AT_MOST)}`,
    'too-many': ({ list, count: found, maximum }) =>
      `demasiados elementos (${items(list, found)}); ${plural(maximum, AT_MOST)}`,
    invalid: ({ text, found }) => withFound(text, found),
    'duplicate-id': ({ id, list, first }) =>
      `id duplicado ${q(id)}; ${list === 'events' ? 'el acontecimiento' : 'la fuente'} ${count(first)} ya lo usa`,
    'end-before-date': ({ end, date }) =>
      `${q(end)} es anterior a la fecha del acontecimiento, ${q(date)}; se esperaba la misma fecha o una posterior`,
    'unknown-kind': ({ found, allowed }) =>
      `tipo desconocido${found && 'text' in found ? ` ${q(found.text)}` : ''}; se esperaba ${oneOf(allowed.map(q))}`,
    'related-self': ({ id }) => `${q(id)} es el id de este mismo acontecimiento; indique solo otros acontecimientos`,
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? 'el inglés es el texto base: escríbalo en el propio campo, no entre las traducciones'
        : `idioma desconocido ${q(language)}; se esperaba ${oneOf(allowed.map(q))}`,
    'untranslatable-field': ({ field, translatable }) =>
      `${q(field)} no se traduce aquí; se esperaba ${oneOf(translatable.map(q))}`,
    'unused-track-name': ({ track }) =>
      `ningún acontecimiento está en la pista ${q(track)}, así que estos nombres nunca se muestran; se esperaba una pista tal como la escriben los acontecimientos`,
    'related-unknown': ({ id }) => `${q(id)} no es el id de ningún acontecimiento de este archivo`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return `fuente desconocida ${q(id)}; el archivo no declara ninguna fuente`;
      const rest = declaredCount - declared.length;
      const more = rest > 0 ? ` (y ${count(rest)} más)` : '';
      return `fuente desconocida ${q(id)}; se esperaba ${oneOf(declared.map(q))}${more}`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? `no se encuentra literalmente en la fuente ${q(source)} (difiere en mayúsculas, espacios o comillas); ` +
          'cópiela exactamente'
        : `no se encuentra en la fuente ${q(source)}`;
      if (closest === undefined) return message;
      if (closest === null) {
        return loose ? message : `${message}; ningún pasaje de la fuente empieza ni termina como ella`;
      }
      return `${message}; ${closestPassageHint(closest)}`;
    },
    'unreadable-source-text': ({ path, reason }) => `no se puede leer ${q(path)}: ${reason}`,
    'unknown-field': ({ field, nearest, known }) =>
      `campo desconocido ${q(field)}, se ignora; ` +
      (nearest === undefined ? `se esperaba ${oneOf(known.map(q))}` : `¿quiso decir ${q(nearest)}?`),
    placeholder: ({ text, fix }) =>
      `sigue siendo el texto de ejemplo de la plantilla, ${q(text)}; ${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      `el número ${q(number)} está en el resumen pero en ninguna de las citas del acontecimiento; ` +
      'cite el pasaje que lo da, o quítelo del resumen',
    conversion: ({ text }) => text,
  },
};
