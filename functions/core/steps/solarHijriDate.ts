/**
 * Solar Hijri (Jalali) dates, the civil calendar of Iran and Afghanistan, as Persian-language
 * sites print them: "1402/12/13 - 10:30", "13 اسفند 1402". chrono does not know this calendar;
 * the conversion uses the runtime's own ICU Persian calendar instead of hand-written arithmetic.
 */
import { wordList } from '../patterns';
import { calendarDays, DAY_MS, gregorianNear } from './icuCalendar';

const MONTHS = wordList('فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند');
/** The same months as English-language Iranian sites spell them ("12 Mehr 1402"), with common variants. */
const LATIN_MONTHS = [
  'farvardin', 'ordibehesht', 'khordad', 'tir', 'a?mordad', 'shahrivar', 'mehr', 'aban', 'azar', 'dey|dei', 'bahman', 'esfand|espand',
];
const LATIN_MONTH = LATIN_MONTHS.map((m) => new RegExp(`^(?:${m})$`, 'iu'));
const monthNumber = (name: string): number => {
  const persian = MONTHS.indexOf(name);
  return persian >= 0 ? persian + 1 : LATIN_MONTH.findIndex((m) => m.test(name)) + 1;
};
/** Years 1300–1499 SH (1921–2121): a four-digit year in that range is never a Gregorian date in a news page. */
const NUMERIC = /(?<!\d)(1[34]\d{2})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/u;
const NAMED = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${[...MONTHS, ...LATIN_MONTHS].join('|')})(?:\\s*ماه)?\\s*(1[34]\\d{2})(?!\\d)`, 'iu');
const CLOCK = /(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)/u;

const persianDays = calendarDays('persian');

/** Gregorian "YYYY-MM-DD" of a Solar Hijri date, or null when there is no such day. */
export function gregorianOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // 1 Farvardin falls on 20 or 21 March; months 1–6 have 31 days, 7–11 have 30.
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  return gregorianNear(persianDays, [year, month, day], Date.UTC(year + 621, 2, 21) + dayOfYear * DAY_MS);
}

export interface SolarHijriFinding {
  /** "2024-03-03", or "2024-03-03T10:30:00" when a time of day stands beside the date. */
  iso: string;
  time: string | null;
  /** The date (and time) as they stand in the text. */
  text: string;
}

/** "1400/12/30": written like a Solar Hijri date, whether or not that day exists. */
export const looksSolarHijri = (text: string): boolean => SOLAR_YEAR.test(text) && (NUMERIC.test(text) || NAMED.test(text));
/** Both forms hold a year 1300–1499: one cheap scan spares the month names on most lines (the date gate asks every line). */
const SOLAR_YEAR = /1[34]\d\d/u;

/** The first Solar Hijri date in `text` (digits already ASCII), with a time of day next to it. */
export function findSolarHijriDate(text: string): SolarHijriFinding | null {
  const numeric = NUMERIC.exec(text);
  const named = numeric ? null : NAMED.exec(text);
  const match = numeric ?? named;
  if (!match) return null;
  const [year, month, day] = numeric
    ? [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])]
    : [Number(named![3]), monthNumber(named![2]!), Number(named![1])];
  const date = gregorianOf(year, month, day);
  if (date === null) return null;
  const clock = CLOCK.exec(text);
  const time = clock ? `${clock[1]!.padStart(2, '0')}:${clock[2]}:00` : null;
  const start = Math.min(match.index, clock?.index ?? match.index);
  const end = Math.max(match.index + match[0].length, clock ? clock.index + clock[0].length : 0);
  return { iso: time ? `${date}T${time}` : date, time, text: text.slice(start, end) };
}
