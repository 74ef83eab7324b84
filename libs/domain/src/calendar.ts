// Calendar dates as the field means them: days in Europe/Amsterdam, written as ISO
// dates (YYYY-MM-DD), which compare correctly as strings.

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Amsterdam at `instant`: a quarter past midnight there is already tomorrow. */
export function amsterdamDate(instant: Date = new Date()): string {
  return AMSTERDAM.format(instant);
}

/** An ISO date `days` later (or earlier, when negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
