/**
 * The readers of HTML, JSON and RSS/Atom files: what convertMarkup loads on the first file that opens with markup.
 * A module of its own so the deployed function ships it beside its bundle (infra/defaults.ts, LAZY_BUNDLES).
 */
import { feedToText, looksLikeFeed } from './feedToText';
import { jsonLdArticle } from './htmlMetadata';
import { htmlToText, looksLikeHtml } from './htmlToText';
import { jsonToText, parseJson } from './jsonToText';

/** The file in the plain layout when it is JSON, a feed or an HTML page; null when it is none of them. */
export function readMarkup(text: string): string | null {
  const json = parseJson(text);
  if (json !== undefined) return jsonToText(json) ?? text;
  if (looksLikeFeed(text)) return feedToText(text) ?? text;
  if (looksLikeHtml(text)) return withScriptRenderedArticle(text, htmlToText(text));
  return null;
}

const OPENING_CHARS = 60;
const squeeze = (text: string): string => text.replace(/\s+/gu, ' ');
const CUT_SHORT = /\s?(?:\.{3}|…)$/u;

/**
 * A page a script renders in the browser (a single-page app's shell) shows no article text, but its JSON-LD may hold
 * all of it (`articleBody`, the `comment` list), or the framework's page state (Next.js's `__NEXT_DATA__`, any
 * `application/json` script): read that instead when the page's own text lacks the text's opening.
 */
function withScriptRenderedArticle(html: string, pageText: string): string {
  const shown = squeeze(pageText);
  const article = jsonLdArticle(html);
  if (article !== null) {
    // "Sabato scorso sono salita al rifugio…": a teaser cut short, whose ellipsis the page's text does not hold.
    const opening = squeeze(htmlToText(String(article['articleBody'])).trim()).replace(CUT_SHORT, '').slice(0, OPENING_CHARS);
    if (opening === '' || shown.includes(opening)) return pageText;
    return jsonToText(article) ?? pageText;
  }
  return pageStateArticle(html, shown) ?? pageText;
}

const JSON_SCRIPT = /<script\s(?:[^>]*\s)?type=["']application\/json["'][^>]*>([\s\S]*?)<\/script\s*>/giu;
/** The longest line of a text: its body's paragraph, which a page that renders the article shows too. */
const longestLine = (text: string): string => text.split('\n').reduce((longest, line) => (line.length > longest.length ? line : longest), '');

/** The article in a page-state script, as plain layout, when the page itself does not show it. */
function pageStateArticle(html: string, shown: string): string | null {
  for (const [, content] of html.matchAll(JSON_SCRIPT)) {
    const json = parseJson(content ?? '');
    const text = json === undefined ? null : jsonToText(json);
    const opening = text === null ? '' : squeeze(longestLine(text)).slice(0, OPENING_CHARS);
    // A shell shows less than the state holds; a rendered page's own scripts hold lists of other stories.
    if (text !== null && text.length > shown.length && opening.length === OPENING_CHARS && !shown.includes(opening)) return text;
  }
  return null;
}
