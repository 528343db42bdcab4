import { Fragment, type ReactNode } from 'react';
import type { MessageValues } from './translator.ts';

// Characters from Unicode's private use area: they never occur in a catalog, so they mark where elements go.
const MARK = '\uE000';

/**
 * Puts React elements where a translated message has their placeholders, so that a translator can move
 * them: `withElements(t, 'errorPanel.fix.data', { command: <code>npm run validate</code> })` for
 * "Fix the file, then check it with {command}."
 */
export function withElements<Id extends string>(
  t: (id: Id, values?: MessageValues) => string,
  id: Id,
  elements: Readonly<Record<string, ReactNode>>,
  values: MessageValues = {},
): ReactNode {
  const names = Object.keys(elements);
  const marked = Object.fromEntries(names.map((name, index) => [name, `${MARK}${index}${MARK}`]));
  const parts = t(id, { ...values, ...marked }).split(MARK);
  // split gives text, index, text, index, …: odd positions name an element.
  return parts.map((part, position) => (
    <Fragment key={position}>{position % 2 === 1 ? elements[names[Number(part)] ?? ''] : part}</Fragment>
  ));
}
