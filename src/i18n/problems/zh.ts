/** The validator's problems in Simplified Chinese. Texts from the data stay as written, in “ ” quotation marks. */
import type { ClosestPassage } from '../../events/closestPassage.ts';
import type { FoundValue, ItemName, PlaceholderFix, PlaceStep, ProblemCatalog } from '../../events/problemCodes.ts';
import { problemFormats } from '../perLanguage/problemFormats.ts';

const { count, megabytes, oneOf } = problemFormats('zh-Hans');

function q(text: string): string {
  return `“${text}”`;
}

const TYPES: Readonly<Record<string, string>> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
};

function expectedType(expected: string): string {
  return TYPES[expected] ?? `${expected} 类型的值`;
}

function value(found: FoundValue): string {
  switch (found.type) {
    case 'string':
      return q(found.text);
    case 'number':
      return `数字 ${found.text}`;
    case 'boolean':
      return `布尔值 ${found.text}`;
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
  return found === undefined ? message : `${message}；实际为${value(found)}`;
}

/** The measure word and noun for a list's items: "3 条引文". */
const LIST_ITEMS: Readonly<Record<string, string>> = {
  citations: '条引文',
  sources: '个来源',
  events: '个事件',
  documents: '份文件',
  actors: '个行为体',
};

function items(list: string, n: number): string {
  return `${count(n)} ${LIST_ITEMS[list] ?? `项（${list}）`}`;
}

const FETCHED = { 'event-list': '事件列表', 'source-text': '来源文本' } as const;

const PLACEHOLDER_FIXES: Readonly<Record<PlaceholderFix, string>> = {
  'own-text': '请替换为您自己的文字',
  'write-or-remove': '请自行填写或删除该字段',
  'real-address': '请替换为真实地址',
};

function closestPassageHint({ agreeing, shared, quoteExcerpt, sourceExcerpt }: ClosestPassage): string {
  const agreement =
    agreeing === 'start'
      ? `其前 ${count(shared)} 个字符见于来源，之后不同`
      : `其最后 ${count(shared)} 个字符见于来源，但之前不同`;
  return `${agreement}：引文为${q(quoteExcerpt)}，而来源为${q(sourceExcerpt)}`;
}

const ITEM_WORDS: Readonly<Record<ItemName, string>> = {
  event: '事件',
  source: '来源',
  citation: '引文',
  document: '文件',
  actor: '行为体',
};

function placeStep(step: PlaceStep): string {
  if ('field' in step) return step.field;
  if ('text' in step) return step.text;
  if ('itemOf' in step) return `${step.itemOf} 第 ${count(step.number)} 项`;
  return `${ITEM_WORDS[step.item]} ${count(step.number)}${step.id === undefined ? '' : `（id ${q(step.id)}）`}`;
}

export const problems: ProblemCatalog = {
  place: (place) => place.map(placeStep).join('，'),
  line: (place, message) => (place ? `${place}：${message}` : message),
  messages: {
    'empty-file': () => '文件为空；应为 JSON 对象',
    'not-json': ({ reason, line, column }) =>
      line === undefined || column === undefined
        ? `不是有效的 JSON：${reason}`
        : `第 ${count(line)} 行第 ${count(column)} 列不是有效的 JSON：${reason}`,
    'not-utf8': ({ byte }) => `第 ${count(byte)} 个字节处不是有效的 UTF-8 文本；文件应以 UTF-8 保存`,
    'file-too-large': ({ bytes, maximum }) =>
      `文件大小为 ${megabytes(bytes, 'MB')}；最多允许 ${megabytes(maximum, 'MB')}（${count(maximum)} 字节）`,
    'data-address-missing': () => `链接中的 ${q('?data=')} 后面没有地址；应为事件列表的地址`,
    'data-address-scheme': ({ scheme }) => `数据只接受 http(s) 地址和相对地址；实际为 ${q(`${scheme}:`)} 地址`,
    'data-address-invalid': () => '地址无效；应为相对路径或 http(s) 网址',
    'data-address-needs-http': () => '使用相对数据地址时，时间线须通过 http(s) 提供；请在此使用绝对 https:// 网址',
    'fetch-unreachable': () => '无法获取：地址无法访问、您处于离线状态，或其服务器不允许其他网站读取（CORS）',
    'fetch-stalled': ({ seconds }) =>
      `${count(seconds)} 秒内没有收到数据，因此已停止加载；服务器可能已停机、非常缓慢或没有响应`,
    'fetch-broken': () => '文件传输过程中连接中断',
    'fetch-http': ({ status, expected }) => `服务器返回 HTTP ${status}；应返回${FETCHED[expected]}（HTTP 200）`,
    'fetch-web-page': () => '服务器发送的是网页（HTML），而不是 JSON 事件列表；请检查地址',
    required: ({ expected, expects }) => `缺失；应为${expects ?? expectedType(expected)}`,
    'wrong-type': ({ expected, found }) => `应为${expectedType(expected)}，实际为${value(found)}`,
    blank: ({ found }) => withFound('不得为空或只有空格', found),
    'id-format': ({ found }) =>
      withFound(`应由小写字母、数字和单个连字符组成，例如 ${q('unga-res-53-70-1998')}`, found),
    'date-format': ({ found, hint }) => withFound('应为 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期', found) + (hint ?? ''),
    'day-format': ({ found }) => withFound('应为 YYYY-MM-DD 格式的日期', found),
    'not-a-date': ({ found }) => withFound('应为日历上存在的日期', found),
    'web-url': ({ found }) => withFound('应为以 http:// 或 https:// 开头的绝对网址', found),
    'source-text-path': ({ found }) =>
      withFound(`应为类似 ${q('sources/article.txt')} 的路径：即本文件旁 sources 文件夹中的 .txt 文件`, found),
    'too-few': ({ list, minimum }) => `至少应有 ${items(list, minimum)}`,
    'too-long': ({ length, maximum }) => `过长（${count(length)} 个字符）；最多允许 ${count(maximum)} 个`,
    'too-many': ({ list, count: found, maximum }) => `过多（${items(list, found)}）；最多允许 ${count(maximum)} 个`,
    invalid: ({ text, found }) => withFound(text, found),
    'duplicate-id': ({ id, list, first }) =>
      `id ${q(id)} 重复；${list === 'events' ? '事件' : '来源'} ${count(first)} 已使用该 id`,
    'end-before-date': ({ end, date }) => `${q(end)} 早于事件日期 ${q(date)}；应为同一日期或更晚`,
    'unknown-kind': ({ found, allowed }) =>
      `未知类型${found && 'text' in found ? ` ${q(found.text)}` : ''}；应为${oneOf(allowed.map(q))}之一`,
    'related-self': ({ id }) => `${q(id)} 是本事件自己的 id；只应列出其他事件`,
    'unknown-language': ({ language, allowed }) =>
      language === 'en'
        ? '英文是基础文本：请写在字段本身中，而不是写在译文中'
        : `未知语言 ${q(language)}；应为 ${oneOf(allowed.map(q))}`,
    'untranslatable-field': ({ field, translatable }) => `${q(field)} 在此处不翻译；应为 ${oneOf(translatable.map(q))}`,
    'unused-track-name': ({ track }) =>
      `没有事件位于轨道 ${q(track)} 上，因此这些名称永远不会显示；应为事件中写出的轨道名称`,
    'related-unknown': ({ id }) => `${q(id)} 不是本文件中任何事件的 id`,
    'unknown-source': ({ id, declared, declaredCount }) => {
      if (declaredCount === 0) return `未知来源 ${q(id)}；本文件未声明任何来源`;
      const rest = declaredCount - declared.length;
      const more = rest > 0 ? `（另有 ${count(rest)} 个）` : '';
      return `未知来源 ${q(id)}；应为${oneOf(declared.map(q))}${more}之一`;
    },
    'quote-not-in-source': ({ source, loose, closest }) => {
      const message = loose
        ? `未在来源 ${q(source)} 中逐字找到（大小写、空格或引号不同）；请准确复制`
        : `未在来源 ${q(source)} 中找到`;
      if (closest === undefined) return message;
      if (closest === null) return loose ? message : `${message}；来源中没有开头或结尾与之相同的段落`;
      return `${message}；${closestPassageHint(closest)}`;
    },
    'unreadable-source-text': ({ path, reason }) => `无法读取 ${q(path)}：${reason}`,
    'unknown-field': ({ field, nearest, known }) =>
      `未知字段 ${q(field)}，已忽略；` +
      (nearest === undefined ? `应为${oneOf(known.map(q))}之一` : `您是否要输入 ${q(nearest)}？`),
    placeholder: ({ text, fix }) => `仍是模板的占位文字 ${q(text)}；${PLACEHOLDER_FIXES[fix]}`,
    'unquoted-number': ({ number }) =>
      `数字 ${q(number)} 出现在摘要中，但不在该事件的任何引文中；请引用给出该数字的段落，或将其从摘要中删除`,
    conversion: ({ text }) => text,
  },
};
