import type { Line } from '../lines';
import { toParagraphs } from '../lines';
import { endsSentence, isNameLike } from '../text';
import { AWAITING_MODERATION, COMMENT_SECTION_HEADING, COMMENTER_AFFILIATION, COMMENTER_PROFILE, EDIT_NOTE_LINE, POST_NUMBER_LINE, QUOTE_LABEL, REPLY_TO_LINE, shownReplyCount, TRAILING_BADGE, WEAK_COMMENT_HEADING, WRITER_AND_VERB, replyAddressee } from '../patterns';
import { isBoilerplate, isCommentActionLine, isCommentControl, isMenuItem, isTailMarker } from './classifyLine';
import { isLearnedControl } from './learnedThread';
import { parseDateLine } from './parseDate';
import { FORUM_POST, isAvatarInitial, type CommentHeader } from './readCommentHeader';

export interface RawComment {
  header: CommentHeader;
  text: string;
}

/** Site furniture that ends a comment: the reply form, footers, "Related posts"… */
const endsThread = (text: string): boolean =>
  isTailMarker(text) || isBoilerplate(text);

/**
 * Three short link-like lines in a row: the site's footer menu, not a comment's text. A short text
 * ("Great news 🎉") with the comment's own controls ("Like · Reply · 1y") right under it is no menu.
 */
function opensMenu(lines: readonly Line[], at: number): boolean {
  for (let k = at; k < at + FOOTER_MENU_RUN; k++) {
    const line = lines[k];
    if (!line || !isMenuItem(line.text) || (k === at + 1 && isControlBar(line.text) && !LIKE_COUNT.test(lines[at]!.text))) return false;
  }
  return true;
}

const FOOTER_MENU_RUN = 3;
const MAX_FOOTER_HEADING_CHARS = 60;

/** Within `reach` lines stacked under `at` (no blank line between), one that ends the thread: the site's copyright, its menu. */
function footerEndUnder(lines: readonly Line[], at: number, end: number, reach: number): boolean {
  for (let k = at + 1; k <= at + reach && k < end; k++) {
    const below = lines[k]!;
    if (below.blankBefore > 0) return false;
    if (endsThread(below.text) || below.spacedItems >= SPACED_MENU_ITEMS) return true;
  }
  return false;
}

/** "Regional Air Transport Review" over "About | Contact | Privacy": the site's name heading its footer, no words of a comment. */
function headsFooter(lines: readonly Line[], at: number, end: number): boolean {
  const { text } = lines[at]!;
  return text.length <= MAX_FOOTER_HEADING_CHARS && SITE_NAME.test(text) && footerEndUnder(lines, at, end, 1);
}
/**
 * "Cənub Xəbər – bölgənin xəbər portalı" / "Ünvan: …" / "© 2024 Cənub Xəbər": a block set apart under the text whose
 * lines lead, unbroken, to the site's copyright or menu is its footer, in any language; a comment's own paragraph is a sentence.
 */
function opensFooterBlock(lines: readonly Line[], at: number, end: number): boolean {
  const line = lines[at]!;
  return line.blankBefore > 0 && !endsSentence(line.text) && footerEndUnder(lines, at, end, FOOTER_BLOCK_REACH);
}
const FOOTER_BLOCK_REACH = 3;

/** Capitalized words, small joining words between them: "Regional Air Transport Review", "The Harbour Post". */
const SITE_NAME = /^\p{Lu}[&\p{L}'’.\-]*(?: (?:\p{Lu}[&\p{L}'’.\-]*|of|the|and|for|&)){1,6}$/v;
/** "Like · Reply · 1y": a comment's own row of controls, set apart by separators (a bare "Login" may be the page's). */
const isControlBar = (text: string): boolean => /[·•|]/u.test(text) && isCommentControl(text);
/** "Help   Status   About   Careers   Press": a footer menu set out on one line. */
const SPACED_MENU_ITEMS = 4;

/** "Load more comments", "Voir plus de commentaires", "Weitere Kommentare laden": the control that closes a thread's first page. */
const MORE_COMMENTS =
  /^(?:(?:load|show|view|see) (?:\d+ )?more comments|see all (?:responses|comments)|(?:voir|afficher|charger) plus de commentaires|(?:weitere|mehr) kommentare(?: (?:laden|anzeigen))?|(?:ver|cargar|mostrar) más comentarios|(?:mostra|carica|vedi) altri commenti|(?:ver|carregar|mostrar) mais comentários|meer reacties(?: (?:laden|tonen|bekijken))?|(?:pokaż|załaduj|wczytaj) więcej komentarzy|daha fazla yorum(?: (?:yükle|göster))?|(?:показать|загрузить) (?:еще|ещё) комментарии|(?:показати|завантажити) більше коментарів)\.*$/iu;

