import type { Dateline } from '../types';
import { lazy, patternNeeding } from '../memo';
import { parseDateLine } from './parseDate';
import { bareNames, isAgency, isPublicationCredit } from './readByline';
import { wordList } from '../patterns';

export interface DatelineFinding {
  dateline: Dateline;
  /** The paragraph without its dateline prefix. */
  rest: string;
  /** A full date the dateline prints ("June 4, 2024" in a press release's), as ISO. */
  publishedAt?: string | null;
  /** Reporters the dateline names ("新华社北京3月12日电（记者张伟、李娜）", "(세종=연합뉴스) 김민지 기자 ="). */
  authors?: string[];
  /** A form any paragraph may open with ("Abu Dhabi: …" reads like "Fazit: …"): a dateline only at the very top of the text. */
  openingOnly?: true;
}

/** "新华社北京3月12日电（记者张伟、李娜）": agency, place, date, and the reporters — the opening of a Chinese wire story. */
const CHINESE_WIRE = /^(\p{Script=Han}{1,5}社|\p{Script=Han}{2,4}网)(\p{Script=Han}{2,8})\d{1,2}月\d{1,2}日电(?:[（\(]记者\s?([^）\)]{1,40})[）\)])?\s*/v;
/** "(세종=연합뉴스) 김민지 기자 =": place and agency, then the reporters — the opening of a Korean wire story. */
const KOREAN_WIRE = /^\(([^=\(\)]{1,20})=([^=\(\)]{1,20})\)\s*(?:((?:\p{Script=Hangul}{2,4}\s?)+?)\s?기자\s?=\s*)?/v;
/** "【北京=共同】", "【ワシントン共同】": place and agency in lenticular brackets — the opening of a Japanese wire story. */
const JAPANESE_WIRE = /^【([^【】=＝]{1,20})[=＝]([^【】=＝]{1,20})】\s*|^【([^【】=＝]{1,20}?)(共同|時事|ロイター|AFP時事|新華社|聯合)】\s*/u;
/** "【函館】…": the place alone in lenticular brackets, as Japanese regional papers open a story (not a label such as 【速報】). */
const JAPANESE_PLACE = /^【(\p{Script=Han}{1,6}|\p{Script=Katakana}{2,10})】\s*/v;
const BRACKET_LABELS = new Set(wordList('速報|独自|詳報|続報|動画|写真|更新|解説|社説|特集|号外|訂正|追記|注目|時事|共同'));
const OPEN_PARENTHESIS = 0x28;
const OPEN_LENTICULAR = 0x3010;
const FIRST_HAN = 0x3400;
const REPORTER_SEPARATOR = /[、,，\s]+/u;

/**
 * "(TMT) - Sáng 6/6, …", "(NLĐO) – …": the outlet's short name in capitals, in parentheses before a dash, no place (Vietnamese
 * papers). ANSA's "(ANSA) - BOLOGNA, 9 MAG -" names the place after it: that is a dateline of its own.
 */
