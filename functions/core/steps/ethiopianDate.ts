/**
 * Ethiopian calendar dates, as Amharic and Tigrinya sites print them: "ዓርብ፣ መጋቢት 6 ቀን 2016 ዓ.ም",
 * "መጋቢት 6/2016", "6 መጋቢት 2016". chrono does not know this calendar; ICU's "ethiopic" does.
 */
import { calendarDays, DAY_MS, gregorianNear } from './icuCalendar';

/** Meskerem … Pagume: twelve months of 30 days and a thirteenth of five or six. */
const MONTHS = ['መስከረም', 'ጥቅምት', 'ኅዳር|ህዳር', 'ታኅሣሥ|ታህሳስ|ታኅሳስ', 'ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ|ሚያዚያ', 'ግንቦት', 'ሰኔ', 'ሐምሌ|ሃምሌ', 'ነሐሴ|ነሃሴ', 'ጳጉሜ|ጳጉሜን'];
const MONTH = MONTHS.join('|');
/** Years 1900–2099 of the Ethiopian era (1907–2107): with an Ethiopian month, never a Gregorian year. */
const YEAR = String.raw`(19\d{2}|20\d{2})`;
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<!\p{L})(${MONTH})\s?(\d{1,2})(?:\s?ቀን)?\s?[\/,፣]?\s?${YEAR}(?:\s?ዓ\.?\s?ም\.?)?`, 'v');
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<!\d)(\d{1,2})\s(${MONTH})\s?[\/,፣]?\s?${YEAR}(?:\s?ዓ\.?\s?ም\.?)?`, 'v');
/** Ge'ez script: the cheap test before the date patterns. */
const ETHIOPIC_SCRIPT = /\p{Script=Ethiopic}/v;

const ethiopicDays = calendarDays('ethiopic');
const monthNumber = (name: string): number => MONTHS.findIndex((names) => names.split('|').includes(name)) + 1;

/** Gregorian "YYYY-MM-DD" of an Ethiopian date, or null when there is no such day. */
export function gregorianOfEthiopian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 13 || day < 1 || day > 30) return null;
  // 1 Meskerem falls on 11 or 12 September of the Gregorian year 7 after.
  return gregorianNear(ethiopicDays, [year, month, day], Date.UTC(year + 7, 8, 11) + ((month - 1) * 30 + day - 1) * DAY_MS);
}

/** Written in Ge'ez script, where an Ethiopian date may stand. */
export const looksEthiopian = (text: string): boolean => ETHIOPIC_SCRIPT.test(text);

/** The first Ethiopian date in `text` (digits already ASCII): its Gregorian day and the words it covers. */
export function findEthiopianDate(text: string): { iso: string; text: string } | null {
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  const dayFirst = monthFirst ? null : DAY_MONTH_YEAR.exec(text);
  const match = monthFirst ?? dayFirst;
  if (!match) return null;
  const [day, month] = monthFirst ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
  const iso = gregorianOfEthiopian(Number(match[3]), monthNumber(month), Number(day));
  return iso === null ? null : { iso, text: match[0] };
}
