import { differenceInCalendarDays } from 'date-fns';
import { formatDateAt } from '../events/calendarDate.ts';
import type { Language } from '../i18n/languages.ts';

const YEAR_SCALE_DAYS = 3 * 365;
const MONTH_SCALE_DAYS = 90;

/** "1965 – 2027", "Mar 1998 – Jan 1999" or "1 Dec 1998 – 9 Dec 1998": as fine as the zoom, in the language. */
export function formatVisibleRange(start: Date, end: Date, language: Language = 'en'): string {
  const days = differenceInCalendarDays(end, start);
  const precision = days > YEAR_SCALE_DAYS ? 'year' : days > MONTH_SCALE_DAYS ? 'month' : 'day';
  const style = { language, month: 'short' } as const;
  return `${formatDateAt(start, precision, style)} – ${formatDateAt(end, precision, style)}`;
}
