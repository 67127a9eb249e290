import type { Line } from '../lines';
import { memoized } from '../memo';
import { BODY_TAIL_MARKER, BRACKETED_CAPTION, END_OF_STORY, CATEGORY_LIST_LINE, HEADLINE_LIST_LABEL, ID_VALUE, LABELLED_COUNT, PUBLISHED_LABELS, READ_ALSO_LABEL, SOURCE_ID_LABEL_ONLY, SOURCE_ID_LINE } from '../patterns';
import { endsSentence, isNameLike } from '../text';
import type { Byline } from './readByline';
import { findDate, parseDateLine } from './parseDate';
import { bareNames, isInitialedName, readByline } from './readByline';
import { SEGMENT_SEPARATOR, withoutSourceIdSegment } from './sourceIdSegment';
import { MAX_CAPTION_CHARS, PROSE_MIN_WORDS, captionText, isBoilerplate, isCaptionLine, isCreditOnly, isMenuItem, isProse, isShareLine, isTailMarker, isWeakTailMarker } from './classifyLine';

export interface CleanBody {
  lines: Line[];
  /** Captioned photos found inside the text, in order, each once. */
  captions: string[];
  /** Bylines found below the title block ("Posted by Jane at 10:05 PM" under a blog post). */
  bylines: Byline[];
  /** An article id printed under the text ("Artikel-ID: 48219375"), or null. */
  sourceId: string | null;
  /** "Veröffentlicht am 19.02.2023 in Basteleien": the publication date a post prints under its text, or null. */
  publishedAt: string | null;
}

/** "Veröffentlicht am 19.02.2023 in …", "Posted on March 3, 2021 in News": a post's footer line naming when it was published. */
const PUBLISHED_LABEL = new RegExp(String.raw`^(?:${PUBLISHED_LABELS}|erschienen)(?: (?:on|am|le|el|il))? (?=\d|\p{L})`, 'iu');
const FOOTER_DATE_MAX_CHARS = 200;
const WHOLE_LINE_DATE = 0.9;

/** The date of the line under the last prose line when it is a date, or of the first footer line below it that says when the post was published. */
function footerDate(lines: readonly Line[], lastProse: number): string | null {
  // "17/03/2021 - 11:45" alone, right under the last paragraph: the article's own date.
  const closing = lines[lastProse + 1];
  const bare = closing === undefined ? null : (parseDateLine(closing.text, WHOLE_LINE_DATE)?.iso ?? null);
  return bare ?? labelledFooterDate(lines, lastProse)?.iso ?? null;
}

/** "Veröffentlicht am 14.09.2023": the first labelled publication date under the last paragraph, and where it stands. */
function labelledFooterDate(lines: readonly Line[], lastProse: number): { at: number; iso: string } | null {
  for (let i = lastProse + 1; i < lines.length; i++) {
    const { text } = lines[i]!;
    const label = text.length <= FOOTER_DATE_MAX_CHARS ? PUBLISHED_LABEL.exec(text) : null;
    const iso = label ? (findDate(text.slice(label[0].length))?.iso ?? null) : null;
    if (iso !== null) return { at: i, iso };
  }
  return null;
}

/** "Veröffentlicht am 14.09.2023" / "von Jonas Riedel": a theme's post footer, its byline on the line under the date (past related posts, too). */
function footerPostedBy(lines: readonly Line[], lastProse: number): Byline | null {
  const date = labelledFooterDate(lines, lastProse);
  if (date === null) return null;
  const below = lines[date.at + 1];
  const byline = below !== undefined && below.blankBefore === 0 ? readByline(below.text) : null;
  return byline !== null && byline.authors.length > 0 ? { ...byline, publishedAt: date.iso } : null;
}

/** "Skyward is a non-profit magazine …": a proper name describing itself as a publisher. */
const PUBLISHER_SUBJECT = /^(?:the )?\p{Lu}[&\p{L}\d'’.\-]*(?: (?:of|for|and|&|the|\p{Lu}[&\p{L}\d'’.\-]*)){0,7}(?: \(\p{Lu}{2,10}\))? (?:is|are|ist)\b/v;
const PUBLISHER_WORDS =
  /\b(?:non-?profit|not-for-profit|non-governmental|charity|charitable|reader-(?:supported|funded)|published by|volunteer-run|newsroom|magazine|newspaper|association|society|institute|think[- ]tank|publication|gemeinnützig|verein|verlag)\b/iu;
const MAX_BLURB_CHARS = 400;
const MAX_LIST_ITEM_CHARS = 200;
const LIST_INTRO_MIN_WORDS = 3;
const UNPUNCTUATED_CLOSING_CHARS = 50;

