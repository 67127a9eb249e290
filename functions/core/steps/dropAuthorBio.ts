/** The last paragraphs where an author box may stand. */
const BIO_REACH = 4;
const MAX_BIO_CHARS = 400;
const BIO_VERBS = /^.{0,60}?\b(?:is|was|covers|writes|reports|has|joined|lives|works|edits|ist|schreibt|arbeitet|lebt|est|écrit|es|escribe)\b/u;

/**
 * Drops the author box under an article ("Dana Whitcomb covers city government…"): short closing
 * paragraphs that open with a byline author's name (or first name) and say who the author is.
 */
export function dropAuthorBio(paragraphs: readonly string[], authors: readonly string[]): string[] {
  const names = authors.flatMap((author) => [author, author.split(' ')[0]!]).filter((name) => name.length >= 3);
  if (names.length === 0) return [...paragraphs];
  const opensWithAuthor = (p: string): boolean => names.some((name) => p.startsWith(`${name} `) || p.startsWith(`${name},`)) && BIO_VERBS.test(p);
  for (let k = Math.max(1, paragraphs.length - BIO_REACH); k < paragraphs.length; k++) {
    const tail = paragraphs.slice(k);
    if (opensWithAuthor(paragraphs[k]!) && tail.every((p) => p.length <= MAX_BIO_CHARS)) return paragraphs.slice(0, k);
  }
  return [...paragraphs];
}
