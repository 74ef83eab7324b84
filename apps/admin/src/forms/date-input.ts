// What a person types in a date field and what Regie keeps. Dates are typed day first, as the
// Netherlands (and Britain) write them: "31-12-2027", with dashes, slashes or dots; the ISO form
// "2027-12-31" is accepted too, since it is what documents and other systems often show. A plain
// text field rather than the browser's date control: the latter's order, typing and reading
// aloud differ per browser and per browser language, whatever the admin's language is.
import { isCalendarDate } from '@regie/domain';
import { amsterdamWallTimeToIso, isoToAmsterdamWallTime } from './amsterdam-time';

const two = (n: string | number) => String(n).padStart(2, '0');

const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

/** A typed date as YYYY-MM-DD; null when it is empty or not a real calendar date. */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  const dayFirst = DAY_FIRST.exec(value);
  const yearFirst = YEAR_FIRST.exec(value);
  const iso = dayFirst
    ? `${dayFirst[3]}-${two(dayFirst[2])}-${two(dayFirst[1])}`
    : yearFirst
      ? `${yearFirst[1]}-${two(yearFirst[2])}-${two(yearFirst[3])}`
      : null;
  return iso && isCalendarDate(iso) ? iso : null;
}

/** A calendar date (YYYY-MM-DD) as the field shows it: "31-12-2027"; empty stays empty. */
export function formatDateInput(date: string | null | undefined): string {
  if (!date || !isCalendarDate(date)) return date ?? '';
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * A typed date and time on the Amsterdam clock ("31-12-2027 14:30", "14.30" too) as an ISO
 * instant; null when it is empty or not a real date and time.
 */
export function parseDateTimeInput(text: string): string | null {
  const parts = text.trim().split(/\s+|T/);
  if (parts.length !== 2) return null;
  const date = parseDateInput(parts[0]);
  const time = TIME.exec(parts[1]);
  if (!date || !time || Number(time[1]) > 23 || Number(time[2]) > 59) return null;
  return amsterdamWallTimeToIso(`${date}T${two(time[1])}:${time[2]}`);
}

/** An instant as the field shows it, on the Amsterdam clock: "31-12-2027 14:30". */
export function formatDateTimeInput(instant: Date | string | number): string {
  const [date, time] = isoToAmsterdamWallTime(instant).split('T');
  return `${formatDateInput(date)} ${time}`;
}
