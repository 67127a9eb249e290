import type { Line } from '../lines';
import {
  AUTHOR_AND_DATE,
  BADGE_BETWEEN_NAMES,
  HANDLE_BEFORE_NAME,
  AUTHOR_BADGE,
  AVATAR_PREFIX,
  AUTHOR_THEN_TIME,
  BADGE_ONLY,
  BOILERPLATE_LINE,
  DATE_LINE_PREFIX,
  EDITED_NOTE,
  TRAILING_BADGE,
  USER_PREFIX,
  COMMENTER_NOTE,
  COMMENTER_PROFILE,
  BULLETED_COMMENT_HEADER,
  FORUM_POST_BY,
  SCORE_LINE,
  NUMBERED_POST_LABEL,
  INTERVIEW_TURN,
  LONE_COMMENT_VERB,
  NUMBERED_COMMENT_HEADER,
  NUMBERED_NAME,
  PLAIN_COMMENT_HEADER,
  PRINTED_LEVEL,
  REPLY_SUBJECT,
  REPLY_TO_HEADER,
  REPLY_TO_LINE,
  ROLE_LINE,
  POST_NUMBER_LINE,
  NAME_REPLIED_TO,
  REPLIED_TO_CLAUSE,
  REPLIED_TO_SEGMENT,
  SHOWN_REPLIES_BUTTON,
  NAME_REPLIED_TO_VERB_LAST,
  replyAddressee,
  TAGS_LABEL_ONLY,
  THREAD_NAV_LINKS,
  VERB_ON_DATE,
  VOTES_PREFIX,
  WEEKDAY_NAME,
} from '../patterns';
import { endsSentence, isLooseName, isNameLike } from '../text';
import { isBoilerplate, isCommentActionLine, isCommentControl, isTailMarker, isWeakTailMarker, lastControlItem } from './classifyLine';
import type { DateFinding } from './parseDate';
import { findDate, parseDateLine, withTime } from './parseDate';
import { isLearnedControl, learnedBlockAt } from './learnedThread';
import { isPublicationCredit } from './readByline';

/**
 * How sure a header is: "1. Name said:" proves a thread; "Name / date" pairs do so in numbers;
 * a bare "1. Name" only under a comment-section heading.
 */
export type HeaderStrength = 'strong' | 'medium' | 'weak' | 'needsHeading';

export interface CommentHeader {
  /** Index in the line array of the header's first line. */
  at: number;
  /** Lines the header takes, date line included. */
  span: number;
  author: string | null;
  /** Nesting by layout: the header line's leading spaces, plus LEVEL_INDENT per printed level below the first. */
  indent: number;
  /** 'number' for "1.", the bullet character, or null. */
  marker: string | null;
  number: number | null;
  postedAt: string | null;
  /** "03-14" or "03-14T10:05:00" when the page prints the day without its year ("Mar 14"): see resolveCommentYears. */
  postedMonthDay: string | null;
  strength: HeaderStrength;
  /** The author this comment answers, when the page names them ("Name" / "In reply to" name / date). */
  replyTo: string | null;
  /** "This comment has been removed by a moderator.": the line is the removed comment's whole text (kept, so its replies keep their parent). */
  removed: boolean;
}

type HeaderReader = (lines: readonly Line[], at: number) => CommentHeader | null;

/** "Mizanur Rahman (Sirajganj)", "Vasile (Cocieri)": where the commenter lives, after the name ("Pete (netops)", a nickname, stays). */
const TOWN_IN_PARENTHESES = /\s\([\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*){0,2}\)$/v;
/** "西湖边的猫 [浙江杭州网友]": where a Chinese portal's commenter posts from, after the name. */
const NETIZEN_PLACE = /\s?\[[^[\]]{1,20}(?:网友|網友)\]$/u;
/** "↳ Hesham R. replied" over the date: the verb a reply's header closes with, without a colon (no name ends so). */
const TRAILING_REPLY_VERB = /\s(?:replied|responded|answered|antwortete|a répondu|respondió|ha risposto|respondeu|ответил|ответила)$/iu;

/** Spaces of indentation one printed level stands for: replies nest by indentation (threadReplies). */
const LEVEL_INDENT = 4;

const header = (line: Line, at: number, fields: Partial<CommentHeader> & Pick<CommentHeader, 'author' | 'strength'>): CommentHeader => ({
  at,
  span: 1,
  indent: line.indent,
  marker: null,
  number: null,
  postedAt: null,
  postedMonthDay: null,
  replyTo: null,
  removed: false,
  ...fields,
  author:
    fields.author === null
      ? null
      : fields.author.replace(AVATAR_PREFIX, '').replace(USER_PREFIX, '').replace(COMMENTER_NOTE, '').replace(TOWN_IN_PARENTHESES, '').replace(TRAILING_BADGE, '').replace(TRAILING_REPLY_VERB, '').replace(NETIZEN_PLACE, ''),
});

/** A removed comment's placeholder where the comment stood: "This comment has been removed by a moderator.", "[deleted]", "Comment deleted", "(post withdrawn by author, …)". */
export const REMOVED_PLACEHOLDER =
  /^(?:\[(?:deleted|removed)\]|(?:this )?comment (?:has been |was )?(?:deleted|removed)(?: by (?:a |the )?(?:moderator|author|user|administrator|site))?\.?|\(?deleted comment\)?|removed by (?:a )?moderator\.?|\(post (?:withdrawn|deleted) by (?:the )?author\b[^()]{0,80}\))$/iu;
/** "[deleted] 4 hours ago | prev | next [–]": a link board's header of a deleted comment, its text ("[deleted]") under it. */
const DELETED_STAMP = /^\[(?:deleted|removed|dead|flagged)\] (?=\S.*\bago\b)/u;
const MAX_PLACEHOLDER_CHARS = 120;
const SAID_HEADERS = [PLAIN_COMMENT_HEADER, NUMBERED_COMMENT_HEADER, BULLETED_COMMENT_HEADER];

/** Every placeholder says "deleted" or "removed": one cheap scan settles the other lines (this reader runs first, on every line). */
const REMOVAL_WORD = /[dD]elet|[rR]emov|DELET|REMOV/;

const removedComment: HeaderReader = (lines, at) => {
  const { text } = lines[at]!;
  if (text.length > MAX_PLACEHOLDER_CHARS || !REMOVAL_WORD.test(text)) return null;
  if (DELETED_STAMP.test(text)) return header(lines[at]!, at, { author: null, strength: 'weak' });
  if (!REMOVED_PLACEHOLDER.test(text)) return null;
  // "Marcus Ellery said..." / "This comment has been removed by the author.": the placeholder is that header's text.
  const above = lines[at - 1];
  if (above !== undefined && lines[at]!.blankBefore === 0 && SAID_HEADERS.some((pattern) => pattern.test(above.text))) return null;
  // "Comment deleted" / "Nov 22, 2023": the time the removed comment was posted may still stand under it.
  const below = lines[at + 1];
  const date = below !== undefined && below.blankBefore === 0 ? parseDateLine(below.text, 0.8) : null;
  // "[deleted]" / "3/21/24 12:15pm" / "This comment was removed": the name's place and the text's both say so; the text is the last.
  const textBelow = lines[at + (date ? 2 : 1)];
  const span = textBelow !== undefined && textBelow.text.length <= MAX_PLACEHOLDER_CHARS && REMOVED_PLACEHOLDER.test(textBelow.text) ? (date ? 3 : 2) : 1;
  return header(lines[at]!, at, { author: null, removed: true, strength: 'weak', span, ...(date ? postedOn(date) : {}) });
};

/** The header fields a date sets: the full date, or the month and day to place in the article's year. */
const postedOn = (date: DateFinding): Pick<CommentHeader, 'postedAt' | 'postedMonthDay'> => ({
  postedAt: date.iso,
  postedMonthDay: date.iso === null && date.monthDay !== null ? (date.time === null ? date.monthDay : `${date.monthDay}T${date.time}`) : null,
});

