/**
 * HTML, JSON, RSS or Atom feeds and Markdown saved as article files: turned into the plain-text layout the rest of
 * the pipeline reads (one block per line, blank lines between blocks). Plain text passes through.
 */
import { looksLikeMarkdown, markdownToText, stripShortcodes } from './markdownToText';
import type * as MarkupReaders from './readMarkup';

/** Text in the plain layout: HTML, JSON, feed and Markdown articles converted, WordPress shortcodes taken off. */
export function convertMarkup(text: string): string {
  // JSON, feeds and HTML pages all open with one of these (after any white space; "])}while(1);" and ")]}'" guard JSON).
  const opening = FIRST_VISIBLE.exec(text)?.[0];
  const read = opening !== undefined && MARKUP_OPENINGS.includes(opening) ? loadMarkupReaders().readMarkup(text) : null;
  if (read !== null) return read;
  const plain = stripShortcodes(text);
  return looksLikeMarkdown(plain) ? markdownToText(plain) : plain;
}

const FIRST_VISIBLE = /\S/u;
const MARKUP_OPENINGS = '{[<])';

/**
 * The HTML, JSON and feed readers are loaded on the first file that opens with markup: most uploads are plain-text
 * dumps, and the readers took about 35 KB of the handler's bundle. The deployed function ships them as a file of
 * their own beside its bundle (infra/defaults.ts, LAZY_BUNDLES).
 */
function loadMarkupReaders(): typeof MarkupReaders {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load, see above
  return require('./readMarkup') as typeof MarkupReaders;
}
