/** `npm run schema`: regenerates data/events.schema.json from the zod definition in ../schema.ts. */
import { writeFileSync } from 'node:fs';
import { eventsJsonSchemaText } from '../jsonSchema.ts';

const target = new URL('../../../data/events.schema.json', import.meta.url);
writeFileSync(target, eventsJsonSchemaText());
console.log(`wrote ${target.pathname}`);
