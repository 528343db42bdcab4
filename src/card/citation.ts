import { formatCalendarDate } from '../events/calendarDate.ts';
import type { Source } from '../events/model.ts';

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