/** "The Institute … (ICBPS) is a non-governmental research institute …": the publisher's blurb. */
const PUBLISHER_BLURB =
  /^(?:about (?:us|the \w+)[:.]?\s)?\p{Lu}[^.!?]{0,150}?\b(?:is|are|ist)\s(?:an?|the|ein|eine)\s(?:[\w-]+\s){0,6}?(?:independent|non-?profit|non-governmental|not-for-profit|leading|daily|weekly|online|news|media|research|publishing|digital)\b/iu;

/** The publisher describing itself after the article: set apart by a wide gap, or a proper name with publishing words. */
function isPublisherBlurb(line: Line): boolean {
  const { text } = line;
  if (text.length > MAX_BLURB_CHARS) return false;
  const setApart = line.blankBefore >= 2 || /\(\p{Lu}{2,10}\)/v.test(text);
  return (setApart && PUBLISHER_BLURB.test(text)) || (PUBLISHER_SUBJECT.test(text) && PUBLISHER_WORDS.test(text));
}

/** Networks an outlet asks readers to follow it on: their names are the same in every language. */
const SOCIAL_NETWORK = /facebook|instagram|telegram|whatsapp|twitter|youtube|tiktok|google news|linkedin|viber/iu;
const MAX_FOLLOW_CALL_WORDS = 15;
/**
 * "Pratite Jadranski list na Facebooku i Instagramu.", "Ți-a plăcut articolul? Urmărește … pe Google News.": the
 * outlet's call to follow it, closing the text in any language. A short line naming a network, without a figure.
 */
const isFollowCall = (text: string): boolean => SOCIAL_NETWORK.test(text) && text.split(' ').length <= MAX_FOLLOW_CALL_WORDS && !/\d/u.test(text);

/** Index of the last prose line, searched from the end (the test is the costly part). */
function lastProseIndex(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (isProse(lines[i]!.text)) return i;
  return -1;
}

/** "Notes" over "[1] Annual Bulletin 2021 …": the article's endnotes, which close the text. */
const NOTES_HEADING = /^(?:notes|footnotes|endnotes|references|sources|bibliography|anmerkungen|fußnoten|einzelnachweise|quellen|références|notas|referencias|fuentes|riferimenti|примечания|источники|kaynaklar|dipnotlar)\s?:?$/iu;
const FOOTNOTE = /^(?:\[\d{1,3}\]|\d{1,3}[.)]\s|[¹²³⁴⁵⁶⁷⁸⁹])/u;

const opensEndnotes = (lines: readonly Line[], at: number): boolean =>
  NOTES_HEADING.test(lines[at]!.text) && at + 1 < lines.length && FOOTNOTE.test(lines[at + 1]!.text);

/** Index of the line that ends the article: a tail marker, or a weak one with no article prose after it. */
function findTail(lines: readonly Line[], lastProse: number, firstTailMarker: number): number {
  const end = firstTailMarker < 0 ? lines.length : firstTailMarker;
  for (let i = 0; i < end; i++) {
    if ((isWeakTailMarker(lines[i]!.text) && i > lastProse) || opensEndnotes(lines, i)) return i;
  }
  return end;
}

/** After the last prose line, keep only closing sentences in the same section; menus and footers go. */
function trimTrailing(lines: readonly Line[]): Line[] {
  const lastProse = lastProseIndex(lines);
  if (lastProse < 0) return [...lines];
  let end = lastProse + 1;
  // A line ending in a colon ("The new hours will be:") introduces the list under it.
  let inList = lines[lastProse]!.text.endsWith(':') && lines[lastProse]!.text.split(' ').length >= LIST_INTRO_MIN_WORDS;
  while (end < lines.length && lines[end]!.blankBefore < 2) {
    const { text } = lines[end]!;
    // A closing line that lost its full stop (truncated dumps) is still text when it is sentence-long.
    const sentenceLike = endsSentence(text) || text.endsWith(':') || (text.length >= UNPUNCTUATED_CLOSING_CHARS && text.split(' ').length >= PROSE_MIN_WORDS);
    const keeps = inList ? text.length <= MAX_LIST_ITEM_CHARS : sentenceLike && !isMenuItem(text);
    if (!keeps) break;
    inList ||= text.endsWith(':') && text.split(' ').length >= LIST_INTRO_MIN_WORDS;
    end++;
  }
  const kept = lines.slice(0, end);
  while (kept.length > 1 && (isPublisherBlurb(kept[kept.length - 1]!) || isFollowCall(kept[kept.length - 1]!.text))) kept.pop();
  return withoutAboutSection(kept);
}

