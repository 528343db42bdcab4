import { formatCalendarDate } from '../events/calendarDate.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';

/** What a screen reader hears when the keys move to an event: title, date, and its place among the shown events. */
export function announcementFor(
  t: Translator['t'],
  event: TimelineEvent,
  index: number,
  total: number,
  language: Language = 'en',
): string {
  return t('timeline.announce', {
    title: event.title,
    date: describeDate(t, event, language),
    index: index + 1,
    total,
  });
}

function describeDate(t: Translator['t'], event: TimelineEvent, language: Language): string {
  return event.end
    ? t('timeline.span', {
        start: formatCalendarDate(event.date, language),
        end: formatCalendarDate(event.end, language),
      })
    : formatCalendarDate(event.date, language);
}
