import type { ParsedResult } from 'chrono-node';
// Only the locales Winnow reads: importing 'chrono-node' itself would bundle all fifteen.
import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import { COUNT_AND_AGO, DATE_LINE_PREFIX, DAY_WORDS, EDITED_NOTE, FOREIGN_MONTHS, RELATIVE_TIME_LINE, EUROPEAN_DATE_JOINERS, EUROPEAN_MONTH_NAME, EUROPEAN_MONTHS, TRAILING_COMMENT_COUNT, UPDATE_LABELS, WEEKDAY_WORDS, wordList } from '../patterns';
import { memoized } from '../memo';
import { findEthiopianDate, looksEthiopian } from './ethiopianDate';
import { findSolarHijriDate, looksSolarHijri, type SolarHijriFinding } from './solarHijriDate';

export interface DateFinding {
  /** ISO 8601: "2019-03-03T10:12:00", "2021-06-04", with "Z"/offset only when the text states a zone. */
  iso: string | null;
  /** "3 years ago": a date that depends on when the page was saved, so it has no absolute value. */
  relative: boolean;
  /** Share of the line (after a "Published:"-style prefix) that the date covers. */
  coverage: number;
  /** The words that make up the date, as they stand in the text. */
  text: string;
  /** "22:05:00" when the text states a time of day, even without a date ("at 10:05 PM"); "09:12:00-05:00" with a zone ("9:12 AM EST"). */
  time: string | null;
  /** "03-14" for a day printed without its year ("Mar 14"); null otherwise. The year comes from the article's date. */
  monthDay: string | null;
}

/** chrono fills unknown parts from a reference date; a fixed one keeps parsing pure and repeatable. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
const MAX_DATE_LINE = 90;
/** Words of a relative time, in the languages the parsers read and a few more. */
const RELATIVE_WORD_LIST = "ago|vor|yesterday|today|gestern|heute|hier|hace|geleden|il y a";
const RELATIVE_WORDS = new RegExp(`\\b(?:${RELATIVE_WORD_LIST}|aujourd'hui)\\b`, 'iu');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function offsetSuffix(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Formats chrono's components as ISO 8601 without inventing a time or a zone the text did not give. */
function timeOf(result: ParsedResult): string | null {
  const { start } = result;
  return start.isCertain('hour') ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}` : null;
}

/** "ET", "PT": US zones named without saying standard or daylight time; the date decides (chrono decides by its reference date). */
const US_GENERIC_ZONE = /\b([ECMP])T\b/u;
const US_STANDARD_OFFSET: Readonly<Record<string, number>> = { E: -300, C: -360, M: -420, P: -480 };

/** US daylight saving time: from the second Sunday in March to the first Sunday in November. */
function inUsDaylightTime(year: number, month: number, day: number): boolean {
  const sunday = (m: number, nth: number): number => 1 + ((7 - new Date(Date.UTC(year, m - 1, 1)).getUTCDay()) % 7) + 7 * (nth - 1);
  const ordinal = month * 100 + day;
  return ordinal >= 300 + sunday(3, 2) && ordinal < 1100 + sunday(11, 1);
}

function toIso(result: ParsedResult): string | null {
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const [year, month, day] = [start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0];
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const time = timeOf(result);
  if (time === null) return date;
  if (!start.isCertain('timezoneOffset')) return `${date}T${time}`;
  const usZone = US_GENERIC_ZONE.exec(result.text)?.[1];
  const offset = usZone === undefined ? (start.get('timezoneOffset') ?? 0) : US_STANDARD_OFFSET[usZone]! + (inUsDaylightTime(year, month, day) ? 60 : 0);
  return `${date}T${time}${offsetSuffix(offset)}`;
}

/** The time of day with the zone the text names ("9:12 AM EST" → "09:12:00-05:00"); "ET" alone needs the date to say which offset. */
function zonedTimeOf(result: ParsedResult): string | null {
  const time = timeOf(result);
  if (time === null || !result.start.isCertain('timezoneOffset') || US_GENERIC_ZONE.test(result.text)) return time;
  return `${time}${offsetSuffix(result.start.get('timezoneOffset') ?? 0)}`;
}

/** Month and day when the text gives both but no year. */
function monthDayOf(result: ParsedResult): string | null {
  const { start } = result;
  return !start.isCertain('year') && start.isCertain('month') && start.isCertain('day') ? `${pad(start.get('month') ?? 0)}-${pad(start.get('day') ?? 0)}` : null;
}

/** Adds a time of day to a date-only ISO value ("2019-11-14" + "22:05:00"); other values stay as they are. */
export function withTime(iso: string | null, time: string | null): string | null {
  return iso !== null && time !== null && /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T${time}` : iso;
}

const PARSERS = [en, de, fr];
/** "10.03.2012" is day-first wherever it is written, and so are "09-03-2021", "12-01-22" and "21/08/2023"; the English parser would read month-first. */
const DAY_FIRST_PARSERS = [de, en, fr];
const DOTTED_DATE = /\b(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}-\d{1,2}-(?:\d{2}){1,2}|(?:1[3-9]|2\d|3[01])\/\d{1,2}\/\d{2,4})\b/u;