/** "About Harbourline Ferries, Inc." over "Harbourline Ferries operates…": a press release's boilerplate on its sender. */
const ABOUT_HEADING = /^(?:[Aa]bout|[Üü]ber|[Àà] propos de|[Aa]cerca de|[Ss]obre)\s+(\p{Lu}[^!?:]{1,60})$/v;
/** The section is the release's last: its heading stands within this many lines of the end. */
const ABOUT_SECTION_MAX_LINES = 4;

function withoutAboutSection(lines: Line[]): Line[] {
  for (let h = Math.max(1, lines.length - ABOUT_SECTION_MAX_LINES); h < lines.length - 1; h++) {
    const name = ABOUT_HEADING.exec(lines[h]!.text)?.[1];
    // The name describes itself ("Harbourline Ferries operates…", "Harbourline is…"), by its first word at least.
    if (name !== undefined && lines[h + 1]!.text.startsWith(name.split(' ')[0]!)) return lines.slice(0, h);
  }
  return lines;
}

const REPORTING_CREDIT = /^\(?reporting by ([^;)]{3,200})/iu;
/** "This entry was posted by Jane Doe on Thursday, April 20th, 2023 at 7:52 am and is filed under …": a blog theme's footer, naming author and time. */
const ENTRY_FOOTER = /^this entry was posted (?:by (.{2,60}?) )?on (.{6,80}?) and is filed under\b/iu;
/** "This entry was posted in Family and tagged buttons on March 3, 2013 by Ruth Cawley. Bookmark the permalink.": the older themes' order. */
const ENTRY_FOOTER_FILED_FIRST = /^this entry was posted in .{1,200}? on (.{6,60}?) by (.{2,60}?)\.(?: bookmark the permalink\.?)?$/iu;
/** Lines under the text in which a theme's entry footer is looked for (past share buttons and "Like this:"). */
const ENTRY_FOOTER_REACH = 25;

function entryFooterByline(text: string): Byline | null {
  const entry = ENTRY_FOOTER.exec(text);
  const filedFirst = entry ? null : ENTRY_FOOTER_FILED_FIRST.exec(text);
  const [author, dateText] = entry ? [entry[1], entry[2]!] : filedFirst ? [filedFirst[2], filedFirst[1]!] : [undefined, null];
  if (dateText === null) return null;
  const date = findDate(dateText);
  return { authors: author === undefined ? [] : [author], publishedAt: date?.iso ?? null, time: date?.time ?? null };
}

/** "Posted by Margaret Ellery at 14:32": Blogger's footer under the post, past its notes and labels. */
const BLOGGER_FOOTER = /^posted by\s.{1,60}\sat\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/iu;
const bloggerFooter = (text: string): Byline | null => (BLOGGER_FOOTER.test(text) ? readByline(text) : null);

/** The byline a furniture line still carries: a wire's reporting credit, a blog theme's entry footer. */
function furnitureByline(text: string): Byline | null {
  const reporters = REPORTING_CREDIT.exec(text)?.[1];
  return reporters !== undefined ? readByline(`Reporting by ${reporters}`) : entryFooterByline(text);
}

/** A furniture line that promotes a newsletter: "Sign up to Morning Brief", "Free weekly newsletter". */
const NEWSLETTER_PROMO = /\b(?:newsletter|sign up|subscribe|abonnieren|s'abonner|suscríbete)\b/iu;
/** Lines a newsletter box holds between its heading and its closing notice. */
const PROMO_BOX_REACH = 4;
const PROMO_LINE_MAX_CHARS = 200;
const QUOTATION = /["“”„«»]/u;
/** "Subscribe" alone is the box's button, its last line: the text after it is no pitch. */
const PROMO_BUTTON = /^(?:subscribe|sign up|abonnieren|s'abonner|suscríbete)$/iu;

/**
 * The pitch inside a newsletter box ("The week's best stories, every Friday…"): short lines
 * between a newsletter promotion and the next furniture line a few lines below it.
 */
function newsletterPitchLines(lines: readonly Line[], furniture: readonly boolean[]): Set<number> {
  const pitch = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i] || !NEWSLETTER_PROMO.test(lines[i]!.text) || PROMO_BUTTON.test(lines[i]!.text)) continue;
    let close = i + 1;
    // A pitch is short and quotes no one: a long line or a quotation is the article again.
    while (close < lines.length && close <= i + PROMO_BOX_REACH + 1 && !furniture[close] && lines[close]!.text.length <= PROMO_LINE_MAX_CHARS && !QUOTATION.test(lines[close]!.text)) close++;
    const closing = lines[close];
    // The box closes with furniture ("Advertisement", the button), or the article's prose resumes under its one line of pitch.
    const closedByFurniture = closing !== undefined && furniture[close] === true && close <= i + PROMO_BOX_REACH + 1;
    const closedByText = close === i + 2 && closing !== undefined && !furniture[close] && isProse(closing.text);
    if (close === i + 1 || !(closedByFurniture || closedByText)) continue;
    for (let k = i + 1; k < close; k++) pitch.add(k);
  }
  return pitch;
}