/** The text lines of one comment: from after its header to the next header, minus controls and furniture. */
function commentLines(lines: readonly Line[], header: CommentHeader, end: number): Line[] {
  const kept: Line[] = [];
  const forumPost = header.marker === FORUM_POST;
  const first = lines[afterQuote(lines, header.at + header.span, end, header.indent, forumPost)];
  // Text indented deeper than its header ends where the indentation falls back (seed-style threads).
  const indentedBody = first !== undefined && first.indent > header.indent;
  const ownIndent = indentedBody ? first.indent : header.indent;
  // A name alone on its line (a social widget's layout) may have its job or town under it.
  const bareName = header.span === 1 && header.postedAt === null && header.author === lines[header.at]!.text;
  let answered = false;
  for (let i = header.at + header.span; i < end; i++) {
    const skipTo = afterQuote(lines, i, end, ownIndent, forumPost && i === header.at + header.span);
    if (skipTo > i) {
      i = skipTo - 1;
      continue;
    }
    const line = lines[i]!;
    if (indentedBody && line.indent <= header.indent) break;
    // "Voir plus de commentaires" at the thread's edge: the page goes on under it (the site's name, its footer).
    if (line.indent <= header.indent && MORE_COMMENTS.test(line.text)) break;
    // A line indented under its header is the comment's own text by layout; site furniture that
    // ends a thread stands at or left of the headers, so only unindented text is checked for it.
    const ownText = indentedBody && line.indent > header.indent;
    // "★★★★★": a rating, like a control, is no text (and no furniture that ends the thread).
    // "Your comment is awaiting moderation." over the text is a control here, not furniture that ends the thread.
    const control = isAvatarInitial(lines, i) || AWAITING_MODERATION.test(line.text) || isCommentControl(line.text) || REPLY_TO_LINE.test(line.text) || EDIT_NOTE_LINE.test(line.text) || !HAS_WORD.test(line.text) || isVoteOrPostNumber(line) || isControlRow(line) || isLearnedControl(lines, i);
    // A control over the text ("Gefällt mir") is the comment's own; after the text a share or
    // like line may as well be the page's, and furniture ends the thread.
    if ((control || COMMENTER_PROFILE.test(line.text) || (bareName && isAffiliationAboveText(lines, i, end))) && kept.length === 0) continue;
    if (!ownText && (endsThread(line.text) || opensMenu(lines, i) || line.spacedItems >= SPACED_MENU_ITEMS || headsFooter(lines, i, end) || (kept.length > 0 && opensFooterBlock(lines, i, end)))) break;
    if (control) {
      answered ||= kept.length > 0 && (isCommentActionLine(line.text) || isLearnedControl(lines, i));
      continue;
    }
    // "Reply" under the text closes the comment: a line after it that no header opens is the page's ("… acknowledges the custodians").
    if (answered && !ownText) break;
    kept.push(line);
  }
  // "48" or "158 Stars" under the text, beside "Reply": the like count, not the comment's last word.
  // "Top fan" after the text: the badge of the next commenter, printed above the name.
  while (kept.length > 1 && (LIKE_COUNT.test(kept[kept.length - 1]!.text) || COMMENTER_PROFILE.test(kept[kept.length - 1]!.text))) kept.pop();
  // "Comment: Third one since Christmas.": the text's own field label.
  const labelled = kept[0] === undefined ? null : TEXT_FIELD_LABEL.exec(kept[0].text);
  if (labelled) kept[0] = { ...kept[0]!, text: kept[0]!.text.slice(labelled[0].length) };
  // "Who pays if the cap fails…" over "Who pays if the cap fails in year 15 …": a subject made of the text's opening, cut short.
  if (kept.length > 1 && isCutOpening(kept[0]!.text, kept[1]!.text)) kept.shift();
  return kept;
}

const TEXT_FIELD_LABEL = /^(?:comment|message|text)\s?:\s?(?=\S)/iu;
const ELLIPSIS = /\s?(?:…|\.{3})$/u;
const isCutOpening = (subject: string, text: string): boolean => {
  const opening = subject.replace(ELLIPSIS, '');
  return opening.length < subject.length && opening.length > 0 && text.startsWith(opening);
};

const MAX_ATTRIBUTION_CHARS = 120;

/** "Terrace Ghost wrote: ↑Tue Jan 10, 2023 7:02 pm", "Zitat von Nordlicht:": the attribution over a quoted post (nothing but a link back after its colon). */
function isQuoteAttribution(text: string): boolean {
  if (text.length > MAX_ATTRIBUTION_CHARS) return false;
  if (QUOTE_LABEL.test(text)) return true;
  const colon = text.search(ATTRIBUTION_END);
  return colon > 0 && WRITER_AND_VERB.test(text.slice(0, colon));
}
/** The colon closing the attribution, maybe with its link back to the quoted post ("↑Tue Jan 10, 2023 7:02 pm"). */
const ATTRIBUTION_END = /:\s?(?:↑.*)?$/u;