/** A mark a page prints before the commenter's name, and the header fields it sets. */
interface LeadMark {
  pattern: RegExp;
  fields: (m: RegExpExecArray) => Pick<CommentHeader, 'marker' | 'number'>;
}
/** "1. Kemal_Ist", "1.  Guest  |  date": a comment's number (replies number from 1 again, deeper in). */
// "1.1 Rutendo N.", "1.1.1 Tafadzwa M": an outline number; the comment's own is its last part (splitComments nests by the rest).
const NUMBER_MARK: LeadMark = { pattern: /^(?:\d{1,3}\.){0,5}(\d{1,4})(?:[.)]|(?<=\d\.\d{1,4})| [-–—]) /u, fields: (m) => ({ marker: 'number', number: Number(m[1]) }) };
/** "#1 Ronen 2013-05-14 10:22": a forum post's number (JComments); "#1.1 vologjanka | …": a reply's place in the outline (nestedByOutlineNumber reads it). */
const POST_NUMBER_MARK: LeadMark = { pattern: /^#(\d{1,5})(?:\.\d{1,4}){0,4} /u, fields: (m) => ({ marker: FORUM_POST, number: Number(m[1]) }) };
/** "- Priya Vandermeer", "↳ Elchin": a reply's bullet or arrow. */
const BULLET_MARK: LeadMark = { pattern: /^([•○◦▪*↳↩└-])\s+/u, fields: (m) => ({ marker: m[1]!, number: null }) };
/** "↩ דני, קריית חיים (…)": a talkback reply's arrow. */
const ARROW_MARK: LeadMark = { pattern: /^([↩↪↳]) /u, fields: (m) => ({ marker: m[1]!, number: null }) };

/** The text without the first of `marks` that opens it, that mark, and the fields it sets (none when no mark opens the text). */
function withoutLeadMark(text: string, marks: readonly LeadMark[]): { rest: string; mark: LeadMark | null; fields: Partial<CommentHeader> } {
  for (const mark of marks) {
    const m = mark.pattern.exec(text);
    if (m) return { rest: text.slice(m[0].length), mark, fields: mark.fields(m) };
  }
  return { rest: text, mark: null, fields: {} };
}

/** A date line directly under a header takes part in it. */
function withDateBelow(lines: readonly Line[], found: CommentHeader): CommentHeader {
  // "En réponse à Jeannot33" between the header and its date: whom the comment answers.
  // "Tobias Reindl sagt:" / "Beitragsautor" / the date: the author's badge between them.
  const badged = BADGE_ONLY.test(lines[found.at + found.span]?.text ?? '') ? { ...found, span: found.span + 1 } : found;
  const addressee = replyAddressee(lines[badged.at + badged.span]?.text ?? '');
  const marked = addressee === undefined ? badged : { ...badged, span: badged.span + 1, replyTo: addressee };
  const next = lines[marked.at + marked.span];
  const date = next ? parseDateLine(next.text) : null;
  if (!date) return found;
  return { ...marked, span: marked.span + 1, ...postedOn(date), strength: found.strength === 'medium' ? 'strong' : found.strength };
}

/** "  1. Name said:" */
const numberedWithVerb: HeaderReader = (lines, at) => {
  const m = NUMBERED_COMMENT_HEADER.exec(lines[at]!.text);
  if (!m) return null;
  // "1. Garo Y. on March 4, 2024 at 9:12 am said:": the date between the name and the verb.
  const dated = AUTHOR_ON_DATE.exec(m[2]!);
  const date = dated ? parseDateLine(dated[2]!, 0.8) : null;
  const author = date?.iso ? dated![1]! : m[2]!;
  if (!isLooseName(author)) return null;
  const found = header(lines[at]!, at, { author, marker: 'number', number: Number(m[1]), strength: 'strong', ...(date?.iso ? postedOn(date) : {}) });
  return date?.iso ? found : withDateBelow(lines, found);
};

/** "• Name said:" */
const bulletedWithVerb: HeaderReader = (lines, at) => {
  const m = BULLETED_COMMENT_HEADER.exec(lines[at]!.text);
  return m && isLooseName(m[2]!) ? withDateBelow(lines, header(lines[at]!, at, { author: m[2]!, marker: m[1]!, strength: 'strong' })) : null;
};

const AUTHOR_ON_DATE = /^(\S.{0,60}?) (?:on|am|le|el) (\S.{3,40})$/u;

/** "Mia_K svarar Lasse i Forsa" over its date: a reply header without a colon, the verb between the names. */
const REPLY_VERB_BETWEEN_NAMES =
  /^(\S.{0,60}?) (?:svarar|svarer|replied to|replies to|responded to|antwortet|antwortete|répond à|a répondu à|responde a|respondió a|risponde a|odpovedá|odpovídá|odgovarja|odgovara|atsako|vastasi|i përgjigjet) (\S.{0,60})$/iu;

/** "Narek replied to Ani:"; "Mia_K svarar Lasse i Forsa" when its date stands under it. */
const replyToVerb: HeaderReader = (lines, at) => {
  const m = REPLY_TO_HEADER.exec(lines[at]!.text);
  if (m && isLooseName(m[1]!) && isLooseName(m[2]!)) return withDateBelow(lines, header(lines[at]!, at, { author: m[1]!, replyTo: m[2]!, strength: 'medium' }));
  const bare = REPLY_VERB_BETWEEN_NAMES.exec(lines[at]!.text);
  if (!bare || !isLooseName(bare[1]!) || !isLooseName(bare[2]!)) return null;
  const found = withDateBelow(lines, header(lines[at]!, at, { author: bare[1]!, replyTo: bare[2]!, strength: 'medium' }));
  return found.span > 1 ? found : null;
};

/** "On July 22, 2025 at 9:14 pm, Ricky C. wrote:": the date first, then the name and the verb (mailing-list style). */
const ON_DATE_NAME_WROTE = /^on (\S.{5,40}), ([^,]{1,60}?) (?:wrote|said|says|replied|commented):$/iu;
const onDateNameWrote: HeaderReader = (lines, at) => {
  const { text } = lines[at]!;
  const m = text.endsWith(':') ? ON_DATE_NAME_WROTE.exec(text) : null;
  const date = m ? parseDateLine(m[1]!, 0.8) : null;
  return m && date?.iso && isLooseName(m[2]!) ? header(lines[at]!, at, { author: m[2]!, ...postedOn(date), strength: 'strong' }) : null;
};

/** "Name says:" (WordPress and its translations); "Un habitant a écrit le 16/11/2023 à 11h47 :". */
const plainWithVerb: HeaderReader = (lines, at) => {
  const m = PLAIN_COMMENT_HEADER.exec(lines[at]!.text);
  if (!m) return verbOnDate(lines, at);
  // "John on March 3, 2019 at 10:12 am said:": the date may stand between the name and the verb.
  const dated = AUTHOR_ON_DATE.exec(m[1]!);
  const author = (dated && findDate(dated[2]!)?.iso ? dated[1]! : m[1]!).replace(AVATAR_PREFIX, '');
  // "(Anonymous) wrote:": a journal's mark for a comment without a name.
  if (NO_NAME_MARK.test(author)) return withDateBelow(lines, header(lines[at]!, at, { author: null, strength: 'medium' }));
  if (!isLooseName(author)) return null;
  // A date in or under the header ("a écrit le 16/11/2023 à 11h47 :") is evidence enough for a looser name.
  const inline = findDate(dated && author === dated[1] ? dated[2]! : (m[2] ?? ''));
  if (inline?.iso) return header(lines[at]!, at, { author, postedAt: inline.iso, strength: 'strong' });
  const found = withDateBelow(lines, header(lines[at]!, at, { author, strength: 'medium' }));
  // "Dave in Morrow's Landing said...": Blogger's "said..." sets off a pen name of any shape.
  return isNameLike(author) || found.postedAt !== null || BLOGGER_VERB_END.test(m[0]) ? found : null;
};

const NO_NAME_MARK = /^\((?:anonymous|anonym|anonyme|anónimo|anonimo)\)$/iu;
const BLOGGER_VERB_END = /(?:\.\.\.|…)$/u;

/** "» Reply from Andrei P. on 03/03/2014 at 19:05:": a reply's label, its author and time. */
const REPLY_FROM_ON_DATE = /^(?:[»›>↳]\s?)?(?:reply|answer|antwort|réponse|respuesta|risposta) (?:from|von|de|di) (\S.{0,60}?) (?:on|am|le|el|il) ([^:]{4,40}(?::\d{2})?):?$/iu;

const replyFromOnDate: HeaderReader = (lines, at) => {
  const { text } = lines[at]!;
  const m = text.length <= MAX_REPLY_FROM_CHARS && REPLY_FROM_WORD.test(text) ? REPLY_FROM_ON_DATE.exec(text) : null;
  const date = m ? parseDateLine(m[2]!, 0.8) : null;
  return m && date?.iso && isLooseName(m[1]!) ? header(lines[at]!, at, { author: m[1]!, ...postedOn(date), strength: 'strong' }) : null;
};
const MAX_REPLY_FROM_CHARS = 120;
const REPLY_FROM_WORD = / (?:from|von|de|di) /iu;

/** "Karen commented on April 15, 2024 at 8:02 am": without a colon, only a full date after "on" makes it a header (or a relative time, straight after the verb). */
function verbOnDate(lines: readonly Line[], at: number): CommentHeader | null {
  // "Ann Lee wrote on March 3, 2024." is a sentence of the text, not a header.
  if (/[.!?]$/u.test(lines[at]!.text)) return null;
  // "mcastellano replied on Feb 19, 2024 · Author", "… · edited": the badge or the edit note after the date.
  const text = lines[at]!.text.replace(EDITED_NOTE, '').replace(TRAILING_BADGE, '').replace(DANGLING_SEPARATOR, '');
  const m = VERB_ON_DATE.exec(text);
  const date = m ? parseDateLine(m[2]!, 0.8) : null;
  if (m && date?.iso && isNameLike(m[1]!)) return header(lines[at]!, at, { author: m[1]!, postedAt: date.iso, strength: 'strong' });
  // "dbrenner commented 1 year ago": GitHub's (utterances, giscus) header, the time relative.
  // "kellan-ops commented Mar 3, 2024", "mvdberg replied Mar 4, 2024": the same (giscus), the date absolute.
  const ago = COMMENTED_AGO.exec(text);
  const when = ago ? parseDateLine(ago[2]!) : null;
  // "Author replied Mar 3, 2024" under "tobiasrenner": the badge stands where the name would, the name is the line above (see REPLIED_ON).
  if (!ago || when === null || !isLooseName(ago[1]!) || BADGE_ONLY.test(ago[1]!)) return null;
  return when.relative ? header(lines[at]!, at, { author: ago[1]!, strength: 'strong' }) : when.iso ? header(lines[at]!, at, { author: ago[1]!, ...postedOn(when), strength: 'strong' }) : null;
}
const COMMENTED_AGO = /^(\S{1,40}) (?:commented|replied) (\S.{2,30})$/u;
const DANGLING_SEPARATOR = /\s[·•|]$/u;
/** "tobiasrenner" / "Author replied Mar 3, 2024": a reply's date line under its author, with the author's badge and the verb (giscus). */
const REPLIED_ON = /^(?:(?:author|owner|member|collaborator|contributor|maintainer) )?(?:replied|commented) (?=\S)/iu;

/** "Name" then "says:" on the next line. */
const nameThenVerbLine: HeaderReader = (lines, at) => {
  const verb = lines[at + 1];
  const { text } = lines[at]!;
  if (!verb || verb.blankBefore > 0 || !LONE_COMMENT_VERB.test(verb.text) || !isNameLike(text)) return null;
  return withDateBelow(lines, header(lines[at]!, at, { author: text, span: 2, strength: 'strong' }));
};

/** "Name • 3 years ago", "* Tove — 4 June 2021 at 10:12" (but "OP · 2 yr. ago" is a badge under a name). */
const authorAndDate: HeaderReader = (lines, at) => {
  // "Reply to Bekzod T. — Sherzod M. | 06.03.2024 18:41": whom the reply answers, before its header.
  // "▲ 31 ▼   railwatcher · 3h": the vote widget before the author.
  const text = lines[at]!.text.replace(VOTES_PREFIX, '');
  const prefixed = text.startsWith('Reply to ') || text.startsWith('In reply to ') ? REPLY_PREFIX.exec(text) : null;
  const m = AUTHOR_AND_DATE.exec(prefixed ? prefixed[2]! : text) ?? gapAuthorAndDate(lines[at]!);
  // "barleywine_betty OP · 3 yr. ago": the badge after the name is not part of it.
  // "↳ Laila_Fes replied · 2 days ago": the reply's verb after the name.
  const names = m?.[2]?.replace(TRAILING_BADGE, '').replace(TRAILING_REPLIED, '');
  if (!m || names === undefined || BADGE_ONLY.test(names)) return null;
  const labelled = LABELLED_AUTHOR.exec(names);
  if (labelled) return labelledAuthorAndDate(lines, at, labelled, m[3]!);
  const pair = authorAndAddressee(names, lines[at]!.wideGapItems);
  const addressed = pair !== null && isNameLike(pair[0]) && isNameLike(pair[1]) ? pair : null;
  // "EU observer | 18.02.2025 20:47": a pen name that reads as an outlet's, as the name-over-text reader allows.
  // "Cricket fan Luganville | 13/01/2024 11:05": a pen name of a few words passes beside a full date with its time.
  const penName = (): boolean => CLOCK_TIME.test(m[3]!) && isPenName(names);
  if (!addressed && !isNameLike(names) && !isPublicationCredit(names) && !penName()) return null;
  // "Szabóné Ilona · 2 órája · válasz neki: Balatoni_Laci": whom the reply answers, after the time.
  const noted = REPLY_NOTE_AFTER_DATE.exec(m[3]!);
  const notedAddressee = noted ? replyAddressee(noted[1]!) : undefined;
  const dateText = notedAddressee === undefined ? m[3]! : m[3]!.slice(0, noted!.index);
  // "3 years ago • edited": the date parser takes the note off itself; "Name · Staff · 1h": a badge before the time.
  const date = parseDateLine(dateText.replace(AUTHOR_BADGE, ''), 0.8);
  if (!date) return null;
  const [author, replyTo] = addressed ?? [names, notedAddressee ?? prefixed?.[1] ?? null];
  // "1.  Guest  |  03.03.2014, 17:05": the comment's number before the name.
  const numbered = m[1] === undefined ? withoutLeadMark(author, [NUMBER_MARK]) : null;
  if (numbered?.mark) return header(lines[at]!, at, { author: numbered.rest, ...numbered.fields, ...postedOn(date), strength: 'medium' });
  return header(lines[at]!, at, { author, replyTo, marker: m[1] ?? null, ...postedOn(date), strength: 'medium' });
};

/**
 * The author and whom the reply answers, when the names part holds both: "Nurlan K. > Aibek Dzhumabaev" (an arrow),
 * "Lena Marsh Mod Marguerite Dallow" (a badge between them), "kpatterson_hydro Oskar Brandt" (a handle before a name),
 * "kaveh.n  Sardor_T", "Jun Takahashi  Leticia Moraes" (a wide gap, where the copy lost the arrow). The caller checks both are names.
 */
function authorAndAddressee(names: string, gap: readonly string[] | null): readonly [string, string] | null {
  const arrowed = ADDRESSEE_ARROW.exec(names);
  if (arrowed) return [names.slice(0, arrowed.index), names.slice(arrowed.index + arrowed[0].length)];
  const badged = BADGE_BETWEEN_NAMES.exec(names) ?? HANDLE_BEFORE_NAME.exec(names);
  if (badged) return [badged[1]!, badged[2]!];
  return gap?.length === 2 && names.startsWith(`${gap[0]!} `) ? [gap[0]!, names.slice(gap[0]!.length + 1)] : null;
}

/** "štajerc76   pred 5 urami": the author and the time a wide gap apart, with no sign between them (as AUTHOR_AND_DATE's groups). */
function gapAuthorAndDate(line: Line): readonly [string, undefined, string, string] | null {
  const items = line.wideGapItems;
  return items?.length === 2 ? [line.text, undefined, items[0]!, items[1]!] : null;
}

/** "Comment by Rui Mendes, Lisbon", "Reply from Anna K., Gdynia (to Rui Mendes)": the page labels each comment and names whom a reply answers. */
const LABELLED_AUTHOR = /^(?:comment|reply|response|answer) (?:by|from) (\S[^()]{0,60}?)(?: \(to ([^()]{2,60})\))?$/iu;

function labelledAuthorAndDate(lines: readonly Line[], at: number, labelled: RegExpExecArray, dateText: string): CommentHeader | null {
  const author = withoutHomeTown(labelled[1]!);
  const date = parseDateLine(dateText, 0.8);
  if (!date || !isNameLike(author)) return null;
  return header(lines[at]!, at, { author, replyTo: labelled[2] ?? null, ...postedOn(date), strength: 'strong' });
}

const CLOCK_TIME = /\d{1,2}[:.]\d{2}/u;
const ADDRESSEE_ARROW = / [>➦→↳] /u;
const REPLY_PREFIX = /^(?:in )?reply to (\S.{0,60}?) [—–-] (\S.{3,120})$/iu;
const REPLY_NOTE_AFTER_DATE = /\s[·•|]\s([^·•|]{3,80})$/u;
const TRAILING_REPLIED = / (?:replied|responded|antwortete|a répondu|respondió|ha risposto)$/iu;
const RELATIVE_TIME_OPENER = /^(?:about|vor|il y a|hace|há)$/iu;
const TRAILING_LIKES = /\s[·•|]\s\d{1,6} (?:likes?|points?|votes?)$/iu;

/**
 * "▲ 48 ▼ OldStandFan 2 hours ago": a vote widget, the author and a relative time; or
 * "tidegauge 3 hours ago | parent | next [–]", where a "parent" link marks a reply.
 */
const votesAuthorTime: HeaderReader = (lines, at) => {
  const line = lines[at]!;
  const links = THREAD_NAV_LINKS.exec(line.text)?.[0] ?? '';
  // "Margaret Ashby 3 years ago · 2 likes": the likes after the time (Squarespace).
  const m = AUTHOR_THEN_TIME.exec(line.text.slice(0, line.text.length - links.length).replace(VOTES_PREFIX, '').replace(TRAILING_LIKES, ''));
  // "vor 2 Stunden" alone is a time, not "vor" writing two hours ago.
  // "coastal_eng_retired 2h", "Bec from Bateau Bay 2h": a handle, or a name with the commenter's town.
  // "Moni aus Blaichach Antwort auf Liftler vor 2 Stunden": whom the comment answers, between the name and the time.
  const replied = m ? NAME_REPLIED_TO.exec(m[1]!) : null;
  const author = m ? withoutHomeTown(replied ? replied[1]! : m[1]!) : '';
  if (!m || RELATIVE_TIME_OPENER.test(author) || !(isNameLike(author) || HANDLE.test(author))) return null;
  // Thread links prove a thread; "root | parent" marks a reply deeper down (how deep, the text does not say).
  const found = header(line, at, { author, strength: links.length > 0 ? 'strong' : 'medium', replyTo: replied?.[2] ?? null });
  const levels = /\|\s*root\b/iu.test(links) ? 2 : /\|\s*parent\b/iu.test(links) ? 1 : 0;
  return { ...found, indent: found.indent + levels * LEVEL_INDENT };
};

/** A post's buttons, printed as words: "Quote", "Post" (phpBB's post icon). */
const POST_BUTTON = /^(?:quote|post|zitat|zitieren|citer|citar|cita)$/iu;
const MAX_POST_BUTTONS = 2;

const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}\p{M}'’.\-]*(?: \p{Lu}[\p{L}\p{M}'’.\-]*){0,2} [\|•·—–\-] (\S.{4,40})$/v;

