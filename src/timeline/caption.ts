import { formatCalendarDate } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Translator } from '../i18n/translator.ts';

/** What a screen reader hears when the keys move to an event: title, date, and its place among the shown events. */
export function announcementFor(t: Translator['t'], event: TimelineEvent, index: number, total: number): string {
  return t('timeline.announce', { title: event.title, date: describeDate(t, event), index: index + 1, total });
}

function describeDate(t: Translator['t'], event: TimelineEvent): string {
  return event.end
    ? t('timeline.span', { start: formatCalendarDate(event.date), end: formatCalendarDate(event.end) })
    : formatCalendarDate(event.date);
}
