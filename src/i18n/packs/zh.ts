import messages from '../catalogs/zh.json?messages';
import type { LanguagePack } from '../pack.ts';
import { problems } from '../problems/zh.ts';

export default { messages, problems } satisfies LanguagePack;
