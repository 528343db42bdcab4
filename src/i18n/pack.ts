import type { Messages } from '@lingui/core';
import type { ProblemCatalog } from '../events/problemCodes.ts';
import type english from './catalogs/en.json';
import type { AxisLabeler } from './perLanguage/axisLabels.ts';

/** The id of an interface message: a key of the English catalog, which every other catalog repeats. */
export type MessageId = keyof typeof english;

/** What one language brings: the interface's messages (compiled at build time), the validator's, and the axis's labels. */
export interface LanguagePack {
  readonly messages: Messages;
  readonly problems: ProblemCatalog;
  readonly axisLabel: AxisLabeler;
}
