import messages from '../catalogs/ar.json?messages';
import type { LanguagePack } from '../pack.ts';
import { problems } from '../problems/ar.ts';

export default { messages, problems } satisfies LanguagePack;
