/**
 * HTML, JSON, RSS or Atom feeds and Markdown saved as article files: turned into the plain-text layout the rest of
 * the pipeline reads (one block per line, blank lines between blocks). Plain text passes through.
 */
import { feedToText, looksLikeFeed } from './feedToText';
import { jsonLdArticle } from './htmlMetadata';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { jsonToText, parseJson } from './jsonToText';
import { looksLikeMarkdown, markdownToText, stripShortcodes } from './markdownToText';

/** Text in the plain layout: HTML, JSON, feed and Markdown articles converted, WordPress shortcodes taken off. */
export function convertMarkup(text: string): string {
  const json = parseJson(text);
  if (json !== undefined) return jsonToText(json) ?? text;
  if (looksLikeFeed(text)) return feedToText(text) ?? text;
  if (looksLikeHtml(text)) return withScriptRenderedArticle(text, htmlToText(text));
  const plain = stripShortcodes(text);
  return looksLikeMarkdown(plain) ? markdownToText(plain) : plain;
}

const OPENING_CHARS = 60;
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ');

/**
 * A page a script renders in the browser (a single-page app's shell) shows no article text, but its JSON-LD may hold
 * all of it (`articleBody`, the `comment` list): read that instead when the page's own text lacks the body's opening.
 */
function withScriptRenderedArticle(html: string, pageText: string): string {
  const article = jsonLdArticle(html);
  if (article === null) return pageText;
  const opening = squeeze(htmlToText(String(article['articleBody'])).trim()).slice(0, OPENING_CHARS);
  if (opening === '' || squeeze(pageText).includes(opening)) return pageText;
  return jsonToText(article) ?? pageText;
}