const BRACKETED_AGENCY_DASH = /^\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)\s?[—–\-]{1,2}\s?(?=\S)(?!\p{Lu}[\p{Lu}\p{M}'’ \-]+,)/v;

function bracketedAgency(paragraph: string): DatelineFinding | null {
  const m = BRACKETED_AGENCY_DASH.exec(paragraph);
  return m && !LABELS.has(m[1]!) ? { dateline: { locations: [], agency: m[1]! }, rest: paragraph.slice(m[0].length) } : null;
}

function eastAsianWire(paragraph: string): DatelineFinding | null {
  const japanese = JAPANESE_WIRE.exec(paragraph);
  if (japanese) {
    const [place, agency] = japanese[1] !== undefined ? [japanese[1], japanese[2]!] : [japanese[3]!, japanese[4]!];
    return { dateline: { locations: [place.trim()], agency: agency.trim() }, rest: paragraph.slice(japanese[0].length) };
  }
  const bracketed = JAPANESE_PLACE.exec(paragraph);
  if (bracketed && !BRACKET_LABELS.has(bracketed[1]!)) return { dateline: { locations: [bracketed[1]!], agency: null }, rest: paragraph.slice(bracketed[0].length) };
  const chinese = CHINESE_WIRE.exec(paragraph);
  const korean = chinese ? null : KOREAN_WIRE.exec(paragraph);
  const found = chinese ?? korean;
  if (!found) return null;
  const [agency, place] = chinese ? [found[1]!, found[2]!] : [found[2]!, found[1]!];
  const authors = (found[3] ?? '').split(REPORTER_SEPARATOR).filter((name) => name.length > 0);
  return { dateline: { locations: [place.trim()], agency: agency.trim() }, rest: paragraph.slice(found[0].length), authors };
}

const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]*(?: \p{Lu}[\p{Lu}\p{M}.'’\-]*){0,3}`;
/** A capitalized place, or one in a script without case (Persian, Arabic): "Berlin", "تهران"; a particle may join its words ("Ciudad de México", "Frankfurt am Main"). */
const TITLE_PLACE = String.raw`[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]+(?: (?:(?:de|del|de la|do|da|dos|das|di|am|an der|upon|sur|el|al) )?[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]+){0,2}`;
const DASH = String.raw`\s*[—–\-]+\s*`;

/** "TEHRAN, BAKU, TEL AVIV (Combined Sources)—", "LONDON, June 4 (Reuters) -", "SAN ISIDRO (Notimex).—" (a full stop before the dash, as Mexican papers print it). */
const PLACES_WITH_AGENCY = patternNeeding('(', () => new RegExp(String.raw`^(${PLACE}(?:(?:,| ?\/) ${PLACE}){0,5})(?:, ([^\(\),—–]{3,25}(?:, \d{4})?))?\s?\(([^\(\)]{1,40})\)\.?${DASH}(?=\S)`, 'v'));
/** "TAMPERE (STT) Pirkanmaan …", "BERGEN (NTB): …", "VILNIUS, kovo 5 d. (ELTA). …": without the dash, only a known agency makes it a dateline. */
const PLACES_WITH_KNOWN_AGENCY = patternNeeding('(', () => new RegExp(String.raw`^(${PLACE}(?:(?:,| ?\/) ${PLACE}){0,5})(?:, [^\(\),—–]{3,25})?\s?\(([^\(\)]{1,40})\)[.:]?\s(?=[\p{Lu}"“«])`, 'v'));
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\p{L}*\.?`;
/** "Mon.", "Tues", "Monday": the weekday some datelines print before the date ("BELIZE CITY, Mon. Mar. 4, 2024--"). */
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?`;
const DAY_MONTH = String.raw`(?:\d{1,2} ${MONTH}|${MONTH} ?\d{1,2}\.?)(?:,? \d{4})?`;
/** "12 octobre", "5 may", "12 марта.": a day and a month in any language, as datelines print them (no year needed). */
// "gegužės 16 d." (Lithuanian): the month first, the day with its abbreviated "day".
// "3 تشرين الأول": a Levantine month of two words. "Sadaasa 12, 2024": the month first needs its year. "2024 оны 4 дүгээр сарын 8": Mongolian numbers the year, the month and the day, each with its word; "12.06.2024": the date in digits.
const DAY_MONTH_ANY_LANGUAGE = String.raw`(?:${DAY_MONTH}|\d{1,2}(?:\.|-\p{Ll}{1,4})? \p{L}{3,12}\.?(?:,? \d{4})?|\p{Ll}{3,12} \d{1,2} d\.|\d{4} оны \d{1,2} \p{Ll}{5,6} сарын \d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\p{L}{3,12} \d{1,2}, \d{4}|\d{1,2} (?:تشرين|كانون) (?:الأول|الثاني))`;

/** "Berlin (dpa) –", "Kiel/Husum (dpa) –", "Peniche, Leiria, 12 mar 2024 (Lusa) -", "Lyon, 12 octobre (AFP) -", "Jaén, 5 may (EFE).-", "عمان 3 آذار (بترا) -": title-case places, a day, the agency in parentheses. */
const TITLE_PLACE_WITH_AGENCY = patternNeeding('(', () => new RegExp(
  String.raw`^(${TITLE_PLACE}(?:(?:\/|, )${TITLE_PLACE}){0,3})(?:,? ${DAY_MONTH_ANY_LANGUAGE})?\s?\(([^\(\)]{1,40})\)\.?${DASH}(?=[\p{Lu}\p{Lo}"“‘«])`,
  'v',
));
/** "Erbil [Iraq], Nov 8 (ANI): …", "New Delhi [India], March 3 (ANI) - …": the place, its country in brackets, the day, the agency (ANI's wire). */
const PLACE_BRACKETED_COUNTRY_AGENCY = patternNeeding('[', () => new RegExp(
  String.raw`^(${TITLE_PLACE}) \[(${TITLE_PLACE})\],? ${DAY_MONTH_ANY_LANGUAGE} \(([^\(\)]{1,40})\)(?::\s|${DASH})(?=[\p{Lu}\p{Lo}"“‘«])`,
  'v',
));
/** "ULAANBAATAR/MONTSAME/. The …", "Ulaanbaatar /MONTSAME/. The …": the place and the agency between slashes, no date. */
const PLACE_SLASHED_AGENCY = patternNeeding('/', () => new RegExp(String.raw`^(${TITLE_PLACE}) ?\/(\p{Lu}[\p{Lu}\p{N}.\-]{1,24})\/\.? (?=[\p{Lu}"“«])`, 'v'));
/** "САМАРА, 12 марта. /ТАСС/.": the place and day, then the agency between slashes (Russian wires); "Cluj-Napoca, 3 sep /Agerpres/ -" with a dash after it. */
const PLACE_DAY_SLASHED_AGENCY = patternNeeding('/', () => new RegExp(String.raw`^(${TITLE_PLACE}), ${DAY_MONTH_ANY_LANGUAGE} ?\/([^\/]{2,30})\/\.?(?: [—–\-])? (?=[\p{Lu}\p{Lo}"“«])`, 'v'));
/** "МОСКВА, 3 мар — РИА Новости. Министерство …", "Казань, 3 марта - РИА Новости.": the place and day, a dash, the agency closed by a full stop (RIA). */
const PLACE_DAY_DASH_AGENCY_STOP = new RegExp(String.raw`^(${PLACE}|${TITLE_PLACE}), ${DAY_MONTH_ANY_LANGUAGE} [—–\-] (?!(?:The|A|An) )(\p{Lu}[\p{L}.\-]{1,20}(?: \p{Lu}[\p{L}.\-]{1,20}){0,2})\. (?=[\p{Lu}"“«])`, 'v');
/** "Gəncə. 5 mart. REPORT.AZ/", "Baku. 14 June. REPORT.AZ/": the place, the day, the agency closed by a slash (Azerbaijani wires). */
const PLACE_DAY_AGENCY_SLASH = patternNeeding('/', () => new RegExp(String.raw`^(${TITLE_PLACE})\. \d{1,2} \p{L}{3,12}\. (\p{Lu}[\p{Lu}\p{N}.\-]{1,24})\/ ?(?=[\p{Lu}"“«])`, 'v'));
/** "Алматы. 12 марта. КазТАГ – …": place, day, agency, each closed by a full stop, a dash before the text (Kazakh and Russian wires). */
const PLACE_DAY_AGENCY_DASH = new RegExp(String.raw`^(${TITLE_PLACE})\. \d{1,2} \p{L}{3,12}\. (\p{Lu}[\p{L}\p{N}.\-]{1,24}(?: \p{Lu}[\p{L}\p{N}.\-]{1,24})?) [—–\-] (?=[\p{Lu}"“«])`, 'v');
/** "جنين 14-3-2023 وفا-": an Arabic-script place, the date in figures, the agency closed by a dash. */
const ARABIC_SCRIPT_PLACE_DATE_AGENCY = /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2}) \d{1,2}[\-\/.]\d{1,2}[\-\/.]\d{2,4}\s?(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?)\s?[—–\-]\s?(?=\p{Script=Arabic})/v;
/** "(ANSA) - VALTORRE, 10 GEN -": the agency first, then the place and the day; "(Reuters) -": the agency alone. */
const AGENCY_THEN_PLACE = new RegExp(String.raw`^\(([^\(\)]{2,30})\)\s?[—–\-]\s?(?:(${PLACE}(?:, ${PLACE}){0,3})(?:, \d{1,2} \p{L}{3,9}\.?)?\s?[—–\-]\s?)?(?=[\p{Lu}"“‘«])`, 'v');
/** "کوهسار- ایرنا-": the place and a known agency, each closed by a dash. */
const PLACE_AGENCY_DASHES = new RegExp(String.raw`^(${TITLE_PLACE})\s?[—–\-]\s?([^\s—–\-][^—–\-]{0,30}?)\s?[—–\-]\s?(?=\S)`, 'v');
/** "أبوظبي في 12 مارس / وام /": the place, "in", the day and the agency between slashes (Gulf agencies). */
const ARABIC_SCRIPT_PLACE_DAY_SLASHED_AGENCY = /^(\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2}) في \d{1,2} \p{Script=Arabic}+ \/ ?(\p{Script=Arabic}+(?: \p{Script=Arabic}+)?) ?\/\s?(?=\p{Script=Arabic})/v;
/** "الزرقاء الشرقية - …", "عمّان - …": Arabic and Persian papers open with the place and a dash (no case to tell a place by; a shadda is a mark). */
const ARABIC_SCRIPT_PLACE_DASH = /^([\p{Script=Arabic}\p{M}]+(?: [\p{Script=Arabic}\p{M}]+){0,2})\s[—–\-]\s(?=\p{Script=Arabic})/v;
/** "ملتان (اے پی پی) حکومت …", "لاہور (نامہ نگار) …": Urdu papers put the agency or desk in parentheses after the place, no dash. */
const ARABIC_SCRIPT_PLACE_PARENTHESIZED_AGENCY = /^([\p{Script=Arabic}\p{M}]{2,20}(?: [\p{Script=Arabic}\p{M}]{2,20})?) \(([\p{Script=Arabic}\p{M} ]{2,30})\) (?=\p{Script=Arabic})/v;
const MAX_AGENCY_WORDS = 2;
const AGENCY_ACRONYM = /^\p{Lu}{2,6}$/v;
/** "القاهرة - (أ ش أ) -": the place, then the agency between dashes. */
const PLACE_DASH_AGENCY = patternNeeding('(', () => new RegExp(String.raw`^(${TITLE_PLACE})\s?[—–\-]\s?\(([^\(\)]{1,40})\)\s?[—–\-]\s?(?=\S)`, 'v'));
/** A US state or region as AP abbreviates it after the city: "Mass.", "Calif.", "N.Y.", "D.C.". */
const REGION_ABBREVIATION = String.raw`\p{Lu}\p{Ll}{1,9}\.|\p{Lu}\.(?: ?\p{Lu}\.)+`;
const IS_REGION_ABBREVIATION = new RegExp(`^(?:${REGION_ABBREVIATION})$`, 'v');
/** "Ukraine", "New Mexico", "Nagorno-Karabakh", "Bosnia and Herzegovina": a country or region written out, no month and no digits. */
const REGION_WORD = String.raw`\p{Lu}\p{Ll}+(?:[\-'’]\p{Lu}?\p{Ll}+)*`;
const IS_REGION_NAME = new RegExp(String.raw`^(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Yesterday)\p{Ll}*\b)${REGION_WORD}(?: (?:(?:and|of|of the) )?${REGION_WORD}){0,2}$`, 'v');
/** "(Bishkek) –", "(Québec) Le …": a place in parentheses opening the text, no agency. */
const PLACE_IN_PARENTHESES = /^\((\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?)\)\s?(?:[—–\-]\s?)?(?=\p{Lu})/v;
/**
 * "LONDON —", "ICBPS- ", "WATERTOWN, Mass.—", "KYIV, Ukraine —", "NAIROBI, 19 June 2023 –", "KERICHO, Sept 30 —", "YEREVAN/MOSCOW —": upper-case
 * words (a region or a date may follow) then a dash, then the sentence.
 */
