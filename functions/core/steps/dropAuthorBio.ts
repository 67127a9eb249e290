import { endsSentence } from '../text';
import { isNewsroomRole } from './readByline';

/** The last paragraphs where an author box may stand. */
const BIO_REACH = 4;
const MAX_BIO_CHARS = 400;
const MAX_SIGNATURE_CHARS = 200;
/** "About the author: Daniel Whitcomb is …": the box's label before the name. */
const BIO_LABEL = /^(?:about the author|über den autor|zum autor|à propos de l'auteur|sobre el autor|sull'autore)\s?:\s/iu;
// Words outside ASCII are set apart by spaces: `\b` knows ASCII letters only ("è", Hebrew "הוא" / "היא": is).
const BIO_VERBS = /^.{0,60}?(?:\b(?:is|was|covers|writes|reports|has|joined|lives|works|edits|ist|schreibt|arbeitet|lebt|est|écrit|es|escribe)\b|\s(?:è|é|הוא|היא)\s)/u;

/** Each author's full and first name, the forms a bio opens with. */
const namesOf = (authors: readonly string[]): string[] => authors.flatMap((author) => [author, author.split(' ')[0]!]).filter((name) => name.length >= 3);

/** "Owen Hale is a Senior Fellow at …": a sentence opening with an author's name that says who the author is. */
const isBio = (paragraph: string, names: readonly string[]): boolean =>
  names.some((name) => paragraph.startsWith(`${name} `) || paragraph.startsWith(`${name},`)) && BIO_VERBS.test(paragraph);

/**
 * A short line about an author by full name, such as a think tank prints between its byline and the text
 * (a first name alone may open a personal essay's first paragraph).
 */
export const isAuthorBio = (text: string, authors: readonly string[]): boolean => text.length <= MAX_BIO_CHARS && isBio(text, authors);

/**
 * Drops the author box under an article ("Rhiannon Saltmarsh / Senior Editor / Rhiannon has
 * reviewed…"): short closing paragraphs from the first that is a byline author's name alone, or
 * opens with the name (or first name) and says who the author is, or signs with the names (no sentence);
 * a newsroom role may follow the name. A bio line over the text goes too.
 */
export function dropAuthorBio(paragraphs: readonly string[], authors: readonly string[]): string[] {
  const names = namesOf(authors);
  if (names.length === 0) return [...paragraphs];
  if (paragraphs.length > 1 && isAuthorBio(paragraphs[0]!, authors)) return dropAuthorBio(paragraphs.slice(1), authors);
  // "Claire Dumoulin (Vernoux, envoyée spéciale) et Mathieu Ravel": the authors signing off, no sentence.
  const signs = (p: string): boolean => p.length <= MAX_SIGNATURE_CHARS && !endsSentence(p) && authors.some((author) => p.startsWith(author));
  const opensBox = (paragraph: string): boolean => {
    const p = paragraph.replace(BIO_LABEL, '');
    return authors.includes(p) || signs(p) || isBio(p, names);
  };
  for (let k = Math.max(1, paragraphs.length - BIO_REACH); k < paragraphs.length; k++) {
    const box = paragraphs.slice(k);
    const fits = box.every((p, i) => p.length <= MAX_BIO_CHARS && (i === 0 || !authors.includes(p) || isNewsroomRole(p)));
    if (opensBox(paragraphs[k]!) && fits) return paragraphs.slice(0, k);
  }
  return [...paragraphs];
}
