/**
 * The `byAuthor` index key: one commenter's name in any spelling of case, accents and
 * spacing maps to one key ("José  Smith" and "jose smith" → "jose smith").
 */
export function authorKeyFor(author: string | null): string | null {
  if (author === null) return null;
  const key = author
    .normalize('NFKD')
    .replace(/\p{M}+/gv, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return key === '' ? null : key;
}
