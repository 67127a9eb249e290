import { endsSentence } from '../text';
import { isNewsroomRole } from './readByline';

/** The last paragraphs where an author box may stand. */
const BIO_REACH = 4;
const MAX_BIO_CHARS = 400;
const MAX_SIGNATURE_CHARS = 200;
/** "About the author: Daniel Whitcomb is …": the box's label before the name. */
const BIO_LABEL = /^(?:about the author|über den autor|zum autor|à propos de l'auteur|sobre el autor|sull'autore)\s?:\s/iu;
const BIO_VERBS = /^.{0,60}?\b(?:is|was|covers|writes|reports|has|joined|lives|works|edits|ist|schreibt|arbeitet|lebt|est|écrit|es|escribe)\b/u;

/**
 * Drops the author box under an article ("Rhiannon Saltmarsh / Senior Editor / Rhiannon has
 * reviewed…"): short closing paragraphs from the first that is a byline author's name alone, or
 * opens with the name (or first name) and says who the author is, or signs with the names (no sentence);
 * a newsroom role may follow the name.
 */
export function dropAuthorBio(paragraphs: readonly string[], authors: readonly string[]): string[] {
  const names = authors.flatMap((author) => [author, author.split(' ')[0]!]).filter((name) => name.length >= 3);
  if (names.length === 0) return [...paragraphs];
  // "Claire Dumoulin (Vernoux, envoyée spéciale) et Mathieu Ravel": the authors signing off, no sentence.
  const signs = (p: string): boolean => p.length <= MAX_SIGNATURE_CHARS && !endsSentence(p) && authors.some((author) => p.startsWith(author));
  const opensBox = (paragraph: string): boolean => {
    const p = paragraph.replace(BIO_LABEL, '');
    return authors.includes(p) || signs(p) || (names.some((name) => p.startsWith(`${name} `) || p.startsWith(`${name},`)) && BIO_VERBS.test(p));
  };
  for (let k = Math.max(1, paragraphs.length - BIO_REACH); k < paragraphs.length; k++) {
    const box = paragraphs.slice(k);
    const fits = box.every((p, i) => p.length <= MAX_BIO_CHARS && (i === 0 || !authors.includes(p) || isNewsroomRole(p)));
    if (opensBox(paragraphs[k]!) && fits) return paragraphs.slice(0, k);
  }
  return [...paragraphs];
}
