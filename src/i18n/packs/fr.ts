import messages from '../catalogs/fr.json?messages';
import type { LanguagePack } from '../pack.ts';
import { axisLabelerFor } from '../perLanguage/axisLabels.ts';
import { problems } from '../problems/fr.ts';

export default { messages, problems, axisLabel: axisLabelerFor('fr') } satisfies LanguagePack;