const BARE_PREFIX = new RegExp(
  String.raw`^(${PLACE}(?:(?:, | ?\/ ?)${PLACE}){0,5})(?:, (${REGION_ABBREVIATION}|${REGION_WORD}(?: ${REGION_WORD}){0,2}))?(?:, (?:${WEEKDAY},? )?(\d{1,2} ${MONTH}(?:,? \d{4})?|${MONTH} \d{1,2}(?:,? \d{4})?))?(?:\s?(?:[—–]|--)\s?|\s?-\s)(?=[\p{Lu}"“‘])`,
  'v',
);
/** "BENGALURU: The …", "NEW DELHI: …": an upper-case place closed by a colon (South Asian papers); "POKHARA, March 3, 2021: …": the day may stand before it. */
const COLON_PREFIX = patternNeeding(':', () => new RegExp(String.raw`^(${PLACE}(?:, ${PLACE}){0,2})(?:, (\d{1,2} ${MONTH}(?:,? \d{4})?|${MONTH} \d{1,2}(?:,? \d{4})?))?: (?=[\p{Lu}"“‘])`, 'v'));
/**
 * "மதுரை: …", "नई दिल्ली: …": in the scripts of India and Sri Lanka, which have no capitals to tell a place by, a place of
 * a word or two closed by a colon opens the story (only the opening paragraph is read).
 */
