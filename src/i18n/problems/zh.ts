import type { ProblemCatalog } from '../../events/problemCodes.ts';

// TODO translate
export const problems = {} as ProblemCatalog;
