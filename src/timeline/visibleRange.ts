import { differenceInCalendarDays, format } from 'date-fns';

const YEAR_SCALE_DAYS = 3 * 365;
const MONTH_SCALE_DAYS = 90;

/** "1965 – 2027", "Mar 1998 – Jan 1999" or "1 Dec 1998 – 9 Dec 1998": as fine as the zoom. */
export function formatVisibleRange(start: Date, end: Date): string {
  const days = differenceInCalendarDays(end, start);
  const pattern = days > YEAR_SCALE_DAYS ? 'yyyy' : days > MONTH_SCALE_DAYS ? 'MMM yyyy' : 'd MMM yyyy';
  return `${format(start, pattern)} – ${format(end, pattern)}`;
}