/** "— Jane Doe" as the article's last line: the author signing off. (Inside the text a dash before a name attributes a quote.) */
const SIGNATURE = /^(?:[—–]|--?)\s?(\p{Lu}[^,;:!?]{1,60})$/v;

/**
 * "… de la data publicării. AGERPRES/(AS - autor: Mihaela Toma, editor: Andreea Rusu)": a wire's credit
 * closing the last paragraph, its author labelled; the paragraph ends before it.
 */
const CLOSING_AUTHOR_CREDIT = /\s(?:\p{Lu}{2,12}\s?\/\s?)?\((?:[^\(\)]{0,20}\s[\-–]\s)?(?:autor|author|autorka|reporter)\s?:\s?([^,\(\)]{3,60})(?:,[^\(\)]{0,160})?\)$/v;

function closingAuthorCredit(line: Line): { line: Line; byline: Byline } | null {
  const credit = line.text.endsWith(')') ? CLOSING_AUTHOR_CREDIT.exec(line.text) : null;
  const authors = credit ? bareNames(credit[1]!) : null;
  return credit && authors ? { line: { ...line, text: line.text.slice(0, credit.index) }, byline: { authors, publishedAt: null, time: null } } : null;
}

/** Links the page sets under a signature ("Trở lại Kinh doanh", "Back to News"). */
const MAX_LINKS_UNDER_SIGNATURE = 2;
const isLinkUnderSignature = (text: string): boolean => isMenuItem(text) && !SIGNATURE.test(text) && signatureNames(text) === null && !isInitialedName(text);

/** The signature under the last paragraph, above a picture (credit, caption) or a link or two the page sets after the text. */
function closingSignature(lines: readonly Line[], captioned: ReadonlySet<Line>): { at: number; byline: Byline } | null {
  let at = lines.length - 1;
  let links = 0;
  const skips = (line: Line): boolean => captioned.has(line) || isCreditOnly(line.text) || (isLinkUnderSignature(line.text) && ++links <= MAX_LINKS_UNDER_SIGNATURE);
  while (at > 1 && skips(lines[at]!)) at--;
  if (at < 1) return null;
  const { text } = lines[at]!;
  const dashed = SIGNATURE.exec(text)?.[1];
  // "Jelena Marković" alone under the last paragraph signs it as plainly as a dash would; so do "Ngọc Tài - Thanh Hương".
  // A sentence is no signature, whatever names its words make ("Large of for yachts …" read as "Large of", writing for yachts).
  const bare = lines[at]!.blankBefore > 0 && endsSentence(lines[at - 1]!.text) && !isProse(text) ? signatureNames(text) : null;
  const name = dashed !== undefined && dashed.includes(' ') && isNameLike(dashed) ? dashed : isInitialedName(text) || bare?.length === 1 ? text : null;
  const authors = name !== null ? [name] : bare;
  return authors === null ? signatureOverLinks(lines) : { at, byline: { authors, publishedAt: null, time: null } };
}

/** Short lines a page sets under the text: tags, share buttons, links ("Xe buýt điện" / "Đà Nẵng" / "Zalo"). */
const MAX_LINKS_UNDER_NAME = 8;

/** "Thanh Hằng" alone under the last paragraph, the story's tags and links under it: the author's name signs the text. */
function signatureOverLinks(lines: readonly Line[]): { at: number; byline: Byline } | null {
  const last = lastProseIndex(lines);
  const at = last + 1;
  const candidate = lines[at];
  const after = lines.slice(at + 1);
  if (last < 0 || candidate === undefined || candidate.blankBefore === 0 || !endsSentence(lines[last]!.text) || isProse(candidate.text)) return null;
  // Set apart from the links under it: a name heading a block of tags ("Caspian Sea" / "Sturgeon" / "Gilan") is the first tag.
  const apart = after[0] === undefined || after[0].index > candidate.index + 1;
  if (!apart || after.length > MAX_LINKS_UNDER_NAME || !after.every((line) => isMenuItem(line.text))) return null;
  const names = signatureNames(candidate.text);
  return names?.length === 1 ? { at, byline: { authors: names, publishedAt: null, time: null } } : null;
}

/** "Jelena Marković", "Ana Berg and Jon Holt", "Ngọc Tài - Thanh Hương" (full names set apart by dashes). */
function signatureNames(text: string): string[] | null {
  const parts = text.split(/ [-–—] /u);
  return bareNames(text) ?? (parts.length >= 2 && parts.every((part) => bareNames(part)?.length === 1) ? parts : null);
}

