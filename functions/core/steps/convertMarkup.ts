/**
 * HTML, JSON and Markdown saved as article files: turned into the plain-text layout the rest of
 * the pipeline reads (one block per line, blank lines between blocks). Plain text passes through.
 */
import { htmlToText, looksLikeHtml } from './htmlToText';
import { jsonToText, parseJson } from './jsonToText';
import { looksLikeMarkdown, markdownToText, stripShortcodes } from './markdownToText';

/** Text in the plain layout: HTML, JSON and Markdown articles converted, WordPress shortcodes taken off. */
export function convertMarkup(text: string): string {
  const json = parseJson(text);
  if (json !== undefined) return jsonToText(json) ?? text;
  if (looksLikeHtml(text)) return htmlToText(text);
  const plain = stripShortcodes(text);
  return looksLikeMarkdown(plain) ? markdownToText(plain) : plain;
}
