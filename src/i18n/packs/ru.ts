import messages from '../catalogs/ru.json?messages';
import type { LanguagePack } from '../pack.ts';
import { problems } from '../problems/ru.ts';

export default { messages, problems } satisfies LanguagePack;
