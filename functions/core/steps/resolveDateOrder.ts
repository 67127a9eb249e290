import { detectLanguage } from './detectLanguage';
import type { Line } from '../lines';
import { EUROPEAN_MONTH_NAME, wordList } from '../patterns';
import { WEEKDAY_WORD, WEEKDAYS } from './parseDate';
import type { RawComment } from './splitComments';

/** "05/08/2023": numbers alone do not tell day from month. */
const AMBIGUOUS_SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/u;
const ANY_SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/gu;
/** A whole English month name or its abbreviation ("Sept.", "June"), not "novels" or "junior". */
/** English month names and abbreviations, January first. */
const MONTH_NAMES = wordList('jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?');
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** "8 May 2023", "on 5 September" (day first, British and European) and "May 8, 2023", "September 5" (month first, American). */
const DAY_THEN_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:\.|(?![a-z]))`, 'giu');
const MONTH_THEN_DAY = new RegExp(String.raw`\b${MONTH}\.? \d{1,2}(?:st|nd|rd|th)?\b`, 'giu');

/** "12 de marzo de 2024", "5 febbraio 2024": a day before a month named in a language that writes its dates day first. */
const DAY_THEN_FOREIGN_MONTH = new RegExp(String.raw`(?<!\d)\d{1,2}\.? (?:de )?${EUROPEAN_MONTH_NAME.source}`, 'iu');

/** "Thứ năm, 7/3/2024", "jueves, 7/3/2024": a weekday in a language whose slash dates are day first. */
const DAY_FIRST_WEEKDAY =
  /(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),? \d{1,2}\/\d{1,2}\/\d{2,4}/iu;

/**
 * Whether the page writes dates day first: a weekday of a day-first language before a slash date, a
 * slash date whose first number exceeds 12, a page in another language than English, or more dates
 * like "8 May 2023" than like "May 8, 2023".
 */
export function prefersDayFirst(text: string): boolean {
  if (DAY_FIRST_WEEKDAY.test(text) || DAY_THEN_FOREIGN_MONTH.test(text)) return true;
  for (const m of text.matchAll(ANY_SLASH_DATE)) {
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  // "12/03/2024 09h41" on a Brazilian page: only American English writes its slash dates month first.
  const language = detectLanguage(text);
  if (language !== null && language !== 'en') return true;
  return (text.match(DAY_THEN_MONTH)?.length ?? 0) > (text.match(MONTH_THEN_DAY)?.length ?? 0);
}

const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_WORD}\.?(?![a-z])`, 'iu');

/** "Sun, 03/07/2021 - 15:40" read as 7 March: the printed weekday settles the order (the parser read it so). */
function weekdayConfirms(printed: string, iso: string): boolean {
  const name = WEEKDAY.exec(printed)?.[1];
  return name !== undefined && new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay() === WEEKDAYS.indexOf(name.toLowerCase());
}

/** An ISO date's month and day, or null when there is none or they are the same number (a swap changes nothing). */
function swappableMonthDay(iso: string | null): readonly [number, number] | null {
  const parts = iso === null ? null : /^\d{4}-(\d{2})-(\d{2})/u.exec(iso);
  return parts === null || parts[1] === parts[2] ? null : [Number(parts[1]), Number(parts[2])];
}

/** "2023-08-05T17:20:00" → "2023-05-08T17:20:00". */
function swapDayAndMonth(iso: string): string {
  return iso.replace(/^(\d{4})-(\d{2})-(\d{2})/u, (_, year: string, month: string, day: string) => `${year}-${day}-${month}`);
}

/**
 * The date parser reads "05/08/2023" month first; on a page that writes dates day first (or whose
 * article date was found written day first), comment dates written that way are read again day first.
 */
/** Milliseconds from the article's publication to a comment's time; a time before it cannot be the comment's. */
function delayAfter(publishedAt: number, iso: string): number {
  const at = Date.parse(iso.slice(0, 19));
  return Number.isNaN(at) || at < publishedAt - DAY_MS ? Infinity : Math.abs(at - publishedAt);
}
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "12/03/2024 15:03" under a story published on 2024-03-12: read day first, the comments follow the story within hours;
 * read month first, they would come nine months later. The reading that keeps the thread nearer its story, and after it, wins.
 */
function threadFitsDayFirst(dates: readonly string[], publishedAt: string | null): boolean {
  const published = publishedAt === null ? Number.NaN : Date.parse(publishedAt.slice(0, 10));
  if (Number.isNaN(published) || dates.length === 0) return false;
  const total = (reading: (iso: string) => string): number => dates.reduce((sum, iso) => sum + delayAfter(published, reading(iso)), 0);
  return total(swapDayAndMonth) < total((iso) => iso);
}

/** Whether the header's printed date matches `date` with two numbers under 13 that differ (and no weekday settles it). */
function isAmbiguous(comment: RawComment, lines: readonly Line[], date: RegExp): boolean {
  const { header } = comment;
  if (header.postedAt === null) return false;
  const printed = lines.slice(header.at, header.at + header.span).map((l) => l.text).join(' ');
  const m = date.exec(printed);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2] && !weekdayConfirms(printed, header.postedAt);
}