/** "Sponsored", "Promoted stories": a label over paid links. ("Advertisement" often stands alone over the next paragraph.) */
const SPONSORED_LABEL = /^(?:sponsored(?: content| links?| stories)?|promoted(?: content| stories| links)?|partner content|paid (?:content|post)|gesponsert|anzeigen?)$/iu;
const SPONSORED_LINK_MAX_CHARS = 120;

/**
 * The links under a sponsored label ("Compare mortgage rates in minutes"): the headline-like
 * lines that follow it without a blank line, none of them a sentence.
 */
function sponsoredLinkLines(lines: readonly Line[]): Set<number> {
  const links = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!SPONSORED_LABEL.test(lines[i]!.text)) continue;
    for (let k = i + 1; k < lines.length && lines[k]!.blankBefore === 0; k++) {
      const { text } = lines[k]!;
      if (text.length > SPONSORED_LINK_MAX_CHARS || endsSentence(text)) break;
      links.add(k);
    }
  }
  return links;
}

const CUT_SHORT = /(?:\.\.\.|…)$/u;
/** A carousel's buttons in a box of links: "Previous", "Next", a page number. */
const BOX_CONTROL = /^(?:previous|prev|next|\d{1,2}|[‹›<>«»←→])$/iu;

/** "Read more" alone closes a teaser; inside the text, over one headline and the text going on, it is a link's label. */
const READ_MORE_ALONE = /^read more$/iu;
/** Links a "read also" box lists under its label. */
const READ_ALSO_MAX_LINKS = 6;
const READ_ALSO_LABEL_MAX_CHARS = 40;
const READ_ALSO_LINK_MAX_CHARS = 160;
/** A subheading is short; the headlines of linked articles are longer. */
const SUBHEADING_MAX_WORDS = 4;

function proseAfter(lines: readonly Line[], from: number, wanted = 1): boolean {
  let found = 0;
  for (let i = from; i < lines.length && found < wanted; i++) if (isProse(lines[i]!.text)) found++;
  return found >= wanted;
}

/** A headline list ("Top Stories") inside the text needs more evidence than a "read also" box: the article goes on for paragraphs under it. */
const HEADLINE_LIST_MIN_LINKS = 2;
const HASHTAG = /(?<!\S)#\p{L}[\p{L}\p{N}_]*/gv;
const PROSE_AFTER_HEADLINE_LIST = 3;

/**
 * A "read also" box inside the text: its label and the headlines under it (lines that are no
 * sentences), up to the article's next prose line. The last of two or more such lines, when as
 * short as a subheading, is the subheading of the section that follows and stays. A box with less
 * than two prose lines after it is left to the tail: the article has ended there.
 */
function readAlsoLines(lines: readonly Line[]): Set<number> {
  const box = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const label = lines[i]!.text;
    if (label.length > READ_ALSO_LABEL_MAX_CHARS) continue;
    const headlineList = HEADLINE_LIST_LABEL.test(label);
    const readMore = READ_MORE_ALONE.test(label);
    if (!headlineList && !readMore && !READ_ALSO_LABEL.test(label)) continue;
    let next = i + 1;
    let links = 0;
    while (next < lines.length && links < READ_ALSO_MAX_LINKS) {
      const { text } = lines[next]!;
      // "Previous" / "1" / "Next", "Share this article": the box's carousel and share buttons are no headlines.
      if (BOX_CONTROL.test(text) || isShareLine(text)) {
        next++;
        continue;
      }
      // A headline may ask a question or be cut short ("… after village rallies..."); it does not end in a full stop.
      const cut = CUT_SHORT.test(text);
      if (text.length > READ_ALSO_LINK_MAX_CHARS || (endsSentence(text) && !cut && !text.endsWith('?')) || (isProse(text) && !cut)) break;
      links++;
      next++;
    }
    // "Related news" over sentences lists no links: it heads the page's furniture, which the tail cuts.
    if ((links === 0 && BODY_TAIL_MARKER.test(label)) || (readMore && links !== 1) || next >= lines.length || !isProse(lines[next]!.text)) continue;
    // "Trending" over "#Phewa   #Budget2078   #Covid19Vaccine": a row of tags marks the box as plainly as a "read also" label.
    const tagRow = links === 1 && (lines[i + 1]!.text.match(HASHTAG)?.length ?? 0) >= HEADLINE_LIST_MIN_LINKS;
    if (headlineList && !tagRow ? links < HEADLINE_LIST_MIN_LINKS || !proseAfter(lines, next + 1, PROSE_AFTER_HEADLINE_LIST - 1) : !proseAfter(lines, next + 1)) continue;
    // A date under the last headline ("11/15/2022 09:30 PM") is the link's, not a subheading.
    const last = lines[next - 1]!.text;
    const lastIsSubheading = links >= 2 && last.split(' ').length <= SUBHEADING_MAX_WORDS && parseDateLine(last) === null;
    for (let k = i; k < next - (lastIsSubheading ? 1 : 0); k++) box.add(k);
    i = next - 1;
  }
  return box;
}

