/** A pull quote is a sentence or two lifted from the text: short, and sentence-long. */
const MAX_PULL_QUOTE_CHARS = 300;
const MIN_PULL_QUOTE_WORDS = 8;
const QUOTE_MARKS = /^["“„«‘'‹]+|["”»’'›]+$/gu;
/** The quote may end its excerpt with a full stop where the sentence in the text goes on ("…decrypted, and…"). */
const CLOSING_STOP = /[.…]$/u;
/** Each short paragraph is searched for in every other: bounded so a huge text stays linear. */
const MAX_PARAGRAPHS = 200;

/**
 * Drops pull quotes: a short paragraph whose words (quote marks and a closing stop aside) stand verbatim in another,
 * longer paragraph of the same text — the page repeats a line of the article in large type.
 */
export function dropPullQuotes(paragraphs: readonly string[]): string[] {
  if (paragraphs.length > MAX_PARAGRAPHS) return [...paragraphs];
  return paragraphs.filter((paragraph, i) => {
    if (paragraph.length > MAX_PULL_QUOTE_CHARS || paragraph.split(' ').length < MIN_PULL_QUOTE_WORDS) return true;
    const core = paragraph.replace(QUOTE_MARKS, '').replace(CLOSING_STOP, '');
    return !paragraphs.some((other, k) => k !== i && other.length > paragraph.length && other.includes(core));
  });
}