/** The longest first match among the languages, so "11. Oktober 2020 um 17:20" is not read as just "17:20". */
function firstResult(text: string): ParsedResult | null {
  let best: ParsedResult | null = null;
  for (const parser of DOTTED_DATE.test(text) ? DAY_FIRST_PARSERS : PARSERS) {
    // "Jornal do Norte · 12.03.2024": German reads "do" (Thursday) first; a match with figures is the date the line prints.
    const results = parser.parse(text, REFERENCE);
    const result = results.find((found) => /\d/u.test(found.text)) ?? results[0];
    if (result && (best === null || result.text.length > best.text.length)) best = result;
    // chrono is slow (one regex pass per pattern): once a parser reads the whole text, no other can do better.
    if (best !== null && best.text.length >= text.length) break;
  }
  return best;
}

/** Month names and abbreviations (English, German, French), whole words only. */
const MONTH_NAME =
  /\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\b\.?/iu;
/** A numeric date ("10.03.2012", "2021-06-04", "12/05/2020") or a time of day ("10:12"). */
const NUMERIC_DATE_OR_TIME = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{4}\s?[年년]|\d{4}\. \d{1,2}\./u;
const RELATIVE_HINT = new RegExp(`\\b(?:${RELATIVE_WORD_LIST}|fa)\\b`, 'iu');
/** "3 часа назад", "3 saat önce", "۳ ساعت پیش", "2 godz. temu", "3 jam yang lalu", "3 órája": the word for "ago" the word-boundary test cannot see. */
const AGO_WORDS = new Set(wordList('назад|тому|önce|پیش|قبل|temu|lalu|əvvəl|sedan|tagasi|sitten|siden|másodperce|perce|órája|napja|hete|hónapja|éve|trước|წინ'));
const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);
const DAY_WORD = new RegExp(String.raw`^(?:${DAY_WORDS})(?!\p{L})`, 'iu');
/** "2d" is short. */
const SHORT_RELATIVE = /^\d{1,3} ?(?:[smhdwy]|mo|yr|min|mins|hr|hrs|wk|wks)$/iu;
/** Relative dates in the languages read by word lists are short lines ("2 godz. temu", "wczoraj, 14:02"). */
const MAX_LISTED_RELATIVE_CHARS = 40;
/** "há 3 horas", "před 3 hodinami", "πριν από 2 ώρες", "לפני שעה", "acum o oră", "преди 2 часа", "prije 2 sata", "prieš 2 val.", "for 2 timer siden": "ago" before the count. */
const LISTED_RELATIVE_OPENER = /^(?:(?:há|před|pred|πριν|לפני|acum|преди) |(?:prije|pre|prieš|pirms|for) \d)/iu;
/** "3時間前", "3시간 전", "3 ชั่วโมงที่แล้ว", "3 घंटे पहले", "saa 3 zilizopita": "ago" closing a line in scripts and languages whose last word is no separate token. */
const AGO_SUFFIX = /(?:前|전|ที่แล้ว|पहले|আগে|پہلے|zilizopita|iliyopita|uliopita|nakalipas)$/u;
const isRelative = (text: string): boolean =>
  RELATIVE_HINT.test(text) ||
  (text.length <= MAX_LISTED_RELATIVE_CHARS && (AGO_WORDS.has(lastWord(text)) || AGO_SUFFIX.test(text) || DAY_WORD.test(text) || LISTED_RELATIVE_OPENER.test(text) || COUNT_AND_AGO.test(text))) ||
  (text.length <= 8 ? SHORT_RELATIVE.test(text) : text.length <= MAX_EDITED_SHORT_CHARS && EDITED_WORD.test(text) && SHORT_RELATIVE.test(text.replace(EDITED_NOTE, '')));

/** "5h · edited 4h": a short time with the note that the comment was changed since. */
const MAX_EDITED_SHORT_CHARS = 24;
const EDITED_WORD = /edit|bearbeit|modifi|bewerkt|edyt|uprav|düzen|измен|редаг/iu;

/** A numeric date or time, a month name beside a number, or a relative time. */
/** Month names have three letters or more in a row (an Indic letter with its vowel signs): "ok 1" needs no month search. */
const LETTER_RUN = /\p{L}[\p{L}\p{M}]{2}/v;
const hasDateHint = (text: string): boolean =>
  NUMERIC_DATE_OR_TIME.test(text) ||
  WORDED_YEAR_MONTH_DAY.test(text) ||
  (/\d/u.test(text) && (ARABIC_SCRIPT.test(text) || (LETTER_RUN.test(text) && (MONTH_NAME.test(text) || EUROPEAN_MONTH_NAME.test(text) || looksSolarHijri(text) || looksEthiopian(text))))) ||
  isRelative(text);

/** Cheap gate before chrono, which is slow: dates in saved pages are short and carry a hint. */
const mayHoldDate = (text: string): boolean => text.length <= MAX_DATE_LINE * 2 && hasDateHint(text);

