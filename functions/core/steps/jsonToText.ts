/**
 * A JSON article (schema.org NewsArticle, a WordPress REST post, a news API result or a CMS
 * export) as the plain-text layout: the fields are found by their usual names.
 */
import { isRecord, type Json, type JsonRecord } from '../json';
import { decodeEntities } from './htmlText';
import { looksLikeHtml, htmlToText } from './htmlToText';
import { plainCommentLines, plainHeaderLines, type PlainComment } from './plainLayout';

const FIELD_NAMES = {
  title: ['headline', 'title', 'name'],
  subtitle: ['alternativeHeadline', 'subtitle', 'subheadline', 'standfirst', 'deck', 'dek', 'description', 'summary', 'excerpt'],
  author: ['author', 'authors', 'byline', 'creator', 'user', 'username', 'user_name', 'userName'],
  date: ['datePublished', 'publishedAt', 'published_at', 'published', 'date', 'pubDate', 'created_at', 'createdAt', 'created', 'timestamp'],
  body: ['articleBody', 'body', 'content', 'text', 'message', 'comment', 'html'],
  comments: ['comments', 'replies', 'children'],
  outlet: ['source', 'publisher', 'site_name', 'siteName'],
} as const;

/** A news API's note that it cut the text short: "… [+1934 chars]". */
const TRUNCATION_NOTE = /\s*(?:(?:…|\.\.\.)\s*)?\[\+\d+ chars\]\s*$/u;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function field(record: JsonRecord, names: readonly string[]): Json | undefined {
  const key = names.find((name) => record[name] !== undefined && record[name] !== null);
  return key === undefined ? undefined : record[key];
}

const HTML_FRAGMENT = /<\/?(?:p|br|div|figure|h[1-6])\b/iu;

/** A text field: HTML turned into text, `{"rendered": …}` (WordPress) unwrapped, a list of paragraphs joined. */
function asText(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return looksLikeHtml(value) || HTML_FRAGMENT.test(value) ? htmlToText(value) : decodeEntities(value);
  if (Array.isArray(value)) return value.map(asText).filter((v) => v.length > 0).join('\n\n');
  if (isRecord(value)) return asText(field(value, ['rendered', 'raw', 'text', 'value', 'name']));
  return String(value);
}

/** Author names: a string, a Person or a list of them; numbers are user ids and organisations are outlets. */
function authorNames(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (isRecord(value)) {
    const type = value['@type'];
    return typeof type === 'string' && /Organization/u.test(type) ? [] : authorNames(field(value, ['name', 'display_name', 'displayName', 'username']));
  }
  return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
}

/** WordPress REST posts carry the author's name in `_embedded.author`, the `author` field is an id. */
function embeddedAuthors(record: JsonRecord): string[] {
  const embedded = record['_embedded'];
  return isRecord(embedded) ? authorNames(embedded['author']) : [];
}

function commentsOf(value: Json | undefined): PlainComment[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((comment) => ({
    author: authorNames(field(comment, FIELD_NAMES.author)).join(' and ') || 'Anonymous',
    postedAt: asText(field(comment, FIELD_NAMES.date)),
    text: asText(field(comment, FIELD_NAMES.body)),
    replies: commentsOf(field(comment, FIELD_NAMES.comments)),
  }));
}

/** The JSON as plain text, or null when it holds no article (no title and no text). */
export function jsonToText(value: Json): string | null {
  const record = Array.isArray(value) ? value.find(isRecord) : value;
  if (!isRecord(record)) return null;
  // News APIs append the outlet to the headline and the byline ("… - Coastline Wire").
  const outlet = asText(field(record, FIELD_NAMES.outlet)).trim();
  const withoutOutlet = (text: string): string =>
    outlet === '' ? text : text.replace(new RegExp(`\\s*[-–—|,]\\s*${escapeRegExp(outlet)}$`, 'u'), '');
  const title = withoutOutlet(asText(field(record, FIELD_NAMES.title)));
  const body = asText(field(record, FIELD_NAMES.body)).replace(TRUNCATION_NOTE, '');
  if (!title && !body) return null;
  const subtitle = asText(field(record, FIELD_NAMES.subtitle));
  const authors = authorNames(field(record, FIELD_NAMES.author)).map(withoutOutlet);
  const header = plainHeaderLines({
    title,
    subtitle: subtitle === '' || subtitle === body ? null : subtitle,
    authors: authors.length > 0 ? authors : embeddedAuthors(record),
    publishedAt: asText(field(record, FIELD_NAMES.date)) || null,
  });
  const comments = commentsOf(field(record, FIELD_NAMES.comments));
  return [...header, body, '', ...(comments.length > 0 ? ['Comments', '', ...plainCommentLines(comments)] : [])].join('\n');
}

export function parseJson(text: string): Json | undefined {
  const start = text.trimStart().charAt(0);
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
