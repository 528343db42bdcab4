import messages from '../catalogs/es.json?messages';
import type { LanguagePack } from '../pack.ts';
import { axisLabelerFor } from '../perLanguage/axisLabels.ts';
import { problems } from '../problems/es.ts';

export default { messages, problems, axisLabel: axisLabelerFor('es') } satisfies LanguagePack;