/** "Summary" over bulleted points, before the text: the page's digest of the story, not part of it (a report's "Summary" section of paragraphs stays). */
const SUMMARY_BOX_LABEL = /^(?:summary|story highlights|highlights|key points|in brief|at a glance|the gist|in short|das wichtigste in kürze|en bref|en resumen|em resumo|in sintesi)$/iu;
const SUMMARY_POINT = /^[•◦▪●‣⁃-]\s/u;
const SUMMARY_BOX_REACH = 2;

function summaryBoxLines(lines: readonly Line[]): number[] {
  const label = lines.slice(0, SUMMARY_BOX_REACH).findIndex((line) => SUMMARY_BOX_LABEL.test(line.text));
  if (label < 0) return [];
  let end = label + 1;
  while (end < lines.length && lines[end]!.blankBefore === 0 && SUMMARY_POINT.test(lines[end]!.text)) end++;
  return end > label + 1 && end < lines.length ? Array.from({ length: end - label }, (_, k) => label + k) : [];
}

/** "POLL" over a question, its options, "Vote   View results" and the count: a reader poll inside the text. */
const POLL_LABEL = /^(?:poll|quick poll|reader poll|umfrage|sondage|encuesta)$/iu;
const POLL_END = /\b(?:votes? so far|view results|poll closes|ergebnisse? (?:anzeigen|ansehen)|voir les résultats)\b/iu;
const POLL_MAX_LINES = 10;

function pollLines(lines: readonly Line[]): number[] {
  const poll: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!POLL_LABEL.test(lines[i]!.text)) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= POLL_MAX_LINES && !POLL_END.test(lines[end]!.text)) end++;
    if (end >= lines.length || end - i > POLL_MAX_LINES) continue;
    // The count under the buttons ("1,284 votes so far") closes the box too.
    if (end + 1 < lines.length && POLL_END.test(lines[end + 1]!.text)) end++;
    for (let k = i; k <= end; k++) poll.push(k);
    i = end;
  }
  return poll;
}

