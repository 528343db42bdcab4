import { formatCalendarDate } from '../events/calendarDate.ts';
import type { Source, UnDocument } from '../events/model.ts';

/** What a card offers to cite: the sources it quotes and the UN documents it lists. */
export type Citable = Source | UnDocument;

/**
 * How a card names its source: "UrduPoint News / Sputnik, 30 September 2020". A title is
 * added only when the data has one, a date only when the source gives one; neither is made up.
 */
export function citationLabel(source: Source): string {
  const parts = [
    ...(source.title ? [`“${source.title}”`] : []),
    source.publisher,
    ...(source.published ? [formatCalendarDate(source.published)] : []),
  ];
  return parts.join(', ');
}

/** The name a Cite panel gives the item: the source's label, or the document's symbol. */
export function citableLabel(item: Citable): string {
  return 'symbol' in item ? item.symbol : citationLabel(item);
}