const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

/** Arabic, Persian, Spanish, Italian, Portuguese and Russian month names → English, so chrono can read "4 يونيو 2021" or "14 de abril de 2024". */
/** "2:35 م": Arabic marks the afternoon (مساءً) and the morning (صباحاً) after the time. */
const ARABIC_MERIDIEM = /(\d{1,2}:\d{2})\s?(م|مساء\u064B?|ص|صباحا?\u064B?)(?=\s|$)/gu;
/** "19:40 (МСК)": Moscow time, named in Russian. */
const MOSCOW_TIME = /\(?(?:МСК|мск)\)?/gu;
/** "11:42 Tehran Time", "(Moscow time)": a city's time named in words, as the zone abbreviation chrono reads. */
const CITY_TIME = /\(?\b(tehran|moscow|baku|yerevan|tbilisi|istanbul|ankara|kyiv|kiev) time\)?/giu;
const CITY_ZONES: Readonly<Record<string, string>> = { tehran: 'IRST', moscow: 'MSK', baku: '+04:00', yerevan: '+04:00', tbilisi: '+04:00', istanbul: '+03:00', ankara: '+03:00', kyiv: 'EET', kiev: 'EET' };

/** "14 رمضان 1445 هـ" (the Hijri day printed beside the Gregorian one, which chrono reads), "الموافق" ("corresponding to") and a weekday. */
const HIJRI_DATE = /\d{1,2}\s\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?\s\d{3,4}\s?هـ/gv;
const ARABIC_DATE_WORDS = /(?<!\p{L})(?:الموافق|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|دۈشەنبە|سەيشەنبە|چارشەنبە|پەيشەنبە|جۈمە|شەنبە|يەكشەنبە)(?!\p{L})/gv;

const CROATIAN_OCTOBER = /(\d{1,2})\.\s?listopada?(?!\p{L})/giu;

/** Thai pages count years from the Buddha (2567 = 2024) and close a time with "น." ("14:32 น."). */
const THAI_SCRIPT = /[\u0E00-\u0E7F]/u;
const BUDDHIST_YEAR = /(?<!\d)2[4-6]\d{2}(?!\d)/gu;
const BUDDHIST_ERA_OFFSET = 543;
const THAI_CLOCK_MARK = /(?<=\d[:.]\d{2})\s?น\./gu;

