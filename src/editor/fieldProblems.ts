import type { ProblemCatalog } from '../events/problemCodes.ts';
import { renderMessage, renderProblem, type Problem } from '../events/problems.ts';

/** A problem or a warning, as shown beside a field. */
export interface Notice {
  readonly message: string;
  readonly severity: 'problem' | 'warning';
}

/** Notices by the field of the form that shows them; the field key is `''` for the record as a whole. */
export type FieldNotices = ReadonlyMap<string, readonly Notice[]>;

/** The validator's findings sorted to the records of the draft and the fields of their forms. */
export interface DraftNotices {
  /** The file's own fields (title, description, updated, license), and `''` for the file or its lists. */
  readonly file: FieldNotices;
  /** By index in the draft, which is the file's order. */
  readonly events: readonly FieldNotices[];
  readonly sources: readonly FieldNotices[];
}

const FILE_FIELDS = ['title', 'description', 'updated', 'license'];
const EVENT_FIELDS = ['id', 'date', 'end', 'title', 'summary', 'track', 'actors', 'citations', 'documents'];
const SOURCE_FIELDS = ['id', 'publisher', 'published', 'title', 'description', 'url', 'text', 'excerpt'];
const ITEM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  citations: ['source', 'quote'],
  documents: ['symbol', 'url', 'date'],
};

/**
 * The field of an event's form that a problem belongs to, from its path inside the event:
 * `['date']` -> `date`, `['actors', 2]` -> `actors`, `['citations', 0, 'quote']` -> `citations.0.quote`,
 * `['citations']` (none given) -> `citations`; anything the form has no field for -> `''`.
 */
export function eventFieldKey(path: readonly PropertyKey[]): string {
  const [field, index, itemField] = path;
  if (typeof field !== 'string' || !EVENT_FIELDS.includes(field)) return '';
  const itemFields = ITEM_FIELDS[field];
  if (itemFields && typeof index === 'number' && typeof itemField === 'string' && itemFields.includes(itemField)) {
    return `${field}.${index}.${itemField}`;
  }
  return field;
}

function recordFieldKey(path: readonly PropertyKey[], fields: readonly string[]): string {
  const [field] = path;
  return typeof field === 'string' && fields.includes(field) ? field : '';
}

/** The findings as notices in the catalog's language, each beside the field it is about. */
export function draftNotices(
  problems: readonly Problem[],
  warnings: readonly Problem[],
  counts: { events: number; sources: number },
  catalog: ProblemCatalog,
): DraftNotices {
  const file = new Map<string, Notice[]>();
  const events = Array.from({ length: counts.events }, () => new Map<string, Notice[]>());
  const sources = Array.from({ length: counts.sources }, () => new Map<string, Notice[]>());
  const add = (map: Map<string, Notice[]>, key: string, notice: Notice) => {
    map.set(key, [...(map.get(key) ?? []), notice]);
  };
  const place = (finding: Problem, severity: Notice['severity']) => {
    const notice = { message: renderMessage(catalog, finding), severity };
    const [list, index, ...rest] = finding.path;
    const record = typeof index === 'number' ? { events, sources }[String(list)]?.[index] : undefined;
    if (record && list === 'events') add(record, eventFieldKey(rest), notice);
    else if (record) add(record, recordFieldKey(rest, SOURCE_FIELDS), notice);
    else {
      const key = recordFieldKey(finding.path, FILE_FIELDS);
      // Beside no field, the place says what it is about ("events: expected at least one event").
      add(file, key, key === '' ? { ...notice, message: renderProblem(catalog, finding) } : notice);
    }
  };
  problems.forEach((problem) => place(problem, 'problem'));
  warnings.forEach((warning) => place(warning, 'warning'));
  return { file, events, sources };
}

/** The notices of one field (exactly), for its message below it. */
export function noticesAt(notices: FieldNotices | undefined, field: string): readonly Notice[] {
  return notices?.get(field) ?? [];
}

/** How many problems (not warnings) a record has in all, for its badge in the list. */
export function problemCount(notices: FieldNotices | undefined): number {
  let count = 0;
  for (const list of notices?.values() ?? []) count += list.filter((notice) => notice.severity === 'problem').length;
  return count;
}