const withSwappedDates = (comments: readonly RawComment[], swap: readonly boolean[]): RawComment[] =>
  comments.map((comment, k) => (swap[k] ? { ...comment, header: { ...comment.header, postedAt: swapDayAndMonth(comment.header.postedAt!) } } : comment));

export function resolveDateOrder(comments: readonly RawComment[], lines: readonly Line[], text: string, articleDayFirst = false, publishedAt: string | null = null): RawComment[] {
  const dotted = comments.map((comment) => isAmbiguous(comment, lines, AMBIGUOUS_DOTTED_DATE));
  // The page-wide scans are the costly part: only when some date is ambiguous.
  const read = dotted.includes(true) && writesDottedMonthFirst(text.slice(0, DAY_FIRST_SAMPLE)) ? withSwappedDates(comments, dotted) : comments;
  const ambiguous = read.map((comment) => isAmbiguous(comment, lines, AMBIGUOUS_SLASH_DATE));
  if (!ambiguous.includes(true)) return [...read];
  const ambiguousDates = read.flatMap((comment, k) => (ambiguous[k] ? [comment.header.postedAt!] : []));
  if (!(articleDayFirst || prefersDayFirst(text.slice(0, DAY_FIRST_SAMPLE)) || threadFitsDayFirst(ambiguousDates, publishedAt))) return [...read];
  return withSwappedDates(read, ambiguous);
}

/** "03.12.24": a dotted date, which the date parser reads day first. */
const AMBIGUOUS_DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/u;
const ANY_DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/gu;

/**
 * Whether the page writes its dotted dates month first ("03.13.24" beside "03.12.24", as some Israeli sites do
 * in English): the first dotted date that only one order can read decides.
 */
export function writesDottedMonthFirst(text: string): boolean {
  for (const m of text.matchAll(ANY_DOTTED_DATE)) {
    if (Number(m[1]) > 12) return false;
    if (Number(m[2]) > 12) return true;
  }
  return false;
}

/** The article's date read month first when the page printed it as an ambiguous dotted date ("03.12.24") and writes its dotted dates so. */
export function resolveDottedOrder(iso: string | null, articleLines: readonly Line[], text: string): string | null {
  const monthDay = swappableMonthDay(iso);
  if (iso === null || monthDay === null || monthDay[0] > 12 || monthDay[1] > 12) return iso;
  const [month, day] = monthDay;
  const printed = articleLines.find((line) => [...line.text.matchAll(ANY_DOTTED_DATE)].some((m) => Number(m[1]) === day && Number(m[2]) === month));
  return printed !== undefined && !weekdayConfirms(printed.text, iso) && writesDottedMonthFirst(text.slice(0, DAY_FIRST_SAMPLE)) ? swapDayAndMonth(iso) : iso;
}

/** Enough of a page to see how it writes dates. */
const DAY_FIRST_SAMPLE = 1024 * 1024;

/**
 * The article's date, read again day first when the page wrote it as an ambiguous slash date
 * ("06/09/2021" read as June 9) and writes its other dates day first ("on 5 September").
 */
export function resolvePublishedOrder(iso: string | null, articleLines: readonly Line[], text: string): string | null {
  const monthDay = swappableMonthDay(iso);
  if (iso === null || monthDay === null) return iso;
  const [month, day] = monthDay;
  const printed = articleLines.find((line) => [...line.text.matchAll(ANY_SLASH_DATE)].some((m) => Number(m[1]) === month && Number(m[2]) === day));
  if (printed === undefined || day > 12 || weekdayConfirms(printed.text, iso)) return iso;
  // "LIMASSOL, March 4 (CNA) -" under "04/03/2021": the story names its own day in words.
  const opening = articleLines.map((line) => line.text).join(' ').slice(0, OPENING_CHARS);
  if (namesDay(opening, day, month) && !namesDay(opening, month, day)) return swapDayAndMonth(iso);
  return prefersDayFirst(text.slice(0, DAY_FIRST_SAMPLE)) ? swapDayAndMonth(iso) : iso;
}

/** Where a story names its day in words: its dateline, its first paragraphs. */
const OPENING_CHARS = 3000;

/** "March 4", "4 March", "Mar. 4": the day in words, in either order. */
function namesDay(text: string, month: number, day: number): boolean {
  const name = MONTH_NAMES[month - 1]!;
  return new RegExp(String.raw`\b(?:${name}\.? ${day}(?!\d)|${day} ${name}\b)`, 'iu').test(text);
}

/**
 * "Mar 14" under a comment: the day without its year, placed in the article's year (the next
 * year when that day comes before the article's). Without an article date it stays unknown.
 */
export function resolveCommentYears(comments: readonly RawComment[], publishedAt: string | null): RawComment[] {
  const published = publishedAt === null ? null : /^(\d{4})-(\d{2}-\d{2})/u.exec(publishedAt);
  if (published === null) return [...comments];
  const year = Number(published[1]);
  return comments.map((comment) => {
    const { postedAt, postedMonthDay } = comment.header;
    if (postedAt !== null || postedMonthDay === null) return comment;
    const inYear = postedMonthDay.slice(0, 5) < published[2]! ? year + 1 : year;
    return { ...comment, header: { ...comment.header, postedAt: `${inYear}-${postedMonthDay}` } };
  });
}