/**
 * "    Terrace Ghost wrote: ↑Tue Jan 10, 2023 7:02 pm" / "    Anyone remember…": an earlier post quoted
 * in this one, set in deeper than the post's own text. Index of the first line after the quote (at, when none starts there).
 */
function afterQuote(lines: readonly Line[], at: number, end: number, ownIndent: number, forumPost = false): number {
  const attribution = lines[at];
  if (attribution !== undefined && attribution.indent <= ownIndent) return afterFlatQuote(lines, at, end, forumPost);
  if (attribution === undefined || !isQuoteAttribution(attribution.text)) return at;
  let next = at + 1;
  while (next < end && lines[next]!.indent >= attribution.indent) next++;
  // The post's own text follows, set in less: a quote never makes up the whole post.
  return next < end ? next : at;
}

/** "Quote:" alone, then "Originally Posted by spokesman_pete View Post": vBulletin's quote box, flat in a text copy. */
const QUOTE_BOX_LABEL = /^(?:quote|zitat|citation|cita):?$/iu;
const ORIGINALLY_POSTED_BY = /^(?:originally posted by|ursprünglich geschrieben von|zitat von) \S.{0,60}$/iu;

/**
 * The quote box's label and attribution ("Originally Posted by …"; "hfrazier wrote:" opening a forum post),
 * then the quoted lines up to the first blank line: the post's own text follows.
 */
function afterFlatQuote(lines: readonly Line[], at: number, end: number, forumPost: boolean): number {
  let next = at;
  if (QUOTE_BOX_LABEL.test(lines[next]!.text)) next++;
  const attribution = lines[next]?.text ?? '';
  // A quote set in under its attribution, after a blank line, is read by its indentation instead.
  const flatUnder = lines[next + 1]?.blankBefore === 0;
  if (next >= end || !(ORIGINALLY_POSTED_BY.test(attribution) || (forumPost && flatUnder && isQuoteAttribution(attribution)))) return at;
  next++;
  while (next < end && lines[next]!.blankBefore === 0) next++;
  return next < end ? next : at;
}

const LIKE_COUNT = /^\d[\d,.]*[km]?(?: (?:stars?|likes?|points?|votes?|upvotes?|hearts?|reactions?))?$/iu;
const isAffiliationAboveText = (lines: readonly Line[], at: number, end: number): boolean =>
  at + 1 < end && lines[at + 1]!.blankBefore === 0 && COMMENTER_AFFILIATION.test(lines[at]!.text) && !isCommentControl(lines[at + 1]!.text);
const HAS_WORD = /[\p{L}\p{N}]/v;
/** The first character settles most lines: "#" opens a post number, a digit or a symbol outside ASCII a vote line. */
const isVoteOrPostNumber = ({ text, spacedItems }: Line): boolean => {
  const first = text.charCodeAt(0);
  if (first === HASH) return POST_NUMBER_LINE.test(text);
  return first > ASCII_END ? VOTE_LINE.test(text) : first >= DIGIT_0 && first <= DIGIT_9 && (COUNT_FIRST_VOTE_LINE.test(text) || (spacedItems === 2 && COUNT_PAIR.test(text)));
};
/** "↑ +18 ↓  Reply  Link": votes and controls on one row, a wide gap apart. */
const isControlRow = ({ wideGapItems }: Line): boolean =>
  wideGapItems !== null &&
  wideGapItems.some(isCommentControl) &&
  wideGapItems.every((item) => isCommentControl(item) || LIKE_COUNT.test(item) || VOTE_LINE.test(item) || COUNT_FIRST_VOTE_LINE.test(item));
/** "18  3" under a comment, set apart by a wide gap: its up and down votes, the arrows (icons) lost in the copy. */
const COUNT_PAIR = /^\d{1,6} \d{1,6}$/u;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const HASH = 0x23;
const ASCII_END = 0x7f;
/** "👍 12   👎 1", "▲ 48 ▼ 3", "↑ −1 ↓": a vote widget's counts (or score). */
const VOTE_LINE = /^[👍👎▲▼△▽↑↓⬆⬇]\uFE0F?\s?[+−-]?\d*(?:\s+[👍👎▲▼△▽↑↓⬆⬇]\uFE0F?\s?[+−-]?\d*)*$/u;
/** "12 ▲ 3 ▼", Disqus's "7 △ ▽": the same counts, each before its arrow (the down votes hidden). */
const COUNT_FIRST_VOTE_LINE = /^\d+\s?[👍👎▲▼△▽↑↓⬆⬇]\uFE0F?(?:\s+\d*\s?[👍👎▲▼△▽↑↓⬆⬇]\uFE0F?)*$/u;

