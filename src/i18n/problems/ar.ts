/**
 * The validator's problems in Arabic, with Western digits as in UN Arabic documents. Texts from the data stay as
 * written, in « » quotation marks and isolated, so that left-to-right ids and dates read in their own order.
 */
import type { ClosestPassage } from '../../events/closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from '../../events/problemCodes.ts';
import { problemFormats, type PluralForms } from '../perLanguage/problemFormats.ts';

const { count, plural, megabytes, oneOf } = problemFormats('ar-u-nu-latn');

/** Left-to-right data (an id, a field name) keeps its order inside Arabic text: a first-strong isolate. */
function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

function q(text: string): string {
  return `«${isolated(text)}»`;
}

/** Latin text of the format (field names, date patterns, addresses) inside an Arabic sentence. */
const latin = isolated;

const TYPES: Readonly<Record<string, string>> = {
  string: 'سلسلة نصية',
  number: 'عدد',
  boolean: 'قيمة منطقية',
  array: 'مصفوفة',
  object: 'كائن',
};

function expectedType(expected: string): string {
  return TYPES[expected] ?? `قيمة من النوع ${latin(expected)}`;
}

function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
      return `العدد ${latin(found.text)}`;
    case 'boolean':
      return `القيمة المنطقية ${latin(found.text)}`;
    case 'null':
      return latin('null');
    case 'array':
    case 'object':
      return TYPES[found.type] ?? found.type;
    case 'other':
      return latin(found.name);
  }
}

function withFound(message: string, found: FoundValue | undefined): string {
  return found === undefined ? message : `${message}؛ القيمة الواردة: ${value(found)}`;
}

const LIST_ITEMS: Readonly<Record<string, PluralForms>> = {
  citations: { one: 'اقتباس واحد', two: 'اقتباسان', few: '# اقتباسات', many: '# اقتباسًا', other: '# اقتباس' },
  sources: { one: 'مصدر واحد', two: 'مصدران', few: '# مصادر', many: '# مصدرًا', other: '# مصدر' },
  events: { one: 'حدث واحد', two: 'حدثان', few: '# أحداث', many: '# حدثًا', other: '# حدث' },
  documents: { one: 'وثيقة واحدة', two: 'وثيقتان', few: '# وثائق', many: '# وثيقة', other: '# وثيقة' },
  actors: {
    one: 'جهة فاعلة واحدة',
    two: 'جهتان فاعلتان',
    few: '# جهات فاعلة',
    many: '# جهة فاعلة',
    other: '# جهة فاعلة',
  },
};

function items(list: string, n: number): string {
  const forms = LIST_ITEMS[list];
  return forms ? plural(n, forms) : `${count(n)} (${latin(list)})`;
}

