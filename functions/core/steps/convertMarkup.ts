/**
 * HTML and JSON saved as article files: turned into the plain-text layout the rest of the
 * pipeline reads (one block per line, blank lines between blocks). Plain text passes through.
 */
import { looksLikeMarkdown, markdownToText, stripShortcodes } from './markdownToText';

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu;
const HIDDEN_ELEMENTS = /<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
const COMMENTS = /<!--[\s\S]*?-->/gu;
const BLOCK_TAGS = /<\/?(?:p|div|section|article|header|footer|nav|aside|main|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|pre|hr|dd|dt|dl|form)\b[^>]*>/giu;
const LINE_BREAK = /<br\s*\/?>/giu;
const ANY_TAG = /<[^>]{0,2000}>/gu;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', euro: '€', pound: '£',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16), entity);
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), entity);
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024));
}

const LIST_TAG = /<(\/?)(?:ol|ul)\b[^>]*>/giu;
/** Spaces per list level below the first: reply threads (`<ol class="children">`) nest by indentation. */
const LIST_INDENT = 4;
/** `<time datetime="2023-09-14T08:30:00+01:00">14 September 2023</time>` */
const TIME_ELEMENT = /<time\b[^>]*?\sdatetime=["']([^"']{4,40})["'][^>]*>([^<]{0,80})<\/time>/giu;
const CLOCK_TIME = /\d{1,2}[:.h]\d{2}/u;
const HAS_CLOCK_TIME = /T\d{2}:\d{2}/u;

/** A shown date without a time of day is replaced by the machine-readable one, which has it. */
function preciseTimes(html: string): string {
  return html.replace(TIME_ELEMENT, (element, machine: string, shown: string) =>
    HAS_CLOCK_TIME.test(machine) && !CLOCK_TIME.test(shown) ? machine : element,
  );
}

/** Tags to text: blocks become blank-line breaks, hidden and other tags go, entities are decoded. */
function flatText(html: string): string {
  return decodeEntities(html.replace(LINE_BREAK, '\n').replace(BLOCK_TAGS, '\n\n').replace(ANY_TAG, ''));
}

/** Block elements become line breaks, nested lists are indented, everything hidden or tag-like goes. */
export function htmlToText(html: string): string {
  const cleaned = preciseTimes(html.replace(COMMENTS, '').replace(HIDDEN_ELEMENTS, ''));
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  const emit = (segment: string): void => {
    const indent = ' '.repeat(LIST_INDENT * Math.max(0, depth - 1));
    out.push(indent.length === 0 ? flatText(segment) : flatText(segment).replace(/^(?=[^\n])/gmu, indent));
  };
  for (const tag of cleaned.matchAll(LIST_TAG)) {
    emit(cleaned.slice(from, tag.index));
    depth = Math.max(0, depth + (tag[1] === '/' ? -1 : 1));
    out.push('\n\n');
    from = tag.index + tag[0].length;
  }
  emit(cleaned.slice(from));
  return out
    .join('')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const FIELD_NAMES = {
  title: ['title', 'headline', 'name'],
  subtitle: ['subtitle', 'deck', 'description', 'summary', 'excerpt'],
  author: ['author', 'authors', 'byline', 'creator'],
  date: ['datePublished', 'publishedAt', 'published', 'date', 'pubDate', 'created'],
  body: ['articleBody', 'body', 'content', 'text', 'html'],
  comments: ['comments', 'replies'],
} as const;

const isRecord = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value);

function field(record: { [key: string]: Json }, names: readonly string[]): Json | undefined {
  const key = names.find((name) => record[name] !== undefined && record[name] !== null);
  return key === undefined ? undefined : record[key];
}

function asText(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return looksLikeHtml(value) || /<\/?p>/iu.test(value) ? htmlToText(value) : value;
  if (Array.isArray(value)) return value.map(asText).filter((v) => v.length > 0).join(' and ');
  // {"rendered": "<p>…"}: WordPress's REST API wraps every text field.
  if (isRecord(value)) return asText(field(value, ['name', 'text', 'value', 'rendered', 'raw']));
  return String(value);
}

/** Comments as the numbered "N. Name said:" thread the comment steps read, replies indented. */
function commentLines(comments: Json | undefined, depth: number, out: string[]): void {
  if (!Array.isArray(comments)) return;
  comments.forEach((comment, k) => {
    if (!isRecord(comment)) return;
    const indent = '    '.repeat(depth);
    const author = asText(field(comment, FIELD_NAMES.author)) || 'Anonymous';
    out.push(`${indent}  ${k + 1}. ${author} said:`, '');
    const date = asText(field(comment, FIELD_NAMES.date));
    if (date) out.push(`${indent}    ${date}`, '');
    for (const paragraph of asText(field(comment, FIELD_NAMES.body)).split(/\n\s*\n/u)) out.push(`${indent}    ${paragraph.trim()}`, '');
    commentLines(field(comment, FIELD_NAMES.comments), depth + 1, out);
  });
}

/** A JSON article (schema.org NewsArticle or a CMS export) as the plain-text layout. */
function jsonToText(value: Json): string | null {
  const record = Array.isArray(value) ? value.find(isRecord) : value;
  if (!isRecord(record)) return null;
  const title = asText(field(record, FIELD_NAMES.title));
  const body = asText(field(record, FIELD_NAMES.body));
  if (!title && !body) return null;
  // A numeric author is a user id ("author": 7), not a name.
  const authorField = field(record, FIELD_NAMES.author);
  const author = typeof authorField === 'number' ? '' : asText(authorField);
  const out = [title, '', asText(field(record, FIELD_NAMES.subtitle)), '', author ? `By ${author}` : '', asText(field(record, FIELD_NAMES.date)), '', body, '', ''];
  const comments = field(record, FIELD_NAMES.comments);
  if (Array.isArray(comments) && comments.length > 0) out.push('Comments', '');
  commentLines(comments, 0, out);
  return out.join('\n');
}

function tryJson(text: string): Json | undefined {
  const start = text.trimStart().charAt(0);
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** Text in the plain layout: HTML, JSON and Markdown articles converted, WordPress shortcodes taken off. */
export function convertMarkup(text: string): string {
  const json = tryJson(text);
  if (json !== undefined) return jsonToText(json) ?? text;
  if (looksLikeHtml(text)) return htmlToText(text);
  const plain = stripShortcodes(text);
  return looksLikeMarkdown(plain) ? markdownToText(plain) : plain;
}