const INDIC_LETTER = String.raw`[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}]`;
/** A letter of those scripts or the zero-width non-joiner some words spell with ("న్యూస్‌టుడే"). */
const INDIC_LETTER_OR_JOINER = String.raw`${INDIC_LETTER.slice(0, -1)}\u200C]`;
const INDIC_PLACE_COLON = patternNeeding(':', () => new RegExp(String.raw`^(${INDIC_LETTER}{2,20}(?: ${INDIC_LETTER}{2,20})?): (?=\S)`, 'v'));
/** "Cape Town – About …", "Abuja — The …": a title-case place, a spaced dash, the sentence. */
const TITLE_PLACE_DASH = /^(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}) [—–\-] (?=\p{Lu})/v;
/** "Rasht, SNA – More than …": a title-case place, an agency's acronym, a dash. */
const TITLE_PLACE_ACRONYM_DASH = /^(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2}), (\p{Lu}{2,8}) [—–\-] (?=\p{Lu})/v;
/** "Abu Dhabi: The …", "Dubai: …", "Kathmandu, Nov 3: …": a title-case place (and the day) closed by a colon (Gulf and South Asian papers). */
const TITLE_PLACE_COLON = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:, ${DAY_MONTH})?: (?=\p{Lu}\p{Ll})`, 'v');

/**
 * Wire style with the date before the agency: "YEREVAN, JUNE 5, ARMENPRESS. The minister…",
 * "Baku, Azerbaijan, June 5 – Trend:", "BAKU, 5 June, AZERTAC.", "KINGSTON, Jamaica, Jun 14, CMC –". The agency is
 * one word in capitals or a known agency, closed by a full stop, a colon or a dash.
 */
const PLACES_DATE_AGENCY = new RegExp(
  String.raw`^(${TITLE_PLACE}(?:, ${TITLE_PLACE}){0,2}), ${DAY_MONTH}[.,]?(?:\s?[—–\-]\s?| )(\p{Lu}[\p{L}\/.\-]{1,24}?)(?:[.:]|\s[—–\-]) (?=[\p{Lu}"“‘])`,
  'v',
);

/** "PORT CALLAN, Northshire, June 4, 2024 /PRNewswire/ --", "YEREVAN, July 8. /ARVEST/.": a wire, its name in slashes after the date. */
const PLACES_DATE_SLASHED_WIRE = lazy(() => new RegExp(String.raw`^(${TITLE_PLACE}(?:, ${TITLE_PLACE}){0,3}),? (${DAY_MONTH})\.? ?\/([^\/]{2,30})\/ ?(?:--|[—–.\-]) ?(?=\S)`, 'v'));
/** "नयी दिल्ली, दो अप्रैल (भाषा) …": a place in a script without case, maybe a day (in words too), a known agency, no dash. */
const UNCASED_PLACE_KNOWN_AGENCY = /^(\p{Lo}[\p{Lo}\p{M}]*(?: \p{Lo}[\p{Lo}\p{M}]*){0,2})(?:, [^\(\),—–]{2,25})?\s?\(([^\(\)]{1,30})\)[.:]?\s(?=\p{Lo})/v;
/** "Kesarpur, Mar 3 (PTI) The …", "Mangaluru, Mar 9 (CCT News Network): The …": place, day and agency, no dash (Indian wire style). */
const PLACE_DAY_AGENCY = patternNeeding('(', () => new RegExp(String.raw`^(${TITLE_PLACE}), ${DAY_MONTH_ANY_LANGUAGE} \(([^\(\)]{2,30})\)[.:]? (?=[\p{Lu}"“‘])`, 'v'));
/** "Daugavpils, 11. apr., LETA. Deputāti …": the place, the day, the agency in capitals closed by a full stop. */
const PLACE_DAY_COMMA_AGENCY = new RegExp(String.raw`^(${TITLE_PLACE}), ${DAY_MONTH_ANY_LANGUAGE}, (\p{Lu}[\p{Lu}\p{N}\-]{1,9})\. (?=[\p{Lu}"“‘])`, 'v');
/** "रत्नागिरी, ता. 17 :", "ਬਠਿੰਡਾ, 9 ਨਵੰਬਰ –", "ကျိုက်မရော၊ ဇွန် 18 —": an Indic or Burmese place, the day (maybe after "date:" or the month), a colon or dash. */
const INDIC_PLACE_DAY = new RegExp(String.raw`^(${INDIC_LETTER}{2,20}(?: ${INDIC_LETTER}{2,20})?)[,၊] (?:${INDIC_LETTER}{1,3}\. ?|${INDIC_LETTER}{2,12} )?\d{1,2}(?: ${INDIC_LETTER}{2,12})?\s?[:—–\-] (?=\S)`, 'v');
/** "ବରଗଡ଼,୧୨।୧(ଉବାସେ):": an Indic place, the day and month joined by a danda or a slash, the news service in parentheses, a colon. */
const INDIC_PLACE_DATE_AGENCY = patternNeeding('(', () => new RegExp(String.raw`^(${INDIC_LETTER}{2,20}(?: ${INDIC_LETTER}{2,20})?), ?\d{1,2}[।\/.]\d{1,2}\s?\((${INDIC_LETTER_OR_JOINER}{2,24})\)\s?: (?=\S)`, 'v'));
/** "విజయవాడ, న్యూస్‌టుడే: …": an Indic place, then the paper's news service as one word (its joiners kept), and a colon. */
const INDIC_PLACE_AGENCY = patternNeeding(':', () => new RegExp(String.raw`^(${INDIC_LETTER}{2,20}(?: ${INDIC_LETTER}{2,20})?), (${INDIC_LETTER_OR_JOINER}{2,24}): (?=\S)`, 'v'));
/** "पोखरा — पोखरा महानगरपालिकाले …", "കൽപറ്റ ∙ …": an Indic place before a dash or a dot. */
const INDIC_PLACE_DASH = new RegExp(String.raw`^(${INDIC_LETTER}{2,20}(?: ${INDIC_LETTER}{2,20})?) [—–∙•] (?=${INDIC_LETTER})`, 'v');
/** The wire's slashes come early in the paragraph: its pattern (costly to build) is tried only then. */
const WIRE_SLASH_REACH = 120;

/** "Baku, Azerbaijan, June 5" on a line of its own above the story: places and a day, no year. */
const DATELINE_LINE = new RegExp(String.raw`^(${TITLE_PLACE}(?:, ${TITLE_PLACE}){0,2}), ${DAY_MONTH}$`, 'v');
/** "Bakı, 5 mart, AZƏRTAC": the day in any language when the agency in capitals closes the line. */
const DATELINE_LINE_WITH_AGENCY = new RegExp(String.raw`^(${TITLE_PLACE}(?:, ${TITLE_PLACE}){0,2}), ${DAY_MONTH_ANY_LANGUAGE}, (\p{Lu}[\p{Lu}\p{M}.\-]{2,24})$`, 'v');
/** "By Leyla Mammadova – Trend:": the agency closing a byline under such a line. */
const BYLINE_AGENCY = /\s[—–\-]\s?(\p{Lu}[\p{L}\/.\-]{1,24}):$/v;

/** Upper-case labels that open a paragraph like a dateline but name no place or agency. */
const LABELS = new Set(wordList('UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL|COMMENT|WATCH|LIVE|NOTE|CORRECTION|FILE|PHOTO|VIDEO|AUDIO|EILMELDUNG|FAQ|READ|ALSO READ|RELATED|EDITOR’S NOTE|EDITOR\'S NOTE|CLARIFICATION|WARNING|DISCLAIMER|SPOILER|SUMMARY|BACKGROUND|CONTEXT|CLAIM|VERDICT|FACT CHECK|SOURCE|SOURCES|PHOTOS|VIDEOS|IMAGE|LISTEN|MORE|ALSO|NEW|TRENDING|LATEST|QUESTION|ANSWER'));
/** Title-case words that open a sentence with a dash after them but name no place. */
const NOT_PLACES = new Set(wordList('Meanwhile|However|Update|Updated|Breaking|Exclusive|Analysis|Opinion|Note|Correction|Background|Summary|Today|Yesterday|Tonight|Earlier|Later|Watch|Listen|Video|Photos|Warning|Spoiler|Disclaimer|Context|Editorial|Review|Interview|Sponsored|Advertisement|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Question|Answer|Q|A|Mr|Mrs|Ms|Dr|Prof|Sir|Editor|Reader|Readers|Caption|Source|Sources|Credit|Credits|Photo|Image|Read|Related|Tags|Topics|Share|Comment|Comments|Quote|Verdict|Claim|Fact|Facts|Key|Points|Why|What|How|When|Where|Who|Step|Tip|Tips|Lesson|Chapter|Part|Episode|Scene|Act'));

/** "YEREVAN." → "YEREVAN": a full stop closing the dateline is punctuation; "D.C." keeps its dots. */
const withoutClosingStop = (place: string): string => (/^[^.]+\.$/u.test(place) ? place.slice(0, -1) : place);
const splitPlaces = (text: string): string[] =>
  text
    .split(/[,/]/u)
    .map((p) => withoutClosingStop(p.trim()))
    .filter((p) => p.length > 0);
const isUpperWord = (text: string): boolean => text === text.toUpperCase() && /\p{Lu}{2}/v.test(text);

/** "GREYFORD, Mich.", "PORT CALLAN, Northshire": a region after an upper-case place is a place of its own, printed as it stands ("Mich." keeps its stop). */
function placesWithRegion(text: string): string[] {
  const parts = text.split(',').map((p) => p.trim());
  const region = parts[parts.length - 1]!;
  const place = parts[parts.length - 2];
  const isRegion = place !== undefined && isUpperWord(place) && !isUpperWord(region) && (IS_REGION_ABBREVIATION.test(region) || IS_REGION_NAME.test(region));
  return isRegion ? [...splitPlaces(parts.slice(0, -1).join(',')), region] : splitPlaces(text);
}

/** The dateline a pattern matched with the places in its first group and the agency in its second; the paragraph's text after it. */
const placesAndAgency = (m: RegExpExecArray, paragraph: string): DatelineFinding => ({
  dateline: { locations: splitPlaces(m[1]!), agency: m[2]!.trim() },
  rest: paragraph.slice(m[0].length),
});

/** The places of a dateline printed as its own header line ("Baku, Azerbaijan, June 5"), or null. */
export function datelineLine(text: string): Dateline | null {
  const found = DATELINE_LINE.exec(text) ?? DATELINE_LINE_WITH_AGENCY.exec(text);
  return found ? { locations: splitPlaces(found[1]!), agency: found[2] ?? null } : null;
}

/** The agency closing a byline ("By Leyla Mammadova – Trend:"), from the first byline that has one. */
export function bylineAgency(bylineTexts: readonly string[]): string | null {
  return bylineTexts.map((byline) => BYLINE_AGENCY.exec(byline)?.[1]).find((name) => name !== undefined) ?? null;
}

/**
 * "Nordfeld. Die neue Fähre …", "Kiel/Husum. Am Montag …", "Ebersheim – Die Pläne …": German regional
 * papers open with the place and a full stop or a dash. Read only in German text, and never for the
 * one-word sentences a lead may open with instead ("Endlich.").
 */
const GERMAN_PLACE_PREFIX = /^(\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?(?:\/\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?)*)(?:\.| [–—]) (?=\p{Lu})/v;
const GERMAN_WORDS = /(?<!\p{L})(?:der|die|das|und|ist|nicht|mit|ein|eine|den|dem|des|im|auf|sich|wird|wurde|für)(?!\p{L})/gv;
const MIN_GERMAN_WORDS = 3;
const GERMAN_SAMPLE_CHARS = 300;
const ONE_WORD_SENTENCES = new Set(wordList('Endlich|Nein|Ja|Doch|Gut|Achtung|Stopp|Warum|Wieso|Damals|Jetzt|Heute|Gestern|Morgen|Danke|Schade|Klar|Genau|Bitte|Vorsicht|Zuerst|Dann|Also|Trotzdem|Immerhin|Zugegeben|Ehrlich|Stille'));

function germanPlacePrefix(paragraph: string): DatelineFinding | null {
  const m = GERMAN_PLACE_PREFIX.exec(paragraph);
  if (!m || ONE_WORD_SENTENCES.has(m[1]!)) return null;
  const rest = paragraph.slice(m[0].length);
  if ((rest.slice(0, GERMAN_SAMPLE_CHARS).match(GERMAN_WORDS)?.length ?? 0) < MIN_GERMAN_WORDS) return null;
  return { dateline: { locations: m[1]!.split('/'), agency: null }, rest };
}

/** "NUR-SULTAN. QAZNEWS": a place, a full stop and an agency in capitals, before the dash. */
const PLACE_DOT_AGENCY = /^([^.,]{2,40})\. (\p{Lu}[\p{Lu}\p{N}\-]{1,20})$/v;

/** "CANews- ", "AzerNews – ": a name in mixed capitals (no place is written so) before a dash files the story, as "ICBPS- " does. */
const BRAND_PREFIX = /^(?!Ma?c\p{Lu})(\p{Lu}{2,6}\p{Ll}{2,}|\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*)\s?[\-–—]\s(?=\p{Lu})/v;
function brandPrefix(paragraph: string): DatelineFinding | null {
  const m = BRAND_PREFIX.exec(paragraph);
  return m ? { dateline: { locations: [], agency: m[1]! }, rest: paragraph.slice(m[0].length) } : null;
}

/**
 * Reads the dateline that opens a news story's first paragraph. A bare upper-case prefix names an
 * agency when it is a known agency or an acronym that the text itself spells out elsewhere
 * ("… (ICBPS)") or that opens the masthead ("ICBPS Blog"); otherwise it names places.
 */
export function findDateline(paragraph: string, wholeText: string): DatelineFinding | null {
  const found = datelineOf(paragraph, wholeText);
  return found && withReporterBeforeAgency(withSiteAsAgency(withArabicAgencyAfter(found), wholeText));
}

/** "دبي - وام: …", "القاهرة - أ ش أ: …": in Arabic script the agency may follow the place's dash, closed by a colon. */
const ARABIC_AGENCY_OPENING = /^(\p{Script=Arabic}{2,8}|\p{Script=Arabic}{1,2}(?: \p{Script=Arabic}{1,2}){1,2})\s?:\s*/v;
/** "قال: …", "أعلنت: …": a verb of saying before a colon opens a quote, not an agency. */
const ARABIC_SAYING = /^(?:و?قال|و?قالت|أكد|أكدت|أعلن|أعلنت|أفاد|أفادت|صرح|صرحت|ذكر|ذكرت|أضاف|أضافت)\s?:/u;

function withArabicAgencyAfter(found: DatelineFinding): DatelineFinding {
  const agency = found.dateline.agency === null && !ARABIC_SAYING.test(found.rest) ? ARABIC_AGENCY_OPENING.exec(found.rest) : null;
  return agency ? { ...found, dateline: { ...found.dateline, agency: agency[1]! }, rest: found.rest.slice(agency[0].length) } : found;
}

/** "BANDUNG, WARTANUSA.COM -": a web address after the place is the outlet that files the story, no second place. */
const WEB_ADDRESS = /^[\p{L}\p{N}\-]{2,30}(?:\.\p{L}{2,6}){1,2}$/v;
const TOP_LEVEL_DOMAIN = /\.(?:com|net|org|info|news|id|ru|ua|az|am|ge|tr|pl|nl|de|in|pk|ng|co\.id|co\.uk)$/iu;

/** The site's name on the dump's first line (the masthead, before any tagline), as letters only: "Warta Jateng - Berita Terkini" → "wartajateng". */
function siteNameLetters(wholeText: string): string {
  const end = wholeText.indexOf('\n');
  return lettersOf((end < 0 ? wholeText : wholeText.slice(0, end)).split(MASTHEAD_TAGLINE)[0]!);
}
const MASTHEAD_TAGLINE = /\s[-–—|:]\s/u;
const lettersOf = (text: string): string => text.replace(/[^\p{L}\p{N}]/gv, '').toLowerCase();

/** "SEMARANG, WARTAJATENG —" under the masthead "Warta Jateng": the site itself files the story, no second place. */
const isSiteName = (item: string, wholeText: string): boolean => isUpperWord(item) && lettersOf(item) === siteNameLetters(wholeText);

function withSiteAsAgency(found: DatelineFinding, wholeText: string): DatelineFinding {
  const { locations, agency } = found.dateline;
  const last = locations[locations.length - 1];
  const site = agency === null && locations.length > 1 && last !== undefined && ((WEB_ADDRESS.test(last) && TOP_LEVEL_DOMAIN.test(last)) || isSiteName(last, wholeText));
  return site ? { ...found, dateline: { locations: locations.slice(0, -1), agency: last } } : found;
}

/** "/Ивелина Стоянова, БТА/": the reporter named before the agency, inside its marks. */
const REPORTER_AND_AGENCY = /^(.{3,60}), (\S{2,20})$/u;

function withReporterBeforeAgency(found: DatelineFinding): DatelineFinding {
  const m = found.dateline.agency === null ? null : REPORTER_AND_AGENCY.exec(found.dateline.agency);
  const names = m && (isUpperWord(m[2]!) || isAgency(m[2]!)) ? bareNames(m[1]!) : null;
  return names ? { ...found, dateline: { ...found.dateline, agency: m![2]! }, authors: [...(found.authors ?? []), ...names] } : found;
}

function datelineOf(paragraph: string, wholeText: string): DatelineFinding | null {
  const code = paragraph.charCodeAt(0);
  if (code === OPEN_PARENTHESIS || code === OPEN_LENTICULAR || code >= FIRST_HAN) {
    const wire = (code === OPEN_PARENTHESIS ? bracketedAgency(paragraph) : null) ?? eastAsianWire(paragraph);
    if (wire) return wire;
  }
  const release = paragraph.lastIndexOf('/', WIRE_SLASH_REACH) >= 0 ? PLACES_DATE_SLASHED_WIRE().exec(paragraph) : null;
  if (release) {
    const dateline = { locations: placesWithRegion(release[1]!), agency: release[3]!.trim() };
    return { dateline, rest: paragraph.slice(release[0].length), publishedAt: parseDateLine(release[2]!)?.iso ?? null };
  }
  const wire = PLACES_DATE_AGENCY.exec(paragraph);
  if (wire && (isUpperWord(wire[2]!) || isAgency(wire[2]!))) {
    return { dateline: { locations: splitPlaces(wire[1]!), agency: wire[2]! }, rest: paragraph.slice(wire[0].length) };
  }
  const placesWithAgency = PLACES_WITH_AGENCY.exec(paragraph);
  if (placesWithAgency) {
    const [prefix, places, after, agency] = placesWithAgency;
    const locations = splitPlaces(places!);
    // "DULUTH, Minn. (AP)", "KYIV, Ukraine (AP)": the region or country is a place of its own; "LONDON, June 4 (Reuters)": a date goes.
    const region = after?.trim();
    if (region !== undefined && (IS_REGION_ABBREVIATION.test(region) || IS_REGION_NAME.test(region))) locations.push(region);
    return { dateline: { locations, agency: agency!.trim() }, rest: paragraph.slice(prefix.length) };
  }
  const knownAgency = PLACES_WITH_KNOWN_AGENCY.exec(paragraph);
  // "KABUL (HP): …": an acronym in capitals closed by a colon is an agency whether the list knows it or not.
  if (knownAgency && (isAgency(knownAgency[2]!) || (knownAgency[0].trimEnd().endsWith(':') && AGENCY_ACRONYM.test(knownAgency[2]!)))) {
    return placesAndAgency(knownAgency, paragraph);
  }
  const bracketedCountry = PLACE_BRACKETED_COUNTRY_AGENCY.exec(paragraph);
  if (bracketedCountry) {
    // The country is a place of its own, as in "KYIV, Ukraine (AP)".
    return { dateline: { locations: [bracketedCountry[1]!, bracketedCountry[2]!], agency: bracketedCountry[3]!.trim() }, rest: paragraph.slice(bracketedCountry[0].length) };
  }
  const titlePlaceWithAgency = TITLE_PLACE_WITH_AGENCY.exec(paragraph) ?? PLACE_DASH_AGENCY.exec(paragraph);
  if (titlePlaceWithAgency) {
    const locations = titlePlaceWithAgency[1]!.split('/').flatMap(splitPlaces);
    return { dateline: { locations, agency: titlePlaceWithAgency[2]!.trim() }, rest: paragraph.slice(titlePlaceWithAgency[0].length) };
  }
  // "नयी दिल्ली, दो अप्रैल (भाषा) केंद्र सरकार …": in a script without case, a known agency needs no dash (the day may be in words).
  const uncased = UNCASED_PLACE_KNOWN_AGENCY.exec(paragraph);
  if (uncased && isAgency(uncased[2]!)) {
    return { dateline: { locations: [uncased[1]!], agency: uncased[2]!.trim() }, rest: paragraph.slice(uncased[0].length) };
  }
  const dayAgency = PLACE_DAY_AGENCY.exec(paragraph);
  // "Mangaluru, Mar 9 (CCT News Network):": a known agency, one in capitals, or a news service by its name.
  if (dayAgency && (isAgency(dayAgency[2]!) || isUpperWord(dayAgency[2]!) || isPublicationCredit(dayAgency[2]!))) {
    return placesAndAgency(dayAgency, paragraph);
  }
  const commaAgency = PLACE_DAY_COMMA_AGENCY.exec(paragraph);
  if (commaAgency) return placesAndAgency(commaAgency, paragraph);
  const dashed = PLACE_AGENCY_DASHES.exec(paragraph);
  // In Arabic script the "place- agency-" shape itself names the agency; elsewhere only a known one does.
  const arabicScript = dashed !== null && /^\p{Script=Arabic}/v.test(paragraph) && dashed[2]!.trim().split(' ').length <= MAX_AGENCY_WORDS;
  if (dashed && (isAgency(dashed[2]!) || arabicScript)) {
    return placesAndAgency(dashed, paragraph);
  }
  const agencyFirst = AGENCY_THEN_PLACE.exec(paragraph);
  const [agencyPrefix, leadingAgency, agencyPlaces] = agencyFirst ?? [];
  // Without a place, only a known agency: "(Update) -" or "(Photo) -" open no dateline.
  if (agencyPrefix !== undefined && leadingAgency !== undefined && (agencyPlaces !== undefined ? isUpperWord(leadingAgency) || isAgency(leadingAgency) : isAgency(leadingAgency))) {
    return { dateline: { locations: agencyPlaces === undefined ? [] : splitPlaces(agencyPlaces), agency: leadingAgency.trim() }, rest: paragraph.slice(agencyPrefix.length) };
  }
  const arabicDated = ARABIC_SCRIPT_PLACE_DATE_AGENCY.exec(paragraph) ?? ARABIC_SCRIPT_PLACE_DAY_SLASHED_AGENCY.exec(paragraph) ?? ARABIC_SCRIPT_PLACE_PARENTHESIZED_AGENCY.exec(paragraph);
  if (arabicDated) return { dateline: { locations: [arabicDated[1]!], agency: arabicDated[2]! }, rest: paragraph.slice(arabicDated[0].length) };
  const agencySlash = PLACE_DAY_AGENCY_SLASH.exec(paragraph) ?? PLACE_DAY_AGENCY_DASH.exec(paragraph);
  if (agencySlash) return { dateline: { locations: [agencySlash[1]!], agency: agencySlash[2]! }, rest: paragraph.slice(agencySlash[0].length) };
  // The agency between slashes, or after a dash and closed by a full stop.
  const placeAndAgency = PLACE_DAY_SLASHED_AGENCY.exec(paragraph) ?? PLACE_SLASHED_AGENCY.exec(paragraph) ?? PLACE_DAY_DASH_AGENCY_STOP.exec(paragraph);
  if (placeAndAgency) return placesAndAgency(placeAndAgency, paragraph);
  // "(Bishkek) –": no agency in the parentheses, but a place.
  const parenthesized = PLACE_IN_PARENTHESES.exec(paragraph);
  if (parenthesized && !isAgency(parenthesized[1]!) && !NOT_PLACES.has(parenthesized[1]!) && !LABELS.has(parenthesized[1]!.toUpperCase())) {
    return { dateline: { locations: [parenthesized[1]!], agency: null }, rest: paragraph.slice(parenthesized[0].length) };
  }
  const indicAgency = INDIC_PLACE_AGENCY.exec(paragraph) ?? INDIC_PLACE_DATE_AGENCY.exec(paragraph);
  if (indicAgency) return { dateline: { locations: [indicAgency[1]!], agency: indicAgency[2]! }, rest: paragraph.slice(indicAgency[0].length) };
  const arabicPlace = ARABIC_SCRIPT_PLACE_DASH.exec(paragraph) ?? INDIC_PLACE_COLON.exec(paragraph) ?? INDIC_PLACE_DASH.exec(paragraph) ?? INDIC_PLACE_DAY.exec(paragraph);
  if (arabicPlace) return { dateline: { locations: [arabicPlace[1]!], agency: null }, rest: paragraph.slice(arabicPlace[0].length) };
  const dashPrefix = BARE_PREFIX.exec(paragraph);
  const colonPrefix = dashPrefix ? null : COLON_PREFIX.exec(paragraph);
  const bare = dashPrefix ?? colonPrefix;
  if (!bare || !isUpperWord(bare[1]!)) return titlePlaceFullDate(paragraph) ?? placeDayUpperAgency(paragraph, wholeText) ?? titlePlaceDash(paragraph, wholeText) ?? germanPlacePrefix(paragraph) ?? brandPrefix(paragraph);
  const prefix = bare[1]!.trim();
  if (LABELS.has(prefix)) return null;
  const rest = paragraph.slice(bare[0].length);
  // "NAIROBI, 19 June 2023 –": the date the dateline prints dates the story.
  // "KERICHO, Sept 30 —": without its year the day dates nothing.
  const printedDay = dashPrefix ? dashPrefix[3] : colonPrefix?.[2];
  const printedIso = printedDay === undefined ? null : (parseDateLine(printedDay)?.iso ?? null);
  const printedDate = printedIso === null ? {} : { publishedAt: printedIso };
  // "ICBPS Blog" on the masthead: the acronym (letters read one by one, few vowels: not "LUSAKA") names the site, which files the story itself.
  const masthead = wholeText.trimStart();
  const mastheadWord = masthead.startsWith(paragraph) ? null : masthead.split(/\s/u, 1)[0];
  const spelledOut = prefix.length >= 3 && (prefix.match(/[AEIOU]/gu)?.length ?? 0) * 3 < prefix.length;
  const definedAcronym = !prefix.includes(' ') && !prefix.includes(',') && (wholeText.includes(`(${prefix})`) || (spelledOut && mastheadWord === prefix));
  const region = dashPrefix?.[2];
  // "LONDON, Monday —": a weekday or a month where a region would stand is no dateline form we know.
  if (region !== undefined && !IS_REGION_ABBREVIATION.test(region) && !IS_REGION_NAME.test(region)) return null;
  if (region === undefined && (isAgency(prefix) || definedAcronym)) return { dateline: { locations: [], agency: prefix }, rest, ...printedDate };
  // "NUR-SULTAN. QAZNEWS –": the agency in capitals after the place and a full stop.
  const dotted = region === undefined ? PLACE_DOT_AGENCY.exec(prefix) : null;
  if (dotted) return { dateline: { locations: [dotted[1]!], agency: dotted[2]! }, rest, ...printedDate };
  const places = splitPlaces(prefix);
  // "WATERTOWN, Mass.": the region is a place of its own, printed with its stop.
  if (region !== undefined) places.push(region);
  return { dateline: { locations: places, agency: null }, rest, ...printedDate };
}

/**
 * "Valladolid, 6 de febrero de 2024.– ", "Berlin, 6. Februar 2024 – ", "Paris, le 6 février 2024 – ", "London, March 3, 2024 —":
 * a press release opens with its town and full date.
 */
const TITLE_PLACE_FULL_DATE = new RegExp(
  String.raw`^(${TITLE_PLACE}), ((?:le |el |den |am )?\d{1,2}\.?(?: de)? \p{L}{3,12}\.?(?: de)? \d{4}|\p{L}{3,12}\.? \d{1,2},? \d{4})\.?\s?[—–\-]{1,2}\s?(?=[\p{Lu}\p{Lo}"“«])`,
  'v',
);

function titlePlaceFullDate(paragraph: string): DatelineFinding | null {
  const m = TITLE_PLACE_FULL_DATE.exec(paragraph);
  const iso = m ? (parseDateLine(m[2]!, 0.8)?.iso ?? null) : null;
  return m && iso !== null ? { dateline: { locations: [m[1]!], agency: null }, rest: paragraph.slice(m[0].length), publishedAt: iso } : null;
}

/**
 * "Bakı, 12 mart, AZƏRTAC İçərişəhər …", "Baku, April 9, AZPRESS The …", "ԵՐԵՎԱՆ, 12 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: …", "Liepāja, 27.februāris, LETA. …": the place, the day and the agency in capitals, no dash;
 * "BANDUNG, KABARNUSA.com – …": the agency as its site's name.
 */
const PLACE_DAY_UPPER_AGENCY = new RegExp(String.raw`^(${TITLE_PLACE}), (?:\d{1,2}\.? ?\p{L}{3,12}|${MONTH} \d{1,2}), (\p{Lu}[\p{Lu}\p{M}.\-]{2,24}?)[:.]? (?=[\p{Lu}\p{Lo}"“«])`, 'v');
const PLACE_SITE_AGENCY = new RegExp(String.raw`^(${PLACE}), ([\p{L}\p{N}\-]{3,30}\.(?:com|net|org|co\.id|id|ru|ua|az|am|ge|tr|pl|nl))\s?[—–\-]\s?(?=\p{Lu})`, 'v');

/** "Qəbələ, 15 iyul, Kaspi Xəbər. …": an agency in title case, read as one only when the page names it again. */
const PLACE_DAY_TITLE_AGENCY = new RegExp(String.raw`^(${TITLE_PLACE}), (?:\d{1,2} \p{L}{3,12}|${MONTH} \d{1,2}), (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\. (?=[\p{Lu}\p{Lo}"“«])`, 'v');

function placeDayUpperAgency(paragraph: string, wholeText: string): DatelineFinding | null {
  const m = PLACE_DAY_UPPER_AGENCY.exec(paragraph) ?? PLACE_SITE_AGENCY.exec(paragraph) ?? namedAgain(PLACE_DAY_TITLE_AGENCY.exec(paragraph), wholeText);
  return m ? { dateline: { locations: [m[1]!], agency: m[2]! }, rest: paragraph.slice(m[0].length) } : null;
}

/** The match, when the page prints its group (the agency by default) more than once. */
const namedAgain = (m: RegExpExecArray | null, wholeText: string, group = 2): RegExpExecArray | null => {
  if (m === null) return null;
  const first = wholeText.indexOf(m[group]!);
  return first >= 0 && wholeText.indexOf(m[group]!, first + 1) >= 0 ? m : null;
};

/**
 * "Dar es Salaam. Cashew farmers …", "Arusha. The …": a title-case place closed by a full stop, as East African
 * papers print it; only at the story's opening. A word the text also uses in lower case ("Finally.") is no place.
 */
const TITLE_PLACE_STOP = /^(\p{Lu}\p{Ll}+(?:(?: (?:es|el|al|de|da|du|di|la|le|del|do|dos))? \p{Lu}\p{Ll}+){0,2})\. (?=\p{Lu}\p{Ll}* \S)/v;
/** "KOŠICE. Od pondelka …", "BRATISLAVA. …": a place in capitals closed by a full stop (Slovak and Czech papers). */
const UPPER_PLACE_STOP = /^(\p{Lu}[\p{Lu}\p{M}'’\-]{2,}(?: \p{Lu}[\p{Lu}\p{M}'’\-]{2,}){0,2})\. (?=\p{Lu}\p{Ll})/v;

