import { differenceInCalendarDays } from 'date-fns';
import { formatDateAt } from '../events/calendarDate.ts';

const YEAR_SCALE_DAYS = 3 * 365;
const MONTH_SCALE_DAYS = 90;

/** "1965 – 2027", "Mar 1998 – Jan 1999" or "1 Dec 1998 – 9 Dec 1998": as fine as the zoom. */
export function formatVisibleRange(start: Date, end: Date): string {
  const days = differenceInCalendarDays(end, start);
  const precision = days > YEAR_SCALE_DAYS ? 'year' : days > MONTH_SCALE_DAYS ? 'month' : 'day';
  return `${formatDateAt(start, precision, 'short')} – ${formatDateAt(end, precision, 'short')}`;
}
