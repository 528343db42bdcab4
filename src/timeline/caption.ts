import { formatCalendarDate } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Language } from '../i18n/languages.ts';

/** What a screen reader hears when the keys move to an event: title, date, and its place among the shown events. */
export function announcementFor(event: TimelineEvent, index: number, total: number, language: Language = 'en'): string {
  return `${event.title}, ${describeDate(event, language)}. Event ${index + 1} of ${total}.`;
}

function describeDate(event: TimelineEvent, language: Language): string {
  return event.end
    ? `${formatCalendarDate(event.date, language)} to ${formatCalendarDate(event.end, language)}`
    : formatCalendarDate(event.date, language);
}

/** The timeline's instructions, linked to its region by aria-describedby and shown while it has focus. */
export const KEY_INSTRUCTIONS =
  'Keys, with the timeline focused: ← → previous and next event, Home and End the first and last, ' +
  'Enter opens the card, Escape closes it, + and − zoom, 0 shows all.';
