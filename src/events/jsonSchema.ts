import * as z from 'zod/mini';
import { CLOSED_SCHEMAS, eventsFileSchema } from './schema.ts';

/**
 * The JSON Schema committed as data/events.schema.json, generated from the zod definition.
 *
 * Unknown fields are allowed here, as in the app, which only warns about them (unknownFields.ts):
 * a file written for a newer version of the format must not turn red in an older editor, and the
 * two must agree on which files are valid. `npm run validate` still names each unknown field.
 * Translations are the exception (CLOSED_SCHEMAS): an unknown language there is an error in both.
 */
export function eventsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(eventsFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // A map's additionalProperties is the schema of its values (trackNames), not a closed object's `false`.
      if (jsonSchema.additionalProperties === false && !CLOSED_SCHEMAS.has(zodSchema)) {
        delete jsonSchema.additionalProperties;
      }
    },
  });
}

export function eventsJsonSchemaText(): string {
  return `${JSON.stringify(eventsJsonSchema(), null, 2)}\n`;
}