/** "इंदौर। भीषण गर्मी …", "नई दिल्ली। …": a place closed by the danda, Hindi's and Bengali's full stop. */
const INDIC_PLACE_DANDA = /^([\p{Script=Devanagari}\p{Script=Bengali}][\p{Script=Devanagari}\p{Script=Bengali}\p{M}]*(?: [\p{Script=Devanagari}\p{Script=Bengali}][\p{Script=Devanagari}\p{Script=Bengali}\p{M}]*){0,2})।\s(?=\S)/v;

function placeFullStop(paragraph: string, wholeText: string): RegExpExecArray | null {
  // Only a place the text names again: "धन्यवाद।" (thanks) may open a paragraph too.
  const indic = INDIC_PLACE_DANDA.exec(paragraph);
  if (indic) return namedAgain(indic, wholeText, 1);
  const upper = UPPER_PLACE_STOP.exec(paragraph);
  // An acronym the text uses again ("NATO. The alliance … NATO's") is no dateline: a dateline is printed once.
  if (upper) return LABELS.has(upper[1]!) || isAgency(upper[1]!) || wholeText.indexOf(upper[1]!, wholeText.indexOf(upper[1]!) + 1) >= 0 ? null : upper;
  const m = TITLE_PLACE_STOP.exec(paragraph);
  if (!m) return null;
  const words = m[1]!.split(' ');
  const first = words[0]!;
  if (new RegExp(String.raw`(?<!\p{L})${first.toLowerCase()}(?!\p{L})`, 'v').test(wholeText)) return null;
  // One word ("Well. I …") is a place only when the text names it again inside a sentence ("… in Arusha").
  return words.length > 1 || new RegExp(String.raw`\p{Ll} ${first}(?!\p{L})`, 'v').test(wholeText) ? m : null;
}