/**
 * Blogger's classic layout prints a comment's time under its text ("Anonymous said..." / text /
 * "June 4, 2021 at 8:05 PM"): a closing date line is the comment's time, not its text.
 */
function withClosingTimestamp(header: CommentHeader, kept: Line[], lines: readonly Line[], end: number): CommentHeader {
  const last = kept[kept.length - 1];
  if (header.postedAt !== null || last === undefined) return header;
  const stamp = kept.length < 2 ? null : parseDateLine(withoutControls(last), CLOSING_DATE_COVERAGE);
  if (stamp?.iso != null) {
    kept.pop();
    return { ...header, postedAt: stamp.iso };
  }
  // "7 March 2024 at 18:30 · Reply" under the text: the time on the comment's control row, which is no text.
  const below = lines.indexOf(last, header.at + header.span) + 1;
  const row = below > 0 && below < end ? lines[below]! : undefined;
  const rowStamp = row !== undefined && row.text !== withoutControls(row) ? parseDateLine(withoutControls(row), CLOSING_DATE_COVERAGE) : null;
  return rowStamp?.iso == null ? header : { ...header, postedAt: rowStamp.iso };
}

const CLOSING_DATE_COVERAGE = 0.8;

/** "March 3, 2021 at 6:40 PM Delete": Blogger's control after the time, a single space apart. */
const TRAILING_DELETE = / (?:delete|löschen|supprimer|eliminar|elimina|excluir)$/iu;

/** "7 March 2024 at 18:30 · Reply": the controls after the time, set apart by a dot or a bar. */
const ITEM_SEPARATOR = /\s[·•|]\s/u;

/** "March 4, 2019 at 11:32 AM   Delete", "7 March 2024 at 18:30 · Reply": a line without the controls set apart at its end. */
function withoutControls(line: Line): string {
  const items = line.wideGapItems ?? (ITEM_SEPARATOR.test(line.text) ? line.text.split(ITEM_SEPARATOR) : null);
  if (items === null) return line.text.replace(TRAILING_DELETE, '');
  let end = items.length;
  while (end > 1 && isCommentControl(items[end - 1]!)) end--;
  return end === items.length ? line.text : items.slice(0, end).join(' ');
}

/** "@cliffwalker The stack was…": a comment opening with a handle answers that commenter. */
const OPENING_MENTION = /^@([\p{L}\p{N}_.\-]*[\p{L}\p{N}_])/v;

/** Words a mentioned name may have: "@Kelechi Eze", "@Ana de la Cruz". */
const MENTION_MAX_WORDS = 4;

/** A handle no one would write as a plain name: "ridgeback_ed", "Patrick17", "MtwaraBoy", "owenp". */
const HANDLE_SHAPE = /[_\d.\-]|^\P{Lu}|\p{Ll}\p{Lu}/v;
/** Between a mention and the words after it: "@Bernard : merci", "@Anna, yes", "@owenp same!", "@钱塘老张：低层…". */
const AFTER_MENTION = /^\s?(?:[,:;]?\s+|[：，]\s*)/u;
/** "回复 @钱塘老张：…": a Chinese portal's "reply" before the mention. */
const REPLY_BEFORE_MENTION = /^(?:回复|回覆)\s?(?=@)/u;

/** The name a comment's opening "@" names, as printed, and how many characters the mention takes. */
interface Mention {
  name: string;
  length: number;
}

/**
 * "@Kelechi Eze You are right": an earlier commenter's full name after the "@", spaces and all;
 * else the one handle after it ("@cliffwalker").
 */
function openingMention(line: string, earlierAuthors: () => ReadonlySet<string>): Mention | undefined {
  const prefix = REPLY_BEFORE_MENTION.exec(line)?.[0].length ?? 0;
  const text = line.slice(prefix);
  if (!text.startsWith('@')) return undefined;
  const words = text.slice(1).split(' ', MENTION_MAX_WORDS);
  for (let n = words.length; n >= 2; n--) {
    const printed = words.slice(0, n).join(' ');
    const name = printed.replace(/[,:;.!?]+$/u, '');
    if (earlierAuthors().has(name)) return { name, length: prefix + 1 + name.length };
    if (name !== printed && earlierAuthors().has(`${name}.`)) return { name: `${name}.`, length: prefix + 2 + name.length };
  }
  const handle = OPENING_MENTION.exec(text);
  return handle ? { name: handle[1]!, length: prefix + handle[0].length } : undefined;
}

/**
 * "@ridgeback_ed that's on purpose", "@tomaldous @ivarga isn't that…": the handles a reply opens with
 * address it (threadReplies nests it under them); they are no part of what it says. A capitalized word
 * that is nobody's name so far may be the first of several ("@Lucía Herrera agreed"): it stays.
 */