/** "Post by tidalrunner » Mon Jul 08, 2024 7:42 pm", maybe under its "Re: subject" line: a forum post. */
const forumPost: HeaderReader = (lines, at) => {
  const subject = REPLY_SUBJECT.test(lines[at]!.text) && lines[at + 1] !== undefined;
  // "Re: …" / "Quote" / "Post" / "by Walt » …": the post's buttons between its subject and its author.
  let postAt = subject ? at + 1 : at;
  while (subject && postAt < at + 1 + MAX_POST_BUTTONS && lines[postAt + 1] !== undefined && POST_BUTTON.test(lines[postAt]!.text)) postAt++;
  const postLine = lines[postAt]!;
  // "#2 Posted by Ainura on 09.04.2024 at 12:41 (in reply to #1)": whom the post answers, after its date.
  const note = postLine.text.endsWith(')') || postLine.text.includes(' in reply to ') ? REPLY_NOTE.exec(postLine.text) : null;
  const m = FORUM_POST_BY.exec(note ? postLine.text.slice(0, note.index) : postLine.text);
  // "Posted by: Georges K. — Jounieh | 13/10/2022 08:14": where the poster lives, between the name and the date.
  const placed = m ? PLACE_BEFORE_DATE.exec(m[3]!) : null;
  const date = m ? (parseDateLine(m[3]!, 0.8) ?? (placed ? parseDateLine(placed[1]!, 0.8) : null)) : null;
  const author = m?.[2] ?? '';
  if (!m || !date || !(isNameLike(author) || (m[1] !== undefined && isLooseName(author)))) {
    const numbered = subject ? null : NUMBERED_POST_LABEL.exec(postLine.text);
    return numbered ? numberedPost(lines, at, Number(numbered[1]), numbered[2]!) : null;
  }
  // Without its "Re:" line or a post number ("#3 Posted by …"), "Posted by Jane | June 4, 2021" is as likely a post's footer byline.
  const number = m[1] === undefined ? null : Number(m[1]);
  return header(lines[at]!, at, {
    author,
    span: postAt - at + 1,
    marker: FORUM_POST,
    number,
    replyTo: note?.[1] ?? null,
    ...postedOn(date),
    strength: subject ? 'strong' : number === null ? 'needsHeading' : postStrength(number),
  });
};

