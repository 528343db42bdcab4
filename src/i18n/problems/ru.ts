/** The validator's problems in Russian. Texts from the data stay as written, in « » quotation marks. */
import type { ClosestPassage } from '../../events/closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from '../../events/problemCodes.ts';
import { problemFormats, type PluralForms } from '../perLanguage/problemFormats.ts';

const { count, plural, megabytes, oneOf } = problemFormats('ru');

function q(text: string): string {
  return `«${text}»`;
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'строка',
  number: 'число',
  boolean: 'логическое значение',
  array: 'массив',
  object: 'объект',
};

function expectedType(expected: string): string {
  return TYPES[expected] ?? `значение типа ${expected}`;
}

function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
      return `число ${found.text}`;
    case 'boolean':
      return `логическое значение ${found.text}`;
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
  return found === undefined ? message : `${message}; получено: ${value(found)}`;
}

/** How many of a list's items, after «не менее» (genitive) and in parentheses (nominative count). */
const LIST_ITEMS: Readonly<Record<string, PluralForms>> = {
  citations: { one: '# цитата', few: '# цитаты', many: '# цитат', other: '# цитаты' },
  sources: { one: '# источник', few: '# источника', many: '# источников', other: '# источника' },
  events: { one: '# событие', few: '# события', many: '# событий', other: '# события' },
  documents: { one: '# документ', few: '# документа', many: '# документов', other: '# документа' },
  actors: { one: '# участник', few: '# участника', many: '# участников', other: '# участника' },
};

function items(list: string, n: number): string {
  const forms = LIST_ITEMS[list];
  return forms ? plural(n, forms) : `${count(n)} (${list})`;
}

const FETCHED = { 'event-list': 'список событий', 'source-text': 'текст источника' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': 'замените его своим текстом',
  'write-or-remove': 'напишите свой текст или удалите поле',
  'real-address': 'замените его настоящим адресом',
};