const CHARACTERS: PluralForms = { one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' };

const FETCHED = { 'event-list': 'قائمة الأحداث', 'source-text': 'نص المصدر' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': 'استبدل به نصك',
  'write-or-remove': 'اكتب نصك أو احذف الحقل',
  'real-address': 'استبدل به العنوان الحقيقي',
};

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const characters = plural(shared, CHARACTERS);
  const agreement =
    agreeing === 'start'
      ? `أوله (${characters}) موجود في المصدر، ثم يختلف`
      : `آخره (${characters}) موجود في المصدر، لكنه يختلف قبل ذلك`;
  return `${agreement}: في الاقتباس ${q(quoteExcerpt)} وفي المصدر ${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: 'الحدث',
  source: 'المصدر',
  citation: 'الاقتباس',
  document: 'الوثيقة',
  actor: 'الجهة الفاعلة',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return latin(step.field);
  if ('text' in step) return latin(step.text);
  if ('itemOf' in step) return `العنصر ${count(step.number)} من ${latin(step.itemOf)}`;
  return `${ITEM_WORDS[step.item]} ${count(step.number)}${step.id === undefined ? '' : `، المعرّف ${q(step.id)}`}`;
}

export const problems: ProblemCatalog = {
  place: (place) => place.map(placeStep).join('، '),
  line: (place, message) => (place ? `${place}: ${message}` : message),
  messages: {
    'empty-file': () => `الملف فارغ؛ المتوقع: كائن ${latin('JSON')}`,
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? `ليس نص ${latin('JSON')} صالحًا: ${latin(reason)}`
        : `ليس نص ${latin('JSON')} صالحًا في السطر ${count(line)}، العمود ${count(column)}: ${latin(reason)}`,
    'not-utf8': ({ byte }) =>
      `نص ${latin('UTF-8')} غير صالح عند البايت ${count(byte)}؛ المتوقع: ملف محفوظ بترميز ${latin('UTF-8')}`,
    'file-too-large': ({ bytes, maximum }) =>
      `حجم الملف ${megabytes(bytes, 'ميغابايت')}؛ المتوقع: ${megabytes(maximum, 'ميغابايت')} على الأكثر ` +
      `(${plural(maximum, { one: 'بايت واحد', two: 'بايتان', few: '# بايتات', many: '# بايتًا', other: '# بايت' })})`,
    'data-address-missing': () => `في الرابط ${q('?data=')} من دون عنوان بعده؛ المتوقع: عنوان قائمة أحداث`,
    'data-address-scheme': ({ scheme }) =>
      `لا تُقبل للبيانات إلا عناوين ${latin('http(s)')} والعناوين النسبية؛ القيمة الواردة: عنوان ${q(`${scheme}:`)}`,
    'data-address-invalid': () =>
      `العنوان غير صالح؛ المتوقع: مسار نسبي أو عنوان ${latin('URL')} يبدأ بـ ${latin('http(s)')}`,
    'data-address-needs-http': () =>
      `يتطلب عنوان البيانات النسبي تقديم الخط الزمني عبر ${latin('http(s)')}؛ ` +
      `استخدم هنا عنوان ${latin('URL')} مطلقًا يبدأ بـ ${latin('https://')}`,
    'fetch-unreachable': () =>
      'تعذّر الجلب: لا يمكن الوصول إلى العنوان، أو أنك غير متصل بالإنترنت، ' +
      `أو أن خادمه لا يسمح للمواقع الأخرى بقراءته (${latin('CORS')})`,
    'fetch-stalled': ({ seconds }) =>
      `لم تصل أي بيانات طوال ${plural(seconds, { one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' })}، ` +
      'لذلك توقف التحميل؛ ربما يكون الخادم معطلًا أو بطيئًا جدًا أو لا يستجيب',
    'fetch-broken': () => 'انقطع الاتصال أثناء وصول الملف',
    'fetch-http': ({ status, expected }) =>
      `أجاب الخادم ${latin(`HTTP ${status}`)}؛ المتوقع: ${FETCHED[expected]} (${latin('HTTP 200')})`,
    'fetch-web-page': () =>
      `أرسل الخادم صفحة ويب (${latin('HTML')})، لا قائمة أحداث بصيغة ${latin('JSON')}؛ تحقق من العنوان`,
    required: ({ expected, expects }) => `مفقود؛ المتوقع: ${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => `المتوقع: ${expectedType(expected)}؛ القيمة الواردة: ${value(found)}`,
    blank: ({ found }) => withFound('يجب ألا يكون فارغًا أو مسافات فقط', found),
    'id-format': ({ found }) =>
      withFound(`المتوقع: أحرف لاتينية صغيرة وأرقام وشرطات مفردة، مثل ${q('unga-res-53-70-1998')}`, found),
    'date-format': ({ found, hint }) =>
      withFound(
        `المتوقع: تاريخ مكتوب بالشكل ${latin('YYYY')} أو ${latin('YYYY-MM')} أو ${latin('YYYY-MM-DD')}`,
        found,
      ) + (hint ?? ''),
    'day-format': ({ found }) => withFound(`المتوقع: تاريخ مكتوب بالشكل ${latin('YYYY-MM-DD')}`, found),
    'not-a-date': ({ found }) => withFound('المتوقع: تاريخ موجود في التقويم', found),
    'web-url': ({ found }) =>
      withFound(`المتوقع: عنوان ${latin('URL')} مطلق يبدأ بـ ${latin('http://')} أو ${latin('https://')}`, found),
    'source-text-path': ({ found }) =>
      withFound(
        `المتوقع: مسار مثل ${q('sources/article.txt')}، أي ملف ${latin('.txt')} في المجلد ${latin('sources')} ` +
          'بجانب هذا الملف',
        found,
      ),
    'too-few': ({ list, minimum }) => `المتوقع: ${items(list, minimum)} على الأقل`,
    'too-long': ({ length, maximum }) =>
      `طويل جدًا (${plural(length, CHARACTERS)})؛ الحد الأقصى المسموح به ${count(maximum)}`,
    'too-many': ({ list, count: found, maximum }) =>
      `العدد كبير جدًا (${items(list, found)})؛ الحد الأقصى المسموح به ${count(maximum)}`,
    invalid: ({ text, found }) => withFound(latin(text), found),
    'duplicate-id': ({ id, list, first }) =>
      `المعرّف ${q(id)} مكرر؛ ${list === 'events' ? 'الحدث' : 'المصدر'} ${count(first)} يستخدمه بالفعل`,
    'end-before-date': ({ end, date }) => `${q(end)} يسبق تاريخ الحدث ${q(date)}؛ المتوقع: التاريخ نفسه أو تاريخ لاحق`,
    'unknown-kind': ({ found, allowed }) =>
      `نوع غير معروف${found && 'text' in found ? ` ${q(found.text)}` : ''}؛ المتوقع: ${oneOf(allowed.map(q))}`,
    'related-self': ({ id }) => `${q(id)} هو معرّف هذا الحدث نفسه؛ اذكر أحداثًا أخرى فقط`,
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? 'الإنكليزية هي النص الأساسي: اكتبها في الحقل نفسه، لا بين الترجمات'
        : `لغة غير معروفة ${q(language)}؛ المتوقع ${oneOf(allowed.map(q))}`,
    'untranslatable-field': ({ field, translatable }) =>
      `${q(field)} لا يُترجم هنا؛ المتوقع ${oneOf(translatable.map(q))}`,
    'unused-track-name': ({ track }) =>
      `لا يوجد أي حدث على المسار ${q(track)}، لذلك لا تظهر هذه الأسماء أبدًا؛ المتوقع مسار كما تكتبه الأحداث`,
    'related-unknown': ({ id }) => `${q(id)} ليس معرّف أي حدث في هذا الملف`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return `مصدر غير معروف ${q(id)}؛ لا يعلن الملف أي مصادر`;
      const rest = declaredCount - declared.length;
      const more = rest > 0 ? ` (و${count(rest)} غيرها)` : '';
      return `مصدر غير معروف ${q(id)}؛ المتوقع: ${oneOf(declared.map(q))}${more}`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? `غير موجود حرفيًا في المصدر ${q(source)} (يختلف في حالة الأحرف أو المسافات أو علامات التنصيص)؛ ` +
          'انسخه كما هو تمامًا'
        : `غير موجود في المصدر ${q(source)}`;
      if (closest === undefined) return message;
      if (closest === null) return loose ? message : `${message}؛ لا يبدأ أي مقطع من المصدر أو ينتهي مثله`;
      return `${message}؛ ${closestPassageHint(closest)}`;
    },
    'unreadable-source-text': ({ path, reason }) => `تتعذر قراءة ${q(path)}: ${latin(reason)}`,
    'unknown-field': ({ field, nearest, known }) =>
      `حقل غير معروف ${q(field)}، تم تجاهله؛ ` +
      (nearest === undefined ? `المتوقع: ${oneOf(known.map(q))}` : `هل تقصد ${q(nearest)}؟`),
    placeholder: ({ text, fix }) => `لا يزال النص النموذجي للقالب ${q(text)}؛ ${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      `العدد ${q(number)} موجود في الملخص لكنه غير موجود في أي من اقتباسات الحدث؛ ` +
      'اقتبس المقطع الذي يذكره، أو احذفه من الملخص',
    conversion: ({ text }) => latin(text),
  },
};