/**
 * Drupal: "In reply to <subject> by <name>" (on replies), the comment's subject (often its first words
 * cut short), then "Submitted by <name> on <date>" (Drupal 7 prints the permalink after the date). The subject is a title, not part of the text.
 */
// "Enviado por Vicent el Mar, 12/03/2024 - 19:22", "Inviato da … il …", "Envoyé par … le …": the same line translated.
const SUBMITTED_BY = /^(?:submitted by|enviado por|inviato da|envoyé par|soumis par|eingereicht von|verfasst von|ingezonden door|wysłane przez) (\S.{0,60}?) (?:on|el|il|le|am|op|dnia) (\S.{4,60}?)(?:\s+(?:permalink|enlace permanente|lien permanent))?$/iu;
const IN_REPLY_TO_SUBJECT = /^in reply to .{1,160} by (\S.{0,60})$/iu;
const SUBJECT_MAX_CHARS = 160;

const submittedPost: HeaderReader = (lines, at) => {
  const replyTo = IN_REPLY_TO_SUBJECT.exec(lines[at]!.text);
  let postAt = replyTo ? at + 1 : at;
  const next = lines[postAt + 1];
  // Drupal 7 sets the subject in a heading of its own, a blank line above the "Submitted by" line.
  // The previous comment's "Reply" / "Report" above the next "Submitted by" line is no subject.
  const subject = lines[postAt]!.text;
  if (next !== undefined && next.blankBefore <= 1 && subject.length <= SUBJECT_MAX_CHARS && !isCommentControl(subject) && SUBMITTED_BY.test(next.text)) postAt++;
  const m = SUBMITTED_BY.exec(lines[postAt]?.text ?? '');
  const date = m ? parseDateLine(m[2]!, 0.8) : null;
  if (!m || !date || !isNameLike(m[1]!.replace(COMMENTER_NOTE, ''))) return null;
  return header(lines[at]!, at, { author: m[1]!, span: postAt - at + 1, replyTo: replyTo?.[1] ?? null, ...postedOn(date), strength: replyTo ? 'strong' : 'medium' });
};

