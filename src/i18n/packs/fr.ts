import messages from '../catalogs/fr.json?messages';
import type { LanguagePack } from '../pack.ts';
import { problems } from '../problems/fr.ts';

export default { messages, problems } satisfies LanguagePack;