/** "Xalapa, Veracruz.- La Comisión …": a place (and its state) closed by a full stop glued to a dash, as Spanish-language papers print it. */
const TITLE_PLACES_STOP_DASH = new RegExp(String.raw`^(${TITLE_PLACE}(?:, ${TITLE_PLACE})?)\.[—–\-] ?(?=[\p{Lu}"“«])`, 'v');

/** "ACN Figueres.-Els ajuntaments …": the agency in capitals, then the place closed by a full stop and a dash (Catalan wires). */
const AGENCY_PLACE_STOP_DASH = new RegExp(String.raw`^(\p{Lu}{2,10}) (${TITLE_PLACE})\.[—–\-] ?(?=[\p{Lu}"“«])`, 'v');

/** "АҚТӨБЕ. ҚазАқпарат – …", "ALMATY. KazTAG – …": a place in capitals, a full stop, an agency written in camel case, a dash. */
const UPPER_PLACE_STOP_CAMEL_AGENCY_DASH = /^(\p{Lu}[\p{Lu}\p{M}'’\-]{2,}(?: \p{Lu}[\p{Lu}\p{M}'’\-]{2,}){0,2})\. (\p{Lu}\p{Ll}+\p{Lu}\p{L}{1,20})\s?[—–\-]\s?(?=\p{Lu})/v;

