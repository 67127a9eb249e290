import type { Line } from '../lines';
import { COMMENT_SECTION_HEADING, WEAK_COMMENT_HEADING } from '../patterns';
import { isProse, isTailMarker } from './classifyLine';
import type { CommentHeader } from './readCommentHeader';
import { readCommentHeader } from './readCommentHeader';
import { numberedLead } from './splitComments';

export interface CommentZone {
  /** Index of the first comment header: the article ends before it. */
  start: number;
  headers: CommentHeader[];
}

function collectHeaders(lines: readonly Line[], from: number): CommentHeader[] {
  const headers: CommentHeader[] = [];
  for (let i = from; i < lines.length; i++) {
    const found = readCommentHeader(lines, i);
    // "Re: fox boxes" / "Date: …" / "From: thimbleweed": a weak reading of a subject over a date gives way to
    // the strong header that starts on the next line (the subject is the comment's, not its author).
    const next = found?.strength === 'weak' && found.span > 1 ? readCommentHeader(lines, i + 1) : null;
    const header = next?.strength === 'strong' ? next : found;
    if (header) {
      if (header === next) i++;
      headers.push(header);
      i += header.span - 1;
    }
  }
  return headers;
}

/**
 * A header opens the thread only when the evidence after it is enough: a strong header anywhere
 * from it on, two or more headers, or a comment-section heading before it.
 */
function opensThread(lines: readonly Line[], headers: readonly CommentHeader[], k: number, headingBefore: boolean): boolean {
  if (headingBefore) return true;
  const rest = headers.slice(k).filter((h) => h.strength !== 'needsHeading');
  if (rest.some((h) => h.strength === 'strong')) return true;
  // "Mayor Ruth Ellery said:" over a quotation introduces a quote in the article, not a comment.
  const medium = rest.filter((h) => h.strength === 'medium' && !introducesQuote(lines, h)).length;
  return medium >= 2 || rest.length >= 3;
}

const HAS_LETTER = /\p{L}/v;
const OPENING_QUOTE = /^["“„«‘'‹»]/u;

function introducesQuote(lines: readonly Line[], header: CommentHeader): boolean {
  const next = lines[header.at + header.span];
  return next !== undefined && OPENING_QUOTE.test(next.text);
}

/** A comment is short: a "Name / date" header over this much prose is the article's byline. */
const ARTICLE_MIN_PROSE_LINES = 6;
const ARTICLE_MIN_WORDS = 250;

/** The text under a header, up to the next header, reads like the article itself (many prose paragraphs). */
function headsArticleText(lines: readonly Line[], header: CommentHeader, next: CommentHeader | undefined): boolean {
  const end = next?.at ?? lines.length;
  let proseLines = 0;
  let words = 0;
  for (let i = header.at + header.span; i < end; i++) {
    const { text } = lines[i]!;
    if (isProse(text)) proseLines++;
    words += text.split(' ').length;
  }
  return proseLines >= ARTICLE_MIN_PROSE_LINES && words >= ARTICLE_MIN_WORDS;
}

/** "Faallooyinka (6)", "6 viðmerkingar", "9 na komento", "Пикирлер (7)": a few words and a count, in any language. */
const COUNT_HEADING = /^(?:[\p{L}\p{M}'’\-]+(?: [\p{L}\p{M}'’\-]+){0,3} ?[\(\[](\d{1,4})[\)\]]|(\d{1,4}) [\p{L}\p{M}'’\-]+(?: [\p{L}\p{M}'’\-]+){0,2})$/v;
/** The heading stands over the first comment, maybe with the comment policy and a sort control between. */
const COUNT_HEADING_REACH = 3;
/** Comments a page counts but a text copy may lack (deleted, collapsed, on a next page). */
const COUNT_SLACK = 3;

/**
 * "Hevitra (6)" / the policy / the first comment: a heading whose count matches the thread under it
 * heads that thread, whatever its words; the thread (and the policy notice) starts there, not in the article.
 */
function countHeadingAbove(lines: readonly Line[], start: number, comments: number): number | null {
  for (let k = start - 1; k >= Math.max(0, start - COUNT_HEADING_REACH); k--) {
    const count = COUNT_HEADING.exec(lines[k]!.text);
    if (!count) continue;
    const n = Number(count[1] ?? count[2]);
    return n >= comments && n <= comments + COUNT_SLACK ? k : null;
  }
  return null;
}

/**
 * Finds where the comment thread begins. Returns null when there is no credible thread.
 */
export function findCommentZone(lines: readonly Line[], proseStart: number): CommentZone | null {
  const searchFrom = 0;
  // Above the article text only strong headers count: a "Name / date" pair there is a byline.
  const headers = collectHeaders(lines, searchFrom).filter((h) => h.at > proseStart || h.strength === 'strong');
  if (headers.length === 0) return null;
  const isHeading = (line: Line): boolean => COMMENT_SECTION_HEADING.test(line.text) || WEAK_COMMENT_HEADING.test(line.text);
  for (let k = 0; k < headers.length; k++) {
    const header = headers[k]!;
    const headingBefore = lines.slice(searchFrom, header.at).some(isHeading);
    // A bare "1. Name" opens a thread only under a comment-section heading.
    if (header.strength === 'needsHeading' && !headingBefore) continue;
    // "Read also" / "Poultry prices today, Saturday 9 March 2024" / … / "Comments (6)": a headline and its date above
    // the thread's own heading is a related link, no comment.
    const next = headers[k + 1];
    if (header.strength !== 'strong' && !headingBefore && next !== undefined && lines.slice(header.at + header.span, next.at).some(isHeading)) continue;
    if (header.strength !== 'strong' && headsArticleText(lines, header, headers[k + 1])) continue;
    if (opensThread(lines, headers, k, headingBefore)) {
      const start = numberedLead(lines, header.at);
      // "You might also like" / "Guides" / "A £40 UPS …" / "Tobias Lindqvist Jan 21, 2024": under the thread, the site's cards of other posts.
      // (A heading in words: "__________" sets a forum post's signature apart.)
      const cards = lines.findIndex((line, i) => i > header.at && HAS_LETTER.test(line.text) && isTailMarker(line.text) && !COMMENT_SECTION_HEADING.test(line.text) && !WEAK_COMMENT_HEADING.test(line.text));
      const thread = headers.slice(k).filter((h) => cards < 0 || h.at < cards);
      return { start: countHeadingAbove(lines, start, thread.length) ?? start, headers: thread };
    }
  }
  return null;
}
