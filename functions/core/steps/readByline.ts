import { memoized } from '../memo';
import { AGENCIES, BYLINE_PREFIX, COMMENT_LINK, DATE_LINE_PREFIX, NAME_LEAD_PREFIX, TRAILING_COMMENT_COUNT, WEEKDAY_NAME } from '../patterns';
import { isNameLike } from '../text';
import { findDate, parseDateLine, withTime } from './parseDate';

export interface Byline {
  authors: string[];
  /** A date printed on the byline line ("By Jane Doe | June 4, 2021"). */
  publishedAt: string | null;
  /** A time of day printed without a date ("Posted by Jane at 10:05 PM"). */
  time: string | null;
}

const AGENCY_NAMES = new Set(AGENCIES.map((a) => a.toLowerCase()));
const ROLES = String.raw`(?:staff|writer|gohebydd|reporter|correspondent|editor|contributor|columnist|critic|forecaster|journalist|analyst|producer|photographer|redaktion|redaktor(?:in)?|redazione|redacción|rédaction|redação|redactie|редакция|redakteur(?:in)?|korrespondent(?:in)?|corresponsal|correspondant|corrispondente|correspondente|autor(?:in)?|team|desk|bureau|newsroom|haber merkezi|principal|headteacher|director|president|chair(?:man|woman|person)?|ceo|manager|secretary|spokes(?:man|woman|person)|professor|founder|head|lead|chief|officer|engineer|designer|developer|adviser|advisor|consultant|specialist|scientist|curator|librarian|archivist|historian|treasurer|trustee|(?:assistant|deputy|senior|head|chief|site|reserve|park|parish|town|county) (?:warden|ranger|clerk)|veterinarian|veterinary surgeon|vp|cto|cfo|coo|cmo|partner|owner|coordinator|fellow|researcher|scholar|associate|lecturer|wartawan|phóng viên|संवाददाता|प्रतिनिधि|журналіст(?:ка)?|журналист(?:ка)?|кореспондент(?:ка)?|корреспондент|редактор(?:ка)?|обозреватель|оглядач|թղթակից|լրագրող|محررة?|مراسلة?|ჟურნალისტი|კორესპონდენტი|muhabir|müxbir|тілші|خبرنگار|כתב|כתבת|dziennikar(?:z|ka)|korespondent(?:ka)?|novinář(?:ka)?|újságíró|gazeteci|periodista|giornalista|journaliste|jornalista)`;
/** Roles in the plural too: "Highlands & Islands Reporters" under a byline of two names. */
// Letter look-arounds, not \b, which knows only ASCII letters: "संवाददाता" is a role too.
const ROLE_WORDS = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${ROLES}s?(?![\p{L}\p{M}\p{N}])`, 'iu');
/** Commas, ampersands and the words for "and", standing between spaces ("Y" opens "Yıldız"). */
// "na" (Igbo, Kinyarwanda, Swahili), "ak" (Haitian), "dan"/"lan" (Indonesian, Javanese), "ve"/"va" (Turkish, Uzbek), "rāua ko" (Māori), " / " between two names.
const NAME_SEPARATORS = /\s*[,;&]\s*|\s+(?:and|und|et|en|og|[eiy/иі]|na|ak|dan|lan|ve|va|rāua ko)\s+/iu;
/** "נועה ברגר ואלון שטרן": Hebrew joins the second name with "ו" on its first word; only between two full names (a surname may start with it). */
const HEBREW_JOINED_NAMES = /^(\p{Script=Hebrew}+ \p{Script=Hebrew}+(?: \p{Script=Hebrew}+)?) ו(\p{Script=Hebrew}+ \p{Script=Hebrew}+(?: \p{Script=Hebrew}+)?)$/v;
/** "Montse Ferrer i Puig", "José Ortega y Gasset": a Catalan or Spanish double surname joined by "i" / "y" is one name. */
const SURNAME_JOINER = /^\s+[iy]\s+$/iu;
const splitNames = (list: string): string[] => {
  const hebrew = HEBREW_JOINED_NAMES.exec(list);
  if (hebrew) return [hebrew[1]!, hebrew[2]!];
  const pieces = list.split(new RegExp(`(${NAME_SEPARATORS.source})`, 'iu'));
  const names: string[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const [separator, name] = [pieces[k - 1], pieces[k]!];
    if (separator !== undefined && SURNAME_JOINER.test(separator) && !name.includes(' ') && names.length > 0) names[names.length - 1] += `${separator}${name}`;
    else names.push(name);
  }
  return names;
};
/** The verbs that may open a byline: "Posted on <date> by …", "Publicerat den <date> av …". */
const LEAD_VERBS = 'posted|published|publicat|objavljeno|opublikowano|publikováno|written|updated|modified|veröffentlicht|geschrieben|eingestellt|publié|écrit|escrito|scritto|erstellt|publicado|publicada|postado|postada|pubblicato|pubblicata|publiée|escrita|scritta|écrite|geplaatst|publicerat|publicerad|publisert';
/** Words around the name and the date in "Posted on <date> by <name>", "Veröffentlicht von <name> am <date>". */
// Letter look-aheads, not \b: "Amélie" is no "am" and a verb followed by "é" is none either (\b knows only ASCII letters).
const LEAD_WORDS = new RegExp(String.raw`^(?:(?:${LEAD_VERBS})(?![\p{L}\p{N}]):?\s*)?(?:(?:on|am|le|at|um|von|by|par|den)(?![\p{L}\p{N}]))?\s*`, 'iu');
/** Catalan "per" only after other words ("Publicat el … per Name"): opening a line, "Per Andersson" is a name. */
const AUTHOR_MARK = /(?:^|\s)(?:by|von|par|por|door|da|av|autor|autorem|przez)\s+|(?<=\S)\sper\s+/iu;
/** Where the author mark starts in a part of the line (-1 without one), and the text after the mark. */
function authorMarkIn(part: string): { at: number; after: string } {
  const found = AUTHOR_MARK.exec(` ${part}`);
  return found ? { at: Math.max(0, found.index - 1), after: ` ${part}`.slice(found.index + found[0].length) } : { at: -1, after: part };
}
/** Only these words may stand before "by" in a byline part: "Posted on [date] by", "Veröffentlicht von", "214 points by". */
const LEAD_VERB = new RegExp(String.raw`^(?:${LEAD_VERBS}):?\s+(?:(?:on|am|le|at|den)\s+)?`, 'iu');
const LEAD_ONLY = new RegExp(String.raw`^(?:(?:${LEAD_VERBS}):?(?:\s+(?:on|am|le|at|den))?|\d[\d,.]*k?\s+(?:points?|votes?|upvotes?))?$`, 'iu');
const TRAILING_WORDS = /\s+(?:on|am|le|at|um|in)$/iu;
const SEPARATORS = /\s*[|•·—–»]\s*/u;
/** "7 Min. · 1410 Wörter · Jana Petersen": a static blog's reading time and word count before the author. */
const LEADING_READING_META = /^\d{1,3}\s?(?:min(?:ute)?s?|minuten)\.?(?: (?:read|lesezeit|lecture))? [·•|] (?:[\d.,]+ (?:wörter|words|mots|palabras|parole) [·•|] )?/iu;
const READING_TIME = /(?:^|\s*[|•·—–]\s*)\d{1,3}\s?(?:min(?:ute)?s?|minuten|mn)\.?\s(?:read|lesezeit|lecture)$/iu;

const MAX_BYLINE_CHARS = 160;
const SENTENCE_WORDS = 12;

/** The names a byline's lead word ("By", "Von", "Nga") opens, or null when no lead word opens the line. */
function afterBylinePrefix(line: string): string | null {
  const prefixed = BYLINE_PREFIX.exec(line);
  if (prefixed) return prefixed[1]!;
  const lead = NAME_LEAD_PREFIX.exec(line);
  return lead ? line.slice(lead[0].length).trim() : null;
}

/**
 * A full sentence of running text is never a byline, whatever dates or names it holds (and skips the date parser);
 * after a lead word only when a lower-case word follows it ("Por ahora, la única certeza …", "By then, the …").
 */
function looksLikeSentence(line: string): boolean {
  if (!/[.!?]["”’]?$/u.test(line) || line.split(' ').length < SENTENCE_WORDS) return false;
  const names = afterBylinePrefix(line);
  return names === null || /^\p{Ll}/v.test(names);
}

/** A news agency, with or without "The" or the word for agency ("The Associated Press", "Agencia EFE", "Agenzia ANSA"). */
export const isAgency = (text: string): boolean => AGENCY_NAMES.has(text.trim().toLowerCase().replace(AGENCY_ARTICLE, ''));
const AGENCY_ARTICLE = /^(?:the|agencia|agência|agenzia|agence|agentur|agentschap|ajansı)\s+/u;
/** "PA Scotland", "AFP Paris", "Reuters Berlin": an agency and the desk it filed from, in a byline after the name. */
const AGENCY_DESK = /^(\S+(?: \S+)?) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/v;
// A short agency name not in capitals is a given name ("Ani Kalayjian", not ANI's desk).
const MAX_NAME_LIKE_AGENCY_CHARS = 4;
const isAgencyDesk = (text: string): boolean => {
  const agency = AGENCY_DESK.exec(text)?.[1];
  return agency !== undefined && (agency === agency.toUpperCase() || agency.length > MAX_NAME_LIKE_AGENCY_CHARS) && isAgency(agency);
};

const ROLE_AT_END = new RegExp(String.raw`\b${ROLES}$`, 'iu');
const ROLE_LINE_MAX_WORDS = 3;

/** "Guest Contributor", "Staff Writer" on a line of its own: a job title, not a deck ("Staff shortage hits wards" is one). */
export const isRoleLine = (text: string): boolean => text.split(' ').length <= ROLE_LINE_MAX_WORDS && ROLE_AT_END.test(text);

/** "Chief football writer", "Senior forecaster": a short newsroom job title. */
export const isNewsroomRole = (text: string): boolean => text.split(' ').length <= 5 && ROLE_WORDS.test(text);

/** "Tehran Times", "Daily Ledger": a publication's name beside a date is no author. */
const PUBLICATION_WORDS = /\b(?:times|news|daily|herald|tribune|gazette|journal|weekly|magazine|express|wire|(?:news|wire|reporting) service|radio|rádio|tv|television|televisão|televisión|agency|network|portal|chronicle|telegraph|observer|monitor|register|courier|bulletin|sentinel|examiner|inquirer|enquirer|dispatch|ledger|recorder|advertiser|intelligencer|statesman|clarion|university|universität|université|universidad|college|institute|institut|laboratory|forum|foundation|think tank|communications|press office|media relations|association|federation|council|department|ministry|public works)\b/iu;

/** "BBC News, Northshire", "The Daily Record": the outlet an author writes for, on its own short line. */
export const isPublicationCredit = (text: string): boolean => text.split(' ').length <= 6 && PUBLICATION_WORDS.test(text) && !/[.!?:]$/u.test(text);

/** "Jane Doe in New York", "Max Muster aus Berlin", "By Ebot Tabe, in Buea" (a part of its own): where the author writes from is not part of the name. */
const WRITING_FROM = /(?:^|\s+)(?:in|aus|from|reporting from|en|à|at)\s+\p{Lu}[^,]*$/v;
/** "Kieran Holloway for ClarionOnline": the outlet the author wrote for. */
const WRITING_FOR = /\s+for\s+\S.*$/iu;

/** "MARGARET OKONJO" (wire style) → "Margaret Okonjo"; names in mixed case stay as written. */
function titleCaseShouted(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/v.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-])(\p{Ll})/gv, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Zuzana Ondrejková (TASR)": the agency the author writes for, in parentheses after the name. */
const AGENCY_IN_PARENTHESES = /\s\(([^()]{2,30})\)$/u;
const withoutAgencyNote = (name: string): string => {
  const note = name.endsWith(')') ? AGENCY_IN_PARENTHESES.exec(name) : null;
  return note && isAgency(note[1]!) ? name.slice(0, note.index) : name;
};
/** An author's name as a byline prints it, without a title, where they write from or for, or an agency note, and not shouted. */
export const authorName = (printed: string): string =>
  titleCaseShouted(withoutAgencyNote(printed.replace(HONORIFIC, '').replace(WRITING_FROM, '').replace(WRITING_FOR, ''))).trim();
/** "Revd Clare Amberley", "Dr. Ana Ruiz": a title before a byline's name is no part of it, nor "From" ("From Chukwuemeka Obi, Enugu", as Nigerian papers credit the reporter). */
const HONORIFIC = /^(?:Revd|Rev\.|Reverend|Dr\.?|Prof\.|Professor|Cllr|Councillor|From|Pfarrerin|Pfarrer|Pastorin|Pastor|Diakonin|Diakon|Abbé|Père|Padre)\s+(?=\p{Lu})/v;

/** "u/tramfan_88", "/u/gull": a forum user's handle, digits and all, without the prefix. */
const USER_HANDLE = /^\/?u\/([\p{L}\p{N}_\-]{2,40})$/v;

const MAX_NAME_WORDS = 4;
/** "Stadtwerke Elbmarsch GmbH", "Halvorsen Batteries Inc.": a company, never a person. */
const COMPANY = /^\p{Lu}.{0,60}\s(?:GmbH|AG|KG|SE|Inc\.?|Ltd\.?|LLC|plc|PLC|Corp\.?|S\.A\.|e\.V\.|Co\.)$/v;
export const isCompanyName = (text: string): boolean => COMPANY.test(text);

/**
 * "Sanne de Wilde en Bram Kuipers": people's full names alone on a line (no "By"), or null. Each is
 * two to four words without digits; such a line is a byline only where the layout says so (over a date).
 */
/** "Ts.Khulan", "B.Bolor": a name after its father's initial, as Mongolian and Kazakh agencies sign their stories. */
const INITIALED_NAME = /^\p{Lu}\p{Ll}{0,2}\.\s?\p{Lu}\p{Ll}{2,}$/v;
export const isInitialedName = (text: string): boolean => INITIALED_NAME.test(text);

export function bareNames(text: string): string[] | null {
  // "Callum Ferris and Jodie Marr, with AAP": the agency they wrote with is no name.
  const agency = WITH_AGENCY.exec(text);
  // "Dana Levi, Omar Haddad|": the separator that stood before the date on the page's row.
  const own = agency && isAgency(agency[1]!) ? text.slice(0, agency.index).replace(/,$/u, '') : text.replace(TRAILING_SEPARATOR, '');
  const names = splitNames(own).map(authorName);
  const isFullName = (name: string): boolean =>
    isInitialedName(name) ||
    (isNameLike(name) && name.includes(' ') && !/\d/u.test(name) && name.split(' ').length <= MAX_NAME_WORDS && !isNewsroomRole(name) && !PUBLICATION_WORDS.test(name) && !COMPANY.test(name) && !NEWSROOM_DESK.test(name));
  return names.length > 0 && names.every(isFullName) ? names : null;
}

/** "Sarkis Toumanian, Watertown, Mass.": a letter writer's name and home town. */
const NAME_AND_TOWN = /^([^,]{3,60}), \p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){0,2}(?:, \p{Lu}[\p{L}.]{1,14}(?: \p{Lu}[\p{L}.]{1,14})?)?$/v;

/** The one full name before a home town, or null. */
export function nameBeforeTown(text: string): string[] | null {
  const m = NAME_AND_TOWN.exec(text);
  const names = m ? bareNames(m[1]!) : null;
  return names?.length === 1 ? names : null;
}

/** "Sunil Tiwari, Correspondent, Indore", "सुनील तिवारी | संवाददाता, इंदौर": a reporter's name, role and desk town, without "By". */
export function nameWithRole(text: string): string[] | null {
  // "Eleanor Whitcombe Political editor": the role set after the name without a comma (the page's two elements run together).
  const glued = text.includes(', ') ? null : ROLE_AFTER_NAME.exec(text);
  if (glued && isNewsroomRole(glued[2]!)) return [glued[1]!];
  const [name, role, place, ...rest] = text.split(/, | \| /u);
  // "Aigerim Seitkali, Senior Fellow, Water and Climate Programme": the unit after the role may run longer than a town.
  if (role === undefined || rest.length > 0 || !isNewsroomRole(role) || (place !== undefined && place.split(' ').length > 3 && !ORGANIZATION_UNIT.test(place))) return null;
  const names = bareNames(name!);
  return names?.length === 1 ? names : null;
}

const ROLE_AFTER_NAME = /^(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’.\-]+){1,2}) (\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3})$/v;

/** "Par Ouest-Horizon avec AFP", "Von Jana Berg mit dpa", "Par Claire Dumoulin (avec AFP)": the agency the newsroom wrote with. */
const WITH_AGENCY = /\s+\(?(?:with|avec|mit|con|com)\s+([^()]{1,30})\)?$/iu;

/** "admin", "gcss_admin", "site-editor": the CMS account a post was entered under, no person. */
const SITE_ACCOUNT = /^(?:site )?(?:[a-z0-9]{1,12}[_-])?(?:admin|administrator|webmaster|webdesk|newsdesk|webteam|editor|editorial|moderator|superuser|root)(?:[_-][a-z0-9]{1,12})?$/iu;

/** "Автор: Редакция «Волга-Инфо»", "Von Redaktion Nordkurier": the newsroom as a whole, no person. */
/** "Redaktion Wirtschaft", "قسم المحليات": a newsroom desk credited, no person. */
export const isNewsroomDesk = (text: string): boolean => text.length <= 40 && NEWSROOM_DESK.test(text);
const NEWSROOM_DESK = /^(?:redakcja|redaktion|rédaction|redazione|redacción|redação|redactie|redaksi|редакция|редакція|editorial (?:staff|team|desk)|(?:news|web|online|digital|monitoring|city|metro|national|foreign|sports|business) ?desk|(?:[\p{L}.]+ ){0,2}(?:press|pro|pr|media|communications) office|قسم|القسم)(?!\p{L})/iu;

/** "By Trend correspondent Elmira Gasimova", "By Staff Reporter Ali Khan": the role before the name. */
const ROLE_BEFORE_NAME = /^(?:\S+ ){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ss]taff [Ww]riter)\s+(?=\p{Lu})/v;

const SLASHED_AGENCY_AT_END = /\s?\/\s?([^/]{2,30})$/u;

/** "Hannah Mercer Associated Press": a name with its agency printed after it, no comma between (a wire byline as BLOX sites show it). */
const TRAILING_AGENCY = /^(\p{Lu}\S*(?: \S+){1,3}?) (\p{Lu}\S*(?: \p{Lu}\S*){0,2})$/v;
function withoutTrailingAgency(name: string): string {
  const m = TRAILING_AGENCY.exec(name);
  return m && m[2]!.includes(' ') && isAgency(m[2]!) ? m[1]! : name;
}

/** "Iran Program", "Climate Desk", "Data Team": the unit after an author's role ("By Leila Navabi, Senior Fellow, Iran Program"), no person. */
const ORGANIZATION_UNIT = /\s(?:program|programme|project|initiative|institute|center|centre|department|desk|team|unit|bureau)$/iu;
/** "By NAN", "By GNA": one word of capitals is an agency's acronym, whether the list knows it or not (a person's name in capitals has two words). */
const AGENCY_ACRONYM = /^\p{Lu}{2,5}$/v;

/** Names from "A, B and C", without agencies, staff roles and the place they write from. */
function namesFrom(list: string): string[] | null {
  const handle = USER_HANDLE.exec(list.trim());
  if (handle) return [handle[1]!];
  const agency = WITH_AGENCY.exec(list);
  if (agency && isAgency(agency[1]!)) {
    const own = list.slice(0, agency.index).trim();
    // A one-word credit beside the agency is the newsroom itself ("Ouest-Horizon avec AFP"), not a person.
    return own.includes(' ') ? namesFrom(own) : [];
  }
  // "Tina Kos / STA", "Tanisha Whyte and Orville Campbell/Staff Reporters": the agency or the role after a slash.
  const parts = splitNames(list.replace(ROLE_BEFORE_NAME, '').replace(SLASHED_AGENCY_AT_END, (slashed, credit: string) => (isAgency(credit) || isNewsroomRole(credit) ? '' : slashed)))
    .map(withoutTrailingAgency)
    .map((n) => (AGENCY_ACRONYM.test(n.trim()) ? n.trim() : authorName(n)))
    .filter((n) => n.length > 0 && !WEEKDAY_NAME.test(n));
  const candidates = parts.filter((n) => !AGENCY_ACRONYM.test(n) && !ORGANIZATION_UNIT.test(n) && !isAgency(n) && !isAgencyDesk(n) && !ROLE_WORDS.test(n) && !PUBLICATION_WORDS.test(n) && !SITE_ACCOUNT.test(n) && !NEWSROOM_DESK.test(n));
  // "By Staff", "By Reuters": a byline that names no person.
  if (parts.length > 0 && candidates.length === 0) return [];
  const isName = (n: string): boolean => isNameLike(n) && !/\d/u.test(n);
  // "By Jane Doe, Special to the Herald": an affiliation after the names is dropped; the first part must be a name.
  // "By Anna Berger and Jonas Feld, Leipzig": one word after full names is where they write from.
  const last = candidates[candidates.length - 1];
  const fromPlace = candidates.length >= 2 && last !== undefined && !last.includes(' ') && candidates.slice(0, -1).every((n) => n.includes(' '));
  // "By Chinedu Okafor, Enugu and Ibrahim Sule, Kano": each full name followed by the one word of its town.
  const townAfterEach = candidates.length >= 4 && candidates.every((n, k) => (k % 2 === 0) === n.includes(' '));
  const names = (townAfterEach ? candidates.filter((_, k) => k % 2 === 0) : fromPlace ? candidates.slice(0, -1) : candidates).filter(isName);
  return candidates.length > 0 && isName(candidates[0]!) ? names : null;
}

/** "… on April 14, 2024 in Business, Regional": the categories a post is filed under follow its date. */
const CATEGORIES_AFTER_DATE = /^\s*in\s+\p{Lu}.*$/v;

/** Where a date may start after a name: "… on Sun, 03/07/2021 - 10:12", "… | 3 March 2021". */
const DATE_CUT = / (?:on|am|le|el|[|•·,–—-]) /gu;

function withoutDateAndCategories(text: string, dateText: string): string {
  const at = text.indexOf(dateText);
  // The parser may have read the date in a tidied form ("Sun, 03/07/2021 10:12"): cut where the rest reads as a date.
  if (at < 0) {
    for (const cut of text.matchAll(DATE_CUT)) if (parseDateLine(text.slice(cut.index + cut[0].length), 0.8) !== null) return text.slice(0, cut.index);
    return text;
  }
  return `${text.slice(0, at)} ${text.slice(at + dateText.length).replace(CATEGORIES_AFTER_DATE, '')}`;
}

/** What is left of a byline once its date is taken out: "Posted on  by Rosa" → "Rosa". */
function nameText(text: string, dateText: string | null): { names: string; marked: boolean } {
  const withoutDate = dateText ? withoutDateAndCategories(text, dateText) : text;
  const parts = withoutDate.split(SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0);
  const marked = parts.find((p) => {
    const { at } = authorMarkIn(p);
    if (at < 0) return false;
    // "Modified: Nov 2, 2023 by Jenna": a second date before the mark is no part of the lead either.
    const lead = p.slice(0, Math.max(0, at)).trim();
    const leadDate = findDate(lead)?.text;
    // "Objavljeno 14. listopada 2023. autor …": a date the parser read in a tidied form ("14 October 2023") after the verb.
    const afterVerb = lead.replace(LEAD_VERB, '');
    return LEAD_ONLY.test(leadDate === undefined ? lead : lead.replace(leadDate, '').trim()) || (afterVerb !== lead && parseDateLine(afterVerb, 0.8) !== null);
  });
  const chosen = marked ?? parts[0] ?? '';
  const afterMark = marked ? authorMarkIn(chosen).after : chosen;
  const names = afterMark.replace(LEAD_WORDS, '').replace(/[\s.,;:/–—-]+$/u, '').replace(TRAILING_WORDS, '').trim();
  return { names, marked: marked !== undefined };
}

/**
 * Reads a byline: "By Jane Doe", "By A and B", "Von Max Muster", "Jane Doe | June 4, 2021",
 * "Posted on <date> by Rosa", "Posted by Jane at 10:05 PM", or "Jane Doe, Reuters".
 * A line counts only with a mark: "By"-style prefix, a date beside the names, or an agency after them.
 */
export const readByline = memoized((line: string): Byline | null => {
  const read = bylineOf(withoutDashBeforeLabel(line)) ?? postedByAccount(line);
  // "Plot Diary, Tomatoes / By Ruth Haworth / 14th April 2024": a "By" inside a name read means the line is a meta row (metaRowByline).
  const byline = read?.authors.some((name) => INNER_BY.test(name)) ? null : read;
  // Remembered answers are shared between calls: frozen, so no caller can change another's.
  return byline && Object.freeze({ ...byline, authors: Object.freeze(byline.authors) as string[] });
});

const INNER_BY = /^by\s/iu;

/** "— Reported by Tendai Mushonga, ZINA Bureau": a dash setting a byline's label apart under the text. */
const LEADING_DASH = /^(?:[—–]|--?)\s?/u;
const withoutDashBeforeLabel = (line: string): string => {
  const rest = LEADING_DASH.test(line) ? line.replace(LEADING_DASH, '') : line;
  return rest !== line && afterBylinePrefix(rest) !== null ? rest : line;
};

const POST_NUMBER = /^#\d{1,5}\s+/u;
/** "By: Kristine Mendoza - Reporter / @courierdotnet", "By Callum Webb@callumwebb_": the author's handle after the byline ("kadri.tamm@rannaleht.ee" alone is an address, no byline). */
const TRAILING_HANDLE = /\s*[\/\|·•]\s*@[\w.]{2,40}$|(?<=\s[^\s@]*\p{Ll})@\w[\w.]{1,39}$/v;
const DASHED_SUFFIX = / [-–—] ([^-–—]{2,40})$/u;
/** "Ethan Marsh | Staff Writer and Priya Desai | Health Care Reporter": each name's role after it, before the next name. */
const ROLE_BETWEEN_NAMES = new RegExp(String.raw`\s*[|,]\s*(?:[\p{L}-]+ ){0,3}${ROLES}s?(?=,?\s+(?:and|&)\s)`, 'giu');
/** "Caleb Hartman Staff Writer": a role in title case right after the name, no comma between (TownNews bylines). */
const TRAILING_ROLE_TITLE = /(?<=\p{Lu}\S* \p{Lu}\S*) (?:Staff|Senior|Chief|Political|Business|Sports|Health|Education|City|Managing|Contributing|Special|Investigative) (?:Writer|Reporter|Correspondent|Editor|Columnist|Photographer)s?$/v;
/** "… - Reporter": the author's role after a dash goes with the byline, not into the names. */
function withoutRoleSuffix(printed: string, labelled: boolean): string {
  const byline = printed.replace(TRAILING_ROLE_TITLE, '');
  const roleless = byline.includes(' and ') || byline.includes(' & ') ? byline.replace(ROLE_BETWEEN_NAMES, '') : byline;
  // "Ethan Marsh, and Priya Desai": the comma that set the role apart goes with it.
  const text = roleless === byline ? byline : roleless.replace(/,(\s+(?:and|&)\s)/u, '$1');
  const suffix = text.includes(' - ') || text.includes(' – ') || text.includes(' — ') ? DASHED_SUFFIX.exec(text) : null;
  // "By: Ana Cruz, Leo Sy - Visayas Bureau", "By Anna Berg, Tom Lind – Reuters": after "By", the desk or the agency too
  // (without it, "Storm Hits Coast – Daily Herald" is a page title).
  const credit = suffix !== null && (isNewsroomRole(suffix[1]!) || (labelled && (isAgency(suffix[1]!) || isPublicationCredit(suffix[1]!))));
  return credit ? text.slice(0, suffix.index) : text;
}
/** "… · This post may contain affiliate links · …": a notice riding on the byline line. */
const NOTICE_SEGMENT = /\s[·|•]\s(?:this (?:post|article|page) (?:may )?contain|(?:we|i) may earn|sponsored|advertising)[^·|•]*/giu;

/** "From our correspondent in Pokhara", "By our special correspondent": a credit that names no one. */
const UNNAMED_CORRESPONDENT = /^(?:from|by) (?:our|a) (?:own |special |staff )?(?:correspondent|reporter)(?: in \p{Lu}[\p{L} .'’-]{1,40})?$/iu;

/** "Selin Arıkan - ANKARA": the reporter and the desk city in capitals (Turkish papers' English editions). */
const NAME_DASH_DESK = /^(\p{Lu}\p{Ll}\S*(?: \p{Lu}\S+){1,2}) [\-–—] \p{Lu}{3,}(?: \p{Lu}{3,})?$/v;
/** "Kurdistan Horizon’s Hezha Mustafa reports from Chamchamal": the outlet's reporter, named in a sentence of a byline. */
const REPORTS_FROM = /^\p{Lu}[&\p{L}\d .\-]{1,40}['’]s (\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+){1,3}) reports? from \p{Lu}[\p{L} '’\-]{1,40}$/v;
/**
 * "By Laila Haddadin - Sep 17,2024 - Last updated at Sep 17,2024": the update after the byline's own date;
 * "Published March 3, 2024 · Last updated March 9, 2024 by Callum Reid": the name after it stays.
 */
const TRAILING_UPDATE = /\s[-–—|·]\s(?:last )?updated(?: at| on)?\s.{4,40}?(?=\sby\s\p{Lu}|$)/iu;
const PARENTHESIZED_NOTE = /\s\([^()]{2,40}\)(?=\s|$)/u;
/** "Text: Viktoriia Savchuk. Photo: Serhii Moroz": the photographer credited after the writer is no author. */
const PHOTO_CREDIT_AFTER = /\.\s(?:photos?|pictures?|foto|фото)\s?:\s?\S.{1,60}$/iu;

/**
 * "Bejegyezte: Tóth Réka dátum: 18:07", "Geplaatst door Anke op 14:30", "Vložil Petr v 9:15", "Lähettänyt Heikki Partanen klo 21.14": Blogger's
 * "Posted by <name> at <time>" under a post, in the languages whose words the general reading does not know.
 */
const BLOGGER_POSTED_BY =
  /^(?:bejegyezte:|vložil|vložila|postat de|objavio|objavila|publicado por|pubblicato da|postado por|geplaatst door|opublikowane przez|lähettänyt|indlagt af|lagt inn av|upplagd av)\s+(\S.{0,60}?)\s+(?:dátum:|[ouv]|la|en|às|alle|op|klo|kl\.)\s+(\d{1,2}[:.]\d{2})$/iu;

/** "Posted by Between the Archives at 08:00": the blog's own account posted it (no person); the time still dates the post. */
const POSTED_BY_AT = /^posted by\s+(\S.{0,60}?)\s+at\s+(\d{1,2}[:.]\d{2})$/iu;
function postedByAccount(line: string): Byline | null {
  const m = POSTED_BY_AT.exec(line);
  const name = m ? authorName(m[1]!) : '';
  return m ? { authors: isNameLike(name) ? [name] : [], publishedAt: null, time: `${m[2]!.replace('.', ':').padStart(5, '0')}:00` } : null;
}

function bloggerPostedBy(line: string): Byline | null {
  const m = BLOGGER_POSTED_BY.exec(line);
  const name = m ? authorName(m[1]!) : '';
  return m && isNameLike(name) ? { authors: [name], publishedAt: null, time: `${m[2]!.replace('.', ':').padStart(5, '0')}:00` } : null;
}

/** "Sigríður Helga Jónsdóttir skrifar", "Jan Novák píše": the author's full name, then the verb for "writes". */
const NAME_THEN_WRITES = /^(\p{Lu}.{2,60}?)\s(?:skrifar|skriver|skrivar|schreibt|scrive|escribe|écrit|пишет|пише|píše|piše|pisze|kirjoittaa|yazıyor)$/v;

/** "김민수 기자", "이지훈·박서연 기자 jh@example.kr": Korean names with the reporter's title after them (and an address). */
const KOREAN_REPORTERS = /^(\p{Script=Hangul}{2,4}(?:[·, ]\s?\p{Script=Hangul}{2,4}){0,3}) ?(?:기자|특파원|선임기자|객원기자|통신원)(?: [\w.+\-]+@[\w.\-]+)?$/v;
/** "（記者 佐藤健太）", "（函館支社・山田花子）": a Japanese paper's reporter in parentheses under the story. */
const JAPANESE_REPORTER_NOTE = /^[（\(](?:記者|\p{Script=Han}{1,6}(?:支社|支局|総局|報道部)・?)\s?([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8})[）\)]$/v;

/** Names, a conjunction and where they write from: a longer list without a "By" that is not all names is a sentence. */
const MAX_UNMARKED_LIST_WORDS = 8;

function bylineOf(line: string): Byline | null {
  if (line.length > MAX_BYLINE_CHARS || looksLikeSentence(line)) return null;
  if (UNNAMED_CORRESPONDENT.test(line)) return { authors: [], publishedAt: null, time: null };
  const korean = KOREAN_REPORTERS.exec(line);
  if (korean) return { authors: korean[1]!.split(/[·,]\s?|\s/u).filter((name) => name.length > 0), publishedAt: null, time: null };
  const japanese = JAPANESE_REPORTER_NOTE.exec(line);
  if (japanese) return { authors: [japanese[1]!], publishedAt: null, time: null };
  const blogger = bloggerPostedBy(line);
  if (blogger) return blogger;
  const writer = NAME_THEN_WRITES.exec(line);
  const writers = writer ? bareNames(writer[1]!) : null;
  if (writers) return { authors: writers, publishedAt: null, time: null };
  // "Jane Doe · 5 min read": a reading time marks the line as a byline; "#1 Posted by …" opens a forum thread.
  const reporting = REPORTS_FROM.exec(line);
  if (reporting) return { authors: [reporting[1]!], publishedAt: null, time: null };
  const desk = NAME_DASH_DESK.exec(line);
  const deskNames = desk ? bareNames(desk[1]!) : null;
  if (deskNames?.length === 1) return { authors: deskNames, publishedAt: null, time: null };
  const labelled = afterBylinePrefix(line) !== null;
  const text = withoutRoleSuffix(
    line
      .replace(POST_NUMBER, '')
      .replace(NOTICE_SEGMENT, '')
      .replace(TRAILING_COMMENT_COUNT, '')
      .replace(READING_TIME, '')
      .replace(LEADING_READING_META, '')
      .replace(TRAILING_HANDLE, '')
      .replace(TRAILING_UPDATE, '')
      // "Posted by Hilary Foskett (Site Secretary) on …": after a byline's label, a note in parentheses is the author's role.
      .replace(PARENTHESIZED_NOTE, (note) => (labelled ? '' : note))
      // Only after a byline's own label: "… at the Forum. Photo: Steppe Review" is a caption.
      .replace(PHOTO_CREDIT_AFTER, (credit) => (labelled ? '' : credit))
      .trim(),
    labelled,
  );
  const timed = text.length < line.length;
  const date = findDate(text);
  const dated = date !== null && (date.iso !== null || date.time !== null);
  const prefixed = afterBylinePrefix(text);
  // A relative time ("5 hours ago") dates nothing, but it is no part of the names either.
  const dateText = date !== null && (dated || date.relative) ? date.text : null;
  const { names: printedNames, marked } = nameText(prefixed ?? text, dateText);
  // "By: Ana Cruz, Leo Sy - Harbour Courier / 05:32 PM March 14, 2024": the outlet after a dash shows once the date is out.
  const names = dateText === null ? printedNames : withoutRoleSuffix(printedNames, labelled);
  // "Last Updated: Mar 03, 2021 19:20 ET | …": a date's label is what is left, no name.
  if (prefixed === null && names.length > 0 && names.replace(DATE_LINE_PREFIX, '').length === 0) return null;
  const result = (authors: string[] | null): Byline | null =>
    authors ? { authors, publishedAt: dated ? date.iso : null, time: dated ? date.time : null } : null;

  // Unmarked, only a full date makes the line a byline: "Departs Port Alden at 8:15 a.m., …" is a timetable.
  if (prefixed !== null || marked || timed || (date?.iso != null && date.coverage < 0.8)) {
    const found = namesFrom(names);
    // "Baku, 4 June 2021": with only a date to mark the line, one word is a place as often as a name.
    const unmarkedSingleWord = prefixed === null && !marked && !timed && found !== null && found.length === 1 && !found[0]!.includes(' ');
    const byline = unmarkedSingleWord ? null : result(found);
    if (byline || prefixed !== null || marked) return byline;
  }
  // "Jane Doe, Reuters" / "Jane Doe | Senior forecaster": names closed by an agency or a newsroom role; "Jane Doe (Reuters)" is the same.
  const parenthesized = text.endsWith(')') ? AGENCY_IN_PARENTHESES.exec(text) : null;
  const credited = parenthesized && isAgency(parenthesized[1]!) ? `${text.slice(0, parenthesized.index)}, ${parenthesized[1]!}` : text;
  const trimmed = credited.replace(TRAILING_SEPARATOR, '');
  const parts = trimmed.split(/\s*[,|•·]\s*/u);
  if (parts.length < 2) return text.includes('/') ? slashedAgencyByline(text, result) : null;
  const last = parts[parts.length - 1]!;
  // "Bakı, 5 mart, AZƏRTAC": a place and a day before the agency make a dateline, not a byline.
  if ((isAgency(last) || isNewsroomRole(last) || QUOTED_OUTLET.test(last)) && !parts.some((part) => /\d/u.test(part))) {
    const listed = parts.slice(0, -1).join(', ');
    // "Township and rural schools … hit hardest, researchers say": a deck's attribution; unmarked, the whole list must be names.
    return bareNames(listed) === null && listed.split(' ').length > MAX_UNMARKED_LIST_WORDS ? null : result(namesFrom(listed));
  }
  // "Kirsten Ahenakew · TCN News ·": a full name, a dot, the outlet (never " | ", which page titles use too).
  const dotted = trimmed.split(DOT_SEPARATOR);
  return dotted.length === 2 && isPublicationCredit(dotted[1]!) ? result(bareNames(dotted[0]!)) : null;
}

/**
 * "Amra Hadžiomerović | Fena": full names closed by a credit no list knows, read as a byline once the
 * dateline names that credit as its agency ("SARAJEVO (Fena) -").
 */
export function namesCreditedTo(line: string, agency: string): string[] | null {
  // Most lines do not end in the agency: spare them the split (this runs over every line of the article).
  if (line.length <= agency.length || line.slice(-agency.length).toLowerCase() !== agency.toLowerCase()) return null;
  const parts = line.split(/\s*[,|•·/]\s*/u);
  const credit = parts.pop();
  return parts.length > 0 && credit?.toLowerCase() === agency.toLowerCase() ? bareNames(parts.join(', ')) : null;
}

/** "Olle Bergkvist/TT": a full name and the agency after a slash. */
function slashedAgencyByline(text: string, result: (authors: string[] | null) => Byline | null): Byline | null {
  const slashed = AGENCY_AFTER_SLASH.exec(text);
  return slashed && isAgency(slashed[2]!) ? result(bareNames(slashed[1]!)) : null;
}

const TRAILING_SEPARATOR = /\s*[|•·]$/u;
/** "Rūta Petrauskaitė, „Kauno žinios“": the paper's name in quotes after the author's (Baltic and Slavic bylines). */
const QUOTED_OUTLET = /^[„“"«][^„“”"«»]{2,40}[“”"»]$/u;
const AGENCY_AFTER_SLASH = /^([^/]{3,60}?)\s?\/\s?([^/]{2,30})$/u;
const DOT_SEPARATOR = /\s[•·]\s/u;

export const META_ROW_SEPARATOR = /\s[·|•/]\s/u;
/** "January 28, 2024 · 5 min · Tomas Lindqvist | Suggest Changes": a post's meta row, three items or more, one of them the date. */
export const isMetaRow = (text: string): boolean => {
  const items = text.split(META_ROW_SEPARATOR);
  return items.length >= 3 && items.some((item) => parseDateLine(item) !== null);
};

/** "12 August 2024 · Season 6 · 58 min": the date among a meta row's items (the first one that is a full date). */
/** "October 2024 issue", "Spring 2024", "Issue 42", "Vol. 12, No. 3": the magazine issue a story ran in, beside its date. */
const ISSUE_LABEL = /^(?:(?:spring|summer|autumn|fall|winter) \d{4}|\p{L}+ \d{4} issue|issue (?:no\. ?)?\d{1,4}|vol(?:\.|ume) ?\d{1,4}(?:, (?:no\.|issue) ?\d{1,4})?)$/iu;

export function metaRowDate(text: string): ReturnType<typeof parseDateLine> {
  const items = text.split(META_ROW_SEPARATOR);
  // Two items make a row only beside an issue's label ("Spring 2024 · April 2, 2024"): "Baku · 4 June" may be a dateline.
  if (items.length < 3 && !(items.length === 2 && items.some((item) => ISSUE_LABEL.test(item.trim())))) return null;
  const at = items.findIndex((item) => parseDateLine(item, 0.9)?.iso != null);
  if (at < 0) return null;
  const date = parseDateLine(items[at]!, 0.9)!;
  // "06.04.2024 | 10:20 | Viewed: 1532": the time of day as the next item.
  const clock = date.time === null ? ROW_CLOCK.exec(items[at + 1]?.trim() ?? '') : null;
  const time = clock ? `${clock[1]!.padStart(2, '0')}:${clock[2]!}:00` : null;
  return time === null ? date : { ...date, iso: withTime(date.iso, time), time };
}
const ROW_CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/u;

/**
 * "March 14, 2023 · 5 min · 861 words · Anika Sørlie", "Leave a Comment / Travel / By Hannah Ferris / 12th September 2022":
 * a meta row naming its author (a byline or a full name among its items) and its date.
 */
export function metaRowByline(text: string): Byline | null {
  const date = metaRowDate(text);
  if (!date) return null;
  const items = text.split(META_ROW_SEPARATOR);
  const fullName = (item: string): boolean => item.includes(' ') && /^\p{L}/v.test(item) && !/\d/u.test(item) && !COMMENT_LINK.test(item) && isNameLike(item);
  // "Rohit Menon & Priya Iyer / TNN / Updated: …": names without a "By" are an item too.
  const authors = items.map((item) => readByline(item)?.authors ?? bareNames(item) ?? (fullName(item) ? [item] : [])).find((names) => names.length > 0);
  // Without an author the row is read as a date line ("Published: … | 11:40 AM (GMT+6)   Updated: …").
  return authors ? { authors, publishedAt: date.iso, time: date.time } : null;
}