function withoutOpeningMentions(text: string, earlierAuthors: () => ReadonlySet<string>): string {
  let rest = text;
  for (let mention = openingMention(rest, earlierAuthors); mention !== undefined; mention = openingMention(rest, earlierAuthors)) {
    const gap = AFTER_MENTION.exec(rest.slice(mention.length))?.[0];
    if (gap === undefined) break;
    const remaining = rest.slice(mention.length + gap.length);
    const addresses = earlierAuthors().has(mention.name) || HANDLE_SHAPE.test(mention.name) || /[,:;]/u.test(gap) || !/^\p{Lu}/v.test(remaining);
    if (!addresses || remaining.length === 0) break;
    rest = remaining;
  }
  return rest;
}

/**
 * "Antwort auf Nordlicht_77" or "@Nordlicht_77 …" opening a comment's text: whom it answers, when
 * the header did not say (threadReplies nests it only under an earlier comment by that name).
 */
function withReplyMarker(lines: readonly Line[], header: CommentHeader, earlierAuthors: () => ReadonlySet<string>): CommentHeader {
  // "Permalink" between the header and "In reply to Armen K.": controls come first on some widgets.
  let at = header.at + header.span;
  while (at < lines.length && at < header.at + header.span + MAX_LEADING_CONTROLS && isCommentControl(lines[at]!.text)) at++;
  const first = lines[at];
  // "Reply to Ian McAllister" directly above the name: the page's label over the reply, surer than a name line
  // under the author's, which may be the commenter's country ("Haider" / "Iraq" / the date).
  const above = lines[header.at]!.blankBefore === 0 ? lines[header.at - 1] : undefined;
  const labelAbove = above !== undefined && above.indent === lines[header.at]!.indent ? replyAddressee(above.text) : undefined;
  if (labelAbove !== undefined) return { ...header, replyTo: labelAbove };
  if (header.replyTo !== null) return header;
  const glued = addresseeAfterName(header.author, earlierAuthors);
  if (glued !== null) return { ...header, ...glued };
  if (first === undefined) return header;
  // A forum thread is flat: whom a post names ("@ArtsakhTiger …") does not nest it, only a reply marker does.
  // "Posted by Juma | 12/03/2024" without a subject or a post number is a comment widget's header, and its mentions nest.
  const forumThread = header.marker === FORUM_POST && (header.number !== null || header.strength !== 'needsHeading');
  const mention = (): string | undefined =>
    forumThread ? undefined : openingMention(first.text, earlierAuthors)?.name;
  const addressee = replyAddressee(first.text) ?? mention();
  return addressee === undefined ? header : { ...header, replyTo: addressee };
}

const MAX_LEADING_CONTROLS = 2;

/**
 * "Nakato Juliet Patrick Ssemakula • 3 days ago", "Daniel Mugisha Mod Nakato Juliet": Disqus prints whom a reply answers
 * right after the name, with no mark between; the words that end the header and name an earlier commenter are the addressee.
 */
function addresseeAfterName(author: string | null, earlierAuthors: () => ReadonlySet<string>): { author: string; replyTo: string } | null {
  if (author === null || !author.includes(' ')) return null;
  const earlier = earlierAuthors();
  for (let space = author.indexOf(' '); space > 0; space = author.indexOf(' ', space + 1)) {
    const addressee = author.slice(space + 1);
    if (!earlier.has(addressee) || !(addressee.includes(' ') || HANDLE_SHAPE.test(addressee))) continue;
    const name = author.slice(0, space).replace(TRAILING_BADGE, '');
    if (isNameLike(name)) return { author: name, replyTo: addressee };
  }
  return null;
}