/** "… begin on April 7. -0-", "… year. PTI VKH RSY": a wire's end mark (or desk slug) closing the last paragraph. */
const ENDS_IN_MARK_CHAR = /[-#A-Z]$/u;
const END_MARK_SUFFIX = /\s(?:-0-|###|-30-|(?:PTI|IANS|ANI|UNI)(?: [A-Z]{2,4}){1,4})$/u;

/** The lines with an end mark taken off the paragraph it closes, and where the article ends because of it. */
function withoutEndMark(lines: readonly Line[]): { lines: readonly Line[]; end: number } {
  const at = lines.findIndex((line) => ENDS_IN_MARK_CHAR.test(line.text) && END_MARK_SUFFIX.test(line.text));
  if (at < 0) return { lines, end: lines.length };
  const marked = lines[at]!;
  return { lines: [...lines.slice(0, at), { ...marked, text: marked.text.replace(END_MARK_SUFFIX, '') }, ...lines.slice(at + 1)], end: at + 1 };
}

/**
 * "Vehicles queue at a filling station." / "(Pic by Kushan Perera)": a short line directly over a credit alone on its line is the picture's caption.
 * "© Harbour Post" alone may as well be the page's footer: it credits a picture only with the text going on under it.
 */
const creditedBelow = (lines: readonly Line[], i: number): boolean => {
  const below = lines[i + 1];
  if (below === undefined || below.blankBefore > 0 || lines[i]!.text.length > MAX_CAPTION_CHARS) return false;
  return (
    isCreditOnly(below.text) ||
    (PHOTOGRAPHER_LINE.test(below.text) && !PHOTOGRAPHER_LINE.test(lines[i]!.text) && (lines[i]!.blankBefore > 0 || !isProse(lines[i - 1]?.text ?? ''))) ||
    (COPYRIGHT_CREDIT.test(below.text) && lines.slice(i + 2, i + 2 + TEXT_GOES_ON_WITHIN).some((l) => isProse(l.text)))
  );
};
/**
 * "Photo by Marcus Feld / Northmoor University", "Photo courtesy of the Herbarium": under a caption, its credit
 * (alone, "Photo by Jonah Kell on Unsplash" is a blog's whole caption).
 */
const PHOTOGRAPHER_LINE = /^(?:(?:handout|file|submitted) )?(?:photo|image|picture)s? (?:by|from|courtesy(?: of)?) \S.{0,80}$/iu;
/** "Article ID: 23918447 | Print | Report an error", "Article No. 44812 | Category: Business": the id among the page's links or labels under the text (the rest goes with it). */
function piped(text: string): string | null {
  // The cheap test first: the separator's pattern is slow on every paragraph of a large file.
  if (!(text.includes('|') || text.includes('·')) || !SEGMENT_SEPARATOR.test(text)) return null;
  const { id, rest } = withoutSourceIdSegment(text);
  return id !== null && rest.split(SEGMENT_SEPARATOR).every((part) => isMenuItem(part) || LABELLED_COUNT.test(part) || CATEGORY_LIST_LINE.test(part)) ? id : null;
}

/** An article id printed alone or among the footer's links ("Article ID: 41592 | Print"). */
const footerIdOf = (text: string): string | null => SOURCE_ID_LINE.exec(text)?.[1] ?? piped(text);
/** "Identifiant de l'article" / "20417": an id's label with its value on the line under it (a CMS's field). */
const labelledIdAt = (lines: readonly Line[], i: number): string | null => {
  const value = lines[i + 1]?.text;
  return value !== undefined && SOURCE_ID_LABEL_ONLY.test(lines[i]!.text) && ID_VALUE.test(value) ? value : null;
};

/**
 * "Photo: Ministry of Transport" / "The minister at the signing ceremony": a picture after the text, its
 * credit printed over its caption (a caption is short and no sentence).
 */
function captionUnderClosingCredit(lines: readonly Line[]): Line | null {
  const last = lines[lines.length - 1];
  const above = lines[lines.length - 2];
  return last !== undefined && above !== undefined && isCreditOnly(above.text) && !isCreditOnly(last.text) && last.text.length <= MAX_CAPTION_CHARS && !endsSentence(last.text) ? last : null;
}

/** A picture's credit between two prints of its caption: a short line, no sentence ("Darren Pulaski / Platte Valley Ledger"). */
const MAX_CREDIT_CHARS = 80;

/**
 * "Parents fill the board room …" / "Darren Pulaski / Platte Valley Ledger" / "Parents fill the board room …": a page
 * that prints a photo's caption over and under its credit. The first print is the caption; the credit and the copy go.
 */
function captionsAroundCredits(lines: readonly Line[]): { captions: number[]; copies: number[] } {
  const captions: number[] = [];
  const copies: number[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const [caption, credit, copy] = [lines[i]!.text, lines[i + 1]!.text, lines[i + 2]!.text];
    if (copy !== caption || caption.length > MAX_CAPTION_CHARS || credit.length > MAX_CREDIT_CHARS || endsSentence(credit)) continue;
    // "Picture: J. Tuilau" / a slideshow's marked caption / "Picture: J. Tuilau": the same credit under two pictures.
    if (isCreditOnly(caption) || BRACKETED_CAPTION.test(credit)) continue;
    captions.push(i);
    copies.push(i + 1, i + 2);
    i += 2;
  }
  return { captions, copies };
}

/** Lines under a credit in which the text must go on (a subheading may come first). */
const TEXT_GOES_ON_WITHIN = 3;
const COPYRIGHT_CREDIT = /^©\s?\p{Lu}(?:[^©.!?\d]|(?<=\p{Lu})\.){0,60}$/v;

/**
 * The article text between the header and the comments: cut at the first tail marker, drop
 * boilerplate lines and promotions (newsletter pitches, sponsored links), move captioned photos and
 * bylines out, drop a line that repeats the one before it.
 */
export function cleanBody(lines: readonly Line[]): CleanBody {
  const captions: string[] = [];
  const addCaption = (text: string): void => {
    const caption = captionText(text);
    if (!captions.includes(caption)) captions.push(caption);
  };
  const bylines: Byline[] = [];
  const kept: Line[] = [];
  const readAlso = new Set([...readAlsoLines(lines), ...pollLines(lines), ...summaryBoxLines(lines)]);
  const text = withoutEndMark(readAlso.size === 0 ? lines : lines.filter((_, i) => !readAlso.has(i)));
  // Prose after a heading that certainly ends the article (a comment policy under "18 Comments") is not the article's.
  const firstTail = text.lines.findIndex((line) => isTailMarker(line.text));
  const lastProse = lastProseIndex(firstTail < 0 ? text.lines : text.lines.slice(0, firstTail));
  const tail = Math.min(findTail(text.lines, lastProse, firstTail), text.end);
  // "Written by Jane Doe" opens the author box that ends the article, and still names the author.
  // "انتهای پیام" / "خبرنگار: مریم صادقی": the agency's end mark, the reporter's credit under it.
  const tailByline = tail < text.lines.length ? (readByline(text.lines[tail]!.text) ?? (END_OF_STORY.test(text.lines[tail]!.text) ? readByline(text.lines[tail + 1]?.text ?? '') : null)) : null;
  if (tailByline) bylines.push(tailByline);
  // The theme's entry footer, under the share buttons that ended the text.
  const footer = text.lines.slice(tail, tail + ENTRY_FOOTER_REACH).map((line) => entryFooterByline(line.text) ?? bloggerFooter(line.text)).find((byline) => byline !== null);
  if (footer) bylines.push(footer);
  const region = text.lines.slice(0, tail);
  const isFurniture = memoized((text: string) => isBoilerplate(text) || isTailMarker(text) || isWeakTailMarker(text));
  const furniture = region.map((l) => isFurniture(l.text));
  // Before furniture goes: a credit line under a caption may read as furniture too ("© Harbour Post").
  const credited = new Set(region.filter((_, i) => !furniture[i] && creditedBelow(region, i)));
  const creditsUnderCaptions = new Set(region.filter((line, i) => i > 0 && credited.has(region[i - 1]!) && PHOTOGRAPHER_LINE.test(line.text)));
  const reprinted = captionsAroundCredits(region);
  for (const at of reprinted.captions) credited.add(region[at]!);
  const promotion = new Set([...newsletterPitchLines(region, furniture), ...sponsoredLinkLines(region), ...reprinted.copies]);
  let sourceId: string | null = null;
  let labelledValueAt = -1;
  const content = region.filter((l, i) => {
    if (i === labelledValueAt) return false;
    const labelled = labelledIdAt(region, i);
    const id = footerIdOf(l.text) ?? labelled;
    if (id !== null) {
      sourceId ??= id;
      if (labelled !== null) labelledValueAt = i + 1;
      return false;
    }
    if (furniture[i] || promotion.has(i)) {
      // "(Reporting by A in Ankara and B; Editing by C)": the wire's credit names the reporters.
      const credit = furnitureByline(l.text);
      if (credit) bylines.push(credit);
      return false;
    }
    // "… terminal. (Photo by Rita Salazar/Harbor Town Daily)": a picture's credit, no byline.
    const read = readByline(l.text);
    const byline = read !== null && !isCaptionLine(l.text) ? read : null;
    if (byline) bylines.push(byline);
    return byline === null;
  });
  // "Article ID: 41592 | Printable version" in the footer, under a box that ended the text.
  for (let k = tail; sourceId === null && k < text.lines.length; k++) sourceId = footerIdOf(text.lines[k]!.text) ?? labelledIdAt(text.lines, k);
  const lastLine = content[content.length - 1];
  const credit = lastLine === undefined ? null : closingAuthorCredit(lastLine);
  const closingCaption = captionUnderClosingCredit(content);
  if (closingCaption) credited.add(closingCaption);
  const signed = credit ? null : closingSignature(content, credited);
  if (credit) {
    bylines.push(credit.byline);
    content[content.length - 1] = credit.line;
  } else if (signed) {
    bylines.push(signed.byline);
    content.splice(signed.at, 1);
  }
  const trimmed = trimTrailing(content);
  // A slideshow after the last paragraph ("Photo gallery" / "1 / 2" / its caption): marked pictures' captions are the article's.
  // A picture after it, credited over or under its caption, too.
  // So is a picture's caption with its credit on the line ("… offices. Photo: Olivier Mugwiza / The Kigali Chronicle").
  const galleryCaptions = content.slice(trimmed.length).filter((line) => BRACKETED_CAPTION.test(line.text) || credited.has(line) || (isCaptionLine(line.text) && !isCreditOnly(line.text)));
  trimmed.forEach((line) => {
    const { text } = line;
    if (creditsUnderCaptions.has(line)) return;
    if (isCaptionLine(text) || credited.has(line)) {
      addCaption(text);
      return;
    }
    // "Submitted photo" under the caption it credits: no text (and no caption of its own).
    if (isCreditOnly(text)) return;
    if (kept.length > 0 && kept[kept.length - 1]!.text === text) return;
    kept.push(line);
  });
  for (const line of galleryCaptions) addCaption(line.text);
  // Searched from the article's last paragraph: an author box's prose may follow the footer.
  const postedBy = footerPostedBy(text.lines, lastProseIndex(region));
  if (postedBy) bylines.push(postedBy);
  return { lines: kept, captions, bylines, sourceId, publishedAt: footerDate(text.lines, lastProse) };
}