/** "(in reply to #1)", "↪ in reply to #1 (Erlan_K)", "— in reply to #3", ", in reply to Dave K.": whom a post answers, after its date. */
const REPLY_NOTE = /(?:\s(?:\(|[↪↳→—–]\s?)|,\s)(?:in reply to|reply to|replying to|antwort auf|en réponse à|en respuesta a)\s(#\d{1,5}(?= \(|\)|$)|[^()]{1,40}?)(?: \([^()]{1,40}\))?\)?$/iu;

/** "Noida · May 10, 2022, 07:15 PM IST", "Manama | Mar 3, 2021 | 10:02 am": a town of a few capitalized words, then the date. */
const TOWN_DOT = /^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2} [·\|] /v;
/** "Bus driver, route 14 · 3d ago": the commenter's job, before the time. */
const NOTE_DOT = /^\S[^·]{0,58}[^\s.!?] · (?=[^·]+$)/u;
function townThenDate(text: string): DateFinding | null {
  const note = TOWN_DOT.exec(text) ?? NOTE_DOT.exec(text);
  return note ? parseDateLine(text.slice(note[0].length), 0.8) : null;
}

/** The marker of a forum's posts: a forum thread is flat, whom a post names does not nest it (see splitComments). */
export const FORUM_POST = 'post';
/** The words after the name are the date and nothing else. */
const WHOLE_DATE = 0.95;
/** A thread's first post may be the article itself (a forum page): only the later posts are surely comments. */
const postStrength = (number: number): CommentHeader['strength'] => (number === 1 ? 'medium' : 'strong');

/** "#4  Marius Dobre  |  28 noiembrie 2023, 21:05  |  răspuns pentru anonim": number, name, time, and whom the post answers. */
const NUMBERED_NAME_PIPE = /^#(\d{1,5}) ([^|]{1,60}?) \| ([^|]{4,60}?)(?: \| ([^|]{1,80}))?$/u;

const numberedNamePipe: HeaderReader = (lines, at) => {
  const { text } = lines[at]!;
  const m = text.charCodeAt(0) === HASH ? NUMBERED_NAME_PIPE.exec(text) : null;
  const date = m ? parseDateLine(m[3]!, WHOLE_DATE) : null;
  if (!m || !date || !isLooseName(m[2]!)) return null;
  const replyTo = m[4] === undefined ? null : (replyAddressee(m[4]) ?? null);
  return header(lines[at]!, at, { author: m[2]!, marker: FORUM_POST, replyTo, ...postedOn(date), strength: postStrength(Number(m[1])) });
};
const HASH = 0x23;

/** "Сергей_63 12.03.2021 в 14:40" after a post's number and label: the author is the words before the time. */
function numberedPost(lines: readonly Line[], at: number, number: number, rest: string): CommentHeader | null {
  const words = rest.split(' ');
  for (let k = 1; k < words.length && k <= PEN_NAME_MAX_WORDS; k++) {
    const name = words.slice(0, k).join(' ');
    const date = parseDateLine(words.slice(k).join(' '), WHOLE_DATE);
    if (date && isLooseName(name)) return header(lines[at]!, at, { author: name, marker: FORUM_POST, ...postedOn(date), strength: postStrength(number) });
  }
  return null;
}

/** How far below a bare name the "Like · Reply · 3d" controls may close its comment. */
const CONTROL_REACH = 8;
/** Such a comment holds two paragraphs at most; the controls follow its text directly. */
const MAX_PARAGRAPH_BREAKS = 1;
/** "Like · Reply · 3 · 1d": a widget's controls in a bar, set apart by dots. */
const CONTROL_BAR_SEPARATOR = / · /u;

/** "Antonio R." over "14/03/2024 14:05": a name over a date line (a comment's header, or an article's byline). */
export const startsNameAndDate = (lines: readonly Line[], at: number): boolean => {
  const next = lines[at + 1];
  return next !== undefined && isNameLike(lines[at]!.text) && parseDateLine(next.text) !== null;
};

/**
 * "Name" / text / "Like · Reply · 3d": a bare name whose text ends in a line of comment controls.
 * The text may hold paragraphs (single blank lines), and a profile line may stand under the name.
 */
const nameTextControls: HeaderReader = (lines, at) => {
  const line = lines[at]!;
  const next = lines[at + 1];
  // "Bakyt Osmonov · Works at Kyrgyzaltyn", "Aigerim Sadykova · Bishkek, Kyrgyzstan": the widget's note on the commenter after the name.
  // "Joanne Sapau replied": a reply's header closes with the verb; "小林同学 回复 钱塘老周 IP属地：上海": the addressee after it, the region the post came from last.
  const printed = withoutProfileNote(line.text).replace(TRAILING_REPLY_VERB, '').replace(IP_REGION_NOTE, '');
  const reply = CHINESE_REPLY.exec(printed);
  const name = reply ? reply[1]! : printed;
  // "The Addis Chronicle": the outlet's own page answers readers too.
  // "Kerrie Lynch" / "Thank you to the SES…" / "Like · Reply · 14 · 1d": a saved page may set the three a blank line apart.
  const setApart = next !== undefined && next.blankBefore === 1;
  if (!next || next.blankBefore > 1 || !(isNameLike(name) || isPublicationCredit(name)) || isCommentControl(name) || isCommentControl(next.text)) return null;
  if (BADGE_ONLY.test(name) || REPLY_TO_LINE.test(name) || isBoilerplate(next.text)) return null;
  // "Jaén" directly under "Lola Gámez": the commenter's town, not a commenter.
  const above = lines[at - 1];
  if (above !== undefined && line.blankBefore === 0 && above.indent === line.indent && isNameLike(above.text) && !isCommentControl(above.text)) return null;
  let paragraphBreaks = 0;
  // Set apart, the blocks put a blank line before the controls too.
  const maxBreaks = MAX_PARAGRAPH_BREAKS + (setApart ? 1 : 0);
  for (let k = at + 2; k < Math.min(lines.length, at + 2 + CONTROL_REACH); k++) {
    const candidate = lines[k]!;
    if (candidate.blankBefore > 0) paragraphBreaks++;
    if (paragraphBreaks > maxBreaks || candidate.blankBefore > 1 || candidate.indent !== line.indent) return null;
    // A bar of controls set a paragraph apart ("Like · Reply · 14 · 1d") closes the comment; it is no "Name · date" header.
    const bar = CONTROL_BAR_SEPARATOR.test(candidate.text);
    if ((candidate.blankBefore === 0 || bar) && isCommentActionLine(candidate.text)) {
      // Set apart from the name (a saved page's blocks), the text must be closed by such a bar.
      if (setApart && !bar) return null;
      // "2024-05-21 10:15 回复 赞(36)": the time the comment was posted, before its controls.
      const stamp = LEADING_STAMP.exec(candidate.text);
      // "Répondre · J’aime · 18 · 23 juil. 2024": or the date after them.
      const after = bar ? lastControlItem(candidate.text) : null;
      const date = stamp ? parseDateLine(stamp[1]!) : after !== null ? parseDateLine(after) : null;
      return header(line, at, { author: name, replyTo: reply?.[2] ?? null, strength: 'medium', ...(date?.iso ? postedOn(date) : {}) });
    }
    // A new paragraph opening with a name (and a date) is the next comment's header; a heading ends the run.
    if (candidate.blankBefore > 0 && (isNameLike(candidate.text) || AUTHOR_AND_DATE.test(candidate.text))) return null;
    if (isWeakTailMarker(candidate.text) || isTailMarker(candidate.text) || startsNameAndDate(lines, k)) return null;
  }
  return null;
};

/** "IP属地：浙江": the region a Chinese portal says a comment was posted from, after the name. */
const IP_REGION_NOTE = /\s?IP属地[:：]\s?\S{1,12}$/u;
/** "小林同学 回复 钱塘老周": the author, "replies to", the addressee. */
const CHINESE_REPLY = /^(\S.{0,30}?) 回复 (\S.{0,30})$/u;
/** A date and time in figures opening a line of controls. */
const LEADING_STAMP = /^(\d{4}[-./]\d{1,2}[-./]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?) /u;

const PROFILE_NOTE = / · ([^·]{1,60})$/u;
function withoutProfileNote(text: string): string {
  const note = text.includes(' · ') ? PROFILE_NOTE.exec(text) : null;
  return note && !endsSentence(note[1]!) ? text.slice(0, note.index) : text;
}

const PEN_NAME_MAX_WORDS = 4;
/** "mom of 4 in Lex": a pen name in lower case may run a word longer (a related headline over its date never starts so). */
const LOWER_CASE_PEN_NAME_MAX_WORDS = 5;
/** "#1", "#1.1": a post's number (or its place in the outline) on the line above its header. */
const POST_NUMBER_ABOVE = /^#\d{1,4}(?:\.\d{1,4}){0,4}$/u;
const NUMBERED_PEN_NAME_MAX_WORDS = 6;
const isPenName = (text: string): boolean =>
  isLooseName(text) && text.split(' ').length <= (/^\p{Ll}/v.test(text) ? LOWER_CASE_PEN_NAME_MAX_WORDS : PEN_NAME_MAX_WORDS) && !REPLY_TO_LINE.test(text);

const CLOSING_COLON = /(?<=\S):$/u;
/** "Liebe Grüße aus Bielefeld", "Best wishes, Ann" over a closing date (Blogger): the comment's sign-off, no commenter's name (nor heading). */
const SIGN_OFF = /^(?:(?:liebe|viele|beste|herzliche|schöne|freundliche) grüße|(?:best|kind|warm) (?:wishes|regards)|cheers|regards|greetings|saludos|salutations|cordialement|bises)(?!\p{L})/iu;
/** "Yosef Mordekhaev says" over the date: a theme (Genesis) that prints the verb without its colon. */
const VERB_WITHOUT_COLON = /(?<=\S) (?:says|said|writes|wrote|sagt|schreibt)$/u;
/** Words, figures and the marks names use: no label's colon, no quote's "wrote: ↑". */
const PLAIN_WORDS = /^[\p{L}\p{M}\p{N} .'’_\-]+$/v;
/** "A reader from Bushehr", "Visitor", "A concerned resident": a commenter who gives no name, over the date. */
const UNNAMED_READER = /^(?:an? |the )?(?:concerned |regular |longtime |local )?(?:reader|visitor|guest|resident|citizen|subscriber|listener|viewer)(?: from \p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2})?$/iv;
const LEADING_ARTICLE = /^[Tt]he (?=\p{Lu})/v;

const MAX_ADDRESSEE_SET_IN = 4;
/** "Name" then a date line, maybe after a badge ("OP · 2 yr. ago"): Blogger, WordPress themes without "says:", German blogs, Reddit. */
const nameThenDateLine: HeaderReader = (lines, at) => {
  const { indent } = lines[at]!;
  const below = lines[at + 1];
  // "- Priya Vandermeer" / "Author" / "Mar 4, 2023": a bulleted reply, its badge on a line of its own;
  // "melanzani_blau" / "Antwort auf Hubert_W" / the date: whom it answers, between the name and the date.
  // "Ruth Calloway" / "Admin" / "Reply to hwy50hiker" / the date: a badge and the addressee, both (wpDiscuz).
  // "gmacleod" / "#2" / "18 Oct 2023": a forum post's number in the badge's place (Discourse).
  const badged = below !== undefined && (ROLE_LINE.test(below.text) || POST_NUMBER_LINE.test(below.text));
  const marker = lines[at + (badged ? 2 : 1)];
  // "Margaret Hale" / "Mod" / "  Peter Crane" / the date: Disqus's addressee, its arrow lost in the copy, set in a little deeper.
  const setIn = marker !== undefined && marker.blankBefore === 0 && marker.indent > indent && marker.indent <= indent + MAX_ADDRESSEE_SET_IN && isNameLike(marker.text);
  const replyTo = marker === undefined ? undefined : (replyAddressee(marker.text) ?? (setIn ? marker.text : undefined));
  // "tjmcgrath" / "Lake Forest, IL" / "3 hours ago", "Ben Kowalczyk" / "Staff" / "Springfield" / the time,
  // "Graham Ruddock" / "Writes Bridge & Tunnel" / the date: a note on the commenter (town or profile)
  // over the time. A town that reads as a name, without a badge above it, may as well be the addressee (nameReplyToDate).
  const noteAt = at + 1 + (badged ? 1 : 0) + (replyTo !== undefined ? 1 : 0);
  const note = lines[noteAt];
  // "Priya Nair" / "Kochi" / "replied to Rakesh Sharma" / the date: whom it answers, under the town (which then is no addressee).
  const afterNote = replyTo === undefined ? lines[noteAt + 1] : undefined;
  const replyUnderNote = afterNote !== undefined && afterNote.blankBefore === 0 ? replyAddressee(afterNote.text) : undefined;
  // "Peter Holm" / "7 points" / the date: the comment's score (a saved page may set it a blank line apart).
  const hasNote =
    note !== undefined &&
    note.indent === indent &&
    (SCORE_LINE.test(note.text)
      ? note.blankBefore <= 1
      : note.blankBefore === 0 &&
        ((HOME_TOWN_LINE.test(note.text) && (badged || !isNameLike(note.text) || replyUnderNote !== undefined)) ||
          COMMENTER_PROFILE.test(note.text) ||
          IP_NOTE.test(note.text) ||
          COUNTRY_CODE_LINE.test(note.text) ||
          COMMENTER_JOB.test(note.text)));
  const span = noteAt - at + 1 + (hasNote ? 1 + (replyUnderNote === undefined ? 0 : 1) : 0);
  const next = lines[at + span - 1];
  if (!next || next.indent < indent - 1) return null;
  // The date first: most lines have none under them, and the name tests are the costly part.
  // "New Delhi · May 10, 2022, 06:44 PM IST": the commenter's town before the date.
  const dateText = next.text.replace(AUTHOR_BADGE, '').replace(REPLIED_ON, '');
  const direct = parseDateLine(dateText, 0.8);
  const date = direct ?? (dateText.includes(' · ') || dateText.includes(' | ') ? townThenDate(dateText) : null);
  // "Zahid Ullah  |  Mar 05, 2024" is a header of its own: over a town and a date, only a real name is the author.
  const strictName = direct === null && !dateText.includes(' · ');
  if (!date) return null;
  // "- Priya Vandermeer" (a bulleted reply), "1. Kemal_Ist" / "14.05.2013 17:22" (a numbered comment), "#3 Мария" / the date (a post's number).
  const lead = withoutLeadMark(lines[at]!.text, [BULLET_MARK, NUMBER_MARK, POST_NUMBER_MARK]);
  // "Renate Vollmer:" over the date (Kirby's comment lists): a colon may close the name, not a date's label ("Updated:").
  if (lead.rest.endsWith(':') && DATE_LINE_PREFIX.test(lead.rest)) return null;
  const named = lead.rest.replace(AVATAR_PREFIX, '').replace(USER_PREFIX, '').replace(CLOSING_COLON, '').replace(VERB_WITHOUT_COLON, '');
  // "Nandini Gowda replied to Rohan Deshpande": the addressee on the name's line.
  const replied = named.includes(' ') ? (NAME_REPLIED_TO.exec(named) ?? NAME_REPLIED_TO_VERB_LAST.exec(named)) : null;
  // "Дмитрий К. → Ольга_Н": the addressee after an arrow.
  const arrowed = replied === null ? ADDRESSEE_ARROW.exec(named) : null;
  // "Lydia Kemble  Barry Ashworth" / "• 2 hours ago": a reply whose arrow the copy lost, the addressee a wide gap after the author.
  const gapped = replied === null && arrowed === null ? gapAddressed(lines[at]!) : null;
  const text = replied ? replied[1]! : arrowed ? named.slice(0, arrowed.index) : (gapped?.author ?? named);
  const addressee = replied ? replied[2]! : arrowed ? named.slice(arrowed.index + arrowed[0].length) : (gapped?.addressee ?? null);
  // Over a date, a pen name may be a phrase ("Sciatore della domenica").
  // "Former L&D nurse (not verified)": the page's note on the commenter is no part of the pen name;
  // "Fatima Al Mazrouei, Abu Dhabi": nor is the town after it.
  const author = withoutHomeTown(text);
  // "February 9, 2025" / "February 2, 2025": a sidebar's list of dates, the upper one no pen name.
  // "The Harbour Dispatch" over "2 weeks ago · 0 Likes": the outlet answering under its own name.
  // "The Harbourline → Hannah Lusk": over an addressee, the outlet answering under its own name.
  const outletAnswering = addressee !== null && isNameLike(author.replace(LEADING_ARTICLE, ''));
  // "#1" / "Hurdano de toda la vida" / the date: under the post's number (and the reply's label), a pen name may run a word or two longer.
  const numberAt = at > 1 && REPLY_TO_LINE.test(lines[at - 1]!.text) ? at - 2 : at - 1;
  const numbered = numberAt >= 0 && lines[at]!.blankBefore === 0 && POST_NUMBER_ABOVE.test(lines[numberAt]!.text);
  const penName = (name: string): boolean => (numbered ? isLooseName(name) && name.split(' ').length <= NUMBERED_PEN_NAME_MAX_WORDS : isPenName(name));
  if (!(isNameLike(author) || isPublicationCredit(author) || outletAnswering || UNNAMED_READER.test(author) || (!strictName && penName(author.replace(COMMENTER_NOTE, '')) && parseDateLine(author) === null)) || isCommentControl(text)) return null;
  return header(lines[at]!, at, {
    author,
    span,
    ...lead.fields,
    replyTo: replyTo ?? (hasNote ? replyUnderNote : undefined) ?? addressee,
    ...postedOn(date),
    strength: 'weak',
  });
};

/** "Lydia Kemble  Barry Ashworth", "Nadia Fairclough Mod  astro_dan": two names a wide gap apart (a badge may close the first). */
function gapAddressed(line: Line): { author: string; addressee: string } | null {
  const items = line.wideGapItems;
  if (items?.length !== 2 || line.text.length > MAX_GAP_ADDRESSED_CHARS) return null;
  const author = items[0]!.replace(TRAILING_BADGE, '');
  return isNameLike(author) && isNameLike(items[1]!) ? { author, addressee: items[1]! } : null;
}
const MAX_GAP_ADDRESSED_CHARS = 80;

/** "DE", "IR" under a commenter's name: the country the comment came from, as a code. */
const COUNTRY_CODE_LINE = /^[A-Z]{2}$/u;

/** "IP: 78.56.xxx.xx" under a commenter's name: the page shows where the comment came from. */
const IP_NOTE = /^ip:?\s?[\dx*.]{3,20}$/iu;

/** "Network engineer", "Retired science teacher": the commenter's job under the name (Ghost's member profiles). */
const COMMENTER_JOB = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){1,3}$/v;
/** "Lake Forest, IL", "Springfield": a town of a few capitalized words on a line of its own, maybe with its state. */
const HOME_TOWN_LINE = /^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}(?:, \p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2})?$/v;

