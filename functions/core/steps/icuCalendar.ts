/**
 * Dates of other calendars turned Gregorian with the runtime's own ICU calendars instead of hand-written
 * arithmetic: an estimate of the day, then the nearby days whose date in that calendar is the one printed.
 */
export const DAY_MS = 86_400_000;
/** How far the estimate may be off: leap days and where the year starts. */
const SEARCH_DAYS = [0, -1, 1, -2, 2];

/** [year, month, day] of an instant in one ICU calendar ("persian", "ethiopic"); its formatter is built on first use. */
export function calendarDays(calendar: string): (ms: number) => [number, number, number] {
  let format: Intl.DateTimeFormat | null = null;
  return (ms) => {
    // Built on the first date of that calendar: loading one of ICU's calendars would add to every cold start.
    format ??= new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const parts = format.formatToParts(new Date(ms));
    const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    return [part('year'), part('month'), part('day')];
  };
}

/** Gregorian "YYYY-MM-DD" of a date in that calendar near `estimateMs`, or null when there is no such day. */
export function gregorianNear(daysOf: (ms: number) => [number, number, number], [year, month, day]: readonly [number, number, number], estimateMs: number): string | null {
  for (const shift of SEARCH_DAYS) {
    const ms = estimateMs + shift * DAY_MS;
    const [y, m, d] = daysOf(ms);
    if (y === year && m === month && d === day) return new Date(ms).toISOString().slice(0, 10);
  }
  return null;
}
