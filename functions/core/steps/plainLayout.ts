/**
 * The plain-text layout the pipeline reads best, written from structured fields: HTML metadata and
 * JSON exports are turned into it, so every format goes through the same header and comment steps.
 */
import { collapseSpaces } from './normalizeText';

export interface PlainHeader {
  title: string;
  subtitle: string | null;
  authors: readonly string[];
  publishedAt: string | null;
}

/** Title, deck, "By A and B", the date: each a paragraph of its own, absent fields left out. */
export function plainHeaderLines({ title, subtitle, authors, publishedAt }: PlainHeader): string[] {
  const names = authors.map((author) => author.replace(/^by\s+/iu, ''));
  const byline = [names.length > 0 ? `By ${names.join(' and ')}` : '', publishedAt ?? ''].filter((line) => line !== '');
  return [title, subtitle ?? '', byline.join('\n')].filter((block) => block !== '').flatMap((block) => [block, '']);
}

export interface PlainComment {
  author: string;
  postedAt: string;
  text: string;
  replies: readonly PlainComment[];
}

/** The thread under a "Comments" heading, or nothing when there are no comments. */
export const plainCommentSection = (comments: readonly PlainComment[]): string[] => (comments.length > 0 ? ['Comments', '', ...plainCommentLines(comments)] : []);

/** A thread as numbered "N. Name said:" comments, replies indented under their parent. */
function plainCommentLines(comments: readonly PlainComment[], depth = 0, out: string[] = []): string[] {
  comments.forEach((comment, k) => {
    const indent = '    '.repeat(depth);
    out.push(`${indent}  ${k + 1}. ${comment.author} said:`, '');
    if (comment.postedAt) out.push(`${indent}    ${comment.postedAt}`, '');
    for (const paragraph of comment.text.split(/\n\s*\n/u)) out.push(`${indent}    ${paragraph.trim()}`, '');
    plainCommentLines(comment.replies, depth + 1, out);
  });
  return out;
}

/** "… the removal was sent back to staff. […]": an excerpt's closing mark. */
const EXCERPT_MARK = /\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)\s*$/u;
const EXCERPT_PREFIX_CHARS = 80;
/** A WordPress excerpt is the text's opening (after its lead picture), cut short: no deck. */
export const isExcerptOf = (subtitle: string, body: string): boolean =>
  subtitle === body ||
  collapseSpaces(body.slice(0, EXCERPT_SEARCH_CHARS)).includes(collapseSpaces(subtitle.split(EXCERPT_CUT)[0]!.replace(EXCERPT_MARK, '')).slice(0, EXCERPT_PREFIX_CHARS));
/** The text's opening may come after its lead picture's caption. */
const EXCERPT_SEARCH_CHARS = 2000;
/** A feed's excerpt may go on after its mark ("… […] The post … appeared first on …"): only the part before counts. */
const EXCERPT_CUT = /\[(?:…|\.\.\.)\]/u;