const CHARACTERS: PluralForms = { one: '# символ', few: '# символа', many: '# символов', other: '# символа' };

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const characters = plural(shared, CHARACTERS);
  const agreement =
    agreeing === 'start'
      ? `первые ${characters} есть в источнике, дальше текст расходится`
      : `последние ${characters} есть в источнике, но до них текст расходится`;
  return `${agreement}: в цитате ${q(quoteExcerpt)}, а в источнике ${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: 'событие',
  source: 'источник',
  citation: 'цитата',
  document: 'документ',
  actor: 'участник',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return step.field;
  if ('text' in step) return step.text;
  if ('itemOf' in step) return `элемент ${count(step.number)} в ${step.itemOf}`;
  return `${ITEM_WORDS[step.item]} ${count(step.number)}${step.id === undefined ? '' : `, id ${q(step.id)}`}`;
}

export const problems: ProblemCatalog = {
  place: (place) => place.map(placeStep).join(', '),
  line: (place, message) => (place ? `${place}: ${message}` : message),
  messages: {
    'empty-file': () => 'файл пуст; ожидался объект JSON',
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? `недопустимый JSON: ${reason}`
        : `недопустимый JSON в строке ${count(line)}, столбце ${count(column)}: ${reason}`,
    'not-utf8': ({ byte }) =>
      `недопустимый текст UTF-8 в байте ${count(byte)}; ожидался файл, сохраненный в кодировке UTF-8`,
    'file-too-large': ({ bytes, maximum }) =>
      `размер файла ${megabytes(bytes, 'МБ')}; допускается не более ${megabytes(maximum, 'МБ')} ` +
      `(${plural(maximum, { one: '# байт', few: '# байта', many: '# байт', other: '# байта' })})`,
    'data-address-missing': () =>
      `в ссылке есть ${q('?data=')}, но после него нет адреса; ожидался адрес списка событий`,
    'data-address-scheme': ({ scheme }) =>
      `для данных принимаются только адреса http(s) и относительные адреса; получен адрес ${q(`${scheme}:`)}`,
    'data-address-invalid': () => 'недопустимый адрес; ожидался относительный путь или URL http(s)',
    'data-address-needs-http': () =>
      'для относительного адреса данных хронология должна открываться по http(s); ' +
      'укажите здесь абсолютный URL https://',
    'fetch-unreachable': () =>
      'не удалось загрузить: адрес недоступен, нет подключения к интернету, ' +
      'или сервер не разрешает другим сайтам читать его (CORS)',
    'fetch-stalled': ({ seconds }) =>
      `данные не поступали ${plural(seconds, { one: '# секунду', few: '# секунды', many: '# секунд', other: '# секунды' })}, ` +
      'поэтому загрузка остановлена; возможно, сервер не работает, очень медленный или не отвечает',
    'fetch-broken': () => 'соединение прервалось во время загрузки файла',
    'fetch-http': ({ status, expected }) => `сервер ответил HTTP ${status}; ожидался ${FETCHED[expected]} (HTTP 200)`,
    'fetch-web-page': () => 'сервер прислал веб-страницу (HTML), а не список событий в JSON; проверьте адрес',
    required: ({ expected, expects }) => `отсутствует; ожидается: ${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => `ожидается: ${expectedType(expected)}; получено: ${value(found)}`,
    blank: ({ found }) => withFound('не должно быть пустым или состоять только из пробелов', found),
    'id-format': ({ found }) =>
      withFound(
        `ожидаются строчные латинские буквы, цифры и одиночные дефисы, например ${q('unga-res-53-70-1998')}`,
        found,
      ),
    'date-format': ({ found, hint }) =>
      withFound('ожидается дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД', found) + (hint ?? ''),
    'day-format': ({ found }) => withFound('ожидается дата в виде ГГГГ-ММ-ДД', found),
    'not-a-date': ({ found }) => withFound('ожидается существующая календарная дата', found),
    'web-url': ({ found }) => withFound('ожидается абсолютный URL, начинающийся с http:// или https://', found),
    'source-text-path': ({ found }) =>
      withFound(
        `ожидается путь вида ${q('sources/article.txt')}: файл .txt в папке sources рядом с этим файлом`,
        found,
      ),
    'too-few': ({ list, minimum }) => `ожидается хотя бы ${items(list, minimum)}`,
    'too-long': ({ length, maximum }) =>
      `слишком длинно (${plural(length, CHARACTERS)}); допускается не более ${count(maximum)}`,
    'too-many': ({ list, count: found, maximum }) =>
      `слишком много (${items(list, found)}); допускается не более ${count(maximum)}`,
    invalid: ({ text, found }) => withFound(text, found),
    'duplicate-id': ({ id, list, first }) =>
      `повторяющийся id ${q(id)}; он уже используется: ${list === 'events' ? 'событие' : 'источник'} ${count(first)}`,
    'end-before-date': ({ end, date }) =>
      `${q(end)} раньше даты события ${q(date)}; ожидается та же дата или более поздняя`,
    'unknown-kind': ({ found, allowed }) =>
      `неизвестный тип${found && 'text' in found ? ` ${q(found.text)}` : ''}; ожидается ${oneOf(allowed.map(q))}`,
    'related-self': ({ id }) => `${q(id)} — это id самого события; укажите только другие события`,
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? 'английский — это основной текст: пишите его в самом поле, а не среди переводов'
        : `неизвестный язык ${q(language)}; ожидается ${oneOf(allowed.map(q))}`,
    'untranslatable-field': ({ field, translatable }) =>
      `${q(field)} здесь не переводится; ожидается ${oneOf(translatable.map(q))}`,
    'unused-track-name': ({ track }) =>
      `ни одно событие не находится на дорожке ${q(track)}, поэтому эти названия никогда не показываются; ожидается дорожка в том виде, как её пишут события`,
    'related-unknown': ({ id }) => `${q(id)} не является id ни одного события в этом файле`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return `неизвестный источник ${q(id)}; в файле не объявлено ни одного источника`;
      const rest = declaredCount - declared.length;
      const more = rest > 0 ? ` (и еще ${count(rest)})` : '';
      return `неизвестный источник ${q(id)}; ожидается ${oneOf(declared.map(q))}${more}`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? `не найдено в источнике ${q(source)} дословно (отличается регистром, пробелами или кавычками); ` +
          'скопируйте точно'
        : `не найдено в источнике ${q(source)}`;
      if (closest === undefined) return message;
      if (closest === null) {
        return loose ? message : `${message}; ни один фрагмент источника не начинается и не заканчивается так же`;
      }
      return `${message}; ${closestPassageHint(closest)}`;
    },
    'unreadable-source-text': ({ path, reason }) => `не удается прочитать ${q(path)}: ${reason}`,
    'unknown-field': ({ field, nearest, known }) =>
      `неизвестное поле ${q(field)} пропущено; ` +
      (nearest === undefined ? `ожидается ${oneOf(known.map(q))}` : `возможно, имелось в виду ${q(nearest)}?`),
    placeholder: ({ text, fix }) => `здесь все еще текст-заполнитель из шаблона ${q(text)}; ${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      `число ${q(number)} есть в резюме, но ни в одной цитате события; ` +
      'процитируйте фрагмент, где оно приводится, или уберите его из резюме',
    conversion: ({ text }) => text,
  },
};