/** "Derek W, Preston", "Sina - Canada", "Anne M from Tiverstone", "Asad Ullah | Lakki Marwat", "Zahid | Dubai, UAE": news sites print where the commenter lives after the name. */
// A town in a script without case ("דני, חיפה") starts with any letter of it.
const HOME_TOWN = /^(.+?)(?:,| [\-–—\|]) [\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*){0,2}(?:, [\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*(?: [\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*){0,2})?$/v;
const TOWN_SEPARATOR = /, | [-–—|] /u;
/** "Alan Whitcombe, Freight planner", "Mike Dunstable, Retired operations manager": the commenter's trade after the name. */
const ROLE_AFTER_COMMA = /^(.+?), \p{Lu}\p{Ll}+(?: [&\p{Ll}\-]+){1,3}$/v;
function withoutHomeTown(name: string): string {
  const m = TOWN_SEPARATOR.test(name) ? (HOME_TOWN.exec(name) ?? ROLE_AFTER_COMMA.exec(name)) : null;
  return m && isNameLike(m[1]!) ? m[1]! : name;
}

/** "Name" / the name it answers / date: threads that show a reply's addressee under its author. */
const nameReplyToDate: HeaderReader = (lines, at) => {
  const { text, indent } = lines[at]!;
  // "Callum Reyes" / "Mod" / "orbitalmechanic" / the time: the author's badge before the addressee.
  const badge = lines[at + 1];
  const badged = badge !== undefined && badge.blankBefore === 0 && ROLE_LINE.test(badge.text);
  const addressee = lines[at + (badged ? 2 : 1)];
  const dateLine = lines[at + (badged ? 3 : 2)];
  if (!addressee || !dateLine || addressee.blankBefore > 0 || dateLine.blankBefore > 0 || addressee.indent !== indent) return null;
  // "תגובה לתגובה 1" ("reply to comment 1") over the name: the label of a reply, not its author.
  if (!isNameLike(text) || !isNameLike(addressee.text) || BADGE_ONLY.test(text) || isCommentControl(text) || isCommentControl(addressee.text) || REPLY_TO_LINE.test(text)) return null;
  const date = parseDateLine(dateLine.text, 0.8);
  return date ? header(lines[at]!, at, { author: text, replyTo: addressee.text, span: badged ? 4 : 3, ...postedOn(date), strength: 'weak' }) : null;
};

/** "… 9:15 am Reply", "… | Antworten": a reply link printed at the end of the header line. */
const TRAILING_REPLY_LINK = /(?:\s[|•·])?\s(?:reply|antworten|répondre|responder|rispondi)$/iu;

/** Words that may join a name and the date after it: "Hakob Mirzoyan on 4 June 2021 at 20:05". */
const NAME_DATE_JOINER_WORDS = 'on|am|le|el|il|at|um';
// "Daniel Okoro, Oct 4, 2024 at 8:12 am": a comma joins them too.
const NAME_DATE_JOINER = new RegExp(String.raw`(?:\s+(?:${NAME_DATE_JOINER_WORDS}|[|•·—–-])|,)$`, 'iu');
const WORD_JOINER_AT_END = new RegExp(String.raw`\s(?:${NAME_DATE_JOINER_WORDS})$`, 'iu');
const NAME_THEN_DATE_MIN_COVERAGE = 0.3;
const REPLY_HEADER_MIN_COVERAGE = 0.2;
/** A user name no date label is written as: a word with a digit, "_" or "." in it, all in lower case ("sofia-lindahl"), or with a capital inside ("HalvertonNative", "MSutter"). */
const HANDLE = /^(?:[\p{L}\p{N}]+[_.][\p{L}\p{N}_.]*[\p{L}\p{N}]|\p{L}+\d+|\p{Ll}{2,}(?:-\p{Ll}+)*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2}\p{Ll}+)$/v;
const NAME_THEN_DATE_MAX_CHARS = 90;
const MASKED_ADDRESS = /\s~?\d{1,3}\.\d{1,3}\.(?:x{1,3}|\*{1,3})\.(?:x{1,3}|\*{1,3})(?=\s)/u;

/**
 * "Ani Grigoryan June 4, 2021 at 8:05 pm": a name of two or more words directly followed by a
 * full date on one line (one word could be "Monday" or "Updated").
 */
const nameThenDateOnLine: HeaderReader = (lines, at) => {
  // "anaferreira Sep 3, 2024 Maintainer": the author's badge after the date.
  // "David (17/04/2019 08:05)": the time in parentheses after the name (talkbacks).
  // "Chiara B.12 marzo 2024 alle ore 12:40": Blogger's name and date, set in blocks of their own, run together in a text dump.
  // "Zbyszek z Radomia ~89.72.xxx.xxx 13.03.2024, 09:47": a guest's address, masked, between the name and the date (Polish portals).
  const printedLine = lines[at]!.text.replace(TRAILING_REPLY_LINK, '').replace(TRAILING_BADGE, '').replace(DATE_GLUED_TO_NAME, ' ').replace(MASKED_ADDRESS, '');
  const segment = REPLIED_TO_SEGMENT.exec(printedLine);
  const line = segment ? printedLine.replace(segment[0], ' · ') : printedLine;
  const text = line.endsWith(')') ? line.replace(PARENTHESIZED_TIME, ' $1') : line;
  // A name and a date fit in a short line that is not a sentence; the date parser is too slow to try every line.
  if (text.length > NAME_THEN_DATE_MAX_CHARS || /[.!?]$/u.test(text)) return null;
  const date = findDate(text);
  // "Alessandra_R in risposta a pendolare_frosinone 12/03/2024 18:41": the addressee takes its share of the line.
  if (!date?.iso || (date.coverage < NAME_THEN_DATE_MIN_COVERAGE && !(date.coverage >= REPLY_HEADER_MIN_COVERAGE && REPLIED_TO_CLAUSE.test(text)))) return null;
  const beforeDate = textBeforeDate(text, date.text);
  if (beforeDate === null) return null;
  // "Lucía Berrocal respondió al comentario de Manolo Ruiz": the author, and whom the comment answers.
  const replied = NAME_REPLIED_TO.exec(beforeDate.replace(NAME_DATE_JOINER, ''));
  const printed = replied ? replied[1]! : beforeDate.replace(NAME_DATE_JOINER, '');
  // "#1 Ronen 2013-05-14 10:22": a post number before the name (JComments); "↳ Elchin   03.03.2014 19:55": a reply's arrow.
  const lead = withoutLeadMark(printed, [POST_NUMBER_MARK, BULLET_MARK]);
  // "samir_ops Staff 22 May 2024": the badge after the name is not part of it.
  // "~kierowca z Suchanina 14.03.2024, 10:41": a guest's "~" before the pen name (Polish portals).
  const name = lead.rest.replace(TRAILING_BADGE, '').replace(USER_PREFIX, '');
  // One word could be "Monday" or "Updated", unless it is a handle ("gwen_pm", "h.oduya", "mkrause"), the page set the name apart by a wide gap or numbered the post,
  // or the line is a reply's header set in under its comment ("    Anonymous March 3, 2021 at 9:30 PM").
  // "Anonymous on February 21, 2024 at 6:40 pm": a word joining the name to a date with its time marks a header too.
  const joinedWithTime = WORD_JOINER_AT_END.test(beforeDate) && date.time !== null && !WEEKDAY_NAME.test(printed);
  // "Baumfreundin 12.03.2024 um 19:05 Uhr", "Huchtinger seit 1974 12.03.2024 um 17:21 Uhr": a date with its time of day stamps a pen name too.
  const stamped = date.time !== null && !DATE_LINE_PREFIX.test(name) && !WEEKDAY_NAME.test(name);
  const oneWordAllowed = HANDLE.test(name) || lines[at]!.spacedItems >= 2 || lead.mark === POST_NUMBER_MARK || joinedWithTime || stamped;
  if ((!name.includes(' ') && !oneWordAllowed) || !(isNameLike(name) || (stamped && PLAIN_WORDS.test(name) && isPenName(name)))) return null;
  // "Rajesh Shenoy from Whitefield Mar 09, 2024 at 07:02 pm IST": where the commenter lives is no part of the name.
  return header(lines[at]!, at, { author: withoutHomeTown(name), postedAt: date.iso, strength: 'medium', replyTo: replied?.[2] ?? segment?.[1] ?? null, ...lead.fields });
};

/** "Carmen G. | 15 de febrero de 2024 09:27": a date in another language is found translated, so the separator before it tells where it starts. */
const SEPARATED_DATE = /^(.{2,60}?)\s[|•·—–]\s(\S.*)$/u;
const WHOLE_DATE_AFTER_SEPARATOR = 0.9;
/** "Anonimo12 marzo 2024", "Chiara B.12/03/2024": a day glued to the name before it. */
const DATE_GLUED_TO_NAME = /(?<=^\p{Lu}\D{0,40}[\p{Ll}.])(?=\d{1,2}(?: \p{L}{3}| ?[.\/]\d{1,2}[.\/]\d{2}))/v;
/** How many words a date and its time may take: "12 de marzo de 2024 a las 10:15". */
const MAX_DATE_WORDS = 9;

/** The words before the date that closes the line, or null when the date does not close it. */
function textBeforeDate(text: string, dateText: string): string | null {
  if (text.endsWith(dateText)) return text.slice(0, text.length - dateText.length).trim();
  const separated = SEPARATED_DATE.exec(text);
  if (separated) return parseDateLine(separated[2]!, WHOLE_DATE_AFTER_SEPARATOR) ? separated[1]! : null;
  // "Chiara B. 12 marzo 2024 alle ore 12:40": the date was found translated; the longest run of last words that is a whole date.
  const words = text.split(' ');
  for (let k = Math.max(1, words.length - MAX_DATE_WORDS); k < words.length; k++) {
    if (parseDateLine(words.slice(k).join(' '), WHOLE_DATE_AFTER_SEPARATOR)) return words.slice(0, k).join(' ');
  }
  return null;
}

/** "1. crumbcritic" with the text indented below it. */
const numberedName: HeaderReader = (lines, at) => {
  const line = lines[at]!;
  const m = NUMBERED_NAME.exec(line.text);
  const next = lines[at + 1];
  if (!m || !isNameLike(m[2]!) || !next || next.indent <= line.indent) return null;
  return header(line, at, { author: m[2]!, marker: 'number', number: Number(m[1]), strength: 'needsHeading' });
};

/** A place in a commenter's header is a town or a country, not a clause. */
const MAX_PLACE_CHARS = 40;
/** A time closes the line: "… 2 hours ago", "… 14:05", "… 2024". */
const RELATIVE_OR_DIGIT_END = /\d|ago$/iu;

/** "(03.12.22)" closing a commenter's line: the time, set in parentheses. */
const PARENTHESIZED_TIME = /\s\(([^()]{4,30})\)$/u;
const TIME_SEPARATOR = / · (?=[^·]+$)/u;
const PART_SLASH = / [/|] /u;
const NUMBERED_TALKBACK_TITLE = /^\d{1,4}\.\s\S/u;
const SLASHED_PARTS = /^[^/|]+ [/|] [^/|]+ [/|] [^/|]+$/u;

/**
 * "SeaDog, Portsmouth, 2 hours ago", "Sandra P, Faversham, United Kingdom, 2 hours ago", "David, Ashdod (03.12.22)", "Kofi Mensah, Kumasi · 5 hours ago":
 * the commenter, where they live, and the time (tabloid threads, talkbacks).
 */
const nameLocationDate: HeaderReader = (lines, at) => {
  // "1. שרית, חיפה (12.03.24 | 18:55)", "↩ דני, קריית חיים (…)": a talkback's number, or a reply's arrow, before the name.
  const lead = withoutLeadMark(lines[at]!.text, [NUMBER_MARK, ARROW_MARK]);
  const line = lead.rest;
  // "Kofi Mensah, Kumasi · 5 hours ago": the time set apart by a dot instead of a comma.
  // "Emre K. / Izmir / 02.12.2021 12:14": slashes or bars between the three parts instead of commas.
  const text = line.endsWith(')')
    ? line.replace(PARENTHESIZED_TIME, ', $1')
    : line.includes(' · ')
      ? line.replace(TIME_SEPARATOR, ', ')
      : !line.includes(', ') && SLASHED_PARTS.test(line)
        ? line.split(PART_SLASH).join(', ')
        : line;
  if (!text.includes(', ') || !RELATIVE_OR_DIGIT_END.test(text)) return null;
  const parts = text.split(', ');
  const places = parts.slice(1, -1);
  // "Reading: Tuesday, April 2 and Wednesday, April 3" is a list item: names hold no colon, places no figures.
  // A place in a script without case ("חיפה") starts with any letter of it.
  const isPlace = (place: string): boolean => /^[\p{Lu}\p{Lo}]/v.test(place) && place.length <= MAX_PLACE_CHARS && !/\d/u.test(place);
  // "1. אבי מנהריה (03.07.23)": a numbered talkback (or an indented reply to one) may name no place, its time in parentheses.
  // "2. Why build the plant here?" / "Dana (03.15.22)": a talkback's numbered title directly above counts as its number.
  const titleAbove = at > 0 && lines[at]!.blankBefore === 0 && NUMBERED_TALKBACK_TITLE.test(lines[at - 1]!.text);
  const minParts = (lead.mark !== null || titleAbove || lines[at]!.indent > 0) && line.endsWith(')') ? 2 : 3;
  if (parts.length < minParts || parts.length > 4 || parts[0]!.includes(':') || !isPenName(parts[0]!) || !places.every(isPlace)) return null;
  const date = parseDateLine(parts[parts.length - 1]!, 0.8);
  if (!date) return null;
  return header(lines[at]!, at, { author: parts[0]!, ...postedOn(date), strength: 'medium', ...lead.fields });
};

/** "Dale Fenwick → Marge Holloway • 3 years ago", "Fernanda Kist ➝ Roberto Lacerda • há 2 horas", "Sorrel ↳ quietbyte 2 hours ago": a reply naming its addressee. */
const REPLY_ARROWS = '[→⟶↳➝➜➔↪]';
const REPLY_ARROW = new RegExp(String.raw`^(\S.{0,60}?)\s${REPLY_ARROWS}\s(\S.*)$`, 'u');
const HAS_REPLY_ARROW = new RegExp(REPLY_ARROWS, 'u');
/** Lines a header may span under its first: the addressee's header is read in this window. */
const ADDRESSEE_HEADER_REACH = 6;

/**
 * A header whose author line names the comment it answers: the line read without the author,
 * as the addressee's header ("Marge Holloway • 3 years ago"), then given back its author.
 */
const replyArrow: HeaderReader = (lines, at) => {
  const line = lines[at]!;
  // "Sam Coombs" / "→ Pat Eaton • 3 months ago": the arrow and the addressee on a line of their own under the name.
  const below = lines[at + 1];
  const arrowBelow = below !== undefined && below.blankBefore === 0 && ARROW_FIRST.test(below.text);
  const text = arrowBelow ? `${line.text} ${below.text}` : line.text;
  const m = HAS_REPLY_ARROW.test(text) ? REPLY_ARROW.exec(text) : null;
  const author = m?.[1]?.replace(TRAILING_BADGE, '');
  if (!m || author === undefined || !isNameLike(author)) return null;
  // With the lines under it: "Perrin T." / "• 8 hours ago" is the addressee's header with its date below.
  const next = at + (arrowBelow ? 2 : 1);
  const asAddressee = [{ ...line, text: m[2]! }, ...lines.slice(next, next + ADDRESSEE_HEADER_REACH - 1)];
  const found = authorAndDate(asAddressee, 0) ?? votesAuthorTime(asAddressee, 0) ?? nameThenDateOnLine(asAddressee, 0) ?? nameThenDateLine(asAddressee, 0);
  return found === null ? null : { ...found, at, author, replyTo: found.author, span: found.span + (arrowBelow ? 1 : 0) };
};
const ARROW_FIRST = new RegExp(String.raw`^${REPLY_ARROWS}\s`, 'u');

/** "Forum: leipzigerin_82, 12.03.2024, 14:22 Uhr": a magazine's reader forum labels each post. */
const FORUM_LABELLED = /^(?:forum|posting|leserkommentar|kommentar)\s?:\s(\S.{0,40}?),\s(\S.{4,40})$/iu;
const forumLabelled: HeaderReader = (lines, at) => {
  const m = FORUM_LABELLED.exec(lines[at]!.text);
  const date = m ? parseDateLine(m[2]!, 0.8) : null;
  return m && date && isLooseName(m[1]!) ? header(lines[at]!, at, { author: m[1]!, marker: FORUM_POST, ...postedOn(date), strength: 'strong' }) : null;
};

/** "Posted by: Drill_Sergeant_WA" / "Date: 04/03/2024 19:58" / "Comment: …": a thread printed as labelled fields. */
const NAME_FIELD = /^(?:posted by|author|name|user|from)\s?:\s?(\S.{0,60})$/iu;
const DATE_FIELD = /^(?:date|posted|time|on)\s?:\s?(\S.{4,60})$/iu;
const labelledFields: HeaderReader = (lines, at) => {
  const [first, second] = [lines[at]!, lines[at + 1]];
  if (second === undefined || second.blankBefore > 0 || !first.text.includes(':')) return null;
  // "Date: 2024-03-05 03:12 am (UTC)" / "From: thimbleweed": journals (Dreamwidth, LiveJournal) print the date first.
  const dateFirst = DATE_FIELD.test(first.text);
  const [nameLine, dateLine] = dateFirst ? [second, first] : [first, second];
  const name = NAME_FIELD.exec(nameLine.text)?.[1];
  const dated = name === undefined ? undefined : DATE_FIELD.exec(dateLine.text)?.[1];
  const date = dated === undefined ? null : parseDateLine(dated, 0.8);
  return name !== undefined && date && isLooseName(name) ? header(first, at, { author: name, span: 2, ...postedOn(date), strength: 'strong' }) : null;
};

/** "14.05.2019 13:47" / "Levan G." / text: the time over the name, both on lines of their own. */
const MAX_STAMPED_NAME_WORDS = 4;
const OWN_HEADER_END = /(?:\.{2,3}|…|:)$/u;
/** "posted by Gerald Fenn" under the stamp (Joomla's K2): the label names the line, so page blocks may set it apart. */
const POSTED_BY_LABEL = /^(?:posted|written|submitted) by\s+(?=\S)/iu;

const dateThenName: HeaderReader = (lines, at) => {
  const [name, text] = [lines[at + 1], lines[at + 2]];
  if (name === undefined || text === undefined || name.indent !== lines[at]!.indent) return null;
  const label = POSTED_BY_LABEL.exec(name.text);
  const maxBlanks = label ? 1 : 0;
  if (name.blankBefore > maxBlanks || text.blankBefore > maxBlanks) return null;
  // "Ann-Marie" / the date / "lol true" / "Reply": under a name's header the short text is closed by the controls, no text under it.
  if (isCommentControl(text.text)) return null;
  const date = parseDateLine(lines[at]!.text, WHOLE_DATE);
  const author = label ? name.text.slice(label[0].length) : name.text;
  // A time of day marks a comment's stamp; a day alone heads a blog post or a section.
  // "Rhodri P said..." under the last comment's closing stamp opens a header of its own.
  if (date?.iso == null || date.time === null || author.split(' ').length > MAX_STAMPED_NAME_WORDS || OWN_HEADER_END.test(author) || !isLooseName(author) || isCommentControl(author) || isBoilerplate(author)) return null;
  return header(lines[at]!, at, { author, span: 2, ...postedOn(date), strength: 'medium' });
};

/** Formats in order, most specific first; the first that reads the line wins. */
const KNOWN_READERS: readonly HeaderReader[] = [
  removedComment,
  numberedWithVerb,
  bulletedWithVerb,
  replyToVerb,
  onDateNameWrote,
  replyFromOnDate,
  plainWithVerb,
  nameThenVerbLine,
  authorAndDate,
  votesAuthorTime,
  replyArrow,
  nameLocationDate,
  forumPost,
  submittedPost,
  numberedNamePipe,
  forumLabelled,
  labelledFields,
  nameThenDateLine,
  nameReplyToDate,
  nameThenDateOnLine,
  nameTextControls,
  numberedName,
  dateThenName,
];
const READERS: readonly HeaderReader[] = [...KNOWN_READERS, learnedBlock];

/** A block closed by the page's own control row, learned from its repeats (learnedThread): a thread in a language no list knows. */
function learnedBlock(lines: readonly Line[], at: number): CommentHeader | null {
  const block = learnedBlockAt(lines, at);
  // "In reply to Sheila Worth" / "Graham Pike from Crandleigh" / date: a line the known formats read as a header lies inside; the block opens there.
  if (block === null || [at + 1, at + 2].some((k) => k < lines.length && KNOWN_READERS.some((read) => read(lines, k) !== null))) return null;
  const date = block.stamp === null ? null : findDate(block.stamp);
  // "21/02/2024 amin'ny 09:14": the date reader stops at a word it does not know ("at"); the clock time after it is the same stamp's.
  const clock = date?.iso != null && date.time === null ? CLOCK_AFTER_DATE.exec(block.stamp!.slice(block.stamp!.indexOf(date.text) + date.text.length)) : null;
  const dated = clock && date ? { ...date, iso: withTime(date.iso, `${clock[1]!.padStart(2, '0')}:${clock[2]!}:00`) } : date;
  return header(lines[at]!, at, { author: block.author, span: block.span, strength: 'medium', ...(dated?.iso ? postedOn(dated) : {}) });
}
/** A 24-hour clock time after one word at most (any language's "at"). */
const CLOCK_AFTER_DATE = /^,?\s(?:\S+\s)?([01]?\d|2[0-3])[:.]([0-5]\d)$/u;

/** "level 3" directly above a header: the page printed the depth instead of indenting. */
function withPrintedLevel(lines: readonly Line[], found: CommentHeader): CommentHeader {
  const above = lines[found.at - 1];
  const level = above !== undefined && lines[found.at]!.blankBefore === 0 ? PRINTED_LEVEL.exec(above.text) : null;
  return level ? { ...found, indent: found.indent + (Number(level[1]) - 1) * LEVEL_INDENT } : found;
}

/**
 * "M" over "M. Reindl": the letter a comment widget shows in place of a missing avatar picture;
 * "@sofia-lindahl" over "sofia-lindahl Sep 4, 2024": the avatar's alt text, the handle the header repeats (giscus).
 */
export function isAvatarInitial(lines: readonly Line[], at: number): boolean {
  const { text } = lines[at]!;
  const next = lines[at + 1];
  if (text.startsWith('@')) return next !== undefined && next.blankBefore === 0 && AVATAR_HANDLE.test(text) && next.text.startsWith(`${text.slice(1)} `);
  if (text.length > 2 || !AVATAR_LETTERS.test(text) || next === undefined || !next.text.startsWith(text.charAt(0)) || next.text.length <= text.length) return false;
  // Set apart by a blank line ("MA" / "" / "M. Aldous"), the letters must be the name's initials.
  return next.blankBefore === 0 || text === initialsOf(next.text);
}
const initialsOf = (name: string): string =>
  name
    .split(' ')
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
const AVATAR_LETTERS = /^\p{Lu}{1,2}$/v;
const AVATAR_HANDLE = /^@[\p{L}\p{N}_.\-]{2,40}$/v;

/** "Name", "Email *", "Website", "Nombre": the comment form's fields, in the page's language. */
const FORM_FIELD_LABEL = /^(?:name|e-?mail|website|url|comment|message|your name|nombre|nome|nom|naam|navn|namn|imię|jméno|név|isim|имя|ім['’]я|tu nombre|seu nome|votre nom|dein name|ihr name|il tuo nome)\s?\*?$/iu;

/** "1. ", "2) ": a list item's number opening what a reader took for a name. */
const LIST_NUMBER = /^\d{1,3}[.)] /u;

/** Matches a comment header at `at`, in the formats saved pages show; null when the line is not one. */
export function readCommentHeader(lines: readonly Line[], at: number): CommentHeader | null {
  const line = lines[at];
  if (!line || line.text.length > 120 || INTERVIEW_TURN.test(line.text) || SHOWN_REPLIES_BUTTON.test(line.text) || isAvatarInitial(lines, at) || isLearnedControl(lines, at)) return null;
  for (const read of READERS) {
    const found = read(lines, at);
    // "Kommentare (5)", "Mehr aus Haselmoor", "Collapsed": a heading or a control stands where a name could (tested last: it is rare).
    if (!found) continue;
    // "1. Finally a real winter" over "Yossi | 21.01.24 | 19:03": a numbered talkback's title read as a name over a date, its number unread.
    if (found.marker === null && found.author !== null && LIST_NUMBER.test(found.author)) continue;
    // "Tags:" / "allotment": a post's first tag under the label is no commenter either.
    const tag = at > 0 && line.blankBefore === 0 && TAGS_LABEL_ONLY.test(lines[at - 1]!.text);
    const heading = found.strength !== 'strong' && !found.removed && (tag || isWeakTailMarker(line.text) || isTailMarker(line.text) || BOILERPLATE_LINE.test(line.text) || SIGN_OFF.test(line.text));
    // "Name" / "• Kaveh_1357 · 3 years ago": the comment form's field label is nobody's name.
    // "• Tuesday, May 14, 2024 10:15 AM": a date line's weekday is nobody's name.
    return heading || (found.author !== null && (FORM_FIELD_LABEL.test(found.author) || WEEKDAY_NAME.test(found.author))) ? null : withPrintedLevel(lines, found);
  }
  return null;
}
