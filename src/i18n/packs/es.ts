import messages from '../catalogs/es.json?messages';
import type { LanguagePack } from '../pack.ts';
import { problems } from '../problems/es.ts';

export default { messages, problems } satisfies LanguagePack;
