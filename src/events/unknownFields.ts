import { finding, shortened, type Finding } from './problems.ts';
import { citationSchema, documentSchema, eventSchema, eventsFileSchema, sourceSchema } from './schema.ts';

/**
 * Where records sit in the file and which fields each kind of record knows. Lists are walked
 * item by item; anything that is not an object is left for the schema to report.
 */
interface RecordShape {
  readonly known: readonly string[];
  readonly lists?: Readonly<Record<string, RecordShape>>;
}

const FILE_SHAPE: RecordShape = {
  known: Object.keys(eventsFileSchema.shape),
  lists: {
    sources: { known: Object.keys(sourceSchema.shape) },
    events: {
      known: Object.keys(eventSchema.shape),
      lists: {
        citations: { known: Object.keys(citationSchema.shape) },
        documents: { known: Object.keys(documentSchema.shape) },
      },
    },
  },
};

export interface WithoutUnknownFields {
  /** The input with every unknown field removed, so the rest can be checked as usual. */
  readonly value: unknown;
  readonly warnings: readonly Finding[];
}

/**
 * Unknown fields are warnings, not errors: the record still loads, because an extra field (a note,
 * a field from a newer version of the format) makes nothing on a card wrong or unverifiable.
 * The warning names the nearest known field, since most unknown fields are typos.
 */
export function withoutUnknownFields(input: unknown): WithoutUnknownFields {
  // Most files have none: checking for them first spares copying the whole file.
  if (!hasUnknownFields(input, FILE_SHAPE)) return { value: input, warnings: [] };
  const warnings: Finding[] = [];
  const value = strip(input, FILE_SHAPE, [], warnings);
  return { value, warnings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasUnknownFields(value: unknown, shape: RecordShape): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (!shape.known.includes(key)) return true;
    const itemShape = shape.lists?.[key];
    const field = value[key];
    if (itemShape && Array.isArray(field) && field.some((item) => hasUnknownFields(item, itemShape))) return true;
  }
  return false;
}

function strip(value: unknown, shape: RecordShape, path: readonly PropertyKey[], warnings: Finding[]): unknown {
  if (!isRecord(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!shape.known.includes(key)) {
      warnings.push(finding('unknown-field', unknownField(key, shape.known), [...path, key]));
      continue;
    }
    const itemShape = shape.lists?.[key];
    kept[key] =
      itemShape && Array.isArray(field)
        ? field.map((item, index) => strip(item, itemShape, [...path, key, index], warnings))
        : field;
  }
  return kept;
}

function unknownField(key: string, known: readonly string[]) {
  const nearest = nearestKnown(key, known);
  return { field: shortened(key), known, ...(nearest !== undefined && { nearest }) };
}

/** The known field within a couple of typing slips of `key`, if there is one. */
function nearestKnown(key: string, known: readonly string[]): string | undefined {
  // Longer names are never typos of the short field names, and comparing them would cost time.
  if (key.length > 40) return undefined;
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    const allowed = Math.max(1, Math.floor(name.length / 3));
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Edit distance counting a swap of neighbours as one slip (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(at(i, j), at(i - 2, j - 2) + 1);
    }
  }
  return at(a.length, b.length);
}
