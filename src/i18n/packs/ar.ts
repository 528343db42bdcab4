import messages from '../catalogs/ar.json?messages';
import type { LanguagePack } from '../pack.ts';
import { axisLabelerFor } from '../perLanguage/axisLabels.ts';
import { problems } from '../problems/ar.ts';

export default { messages, problems, axisLabel: axisLabelerFor('ar') } satisfies LanguagePack;
