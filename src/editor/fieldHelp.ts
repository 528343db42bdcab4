import { eventsJsonSchema } from '../events/jsonSchema.ts';

/**
 * The help under each field: the descriptions of the JSON Schema (made from the zod schema), so the
 * editor, the schema file and editors that read it say the same thing.
 */
export type HelpPath = readonly ('events' | 'sources' | 'citations' | 'documents' | 'actors' | (string & {}))[];

let schema: unknown;

/** The description of a field, by the names of the lists and fields leading to it: `['events', 'date']`. */
export function fieldHelp(path: HelpPath): string {
  schema ??= eventsJsonSchema();
  let node: unknown = schema;
  for (const name of path) {
    node = propertyOf(node, name);
    // A list's items hold the fields; a list's own description is read when it is the last name.
    if (path.at(-1) !== name && isRecord(node) && node.type === 'array') node = node.items;
  }
  return isRecord(node) && typeof node.description === 'string' ? node.description : '';
}

function propertyOf(node: unknown, name: string): unknown {
  const properties = isRecord(node) ? node.properties : undefined;
  return isRecord(properties) ? properties[name] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