function withEnglishMonths(line: string): string {
  const text = THAI_SCRIPT.test(line) ? line.replace(BUDDHIST_YEAR, (year) => String(Number(year) - BUDDHIST_ERA_OFFSET)).replace(THAI_CLOCK_MARK, '') : line;
  if (ARABIC_SCRIPT.test(text)) {
    const read = FOREIGN_MONTHS.reduce((t, [pattern, month]) => t.replace(pattern, ` ${month} `), text.replace(HIJRI_DATE, ' ').replace(ARABIC_DATE_WORDS, ' ').replaceAll('،', ','))
      .replace(ARABIC_MERIDIEM, (_, time: string, mark: string) => `${time} ${mark.startsWith('م') ? 'PM' : 'AM'}`)
      .replace(/\s+/gu, ' ');
    // Pashto spells the months its own way ("اپرېل", "جنوري"): they stand among the other languages' names.
    return EUROPEAN_MONTH_NAME.test(read) ? EUROPEAN_MONTHS().reduce((t, [pattern, month]) => t.replace(pattern, month), read) : read;
  }
  if (!EUROPEAN_MONTH_NAME.test(text)) return text;
  // "14. listopada 2023." is Croatian October (the day's ordinal dot); Polish "14 listopada 2023" is November.
  const croatian = text.replace(CROATIAN_OCTOBER, '$1 October');
  // "14 de abril de 2024 a las 19:05" → "14 April 2024 at 19:05"; "2024 г." → "2024"
  return EUROPEAN_MONTHS()
    .reduce((t, [pattern, month]) => t.replace(pattern, month), croatian)
    .replace(EUROPEAN_DATE_JOINERS, (joiner) => (joiner.startsWith(' г') ? '' : /\s(?:de|del|ta['’]|ga)\s|\sd['’]/iu.test(joiner) ? ' ' : ' at '))
    // "5. marca 2024" (Slovak, Slovene, Danish): the day's ordinal dot; "2024. gada 5. martā" (Latvian), "2024 m. kovo 5 d." (Lithuanian): the year first.
    .replace(ORDINAL_DAY_BEFORE_MONTH, '$1 ')
    // "5. ožujka 2024. u 14:20": the year's ordinal dot before the time.
    .replace(YEAR_DOT_BEFORE_TIME, '$1 at ')
    .replace(YEAR_FIRST_DAY_MONTH, '$2 $3 $1')
    .replace(YEAR_FIRST_MONTH_DAY, '$2 $3, $1')
    .replace(BASQUE_YEAR_FIRST, '$2 $3, $1');
}

/** The units of "3 days ago" printed beside a date. */
const AGO_UNITS = '(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
/** "Posted on 5th August 2023 in Women's Fellowship, Mission & Outreach": a theme's post meta names the categories after the date. */
const CATEGORIES_AFTER_POSTED_DATE = /^((?:posted|published) on \S.{4,40}?\d) in \p{Lu}.*$/iu;
/** "Published 3 days ago · 12 September 2023": the page's age of the story before the date it gives. */
const RELATIVE_BEFORE_DATE = new RegExp(String.raw`\b\d{1,3} ${AGO_UNITS} ago ?[·|•,–—-] ?(?=\d{1,2}\s?\p{L}|\p{L}{3,9} \d)`, 'iu');
const GERMANIC_DAY_WITHOUT_DOT = /\b(\d{1,2}) (?=(?:januar|februar|märz|juni|juli|oktober|dezember)\s\d{4}\b)/giu;
const ENGLISH_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR_DOT_BEFORE_TIME = /\b(\d{4})\. at /gu;
const ORDINAL_DAY_BEFORE_MONTH = new RegExp(String.raw`\b(\d{1,2})\.\s(?=(?:${ENGLISH_MONTHS})\b)`, 'gv');
const YEAR_FIRST_DAY_MONTH = new RegExp(String.raw`\b(\d{4})\.? gada (\d{1,2}) (${ENGLISH_MONTHS})\b`, 'gv');
/** "2024ko apirilaren 9a" (Basque): the year, the month in the genitive, the day with its article. */
const BASQUE_YEAR_FIRST = new RegExp(String.raw`\b(\d{4})ko (${ENGLISH_MONTHS}) (\d{1,2})a\b`, 'gv');
const YEAR_FIRST_MONTH_DAY = new RegExp(String.raw`\b(\d{4}) m\. (${ENGLISH_MONTHS}) (\d{1,2}) d\.`, 'gv');

/** Finds the first date in a piece of text (a line, or part of a byline). The same lines are asked about several times per file. */
export const findDate = memoized(findDateUncached);

/** "Apr 18, 2024 Updated Apr 19, 2024": the first date is the publication, the rest an update. */
// Labels in scripts other than Latin have no ASCII word boundary: a space before them bounds them too.
const UPDATE_MARK = new RegExp(String.raw`\s*(?:\b|(?<=[\d\s]))(?:${UPDATE_LABELS})(?![\p{L}\p{N}]).*$`, 'iu');
/** "June 14, 20243:12 PM": a copied page can glue the year to the time after it. */
const GLUED_YEAR_TIME = /\b((?:19|20)\d{2})(\d{1,2}:\d{2})/u;
/** "7 June 2024 - 14:05 · 4 hours ago": how long ago, printed beside a dated line (the date says it). */
/** "2024 · 3 years ago", "03/02/2026 5:02pm (2 weeks ago)": the same day counted back from the page's saving, after it. */
const TRAILING_AGO_AFTER_YEAR = new RegExp(String.raw`((?:19|20)\d{2}\b.{0,20}?)\s(?:[|•·]\s(?:\d{1,3}|an?|one) ${AGO_UNITS} ago|\((?:\d{1,3}|an?|one) ${AGO_UNITS} ago\))$`, 'iu');
/** "2024-08-22 21:05:14 | Source: Xinhua": the story's source beside its date. */
const TRAILING_SOURCE = /\s*\|\s*(?:source|quelle|fuente|fonte|sumber|kaynak)\s?:\s?[^|]{2,40}$/iu;
/** "2 April 2025, 19:40 (local time)": the page says the clock is the place's own, which names no zone. */
const LOCAL_TIME_NOTE = /\s?\(?local time\)?$/iu;
/** "3 марта 2024, 11:42 (обновлено: 14:05)": the update's time in parentheses after the publication's. */
const UPDATED_NOTE = /\s\((?:updated|обновлено|оновлено|güncellendi|aktualisiert|mis à jour|actualizado|atualizado|aggiornato)\s?:?\s?[^()]{1,30}\)$/iu;
/** "07:05 UhrLesedauer: 3 Min.": a reading time glued to the date line; "Oct 17, 2023 — 8 min read". */
const TRAILING_READING_TIME = /\s?(?:lesedauer|lesezeit|reading time|temps de lecture)\s?:.*$|\s*[|•·—–-]\s*\d{1,3}\s?min(?:ute)?s?\.? (?:read|lesezeit|de lecture|de lectura|di lettura)$/iu;

const LEADING_SEPARATOR = /^[|•·—–]\s*/u;
/** The weekdays the date parsers read themselves: before a day's number they stay part of the date ("Posted on Wednesday, 5 February 2025 by …"). */
const PARSED_WEEKDAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b';
/**
 * "Jumatatu, March 25, 2024", "Četrtek, 5. March 2024", "Ceturtdiena, 2024. gada …" (its month already read into English): a weekday the parser
 * does not know would cost the line its coverage. Before a numeric date it stays: the weekday tells which reading of "05/03/2021" is meant.
 */
const LEADING_WEEKDAY_BEFORE_MONTH = new RegExp(
  `^(?:${WEEKDAY_WORDS}),\\s(?=\\p{L})|^(?!${PARSED_WEEKDAYS})(?:${WEEKDAY_WORDS}),?\\s(?=\\d{1,2}\\.?\\s(?:ta['’]\\s)?\\p{L}|\\d{4})`,
  'iu',
);
/** "KabarNusa.com - 22/01/2024, 14:05 WIB": the site's web address before the date. */
const LEADING_WEB_ADDRESS = /^[\p{L}\p{N}\-]{2,30}(?:\.[a-z]{2,6}){1,2}\s[\|•·—–\-]\s(?=\d)/v;
/** "PublishedMarch 21, 2024": a copied page can glue the label to the date. */
const GLUED_LABEL = /^(Published|Updated|Posted|Veröffentlicht|Aktualisiert)(?=[A-Z\d])/u;
/**
 * "Di., 12.03.2024 - 19:02", "Tue, 12.03.2024": a weekday before a dotted date, which is day first; left in, it has the
 * English parser read the date month first (both readings may fall on that weekday).
 */
const LEADING_WEEKDAY_BEFORE_DOTTED_DATE = /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s(?=\d{1,2}\.\d{1,2}\.\d{2})/iu;
/** "2024. március 9., szombat", "2023. október 12., csütörtök 14:37", "2024. április 9. kedd, 16:20", "16 Ocak 2025 Perşembe 17:45", "15 June 2020 Monday 09:15" (a Turkish site in English): Hungarian and Turkish put the weekday after the date, before the time. */
const WEEKDAY_AFTER_DATE = /,?\s(?:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=$|,?\s\d{1,2}[:.]\d{2}$)/iu;
/** "ថ្ងៃពុធ ទី13 ខែមីនា ឆ្នាំ2024 ម៉ោង 09:30": Khmer names the weekday, the day, the month, the year and the hour with a word glued to each. */
const KHMER_DATE_WORDS = /ថ្ងៃ[\p{L}\p{M}]*\s|ទី(?=\d)|ខែ(?=\p{L})|ឆ្នាំ(?=\d)|ម៉ោង\s?/gv;
/** "2024 මාර්තු 20 බදාදා, ප.ව. 03:45": a word after a dated day, before the comma and the time, is its weekday, in whatever language. */
const WORD_BEFORE_TIME = /(?<=(?:19|20)\d{2}(?:\D{1,30}\d{1,2})?) [\p{L}\p{M}]{2,20}(?=,\s(?:\S{1,8}\s)?\d{1,2}[:.]\d{2}$)/v;
/** "3 hours ago   👁 1 284", "12 March 2021 | Views: 5,210", "22.03.2024 | 10:15 Прочетена 1 846 пъти": a view counter after the date. */
const TRAILING_VIEW_COUNT = /\s*(?:[|•·]\s*)?(?:(?:👁\uFE0F?|views?:?) ?\d[\d .,]*k?|\d{1,6} (?:likes?|upvotes?|points?|votes?)|(?:прочетена|прочитано|прочитана) \d[\d .,]* (?:пъти|пута|раз))$/iu;
/** "2023年12月19日", "2024년 3월 5일", "2024. 3. 12.", "2024. 03. 12.": year-first dates of Japanese, Chinese, Korean and Hungarian pages. */
const YEAR_FIRST_DATE = /(?<!\d)(\d{4})(?:\s?[年년]\s?|\.\s?)(\d{1,2})(?:\s?[月월]\s?|\.\s?)(\d{1,2})(?:\s?[日일]|\.(?!\d))/u;
/** "2024 оны 4 дүгээр сарын 8" (Mongolian), "2024-يىلى 9-ئاينىڭ 5-كۈنى" (Uyghur): the year's, the month's and the day's number, each with its word. */
const WORDED_YEAR_MONTH_DAY = /(?<!\d)(\d{4})(?: оны |-يىلى )(\d{1,2})(?: (?:дүгээр|дугаар) сарын |-ئاينىڭ )(\d{1,2})(?: өдөр|-كۈنى)?(?!\d)/u;
/** "2024. March 12." (Hungarian, its month already in English): the year first, before the month's name. */
const YEAR_FIRST_NAMED_DATE = new RegExp(String.raw`(?<!\d)(\d{4})\.\s(${ENGLISH_MONTHS})\s(\d{1,2})\.`, 'v');
const isoDay = (_: string, year: string, month: string, day: string): string => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
/** "오후 3:45", "ප.ව. 03:45", "सकाळी 08:30" (Marathi: in the morning), "ਸ਼ਾਮ 6:15" (Punjabi: in the evening): the part of the day before the time, with an optional "o'clock" after it. */
const MERIDIEM_BEFORE_TIME = /(오전|오후|上午|下午|පෙ\.ව\.|ප\.ව\.|पूर्वाह्न|अपराह्न|सकाळी|पहाटे|सुबह|ఉదయం|ਸਵੇਰੇ|સવારે|နံနက်|সকাল|दुपारी|संध्याकाळी|सायंकाळी|रात्री|दोपहर|शाम|మధ్యాహ్నం|సాయంత్రం|రాత్రి|ਦੁਪਹਿਰ|ਸ਼ਾਮ|ਰਾਤ|બપોરે|સાંજે|રાત્રે|မွန်းလွဲ|ညနေ|দুপুর|বিকাল|সন্ধ্যা)\s?(\d{1,2}[:.]\d{2})(?:\s(?:वाजता|बजे|ਵਜੇ|বাজে)(?!\p{L}))?/gv;
/** "09:30 ព្រឹក" (Khmer: in the morning), "05:15 ល្ងាច" (in the evening): the part of the day after the time. */
const MERIDIEM_AFTER_TIME = /(\d{1,2}:\d{2})\s(ព្រឹក|រសៀល|ល្ងាច|àárọ̀|ọ̀sán|ìrọ̀lẹ́|alẹ́)(?!\p{L})/gv;
/** "14時32分", "14时32分", "14시 32분": hours and minutes written with their characters. */
const EAST_ASIAN_CLOCK = /(?<!\d)(\d{1,2})\s?[時时點点시]\s?(\d{1,2})\s?[分분]/gu;
const MORNING = new Set(['오전', '上午', 'පෙ.ව.', 'पूर्वाह्न', 'ព្រឹក', 'सकाळी', 'पहाटे', 'सुबह', 'ఉదయం', 'ਸਵੇਰੇ', 'સવારે', 'နံနက်', 'সকাল', 'àárọ̀']);
const inTwelveHours = (time: string, meridiem: string): string => `${time} ${MORNING.has(meridiem) ? 'AM' : 'PM'}`;
/** "来源：新华社 编号：…" after the date, "（12月19日 20:02更新）": the source, the id and the update, not the date. */
const EAST_ASIAN_TRAILER = /\s*(?:[（(][^（）()]{0,40}更新[）)]|(?:来源|來源|编号|編號|作者|责任编辑)[:：].*$)/gu;

/** English weekdays by their first three letters, in the order of Date.getUTCDay(). */
export const WEEKDAYS = wordList('sun|mon|tue|wed|thu|fri|sat');
/** An English weekday, cut short or whole ("Fri", "Wednesday"); its first three letters captured. */
export const WEEKDAY_WORD = String.raw`(${WEEKDAYS.join('|')})(?:day|sday|nesday|rsday|urday)?`;
/**
 * "Mié, 13/03/2024", "Sáb 16/03/2024", "Qui, 14/03/2024", "Gio 14/03/2024", "Wo 13-03-2024", "Czw, 14/03/2024": weekdays cut short in
 * Spanish, Portuguese, Italian, French, German, Dutch and Polish, Sunday first. No abbreviation names two different days.
 */
const SHORT_WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['dom', 'dim', 'so', 'zo', 'niedz'],
  ['lun', 'seg', 'mo', 'ma', 'pon'],
  ['mar', 'ter', 'di', 'wt'],
  ['mié', 'mie', 'mer', 'qua', 'mi', 'wo', 'śr'],
  ['jue', 'qui', 'gio', 'jeu', 'do', 'czw'],
  ['vie', 'sex', 'ven', 'fr', 'vr', 'pt'],
  ['sáb', 'sab', 'sam', 'sa', 'za', 'sob'],
];
const SHORT_WEEKDAY_INDEX = new Map(SHORT_WEEKDAYS.flatMap((names, index) => names.map((name) => [name, index] as const)));
/** "Friday 05/03/2021", "Wed 03-05-2023", "Mié, 13/03/2024": a weekday before a numeric date that could be read either way. */
const WEEKDAY_NUMERIC_DATE = new RegExp(
  String.raw`(?<!\p{L})(?:${WEEKDAY_WORD}|(${[...SHORT_WEEKDAY_INDEX.keys()].join('|')}))\.?,? (\d{1,2})([/-])(\d{1,2})\4(\d{4})(?!\d)`,
  'iu',
);

