/**
 * The plain-text layout the pipeline reads best, written from structured fields: HTML metadata and
 * JSON exports are turned into it, so every format goes through the same header and comment steps.
 */

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
