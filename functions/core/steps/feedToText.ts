/**
 * An RSS or Atom feed saved as the article file: its first item (entry) turned into the plain layout, the
 * item's HTML content read like any page's. The channel's own title and description are the site's, not the story's.
 */
import { decodeEntities, inlineText } from './htmlText';
import { htmlToText } from './htmlToText';
import { isExcerptOf, plainHeaderLines } from './plainLayout';

/** "<?xml …?><rss", "<feed xmlns=…>": a feed, not a page. */
const FEED_OPENING = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)?<(?:rss|feed|rdf:RDF)\b/u;
const ITEM = /<(item|entry)\b[^>]{0,500}>([\s\S]*?)<\/\1>/u;
const CDATA = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/u;

export const looksLikeFeed = (text: string): boolean => FEED_OPENING.test(text);

/** The text of the first element among `names` in an item: CDATA as it stands, escaped markup decoded. */
function field(item: string, names: readonly string[]): string | null {
  for (const name of names) {
    const m = new RegExp(String.raw`<${name}\b[^>]{0,500}>([\s\S]*?)</${name}>`, 'u').exec(item);
    if (m) return CDATA.exec(m[1]!)?.[1] ?? decodeEntities(m[1]!);
  }
  return null;
}

/** RSS 2.0 puts "email (Name)" in <author>; Atom nests <name>; Dublin Core's <dc:creator> is a name. */
function authorsOf(item: string): string[] {
  const creators = [...item.matchAll(/<dc:creator\b[^>]{0,200}>([\s\S]*?)<\/dc:creator>/gu)].map((m) => inlineText(CDATA.exec(m[1]!)?.[1] ?? m[1]!));
  if (creators.length > 0) return creators;
  const author = field(item, ['author']);
  if (author === null) return [];
  const named = field(author, ['name']) ?? /\(([^()]{2,80})\)\s*$/u.exec(author)?.[1] ?? (author.includes('@') ? null : author);
  return named === null ? [] : [inlineText(named)];
}

const MAX_DECK_CHARS = 300;

/** The first item of the feed in the plain layout, or null when the feed has none. */
export function feedToText(feed: string): string | null {
  const item = ITEM.exec(feed)?.[2];
  if (item === undefined) return null;
  const title = inlineText(field(item, ['title']) ?? '');
  // Full content where the feed carries it; the summary otherwise.
  const full = field(item, ['content:encoded', 'content']);
  const content = full ?? field(item, ['description', 'summary']) ?? '';
  const body = htmlToText(content).trim();
  // Beside the full text, a summary that is no excerpt of it is the story's deck (an Atom entry's <summary>).
  const summary = full === null ? '' : htmlToText(field(item, ['summary', 'description']) ?? '').trim();
  const header = plainHeaderLines({
    title,
    subtitle: summary === '' || summary.length > MAX_DECK_CHARS || isExcerptOf(summary, body) ? null : summary,
    authors: authorsOf(item),
    publishedAt: field(item, ['pubDate', 'published', 'dc:date', 'updated'])?.trim() ?? null,
  });
  return [...header, body].join('\n');
}