/** When only the day-first reading falls on the weekday, the date is rewritten as ISO (the English parser would read it month-first). */
function dayFirstByWeekday(text: string): string {
  const m = WEEKDAY_NUMERIC_DATE.exec(text);
  if (!m) return text;
  const weekday = m[1] === undefined ? SHORT_WEEKDAY_INDEX.get(m[2]!.toLowerCase())! : WEEKDAYS.indexOf(m[1].toLowerCase());
  const [first, second, year] = [Number(m[3]), Number(m[5]), Number(m[6])];
  const falls = (month: number, day: number): boolean => {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCMonth() === month - 1 && date.getUTCDay() === weekday;
  };
  const dayFirst = falls(second, first) && !falls(first, second);
  if (!dayFirst && m[1] !== undefined) return text;
  // An English weekday stays (the parser reads it); one cut short in another language goes, once it has told the order (it would cost the line its coverage).
  const keptWeekday = m[1] === undefined ? '' : m[0].replace(/[\d/-]+$/u, '');
  const date = dayFirst ? `${year}-${pad(second)}-${pad(first)}` : `${m[3]}${m[4]}${m[5]}${m[4]}${m[6]}`;
  return `${text.slice(0, m.index)}${keptWeekday}${date}${text.slice(m.index + m[0].length)}`;
}

