/**
 * What a saved HTML page says about itself in machine-readable form: schema.org JSON-LD, Open
 * Graph and other `<meta>` tags, the `<title>`, and `<time>` elements marked as the publish time.
 * Readers and search engines use the same fields, so they are the most reliable header a page has.
 */
import { isRecord, type Json, type JsonRecord } from '../json';
import { decodeEntities, flatText } from './htmlText';

export interface HtmlMetadata {
  /** Headline candidates, most specific first (JSON-LD headline, og:title, then `<title>`). */
  titles: string[];
  /** Person names (organisations and profile URLs left out). */
  authors: string[];
  /** The publish time as the page gives it (ISO 8601 in practice), never the modified time. */
  publishedAt: string | null;
  /** The page's summary; a visible deck under the headline usually repeats it. */
  description: string | null;
}

const JSON_LD = /<script\s[^>]*type\s*=\s*["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script\s*>/giu;
const META_TAG = /<meta\b([^>]*)>/giu;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu;
const TITLE_ELEMENT = /<title\b[^>]*>([\s\S]{0,2000}?)<\/title\s*>/iu;
const MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const PUBLISHED_TIME_ELEMENT = /<time\s(?=[^>]*(?:\bpubdate\b|itemprop\s*=\s*["']datePublished|class\s*=\s*["'][^"']*\bpublished\b))[^>]*\sdatetime\s*=\s*["']([^"']{4,40})["']/iu;
/** RDFa and microdata on any element: `<span property="schema:dateCreated" content="2022-03-08T14:30:00-06:00">` (Drupal). */
const PUBLISHED_CONTENT_ATTRIBUTE =
  /<[a-z]+\s(?=[^>]*\b(?:property|itemprop)\s*=\s*["'][^"']*\b(?:schema:)?(?:datePublished|dateCreated|dc:date|dc:created)\b)[^>]*\scontent\s*=\s*["']([^"']{4,40})["']/iu;

/** Microdata on an element's tooltip: Blogger's `<abbr class="published" itemprop="datePublished" title="2023-09-17T14:22:00-07:00">2:22 PM</abbr>`. */
const PUBLISHED_TITLE_ATTRIBUTE = /<[a-z]+\s(?=[^>]*\bitemprop\s*=\s*["']datePublished["'])[^>]*\stitle\s*=\s*["'](\d{4}-\d{2}-\d{2}T[^"']{4,30})["']/iu;
/** Microdata author: `<span itemprop="author" …><span itemprop="name">Gus Ambler</span>` (Blogger and most themes without JSON-LD). */
const MICRODATA_AUTHOR = /\bitemprop\s*=\s*["']author["'][^>]*>(?:\s*<(?:meta|link)\b[^>]*>)*\s*(?:<a\b[^>]*>\s*)?<[a-z]+\s[^>]*\bitemprop\s*=\s*["']name["'][^>]*>([^<]{2,80})</giu;
/** Authors of one byline stand close together; a commenter's microdata further down the page is another author's. */
const MICRODATA_BYLINE_GAP = 400;

function microdataAuthors(html: string): string[] {
  const names: string[] = [];
  let end = -1;
  for (const m of html.matchAll(MICRODATA_AUTHOR)) {
    if (end >= 0 && m.index - end > MICRODATA_BYLINE_GAP) break;
    names.push(m[1]!.trim());
    end = m.index + m[0].length;
  }
  return names;
}

const ARTICLE_TYPE = /Article|Posting|Report/u;
const URL_LIKE = /^(?:https?:)?\/\/|^www\./iu;
/** "Jane Doe, Tom Berg", "Jane Doe and Tom Berg", "Jane Doe; Tom Berg". */
const NAME_LIST_SEPARATOR = /\s*(?:[,;&]|\b(?:and|und|et|y)\b)\s*/u;

const META_KEYS = {
  titles: ['og:title', 'twitter:title', 'headline', 'dc.title'],
  authors: ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author'],
  publishedAt: ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
} as const;

function attributes(tagBody: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single, bare] of tagBody.matchAll(ATTRIBUTE)) {
    if (name !== undefined) found.set(name.toLowerCase(), decodeEntities(double ?? single ?? bare ?? '').trim());
  }
  return found;
}

/** `<meta property|name|itemprop="key" content="…">` by lower-cased key, first occurrence kept. */
function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [, body] of html.matchAll(META_TAG)) {
    const attrs = attributes(body ?? '');
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.toLowerCase();
    const content = attrs.get('content');
    if (key !== undefined && content !== undefined && content !== '' && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

/** Every object in the page's JSON-LD blocks, `@graph` members included. */
function jsonLdObjects(html: string): JsonRecord[] {
  const objects: JsonRecord[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      objects.push(value);
      const graph = value['@graph'];
      if (graph !== undefined) visit(graph);
    }
  };
  for (const [, source] of html.matchAll(JSON_LD)) {
    try {
      visit(JSON.parse(source ?? '') as Json);
    } catch {
      // A broken JSON-LD block is the page's problem; the rest of the page still reads.
    }
  }
  return objects;
}

/** The JSON-LD object that holds the article's whole text (`articleBody`), or null. */
export function jsonLdArticle(html: string): JsonRecord | null {
  if (!html.includes('articleBody')) return null;
  return jsonLdObjects(html).find((object) => typeof object['articleBody'] === 'string' && object['articleBody'].trim() !== '') ?? null;
}

const typeOf = (record: JsonRecord): string => {
  const type = record['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
};

const stringOf = (value: Json | undefined): string | null =>
  typeof value === 'string' && value.trim() !== '' ? flatText(value).trim() : null;

/**
 * A schema.org author: a Person's name, a list of them, or a plain string; organisations are outlets,
 * not authors. A reference (`{"@id": …}`, as Yoast's graph writes) is looked up among the page's nodes.
 */
function personNames(value: Json | undefined, nodes: ReadonlyMap<string, JsonRecord>): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => personNames(item, nodes));
  if (isRecord(value)) {
    const id = value['@id'];
    const node = value['name'] === undefined && typeof id === 'string' ? nodes.get(id) : value;
    return node === undefined || /Organization/u.test(typeOf(node)) ? [] : personNames(node['name'], nodes);
  }
  const name = stringOf(value);
  return name === null || URL_LIKE.test(name) ? [] : [name];
}

function splitNames(value: string | undefined): string[] {
  if (value === undefined || URL_LIKE.test(value)) return [];
  return value
    .replace(/^by\s+/iu, '')
    .split(NAME_LIST_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.length > 1);
}

/** `<meta name="author" content="Crumb & Kettle Bakery">` on a site of that name: the site credits itself, no person. */
const personalAuthor = (author: string | undefined, siteName: string | undefined): string | undefined =>
  author !== undefined && siteName !== undefined && author.toLowerCase() === siteName.toLowerCase() ? undefined : author;

const firstOf = (tags: Map<string, string>, keys: readonly string[]): string | undefined =>
  keys.map((key) => tags.get(key)).find((value) => value !== undefined);

const UTC_OFFSET = /(?:Z|[+-]00:?00)$/u;
const LOCAL_OFFSET = /[+-](?!00:?00$)\d{2}:?\d{2}$/u;

/**
 * The declared publication time, or the page's own `<time>` of the same instant when that one carries the local offset:
 * "2024-03-04T11:02:00+00:00" in the metadata and "2024-03-04T06:02:00-05:00" printed are one moment, told as the town's clock reads.
 */
function inLocalTime(declared: string, printed: string | undefined): string {
  if (printed === undefined || !UTC_OFFSET.test(declared) || !LOCAL_OFFSET.test(printed)) return declared;
  const [instant, local] = [Date.parse(declared), Date.parse(printed)];
  return Number.isFinite(instant) && instant === local ? printed : declared;
}

export function readHtmlMetadata(html: string): HtmlMetadata {
  const objects = jsonLdObjects(html);
  const article = objects.find((record) => ARTICLE_TYPE.test(typeOf(record))) ?? {};
  const nodes = new Map(objects.flatMap((record) => (typeof record['@id'] === 'string' ? [[record['@id'], record] as const] : [])));
  const tags = metaTags(html);
  const pageTitle = TITLE_ELEMENT.exec(html)?.[1];

  const titles = [stringOf(article['headline']), stringOf(article['name']), ...META_KEYS.titles.map((key) => tags.get(key) ?? null), pageTitle === undefined ? null : flatText(pageTitle).trim()];
  const metaAuthor = firstOf(tags, META_KEYS.authors);
  // "author": {"name": "Harbor & Pine"}: a theme that credits the site itself names no person; the meta tag's author may.
  const publisher = article['publisher'];
  const siteNames = new Set([tags.get('og:site_name'), isRecord(publisher) ? stringOf(publisher['name']) : null].flatMap((name) => (typeof name === 'string' ? [decodeEntities(name).toLowerCase()] : [])));
  const ldAuthors = personNames(article['author'] ?? article['creator'], nodes).filter((name) => !siteNames.has(name.toLowerCase()));
  const timeElement = PUBLISHED_TIME_ELEMENT.exec(html)?.[1];
  const declared = stringOf(article['datePublished']) ?? firstOf(tags, META_KEYS.publishedAt);
  const published =
    (declared !== undefined && declared !== null ? inLocalTime(declared, timeElement) : null) ??
    timeElement ??
    PUBLISHED_CONTENT_ATTRIBUTE.exec(html)?.[1] ??
    PUBLISHED_TITLE_ATTRIBUTE.exec(html)?.[1] ??
    null;
  // "2024-01-19T00:00:00-05:00": midnight to the second is what a static site generator writes for a post dated by day only.
  const publishedAt = published !== null && MIDNIGHT.test(published) ? published.slice(0, published.indexOf('T')) : published;
  return {
    titles: [...new Set(titles.filter((title): title is string => title !== null && title !== ''))],
    authors: ldAuthors.length > 0 ? [...new Set(ldAuthors)] : metaAuthor === undefined ? microdataAuthors(html) : splitNames(personalAuthor(metaAuthor, tags.get('og:site_name'))),
    publishedAt,
    description: stringOf(article['description']) ?? firstOf(tags, META_KEYS.description) ?? null,
  };
}
