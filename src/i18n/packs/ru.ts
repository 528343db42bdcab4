import messages from '../catalogs/ru.json?messages';
import type { LanguagePack } from '../pack.ts';
import { axisLabelerFor } from '../perLanguage/axisLabels.ts';
import { problems } from '../problems/ru.ts';

export default { messages, problems, axisLabel: axisLabelerFor('ru') } satisfies LanguagePack;
