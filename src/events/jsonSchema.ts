import * as z from 'zod/mini';
import { eventsFileSchema } from './schema.ts';

/** The JSON Schema committed as data/events.schema.json, generated from the zod definition. */
export function eventsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(eventsFileSchema, { target: 'draft-2020-12', io: 'input' });
}

export function eventsJsonSchemaText(): string {
  return `${JSON.stringify(eventsJsonSchema(), null, 2)}\n`;
}
