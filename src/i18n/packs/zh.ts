import messages from '../catalogs/zh.json?messages';
import type { LanguagePack } from '../pack.ts';
import { axisLabelerFor } from '../perLanguage/axisLabels.ts';
import { problems } from '../problems/zh.ts';

export default { messages, problems, axisLabel: axisLabelerFor('zh') } satisfies LanguagePack;