/** "Cape Town – About 140 learners …": a title-case place before a spaced dash, unless the words are a label, a day or a month. */
function titlePlaceDash(paragraph: string, wholeText: string): DatelineFinding | null {
  const agencyFirst = AGENCY_PLACE_STOP_DASH.exec(paragraph);
  if (agencyFirst) return { dateline: { locations: [agencyFirst[2]!], agency: agencyFirst[1]! }, rest: paragraph.slice(agencyFirst[0].length) };
  const camelAgency = UPPER_PLACE_STOP_CAMEL_AGENCY_DASH.exec(paragraph);
  if (camelAgency) return { dateline: { locations: [camelAgency[1]!], agency: camelAgency[2]! }, rest: paragraph.slice(camelAgency[0].length) };
  const stopDash = TITLE_PLACES_STOP_DASH.exec(paragraph);
  if (stopDash && !stopDash[1]!.split(/[ ,-]/u).some((word) => NOT_PLACES.has(word))) {
    return { dateline: { locations: splitPlaces(stopDash[1]!), agency: null }, rest: paragraph.slice(stopDash[0].length) };
  }
  const acronym = TITLE_PLACE_ACRONYM_DASH.exec(paragraph);
  const dashed = acronym ?? TITLE_PLACE_DASH.exec(paragraph);
  const m = dashed ?? TITLE_PLACE_COLON.exec(paragraph) ?? placeFullStop(paragraph, wholeText);
  if (!m || m[1]!.split(/[ -]/u).some((word) => NOT_PLACES.has(word))) return null;
  // "Ala-Too Express — The city council …": an outlet's name where a place would stand is the source.
  if (dashed && !acronym && isPublicationCredit(m[1]!)) return { dateline: { locations: [], agency: m[1]! }, rest: paragraph.slice(m[0].length) };
  return { dateline: { locations: [m[1]!], agency: acronym ? acronym[2]! : null }, rest: paragraph.slice(m[0].length), ...(dashed ? {} : { openingOnly: true as const }) };
}