/** "2." or "#2" alone on its line: a talkback's number (a bare "87" is a like count). */
const LONE_NUMBER = /^(?:#\d{1,4}|\d{1,4}\.)$/u;
/** "2. ומה עם התחבורה הציבורית?", "2.1 מסכים עם משה": a talkback's number and title on one line, right over its header. */
const NUMBERED_TITLE = /^(?:\d{1,3}\.){1,4}\d{0,3}\s(\S.*)$/u;

/**
 * The numbered title directly over the header at `at`, opening its block: after a blank line or the controls of the
 * talkback above. Its words (not its number) open the comment's text.
 */
function numberedTitleAbove(lines: readonly Line[], at: number): Line | null {
  const [title, header, above] = [lines[at - 1], lines[at]!, lines[at - 2]];
  if (title === undefined || header.blankBefore > 0 || NUMBERED_TITLE.test(header.text)) return null;
  const m = NUMBERED_TITLE.exec(title.text);
  const opensBlock = title.blankBefore > 0 || above === undefined || isCommentControl(above.text);
  return m && opensBlock && m[1]!.length <= MAX_TITLE_CHARS && !isCommentControl(m[1]!) && !endsThread(m[1]!) ? { ...title, text: m[1]! } : null;
}

/** Lines a talkback's title may take between its number and its header. */
const MAX_TITLE_LINES = 2;
const MAX_TITLE_CHARS = 200;

/**
 * "2." / "What about the villages?" / "Hrant, Jerusalem (03.12.22)": a numbered talkback's number and
 * title stand directly above its header. Index of the number line, or the header's own when there is none.
 */
export function numberedLead(lines: readonly Line[], at: number): number {
  if (numberedTitleAbove(lines, at)) return at - 1;
  for (let k = at - 1; k >= Math.max(0, at - 1 - MAX_TITLE_LINES); k--) {
    if (lines[k + 1]!.blankBefore > 0) return at;
    if (!LONE_NUMBER.test(lines[k]!.text)) continue;
    // The number opens its block; the title is words, not the page's controls.
    const title = lines.slice(k + 1, at).map((line) => line.text);
    const opensBlock = lines[k]!.blankBefore > 0 || k === 0;
    return opensBlock && !title.some((text) => text.length > MAX_TITLE_CHARS || isCommentControl(text) || endsThread(text)) ? k : at;
  }
  return at;
}

/**
 * "↳ Pavel said:" / date / "Rauf M. said:" / "“Nobody in Baku …”": a header right under another
 * header, over a quotation, attributes the quote that opens the comment; it is no comment of its own.
 */
function withoutQuoteAttributions(lines: readonly Line[], headers: readonly CommentHeader[]): CommentHeader[] {
  return headers.filter((found, k) => {
    const previous = headers[k - 1];
    const quoted = lines[found.at + found.span];
    if (previous === undefined || previous.at + previous.span !== found.at || quoted === undefined) return true;
    // "by Walt » …" / "hfrazier wrote:": a forum post opening with a quote of an earlier one.
    return !(OPENING_QUOTE.test(quoted.text) || (previous.marker === FORUM_POST && found.marker !== FORUM_POST && isQuoteAttribution(lines[found.at]!.text)));
  });
}
const OPENING_QUOTE = /^["“„«‘]/u;

/**
 * "Popular in the Community" / a headline / "Gail R. · 2d" / a teaser: after the thread, a widget quotes comments
 * under other stories; "More from Priya Raman" and "Recommended from Medium" list other posts with their authors
 * and dates; a "Most read" list dates its headlines. Any such heading at the thread's left edge ends the
 * thread; headers after it are no comments here.
 */
const OTHER_THREADS_HEADING =
  /^(?:[Pp]opular in the [Cc]ommunity|(?:ALSO ON|[Aa]lso on) \p{Lu}\S*(?: \S+){0,4}|[Ww]hat others are saying|[Mm]ore [Cc]onversations?|(?:[Mm]ore|[Rr]ecommended) from \p{Lu}\S*(?: \S+){0,6})$/v;
/** "Most read", "Новости", "پربازدیدترین" / "قیمت دلار امروز 23 اسفند 1402": a list of headlines, each with its date, after the thread. */
const MOST_READ_HEADING = /^(?:most (?:read|popular|viewed|commented)|(?:latest )?news|новости|последние новости|новини|haberler|xəbərlər|noticias|nachrichten|meistgelesen|les plus lus|lo más leído|i più letti|(?:as )?mais lidas|en çok okunan|самое читаемое|найпопулярніше|najczęściej czytane|پربازدیدترین|پربیننده\u200cترین|الأكثر (?:قراءة|مشاهدة))$/iu;
/**
 * "Leave a Reply", "Post Comment": the comment form's heading and button under the thread; a dated line after them is a
 * sidebar's ("Next Fixture" / "Sat 14 Sep 2024, 3:00pm", "More posts" / a headline / its date).
 */
const COMMENT_FORM_SUBMIT =
  /^(?:post comment|submit comment|kommentar abschicken|publier le commentaire|publicar comentario|invia commento|leave a reply(?: cancel reply)?|schreibe einen kommentar(?: antworten abbrechen)?|laisser un commentaire|deja un comentario)$/iu;
function beforeStoryList(lines: readonly Line[], headers: readonly CommentHeader[]): readonly CommentHeader[] {
  const first = headers[0];
  if (first === undefined) return headers;
  // A loop, not Math.min(...): a thread of 100,000 headers would overflow the call stack.
  let edge = Infinity;
  for (const { indent } of headers) edge = Math.min(edge, indent);
  // "More from Associated Press" / a headline / "Associated Press · 5h" right above the first header: a story list, no thread at all
  // (unless a comment heading stands between: "More from Business" / "11 comments" / the thread).
  const isCommentHeading = (line: Line): boolean => WEAK_COMMENT_HEADING.test(line.text) || COMMENT_SECTION_HEADING.test(line.text);
  for (let i = Math.max(0, first.at - STORY_LIST_REACH); i < first.at; i++) {
    if (OTHER_THREADS_HEADING.test(lines[i]!.text) && !lines.slice(i + 1, first.at).some(isCommentHeading)) {
      // "ALSO ON JAKOBSEN.DEV" / its dated headlines / "8 Comments" / the thread: Disqus lists other stories above the thread.
      let thread = first.at + 1;
      while (thread < lines.length && !isCommentHeading(lines[thread]!)) thread++;
      const after = headers.filter((h) => h.at > thread);
      return after.length === 0 ? [] : beforeStoryList(lines, after);
    }
  }
  for (let i = first.at + first.span; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.indent <= edge && (OTHER_THREADS_HEADING.test(line.text) || MOST_READ_HEADING.test(line.text) || COMMENT_FORM_SUBMIT.test(line.text))) return headers.filter((h) => h.at < i);
  }
  return headers;
}
/** Lines a story list's heading may stand above its first dated item. */
const STORY_LIST_REACH = 3;

/**
 * "Spring Cleanup Day – April 20" / "Annual Meeting – May 4": dated header-shaped lines stacked with no word between
 * them list events or headlines; none of them is a comment (a comment's header has its text under it).
 */
function datedListHeaders(lines: readonly Line[], headers: readonly CommentHeader[]): ReadonlySet<CommentHeader> {
  const dated = (h: CommentHeader): boolean => h.postedAt !== null || h.postedMonthDay !== null;
  const stacked = (upper: CommentHeader | undefined, lower: CommentHeader | undefined): boolean =>
    upper !== undefined && lower !== undefined && upper.at + upper.span === lower.at && lines[lower.at]!.blankBefore === 0 && dated(upper) && dated(lower);
  return new Set(headers.filter((found, k) => stacked(headers[k - 1], found) || stacked(found, headers[k + 1])));
}

/** Cuts the comment zone into comments, in document order; empty ones are dropped. */
export function splitComments(lines: readonly Line[], found: readonly CommentHeader[]): RawComment[] {
  const headers = beforeStoryList(lines, withoutQuoteAttributions(lines, found));
  const listed = datedListHeaders(lines, headers);
  const comments: RawComment[] = [];
  // The authors so far, as a set only when a comment opens with "@" (most threads never ask).
  const authors: string[] = [];
  const known = new Set<string>();
  let added = 0;
  const earlierAuthors = (): ReadonlySet<string> => {
    for (; added < authors.length; added++) known.add(authors[added]!);
    return known;
  };
  const spans: Array<readonly [number, number]> = [];
  headers.forEach((found, k) => {
    if (listed.has(found)) return;
    // A dated list still ends the comment above it.
    const next = headers[k + 1];
    const end = next === undefined ? lines.length : numberedLead(lines, next.at);
    const title = numberedTitleAbove(lines, found.at);
    const lead = title ? [title] : lines.slice(numberedLead(lines, found.at) + 1, found.at);
    const kept = found.removed ? [lines[found.at + found.span - 1]!] : [...lead, ...commentLines(lines, found, end)];
    const header = withClosingTimestamp(withReplyMarker(lines, found, earlierAuthors), kept, lines, end);
    // The name as read ("Juliana P.", not "Juliana P. Marcos Vinícius" with whom she answers): a later reply may address it.
    if (header.author !== null) authors.push(header.author);
    const text = withoutOpeningMentions(toParagraphs(kept).join('\n\n'), earlierAuthors);
    if (text.length > 0) {
      comments.push({ header, text });
      spans.push([found.at + found.span, end]);
    }
  });
  const labelled = nestedUnderRepliesLabel(comments, (k) => lines.slice(spans[k]![0], spans[k]![1]).map((line) => line.text));
  return namesAsAddressed(nestedByOutlineNumber(labelled, lines));
}

/** "Reza from Canada", "Stefan aus Kempten": a name signed with the commenter's town; the name before it. */
const SIGNED_WITH_TOWN = /^(.+?) (?:from|aus) \p{Lu}/v;
const nameSignedBeforeTown = (author: string | null): string | null => (author === null ? null : (SIGNED_WITH_TOWN.exec(author)?.[1] ?? null));

/**
 * "Graham Pike from Crandleigh" answered "In reply to Graham Pike": where the page addresses its commenters by the bare
 * name, "from Town" after each name is where they live; elsewhere it is part of the name they signed ("Reza from Canada").
 */
function namesAsAddressed(comments: RawComment[]): RawComment[] {
  const addressed = new Set(comments.flatMap((c) => (c.header.replyTo === null ? [] : [c.header.replyTo])));
  const townsApart = addressed.size > 0 && comments.some((c) => addressed.has(nameSignedBeforeTown(c.header.author) ?? ''));
  if (!townsApart) return comments;
  return comments.map((c) => {
    const name = nameSignedBeforeTown(c.header.author);
    return name === null ? c : { ...c, header: { ...c.header, author: name } };
  });
}

/**
 * Threads that print their answers flat under a label: Blogger's "ReplyDelete" / "Replies" under a comment, each answer
 * closed by "Delete" and a lone "Reply" after the last; Substack's "2 replies by Nadia Okafor and others" and the
 * "Hide 2 Replies" button of an open thread (Facebook, Vuukle), counting the answers below. The page indents the
 * answers; here each gets an indent one level deeper than the comment it answers, so threading nests them as the page did.
 */
const REPLIES_LABEL = /^(?:replies|respuestas|réponses|risposte|respostas)$/iu;
const COUNTED_REPLIES_LABEL = /^(\d{1,4}) repl(?:y|ies) by (\S.{0,80}?)(?: and others)?$/iu;
const TOP_LEVEL_CONTROLS = /^(?:reply\s?delete|responder\s?eliminar|répondre\s?supprimer|rispondi\s?elimina|responder\s?excluir|antworten\s?löschen)$/iu;
const CLOSING_REPLY = /^(?:reply|responder|répondre|rispondi|antworten)$/iu;
const REPLY_INDENT = 2;

function nestedUnderRepliesLabel(comments: RawComment[], rowsOf: (k: number) => string[]): RawComment[] {
  /**
   * Each open label: the indent of the comment it answers and how many answers are still to come (Blogger does not say);
   * a button counts the direct answers only, Substack's label the answers to them too.
   */
  const open: Array<{ indent: number; remaining: number; directOnly?: boolean }> = [];
  return comments.map((comment, k) => {
    const rows = rowsOf(k);
    if (rows.some((row) => TOP_LEVEL_CONTROLS.test(row))) open.length = 0;
    while (open.length > 0 && open[open.length - 1]!.remaining === 0) open.pop();
    const head = open[open.length - 1];
    const indent = head === undefined ? comment.header.indent : Math.max(comment.header.indent, head.indent + REPLY_INDENT);
    for (const label of open) if (!label.directOnly || label === head) label.remaining--;
    for (const row of rows) {
      const counted = COUNTED_REPLIES_LABEL.exec(row);
      const shown = counted ? null : shownReplyCount(row);
      // The answers counted must follow: "1 reply" on a collapsed thread (Medium) is a button over nothing.
      if (counted && comments[k + 1]?.header.author === counted[2]) open.push({ indent, remaining: Number(counted[1]) });
      // "Hide 2 Replies" (Facebook, Vuukle): the button of answers shown open below ("View 2 replies" shows none).
      else if (shown !== null) open.push({ indent, remaining: shown, directOnly: true });
      else if (REPLIES_LABEL.test(row)) open.push({ indent, remaining: Infinity });
      // Blogger's "Reply" closes the innermost answers ("Replies" / "Reply": a label over none yet).
      else if (open[open.length - 1]?.remaining === Infinity && CLOSING_REPLY.test(row)) open.pop();
    }
    return indent === comment.header.indent ? comment : { ...comment, header: { ...comment.header, indent } };
  });
}

/** "1.1.1 Tafadzwa M", "#1.1 vologjanka | 05.02.2024": the parts of an outline number before the comment's own, one per level above it. */
const OUTLINE_NUMBER = /^#?((?:\d{1,3}\.){1,5})\d{1,4}\.? /u;

/** "2.1.1." alone on the line above a header: the comment's outline number, set apart. */
const LONE_OUTLINE_NUMBER = /^#?((?:\d{1,3}\.){1,5})\d{1,4}\.?$/u;

/**
 * "1. Tafadzwa M" / "1.1 Rutendo N." / "1.1.1 Tafadzwa M", or the number alone above the header ("1.1." / "Trine H. sier:"),
 * printed flat: each gets an indent one level deeper per part of its number.
 */
function nestedByOutlineNumber(comments: RawComment[], lines: readonly Line[]): RawComment[] {
  return comments.map((comment) => {
    const { at, marker } = comment.header;
    const above = lines[at - 1];
    const outline =
      (marker === 'number' || lines[at]!.text.startsWith('#') ? OUTLINE_NUMBER.exec(lines[at]!.text) : null) ??
      (above !== undefined && lines[at]!.blankBefore === 0 ? LONE_OUTLINE_NUMBER.exec(above.text) : null);
    if (!outline) return comment;
    const levels = outline[1]!.split('.').length - 1;
    return { ...comment, header: { ...comment.header, indent: comment.header.indent + levels * REPLY_INDENT } };
  });
}