function findDateUncached(line: string): DateFinding | null {
  const text = line.replace(GLUED_LABEL, '$1 ');
  // Taking a comment count or an update off the text never adds a date: most lines stop here.
  if (!hasDateHint(text)) return null;
  const published = text
    .replace(LEADING_SEPARATOR, '')
    .replace(LEADING_WEB_ADDRESS, '')
    .replace(TRAILING_COMMENT_COUNT, '')
    .replace(TRAILING_VIEW_COUNT, '')
    .replace(UPDATE_MARK, '')
    .replace(TRAILING_READING_TIME, '')
    .replace(LOCAL_TIME_NOTE, '')
    .replace(UPDATED_NOTE, '')
    .replace(TRAILING_SOURCE, '')
    // "5:48pm AWST": Western Australia's time, which the date parser does not name.
    .replace(/\bAW([SD])T\b/gu, (_, season: string) => (season === 'S' ? 'GMT+8' : 'GMT+9'))
    .replace(CATEGORIES_AFTER_POSTED_DATE, '$1')
    .replace(RELATIVE_BEFORE_DATE, '')
    .replace(TRAILING_AGO_AFTER_YEAR, '$1')
    .replace(EDITED_NOTE, '')
    .replace(WEEKDAY_AFTER_DATE, '')
    .replace(WORD_BEFORE_TIME, '')
    .replace(KHMER_DATE_WORDS, '')
    .replace(GLUED_YEAR_TIME, '$1 $2')
    // "08:30:00.412903+01:00" (Python's isoformat): the parser reads milliseconds, not microseconds.
    .replace(/(?<=T\d{2}:\d{2}:\d{2}\.\d{3})\d+/u, '');
  // "14 January 2024 | 14:05": separators between date and time would stop the parser halfway.
  // "· 2 yr. ago": a separator left over from an "author · time" line.
  const stripped = dayFirstByWeekday(
    withEnglishMonths((published.length > 0 ? published : text.replace(LEADING_SEPARATOR, '')).replace(DATE_LINE_PREFIX, ''))
    .replace(LEADING_WEEKDAY_BEFORE_MONTH, '')
    .replace(LEADING_WEEKDAY_BEFORE_DOTTED_DATE, '')
    .replace(MOSCOW_TIME, 'MSK')
    .replace(CITY_TIME, (_, city: string) => CITY_ZONES[city.toLowerCase()] ?? '')
    .replace(/\s[|•·]\s/gu, ' ')
    // "ဇွန် 18၊ 2024": the Burmese comma.
    .replace(/၊/gu, ',')
    // "Jan 5, 2023 / 06:45 AM", "7 November 2023 - 14:26", "05/05/2022 a las 14:32", "5. marec 2024 ob 9:41", "Mayo 12, 2024 nang 9:47 pm": a slash, a dash or a word between the date and its time.
    .replace(/(\d)\.?\s(?:[/–—авоуo@-]|a las|a les|во|às|ás|alle|om|ob|në|saat|saa|la|nang)\s(?=(?:at )?\d{1,2}[:.h]\d{2}(?!\d))/gu, '$1 ')
    // "10:45 AM - 9 May 2023" (Gulf papers print the time first): the dash would stop the parser after the time.
    .replace(/^(\d{1,2}:\d{2}(?:\s?[AP]M)?) [-–—|] (?=\d{1,2} \p{L})/iu, '$1, ')
    // "15 Meyi 2024 ngo-08:15" (Zulu): "at" prefixed to the time.
    .replace(/(?<=\d)\sngo-(?=\d{1,2}[:.]\d{2})/gu, ' ')
    // "07.15 oere" (Frisian): "o'clock" after the time; "17:05h", "14:35 hs" (Spanish): "hours" after it.
    .replace(/(?<=\d[:.]\d{2})\soere(?!\p{L})/gv, '')
    .replace(/(?<=\d:\d{2})\s?hs?\.?(?!\p{L})/gv, '')
    // "18mh den Ghearran 2025" (Scottish Gaelic): the day's ordinal ending and "of the" before the month.
    .replace(/(?<!\d)(\d{1,2})(?:d|na|s|mh)? den (?=\p{L})/gv, '$1 ')
    // "5. mar 2024" (Slovak, Czech): the day's ordinal dot before a month cut short.
    .replace(/\b(\d{1,2})\.\s(?=(?:jan|feb|mar|apr|máj|jún|júl|aug|sep|okt|oct|nov|dec)\.?\s\d{4})/giu, '$1 ')
    // "09.04.2024 at 12:03": without the word, the day-first parser reads the time too (the English one would read the month first).
    .replace(/(\b\d{1,2}\.\d{1,2}\.\d{2,4}) at (?=\d{1,2}:\d{2}\b)/gu, '$1 ')
    // "15 Oktober 2024 15:20 WIB", "3 Juni 2024" (Indonesian, Dutch, Nordic): the German parser reads these names only after the day's ordinal dot ("12 mai 2023" is French too).
    .replace(GERMANIC_DAY_WITHOUT_DOT, '$1. ')
    // "12. 3. 2024": Czech and Slovak day-first dates with spaces; "5 mars 2024 kl. 06.30": Nordic times.
    .replace(/\b(\d{1,2})\. (\d{1,2})\. (\d{4})\b/gu, '$1.$2.$3')
    // "12.03.2024. 15:40": Serbian and Croatian close the year with a dot too.
    .replace(/\b(\d{1,2}\.\d{1,2}\.\d{4})\.(?!\d)/gu, '$1')
    .replace(/(\d{4}),?\s(?:kl\.|klo|o godz\.|godz\.)\s?(\d{1,2})[.:](\d{2})\b/gu, '$1 $2:$3')
    // "17:40 PM": a 24-hour time with a meridiem the site's template adds anyway.
    .replace(/\b(1[3-9]|2[0-3]):(\d{2}) ?(?:pm|p\.m\.)(?![\p{L}.])/giu, '$1:$2')
    // "14: 32": a space the page left inside a time.
    .replace(/\b(\d{1,2}): (\d{2})\b/gu, '$1:$2')
    // "19 h 22 min", "19h22": French times.
    .replace(/\b(\d{1,2}) ?h ?(\d{2})(?: ?min)?\b/gu, '$1:$2')
    // "05.05.2023 [13:42] (GMT+4)": a time in brackets, a zone in parentheses.
    .replace(/\[(\d{1,2}:\d{2})\]/gu, '$1')
    .replace(/\((GMT|UTC)\s?([+-]\d{1,2}(?::?\d{2})?)\)/gu, '$1$2')
    // "19:32 GMT+700": hours and minutes of the offset without a colon, the hours in one digit.
    .replace(/\b(GMT|UTC)([+-])(\d)(\d{2})\b/gu, '$1$20$3:$4')
    .replace(YEAR_FIRST_DATE, isoDay)
    .replace(WORDED_YEAR_MONTH_DAY, isoDay)
    .replace(YEAR_FIRST_NAMED_DATE, '$2 $3, $1')
    .replace(EAST_ASIAN_CLOCK, (_, hours: string, minutes: string) => `${hours}:${minutes.padStart(2, '0')}`)
    .replace(MERIDIEM_BEFORE_TIME, (_, meridiem: string, time: string) => inTwelveHours(time, meridiem))
    .replace(MERIDIEM_AFTER_TIME, (_, time: string, meridiem: string) => inTwelveHours(time, meridiem))
    .replace(EAST_ASIAN_TRAILER, '')
    .trim(),
  );
  if (stripped.length === 0 || !mayHoldDate(stripped)) return null;
  if (RELATIVE_TIME_LINE.test(stripped)) return { iso: null, relative: true, coverage: 1, text: stripped, time: null, monthDay: null };
  const solarHijri = findSolarHijriDate(stripped);
  if (solarHijri) return { iso: withZoneAfter(solarHijri, stripped), relative: false, coverage: solarHijri.text.length / stripped.length, text: solarHijri.text, time: solarHijri.time, monthDay: null };
  // A day the Solar Hijri calendar does not have is no date at all (chrono would read the year 1400).
  if (looksSolarHijri(stripped)) return null;
  const ethiopian = looksEthiopian(stripped) ? findEthiopianDate(stripped) : null;
  if (ethiopian) return { iso: ethiopian.iso, relative: false, coverage: ethiopian.text.length / stripped.length, text: ethiopian.text, time: null, monthDay: null };
  const result = firstResult(stripped);
  if (!result) return null;
  const relative = RELATIVE_WORDS.test(result.text);
  return {
    iso: relative ? null : toIso(result),
    relative,
    coverage: result.text.length / stripped.length,
    text: result.text,
    time: relative ? null : zonedTimeOf(result),
    monthDay: relative ? null : monthDayOf(result),
  };
}

/** "12 Mehr 1402 - 11:27 Tehran time": the Gregorian day and time read again with the zone printed after them. */
function withZoneAfter(found: SolarHijriFinding, text: string): string {
  const after = text.slice(text.indexOf(found.text) + found.text.length);
  if (found.time === null || !/\S/u.test(after)) return found.iso;
  const zoned = firstResult(`${found.iso.replace('T', ' ')}${after}`);
  const iso = zoned ? toIso(zoned) : null;
  return iso !== null && iso.startsWith(found.iso) ? iso : found.iso;
}

/** A line that is a date and little else ("Saturday 10 March 2012 13:11", "Published: 4 June 2021", "Mar 14"). */
export function parseDateLine(text: string, minCoverage = 0.6): DateFinding | null {
  if (text.length > MAX_DATE_LINE) return null;
  const finding = findDate(text);
  return finding && finding.coverage >= minCoverage && (finding.iso !== null || finding.relative || finding.monthDay !== null) ? finding : null;
}
