/**
 * A JSON article (schema.org NewsArticle, a WordPress REST post, a news API result or a CMS
 * export) as the plain-text layout: the fields are found by their usual names.
 */
import { isRecord, type Json, type JsonRecord } from '../json';
import { imagePlaceholder, wordList } from '../patterns';
import { decodeEntities } from './htmlText';
import { readByline } from './readByline';
import { looksLikeHtml, htmlToText } from './htmlToText';
import { markdownToText } from './markdownToText';
import { isExcerptOf, plainCommentSection, plainHeaderLines, type PlainComment } from './plainLayout';

const FIELD_NAMES = {
  // "hed": a newsroom's (and a scraper's) short name for the headline.
  title: wordList('headline|headlines|title|webTitle|hed|name'),
  subtitle: wordList('alternativeHeadline|subtitle|subheadline|subheadlines|subhead|standfirst|strapline|deck|dek|chapo|chapeau|entradilla|teaser|custom_excerpt|description|summary|excerpt'),
  // "by": a wire item's (IPTC ninjs) byline, names only.
  // "publishedBylines": Substack's post API.
  // "blog_name": a Tumblr post's and reply note's blog.
  author: wordList('dc:creator|author|authors|credits|signature|byline|bylines|publishedBylines|creator|user|username|user_name|userName|author_name|authorName|by|uid|autor|auteur|autore|blog_name'),
  // Storyblok's `first_published_at` is the first publication; its `published_at`, the last.
  // "dateTimePub": Event Registry's article, its publication time beside the time it was found (`dateTime`).
  date: wordList('dateTimePub|datePublished|first_published_at|publishedAt|published_at|published|posted|date_published|pub_date|publication_date|first_publish_date|display_date|publishDate|publish_date|publishedDate|published_date|published_on|post_date|firstPublicationDate|webPublicationDate|first_publication_date|firstcreated|date|pubDate|created_at|createdAt|created|dateCreated|timestamp|_createdAt'),
  // "content:encoded": an RSS item read into JSON (xml2js and friends keep the namespaced names).
  // "lexical": Ghost's Admin API keeps the text as a Lexical tree serialized into a string (its rendered `html` only on request).
  // "components": Apple News Format's article, a list of typed components.
  // "paras": a scraper's list of paragraphs.
  // "reply_text": a Tumblr reply note.
  body: wordList('articleBody|body|body_html|bodyHtml|content|content:encoded|content_elements|content_html|content_text|blocks|paras|paragraphs|text|txt|message|comment|comment_body|html|lexical|components|reply_text'),
  // "comment": schema.org's list of Comment objects (a Comment's replies too).
  // "kids": each post's replies in a scraper's thread (Hacker News names them so too).
  // "notes": a Tumblr post's notes (likes and reblogs have no text; its replies do).
  comments: wordList('comments|replies|children|comment|kids|notes'),
  outlet: wordList('source|publisher|site_name|siteName'),
  image: wordList('main|image|images|cover|promo_items|mainImage|coverImage|leadImage|lead_image|heroImage|hero_image|featuredImage|featured_image|associations|media|photos'),
};

/**
 * Blocks of a CMS body that are page furniture, not text: adverts, related links, embeds, an editor's raw widget markup, calls to action
 * ("inline_promo", "interstitial_link", "raw_html", "factbox_cta"), named in the site's language too ("boletin", "articulos_relacionados").
 */
const FURNITURE_BLOCKS = /(?:^|_)(?:ad|ads|advert|advertisement|related|promo|newsletter|embed|social|teaser|interstitial|raw|cta|boletin|relacionad[oa]s|correlati|publicidad|werbung)(?:[A-Z_-]\w*)?$/u;
/** Apple News Format repeats the title, byline and a pull quote among the body's components: the header carries the first two, the text the third. */
const HEADER_COMPONENTS = /^(?:title|byline|author|pullquote)$/u;
/** Comments a moderator took down: their placeholder is no comment. */
const REMOVED = /^(?:removed|deleted|rejected|spam|hidden)$/iu;

/** " - AP News": an outlet's name of a few capitalized words closing a headline. */
const OUTLET_SUFFIX = /\s[\-–—\|]\s\p{Lu}[&\p{L}.']*(?: [&\p{Lu}][&\p{L}.']*){0,3}$/v;
/** A news API's note that it cut the text short: "… [+1934 chars]". */
const TRUNCATION_NOTE = /\s*(?:(?:…|\.\.\.)\s*)?\[\+\d+ chars\]\s*$/u;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function field(record: JsonRecord, names: readonly string[]): Json | undefined {
  const key = names.find((name) => record[name] !== undefined && record[name] !== null);
  return key === undefined ? undefined : record[key];
}

type FieldKind = 'title' | 'subtitle' | 'body' | 'date' | 'author' | 'comments' | 'image';
/**
 * A CMS's own content type names its fields in the site's language ("titolo", "tekst", "data_pubblicazione", "auteurs",
 * "reacties", "immagine_copertina"): the stems that tell, matched on the key's words when none of the usual names is there.
 */
const LOCAL_FIELD_STEMS: Readonly<Record<FieldKind, RegExp>> = {
  title: /^(?:tit|tyt|naslov|otsikko|başlık|заголов)/u,
  subtitle: /^(?:sub|sous|sott|onder|unter|intro|somm|chap|entrad|bajad|ingress|riass|resum)/u,
  body: /^(?:te[kx]st|testo|conten|inhalt|corpo|cuerpo|corps|treść|sisältö)/u,
  date: /^(?:publ|pubbl|veröff|veroeff|objav|julkai)/u,
  author: /^(?:aut|avt|verfass|forfatt|författ|byline)/u,
  comments: /^(?:comment|coment|komment|komentar|reacti|reakc|rispost|respuest)/u,
  image: /^(?:imag|img|immag|bild|foto|afbeeld|obraz|kuva|slika)/u,
};
/** "data_pubblicazione" → data, pubblicazione; "geplaatstOp" → geplaatst, op. */
const keyWords = (key: string): string[] => key.split(/[\s_.:\-]+|(?<=\p{Ll})(?=\p{Lu})/v).map((word) => word.toLowerCase());
const hasStem = (key: string, kind: FieldKind): boolean => keyWords(key).some((word) => LOCAL_FIELD_STEMS[kind].test(word));
/** An ISO date's start: the value of a date field whatever its name ("geplaatstOp": "2024-02-19T11:02+01:00"). */
const ISO_DATE_VALUE = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/u;
/** A date field that is not the publication: an edit's or a change's time. */
const CHANGE_KEY = /upd|modif|edit|änder|aggiorn|actualiz|atualiz|bijgew|chang/iu;

function fits(value: Json, kind: FieldKind): boolean {
  if (value === null || typeof value === 'boolean') return false;
  // A record may wrap the list (`{"edges": …}`, a GraphQL answer): commentListIn looks inside.
  if (kind === 'comments') return Array.isArray(value) ? value.some(isRecord) : isRecord(value);
  if (kind === 'title' || kind === 'subtitle') return typeof value === 'string' ? value.trim() !== '' : isRichText(value);
  return kind !== 'date' || typeof value === 'string' || typeof value === 'number';
}

function localField(record: JsonRecord, kind: FieldKind): Json | undefined {
  const entries = Object.entries(record);
  // "sous_titre", "sottotitolo": a subtitle's key holds a title's stem too.
  const named = entries.find(([key, value]) => hasStem(key, kind) && fits(value, kind) && !(kind === 'title' && hasStem(key, 'subtitle')));
  if (named) return named[1];
  if (kind !== 'date') return undefined;
  return entries.find(([key, value]) => typeof value === 'string' && ISO_DATE_VALUE.test(value) && !CHANGE_KEY.test(key))?.[1];
}

/** The record's field of that kind: by its usual names, else by a name in the site's language. */
const fieldOf = (record: JsonRecord, kind: FieldKind): Json | undefined => field(record, FIELD_NAMES[kind]) ?? localField(record, kind);

/** Block tags, or an inline tag closed ("<b>WINNIPEG</b> —"): the field holds markup, not text. */
const HTML_FRAGMENT = /<\/?(?:p|br|div|figure|h[1-6])\b|<\/(?:[abi]|em|strong|span)>/iu;

/** A rich-text tree serialized into a string field: Ghost's `"lexical": "{\"root\":{…}}"`. */
const SERIALIZED_TREE = /^\{"root":\{/u;

function serializedTree(value: string): JsonRecord | null {
  if (!SERIALIZED_TREE.test(value)) return null;
  try {
    const parsed: Json = JSON.parse(value);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** 1678959852 (Tumblr), 1687115133117 (Medium): a time in seconds or milliseconds since 1970, as an ISO time in UTC. */
const EPOCH_SECONDS = [1e9, 1e10] as const;
const EPOCH_MILLISECONDS = [1e12, 1e13] as const;
function asDateText(value: Json | undefined): string {
  if (typeof value !== 'number') return asText(value);
  const ms = value >= EPOCH_SECONDS[0] && value < EPOCH_SECONDS[1] ? value * 1000 : value >= EPOCH_MILLISECONDS[0] && value < EPOCH_MILLISECONDS[1] ? value : null;
  return ms === null ? asText(value) : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * A text field: HTML turned into text, `{"rendered": …}` (WordPress) unwrapped, a list of paragraphs
 * joined, a serialized rich-text tree read as one; a CMS's typed blocks read by type (a picture's caption, a list's items, adverts and related links left out).
 */
function asText(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') {
    const tree = serializedTree(value);
    if (tree) return blockText(tree);
    return looksLikeHtml(value) || HTML_FRAGMENT.test(value) ? htmlToText(value) : decodeEntities(value);
  }
  if (Array.isArray(value)) return value.map(asText).filter((v) => v.length > 0).join('\n\n');
  if (isRecord(value)) return blockText(value);
  return String(value);
}

/** Portable Text (Sanity): a block's text is in the spans of its `children`, its kind in `_type`. */
function spansText(children: Json[]): string {
  return children.map((child) => (isRecord(child) && typeof child['text'] === 'string' ? child['text'] : '')).join('');
}

/** Contentful's rich text: typed nodes whose text sits in `value`, their children in `content`. */
function richTextNode(node: JsonRecord): string {
  const type = typeof node['nodeType'] === 'string' ? node['nodeType'] : '';
  const children = Array.isArray(node['content']) ? node['content'].filter(isRecord) : [];
  if (type === 'text') return typeof node['value'] === 'string' ? node['value'] : '';
  // An embedded picture (its link resolved, see resolveLinks) shows its caption; other embeds are promotions.
  if (type.startsWith('embedded-')) return linkedCaption(node['data']);
  const inline = type === 'paragraph' || type.startsWith('heading') || type === 'hyperlink' || type === 'list-item';
  return children
    .map(richTextNode)
    .filter((text) => text.length > 0)
    .join(inline && type !== 'list-item' ? '' : '\n\n');
}

function linkedCaption(data: Json | undefined): string {
  const target = isRecord(data) ? data['target'] : undefined;
  const file = isRecord(target) ? target['file'] : undefined;
  const description = isRecord(target) && file !== undefined ? asText(target['description']).trim() : '';
  return description === '' ? '' : imagePlaceholder(description);
}

/** A Prismic slice: its kind in `slice_type`, its fields in `primary` (rich text, or a picture with its caption). */
function sliceText(slice: JsonRecord, kind: string): string {
  const primary = slice['primary'];
  if (FURNITURE_BLOCKS.test(kind) || !isRecord(primary)) return '';
  // A picture under the site's own name ("imagen": its `url` beside its `dimensions`), its caption the rich text beside it ("pie").
  if (primary['image'] !== undefined || Object.values(primary).some(isPrismicPicture)) {
    const caption = asText(primary['caption'] ?? Object.values(primary).find(isRichText)).trim();
    return caption === '' ? '' : imagePlaceholder(caption);
  }
  // A slice's rich text under a name in the site's language ("contenido"): the first field that is rich text.
  return asText(field(primary, ['text', 'content', 'body', 'rich_text']) ?? Object.values(primary).find(isRichText));
}

/** Typed nodes under `children` (Lexical, Payload's editor) or `content` (ProseMirror and TipTap, Storyblok's rich text), or null. */
function treeChildren(node: JsonRecord): JsonRecord[] | null {
  const children = Array.isArray(node['children']) ? node['children'] : Array.isArray(node['content']) ? node['content'] : [];
  const nodes = children.filter(isRecord);
  return nodes.length > 0 && nodes.length === children.length && nodes.every((child) => typeof child['type'] === 'string') ? nodes : null;
}

/** A block that shows a picture (Payload's rich-text "upload" holds the media record under `value`). */
const PICTURE_TYPE = /upload|image|photo|picture|figure/iu;
/** Nodes inside a line of text: a text run, a link around runs, a line break. */
const INLINE_NODE = /^(?:text|link|autolink|hard_?break|hardBreak|linebreak|mention|emoji)$/u;
/** A text run: `text` (Lexical, ProseMirror, Slate), or a DatoCMS span's `value`. */
const runText = (node: JsonRecord): string | null => (typeof node['text'] === 'string' ? node['text'] : node['type'] === 'span' && typeof node['value'] === 'string' ? node['value'] : null);
const isInline = (node: JsonRecord): boolean => runText(node) !== null || INLINE_NODE.test(String(node['type']));

/**
 * A rich-text tree's node: a paragraph's runs joined as one line, blocks (headings, list items, quotes) as paragraphs;
 * a picture's caption from the media it holds (`value`) or an embedded component (`attrs.body`, Storyblok's "blok").
 */
function treeText(children: readonly JsonRecord[]): string {
  if (children.every(isInline)) return children.map((child) => runText(child) ?? (/break/iu.test(String(child['type'])) ? '\n' : treeText(treeChildren(child) ?? []))).join('');
  return children
    .map((child) => {
      const grandchildren = treeChildren(child);
      if (grandchildren) return treeText(grandchildren);
      const [media, attributes] = [child['value'], child['attrs']];
      if (isRecord(media) && PICTURE_TYPE.test(String(child['type']))) {
        const caption = captionWithCredit(media);
        return caption === '' ? '' : imagePlaceholder(caption);
      }
      return asText(isRecord(attributes) && attributes['body'] !== undefined ? attributes['body'] : child);
    })
    .filter((text) => text.length > 0)
    .join('\n\n');
}

/** Telegraph's DOM nodes (`{"tag": "p", "children": ["text", {"tag": "b", …}]}`): inline tags joined, a figure by its caption, a list by its items. */
function nodeText(node: Json): string {
  if (typeof node === 'string') return node;
  if (!isRecord(node)) return '';
  const tag = String(node['tag'] ?? '');
  const children: Json[] = Array.isArray(node['children']) ? node['children'] : [];
  if (tag === 'br') return '\n';
  if (tag === 'figure') {
    const caption = children.find((child) => isRecord(child) && child['tag'] === 'figcaption');
    const text = caption === undefined ? '' : nodeText(caption).trim();
    return text === '' ? '' : imagePlaceholder(text);
  }
  if (tag === 'ul' || tag === 'ol') return children.map(nodeText).filter((text) => text.length > 0).join('\n\n');
  return children.map(nodeText).join('');
}

function blockText(block: JsonRecord): string {
  if (typeof block['nodeType'] === 'string' && Array.isArray(block['content'])) return richTextNode(block);
  // Lexical keeps its tree under `root`.
  if (isRecord(block['root'])) return blockText(block['root']);
  if (typeof block['slice_type'] === 'string') return sliceText(block, block['slice_type']);
  // Storyblok names a component's kind `component`, Strapi's dynamic zones `__component`.
  // Apple News Format names a component's kind `role`.
  // A scraper's paragraph list may name the kind `kind` or just `t` ("p", "h2", "related", "ad").
  const typed = block['type'] ?? block['_type'] ?? block['component'] ?? block['__component'] ?? block['role'] ?? block['kind'] ?? block['t'];
  const type = typeof typed === 'string' ? typed : '';
  if (FURNITURE_BLOCKS.test(type.toLowerCase()) || FURNITURE_BLOCKS.test(type) || HEADER_COMPONENTS.test(type)) return '';
  if (typeof block['tag'] === 'string') return nodeText(block);
  const children = block['children'];
  if (Array.isArray(children) && children.some((child) => isRecord(child) && typeof child['text'] === 'string')) return spansText(children);
  const tree = treeChildren(block);
  if (tree) return treeText(tree);
  // Wagtail's StreamField keeps an image block's caption in its `value`: `{"type": "image", "value": {"image": 2214, "caption": …}}`.
  const value = block['value'];
  const caption = captionWithCredit(block) || (isRecord(value) && PICTURE_TYPE.test(type) ? captionWithCredit(value) : '');
  if (caption !== '' && (block['src'] !== undefined || PICTURE_TYPE.test(type))) return imagePlaceholder(caption);
  // Strapi's media component: the picture, with its caption, is the upload related under `file`.
  const file = unwrapRelation(block['file']);
  if (isRecord(file)) return leadImageText(file);
  // A list's items, or a body's: `{"format": "structured", "items": [{"type": "paragraph", …}]}`.
  if (Array.isArray(block['items']) && (type === '' || /list/iu.test(type))) return asText(block['items']);
  // `{"basic": "…"}`: Arc's headlines and subheadlines, one per display.
  // `{"__typename": "RichText", "html": …}`: Hygraph's rich text in the renderings the query asked for.
  // `{"document": […]}`: Keystone's document field; DatoCMS's structured text (`{"schema": "dast", "document": {…}}`).
  // `{"__component": "shared.rich-text", "body": "## …"}`: Strapi's rich-text component, its text kept as Markdown.
  const text = field(block, ['rendered', 'html', 'raw', 'text', 'content', 'value', 'document', 'name', 'basic', 'body']);
  if (text === undefined) return soleRunningText(block);
  return typeof text === 'string' && MARKDOWN_HEADING.test(text) && !looksLikeHtml(text) ? markdownToText(text) : asText(text);
}

/** `{"t": "p", "x": "Emergency room visits rose…"}`: a block whose one string of words (not an id, a link or a kind) is its text, under a name of its own. */
function soleRunningText(block: JsonRecord): string {
  const texts = Object.entries(block).filter(([key, value]) => isTextField(key, value) && value.includes(' '));
  return texts.length === 1 ? asText(texts[0]![1]) : '';
}

/**
 * The lead picture's caption: a content API's HTML figure, or an image object's caption. A bare
 * URL (schema.org `image`) says nothing a reader sees.
 */
function leadImageText(wrapped: Json | undefined): string {
  const value = unwrapRelation(wrapped);
  // An archive's `media` list: each picture with its caption.
  if (Array.isArray(value)) return value.map(leadImageText).filter((text) => text.length > 0).join('\n\n');
  if (typeof value === 'string') return looksLikeHtml(value) || HTML_FRAGMENT.test(value) || value.includes('<figure') ? htmlToText(value).trim() : '';
  if (!isRecord(value)) return '';
  // A wire item's pictures by role ({"featureimage": {…}, "picture2": {…}}): each with its caption.
  const caption = captionWithCredit(value);
  if (caption !== '') return imagePlaceholder(caption);
  const pictures = Object.values(value).filter((picture) => isRecord(picture) && field(picture, IMAGE_CAPTION_NAMES) !== undefined);
  return pictures.map(leadImageText).filter((text) => text.length > 0).join('\n\n');
}

/** Where an image record keeps what the reader sees under it (an asset's `description` is its caption too). */
const IMAGE_CAPTION_NAMES = ['caption', 'cap', 'legende', 'description_text', 'description'] as const;

/** The caption as the page prints it, its credit ("Photo: Frank Hoek/ANP") kept in a field of its own set after it. */
function captionWithCredit(image: JsonRecord): string {
  const caption = asText(field(image, IMAGE_CAPTION_NAMES)).trim();
  const credit = asText(image['credit']).trim();
  return caption === '' || credit === '' || caption.includes(credit) ? caption : `${caption} ${credit}`;
}

/** Fields that hold a CMS's id for the article itself (a bare `id` is a database key, no id the page prints). */
const ARTICLE_ID_NAMES = ['article_id', 'articleId', 'story_id', 'storyId'] as const;

/** Prismic's picture field: its `url` beside its `dimensions`. */
const isPrismicPicture = (value: Json | undefined): boolean => isRecord(value) && typeof value['url'] === 'string' && isRecord(value['dimensions']);

/** Prismic's rich text: a list of typed blocks, each with its `text` and `spans`. */
const isRichText = (value: Json | undefined): boolean =>
  Array.isArray(value) && value.length > 0 && value.every((block) => isRecord(block) && typeof block['type'] === 'string' && typeof block['text'] === 'string');

/** Prismic's rich-text title: one "heading1" block. */
const isRichTextHeading = (value: Json | undefined): boolean =>
  Array.isArray(value) && value.length === 1 && isRecord(value[0]) && value[0]['type'] === 'heading1' && typeof value[0]['text'] === 'string';

/** A block list's opening heading: Tumblr's post format ("NPF") has no title field, its first text block is the headline. */
const isHeadingBlock = (block: Json | undefined): block is JsonRecord =>
  isRecord(block) && typeof block['text'] === 'string' && /^heading1?$/u.test(String(block['subtype'] ?? block['type']));

/**
 * A custom type names its fields in the site's language ("titulo", "titre"): without a title field, its rich-text heading is the title.
 * A post made only of blocks opens with its headline: that block is the title and leaves the body.
 */
function withRichTextTitle(record: JsonRecord): JsonRecord {
  if (fieldOf(record, 'title') !== undefined) return record;
  const heading = Object.values(record).find(isRichTextHeading);
  if (heading !== undefined) return { ...record, title: heading };
  const blocks = record['content'];
  return Array.isArray(blocks) && isHeadingBlock(blocks[0]) ? { ...record, title: blocks[0]['text'] ?? null, content: blocks.slice(1) } : record;
}

/**
 * Kontent.ai's item: its fields under `elements`, each `{"type": "text", "name": "Titular", "value": …}`; brought up
 * beside the item's `system` under their codenames.
 */
function withFlatElements(record: JsonRecord): JsonRecord {
  const elements = record['elements'];
  if (!isRecord(elements)) return record;
  const fields = Object.entries(elements).filter((entry): entry is [string, JsonRecord] => isRecord(entry[1]) && 'value' in entry[1] && typeof entry[1]['type'] === 'string');
  if (fields.length === 0) return record;
  return { ...record, ...Object.fromEntries(fields.map(([codename, element]) => [codename, element['value'] ?? null])) };
}

const hasArticleFields = (record: JsonRecord): boolean => fieldOf(record, 'title') !== undefined && fieldOf(record, 'body') !== undefined;
// Next.js pages hand their data on as `{"props": {"pageProps": {"article": {"data": […]}}}}`.
const MAX_WRAPPER_DEPTH = 5;

/**
 * The record that holds the article: the value itself, or one wrapped in an API's envelope
 * (`{"articles": […]}`, `{"response": {"content": {"fields": …}}}`), with the records around it, nearest
 * first (its date or its comments may sit there).
 */
function articleRecord(value: Json, depth = 0, ancestors: readonly JsonRecord[] = []): { record: JsonRecord; ancestors: readonly JsonRecord[] } | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = articleRecord(item, depth, ancestors);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  // Strapi's `{"id": 87, "attributes": {title, …}}`, in a list under `data`.
  const unwrapped = unwrapRelation(value);
  const titled = withRichTextTitle(withFlatElements(isRecord(unwrapped) ? unwrapped : value));
  if (hasArticleFields(titled)) {
    // Storyblok's story: its name and, under `content`, the article's own fields (title, teaser, body).
    const inner = fieldOf(titled, 'body');
    return isRecord(inner) && hasArticleFields(inner) ? { record: inner, ancestors: [titled, ...ancestors] } : { record: titled, ancestors };
  }
  if (depth >= MAX_WRAPPER_DEPTH) return null;
  for (const child of Object.values(value)) {
    if (child === null || typeof child !== 'object') continue;
    const found = articleRecord(child, depth + 1, [value, ...ancestors]);
    if (found) return found;
  }
  return null;
}

/**
 * Strapi wraps every relation: `{"data": {"id": 14, "attributes": {…}}}` (or a list under `data`). The
 * record inside, its fields brought up beside its id.
 */
function unwrapRelation(value: Json | undefined): Json | undefined {
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.includes('data') && keys.every((key) => key === 'data' || key === 'meta')) return unwrapRelation(value['data']);
  const attributes = value['attributes'];
  return isRecord(attributes) && keys.every((key) => key === 'id' || key === 'attributes' || key === 'type') ? { id: value['id'] ?? null, ...attributes } : value;
}

/** A linked person's name, in the site's language too (Prismic's custom types: "nombre", "nom", "nome"; "naam", "navn"). */
const PERSON_NAME_FIELDS = wordList('name|full_name|nombre|nom|nome|naam|navn|namn|nimi');
/** A name given in two parts: Directus's `first_name` and `last_name`, a custom type's "nome" and "cognome". */
const FIRST_NAME_FIELDS = wordList('first_name|firstName|given_name|vorname|prenom|nome|nombre|voornaam');
const LAST_NAME_FIELDS = wordList('last_name|lastName|family_name|nachname|nom|cognome|apellido|achternaam');

/** Author names: a string, a Person or a list of them; numbers are user ids and organisations are outlets. */
function authorNames(wrapped: Json | undefined): string[] {
  const value = unwrapRelation(wrapped);
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (isRecord(value)) {
    const type = value['@type'];
    // Arc's `credits` lists the authors under `by`; a `signature` its `authors` beside the agency.
    // Prismic's linked document keeps the author's fields in `data`.
    if (typeof type === 'string' && /Organization/u.test(type)) return [];
    const last = field(value, LAST_NAME_FIELDS);
    const fullName = typeof last === 'string' ? [field(value, FIRST_NAME_FIELDS), last].filter((part) => typeof part === 'string' && part !== '').join(' ') : '';
    // Contentstack's referenced author entry: its name is the entry's `title` (beside a `job_title`, never instead of a name).
    const entryTitle = typeof value['_content_type_uid'] === 'string' ? value['title'] : undefined;
    const named = (fullName === '' ? undefined : fullName) ?? field(value, ['display_name', 'displayName', ...PERSON_NAME_FIELDS, 'username', 'nickname', 'by', 'authors']) ?? (isRecord(value['data']) ? field(value['data'], PERSON_NAME_FIELDS) : undefined) ?? entryTitle;
    if (named !== undefined) return authorNames(named);
    // A link record between the article and the person (Wagtail's `{"id", "meta", "author": {…}}`, Directus's
    // `{"articles_id", "directus_users_id": {…}}`): the one record inside it that names someone.
    const people = Object.values(value).filter(isRecord).map(authorNames).filter((names) => names.length > 0);
    return people.length === 1 ? people[0]! : [];
  }
  return typeof value === 'string' && value.trim() !== '' && !RECORD_ID.test(value.trim()) ? [value.trim()] : [];
}

/** "b339a476-9ddc-46f8-afb6-fbfe8de4ab47", "66cdb0a2a9e0c41d7b3e59c8": a reference to a record the export did not resolve, no name. */
const RECORD_ID = /^(?:[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}|[\da-f]{24})$/iu;

/** WordPress REST posts carry the author's name in `_embedded.author`, the `author` field is an id. */
function embeddedAuthors(record: JsonRecord): string[] {
  const embedded = record['_embedded'];
  return isRecord(embedded) ? authorNames(embedded['author']) : [];
}

/** `?_embed`: the post's comments in `_embedded.replies` (a list per page), its picture in `_embedded["wp:featuredmedia"]`. */
function embedded(record: JsonRecord, name: string): Json | undefined {
  const found = record['_embedded'];
  return isRecord(found) ? found[name] : undefined;
}


const COMMENT_ID_NAMES = ['id', 'comment_id', 'commentId', '_id'] as const;

/** Comments listed flat, each naming its parent's id (WordPress REST, many exports): nested by those ids. */
function nestByParent(list: readonly JsonRecord[]): JsonRecord[] {
  const idOf = (comment: JsonRecord): string | null => {
    const id = field(comment, COMMENT_ID_NAMES);
    return typeof id === 'number' || typeof id === 'string' ? String(id) : null;
  };
  const ids = new Set(list.map(idOf).filter((id) => id !== null));
  const parentOf = (comment: JsonRecord): string | null => {
    // Directus's `reply_to`; Strapi's comments plugin: `"threadOf": {"data": {"id": 211, …}}`.
    // Drupal's `pid` (resolved to the parent comment, see jsonApiResources); Blogger's `inReplyTo: {id}`.
    const printed = comment['parent'] ?? comment['parent_id'] ?? comment['parentId'] ?? comment['reply_to'] ?? comment['in_reply_to'] ?? comment['inReplyTo'] ?? comment['pid'] ?? unwrapRelation(comment['threadOf']) ?? parentInPath(comment['path']) ?? linkedComment(comment);
    // Sanity's `{"_type": "reference", "_ref": "comment.…"}`: the parent by reference.
    const parent = isRecord(printed) ? (printed['_ref'] ?? printed['id'] ?? null) : printed;
    // django-comments-xtd names a top-level comment its own parent.
    return (typeof parent === 'number' || typeof parent === 'string') && ids.has(String(parent)) && String(parent) !== idOf(comment) ? String(parent) : null;
  };
  // A field under a name in the site's language ("antwoordOp") that holds another comment of the list.
  const linkedComment = (comment: JsonRecord): Json | undefined =>
    Object.values(comment).find((value) => isRecord(value) && value['id'] !== comment['id'] && ids.has(String(value['id'])));
  if (!list.some((comment) => parentOf(comment) !== null)) return [...list];
  const children = new Map<string, JsonRecord[]>();
  for (const comment of list) {
    const parent = parentOf(comment);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  const withReplies = (comment: JsonRecord): JsonRecord => {
    const id = idOf(comment);
    return { ...comment, replies: (id === null ? [] : (children.get(id) ?? [])).map(withReplies) };
  };
  return list.filter((comment) => parentOf(comment) === null).map(withReplies);
}

/** Lemmy's `"path": "0.9001.9005"`: the ids from the root down to the comment; the one before its own is its parent. */
function parentInPath(path: Json | undefined): string | null {
  if (typeof path !== 'string' || !/^\d+(?:\.\d+)+$/u.test(path)) return null;
  const ids = path.split('.');
  return ids.length >= 3 ? ids[ids.length - 2]! : null;
}

/** `{"comment": {…}, "creator": {…}, "counts": {…}}`: a comment view (Lemmy) wraps the comment beside its author. */
function unwrapCommentView(view: JsonRecord): JsonRecord {
  const comment = view['comment'];
  return isRecord(comment) ? { ...comment, creator: view['creator'] ?? view['author'] ?? comment['creator'] ?? null } : view;
}

/**
 * The first author field that names someone: WordPress sets `author` to a user id (0 for guests) and the name in `author_name`;
 * Ghost names the `member`; in a comment a bare `name` is the commenter's (Sanity, form exports).
 */
// A handle only where no name is given: "handle": "fresno_mom3".
const COMMENT_AUTHOR_FIELDS = [...FIELD_NAMES.author, 'member', 'commenter', ...PERSON_NAME_FIELDS, 'handle'];
function commentAuthors(comment: JsonRecord): string[] {
  for (const name of COMMENT_AUTHOR_FIELDS) {
    const names = authorNames(comment[name]);
    if (names.length > 0) return names;
  }
  return [];
}

/** The list a comments field holds: itself, a wrapper's list (`{"items": […]}`), a GraphQL connection's nodes (`{"edges": [{"node": …}]}`). */
function listIn(value: Json | undefined): Json | undefined {
  if (!isRecord(value)) return value;
  const edges = value['edges'];
  if (Array.isArray(edges)) return edges.map((edge) => (isRecord(edge) && edge['node'] !== undefined ? edge['node'] : edge));
  return field(value, LIST_WRAPPERS);
}

/** `{"comentarios": {"data": {"story": {"comments": …}}}}`: a GraphQL answer saved beside the article wraps the list deeper (Coral Talk). */
const MAX_COMMENT_WRAPPERS = 3;

function nestedCommentList(wrapper: JsonRecord, article: JsonRecord | undefined, depth: number): Json | undefined {
  if (depth > MAX_COMMENT_WRAPPERS) return undefined;
  for (const child of Object.values(wrapper)) {
    if (!isRecord(child)) continue;
    const found = commentListIn(child, article, depth) ?? nestedCommentList(child, article, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A list of comments kept in a record around the article (a count in the same field names none); never the list
 * the article itself came from (Ghost's `{"posts": [article]}`).
 */
function commentListIn(record: JsonRecord, article?: JsonRecord, depth = 0): Json | undefined {
  const found = field(record, [...FIELD_NAMES.comments, 'posts']) ?? localField(record, 'comments');
  // `"thread": {"count": 7, "posts": […]}`: a scraper's thread record holds the list (a Disqus export's "thread" is the article).
  const thread = record['thread'];
  return commentsFound(found, article, depth) ?? (isRecord(thread) && depth <= MAX_COMMENT_WRAPPERS ? commentListIn(thread, article, depth + 1) : undefined);
}
function commentsFound(found: Json | undefined, article: JsonRecord | undefined, depth: number): Json | undefined {
  const list = listIn(found);
  if (!Array.isArray(list)) return isRecord(found) ? nestedCommentList(found, article, depth + 1) : undefined;
  // The article may be a copy with its title set (see withRichTextTitle): its id still tells it.
  const isArticle = (item: Json): boolean => item === article || (isRecord(item) && item['id'] !== undefined && item['id'] === article?.['id']);
  // "permite_comentarios": [{"name": "Sí"}]: a setting's choices, no comments (a comment has a text).
  const hasText = (item: Json): boolean => {
    const comment = unwrapRelation(item);
    return isRecord(comment) && fieldOf(unwrapCommentView(comment), 'body') !== undefined;
  };
  return list.some(hasText) && (article === undefined || !list.some(isArticle)) ? found : undefined;
}

/** `{"count": 7, "items": […]}`: a paged API wraps the list beside its count and cursor (Disqus: `{"code": 0, "response": […]}`, Payload: `{"docs": […], "totalDocs": 12}`; a newspaper app: `{"total": 7, "threads": […]}`). */
const LIST_WRAPPERS = wordList('items|data|results|list|nodes|response|docs|threads');

/** A Disqus export saved beside the article: `{"disqus": {"thread": …, "listPosts": {"response": […]}}}`, keyed by the API's method too (`"posts/list"`). */
function disqusPosts(record: JsonRecord | null): Json | undefined {
  const disqus = record?.['disqus'];
  return isRecord(disqus) ? field(disqus, ['listPosts', 'posts', 'posts/list', 'posts.list']) : undefined;
}

function commentsOf(found: Json | undefined): PlainComment[] {
  const value = listIn(found);
  if (!Array.isArray(value)) return [];
  // `_embedded.replies` holds the comments as a list of pages.
  const records = value
    .flatMap((item) => (Array.isArray(item) ? item : [item]))
    .map(unwrapRelation)
    .filter(isRecord)
    .map(unwrapCommentView);
  const shown = records.filter((comment) => !(typeof comment['status'] === 'string' && REMOVED.test(comment['status'])));
  return nestByParent(shown).map((comment) => ({
    author: commentAuthors(comment).join(' and ') || 'Anonymous',
    postedAt: asDateText(fieldOf(comment, 'date')),
    text: asText(fieldOf(comment, 'body')),
    replies: commentsOf(field(comment, FIELD_NAMES.comments)),
  }));
}

/** A scraper's copy of the page's meta tags: their publication time carries the zone a visible "03/25/2021 16:40" lacks. */
function metaDate(record: JsonRecord): string {
  // Wagtail's page API: `meta.first_published_at`; Apple News Format: `metadata.datePublished`.
  const meta = record['meta'] ?? record['metadata'];
  return isRecord(meta) ? asText(field(meta, ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'first_published_at'])) : '';
}

const MAX_RELATIONSHIP_DEPTH = 3;
/** Drupal prefixes the fields a site adds (`field_chapo`, `field_image`): the name after it is the one that tells. */
const DRUPAL_FIELD_PREFIX = /^field_/u;

/**
 * A JSON:API document (Drupal, and headless CMSs that follow the spec): `{"data": {type, id, attributes, relationships},
 * "included": […]}`. The resource as one record: its attributes beside its relationships, each replaced by the
 * included resource it names (a comment's `pid` by its parent comment, the node's `uid` by the author's user).
 */
function jsonApiResources(value: Json): Json {
  if (!isRecord(value) || !Array.isArray(value['included'])) return value;
  const data = value['data'];
  const isResource = (item: Json | undefined): item is JsonRecord => isRecord(item) && typeof item['type'] === 'string' && isRecord(item['attributes']);
  if (!(isResource(data) || (Array.isArray(data) && data.every(isResource)))) return value;
  const included = new Map(value['included'].filter(isResource).map((item) => [`${String(item['type'])}/${String(item['id'])}`, item]));
  const flatten = (resource: JsonRecord, depth: number): JsonRecord => {
    const linked = (ref: Json | undefined): Json => {
      const target = isRecord(ref) ? included.get(`${String(ref['type'])}/${String(ref['id'])}`) : undefined;
      return target === undefined || depth >= MAX_RELATIONSHIP_DEPTH ? null : flatten(target, depth + 1);
    };
    const relationships = isRecord(resource['relationships']) ? resource['relationships'] : {};
    const resolved = Object.entries(relationships).map(([name, relationship]): [string, Json] => {
      const ref = isRecord(relationship) ? relationship['data'] : undefined;
      return [name, Array.isArray(ref) ? ref.map(linked).filter(isRecord) : linked(ref)];
    });
    const fields: JsonRecord = { ...(resource['attributes'] as JsonRecord), ...Object.fromEntries(resolved) };
    // Unless the short name is taken: a comment's own `field_name` ("comment") is no commenter's `name`.
    const renamed = Object.entries(fields).map(([name, field]): [string, Json] => {
      const short = name.replace(DRUPAL_FIELD_PREFIX, '');
      return [short in fields ? name : short, field];
    });
    return { id: resource['id'] ?? null, ...Object.fromEntries(renamed) };
  };
  return Array.isArray(data) ? data.map((item) => flatten(item, 0)) : flatten(data, 0);
}

/** Links a delivery API resolves elsewhere in the response (Contentful's `includes`): id → the linked item's fields. */
function includedItems(value: Json): Map<string, JsonRecord> {
  const items = new Map<string, JsonRecord>();
  const includes = isRecord(value) ? value['includes'] : undefined;
  if (!isRecord(includes)) return items;
  for (const list of Object.values(includes)) {
    if (!Array.isArray(list)) continue;
    for (const item of list.filter(isRecord)) {
      const sys = item['sys'];
      if (isRecord(sys) && typeof sys['id'] === 'string' && isRecord(item['fields'])) items.set(sys['id'], item['fields']);
    }
  }
  return items;
}

const MAX_LINK_DEPTH = 8;

/** The value with each `{"sys": {"type": "Link", "id": …}}` replaced by the fields of the item it links to. */
function resolveLinks(value: Json, items: ReadonlyMap<string, JsonRecord>, depth = 0): Json {
  if (depth > MAX_LINK_DEPTH || items.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => resolveLinks(item, items, depth + 1));
  if (!isRecord(value)) return value;
  const sys = value['sys'];
  if (isRecord(sys) && sys['type'] === 'Link' && typeof sys['id'] === 'string') {
    const linked = items.get(sys['id']);
    // The linked item keeps its id: a reply links to the comment it answers ("antwoordOp": {"sys": {"type": "Link", …}}).
    return linked === undefined ? value : { id: sys['id'], ...(resolveLinks(linked, items, depth + 1) as JsonRecord) };
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveLinks(item, items, depth + 1)]));
}

/** `{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {…}}]}}`: a Reddit listing's things of one kind. */
function listingThings(listing: Json | undefined, kind: string): JsonRecord[] {
  const data = isRecord(listing) && listing['kind'] === 'Listing' ? listing['data'] : undefined;
  const children = isRecord(data) ? data['children'] : undefined;
  if (!Array.isArray(children)) return [];
  return children.flatMap((child) => (isRecord(child) && child['kind'] === kind && isRecord(child['data']) ? [child['data']] : []));
}

const utcSeconds = (value: Json | undefined): string => (typeof value === 'number' ? new Date(value * 1000).toISOString().replace('.000Z', 'Z') : '');

/** A Reddit comment and its replies (a listing of their own; "more" stubs stand for comments the export does not hold). */
function redditComment(comment: JsonRecord): PlainComment {
  return {
    author: typeof comment['author'] === 'string' ? comment['author'] : 'Anonymous',
    postedAt: utcSeconds(comment['created_utc']),
    text: markdownToText(decodeEntities(typeof comment['body'] === 'string' ? comment['body'] : '')),
    replies: listingThings(comment['replies'], 't1').map(redditComment),
  };
}

/**
 * A Reddit thread as its JSON export saves it: `[post listing, comment listing]`. The post's title
 * heads it and its text (Markdown) is the article; the poster is a user name, no byline.
 */
/** Lines at the top of a post's text where a quoted story's byline stands. */
const QUOTED_BYLINE_REACH = 8;

function redditThread(value: Json): string | null {
  if (!Array.isArray(value)) return null;
  const [post] = listingThings(value[0], 't3');
  if (post === undefined) return null;
  const title = typeof post['title'] === 'string' ? decodeEntities(post['title']) : '';
  const body = markdownToText(decodeEntities(typeof post['selftext'] === 'string' ? post['selftext'] : ''));
  const comments = listingThings(value[1], 't1').map(redditComment);
  // The poster and the time, as the page prints them under the title, unless the post quotes a story with its own byline.
  const quotesStory = body.split('\n', QUOTED_BYLINE_REACH).some((line) => readByline(line.trim()) !== null);
  const poster = typeof post['author'] === 'string' && post['author'] !== '[deleted]' ? [`Posted by u/${post['author']}`] : [];
  const posted = utcSeconds(post['created_utc']);
  const meta = quotesStory ? [] : [...poster, ...(posted.length > 0 ? [posted] : [])];
  return [title, ...meta, '', body, '', ...plainCommentSection(comments)].join('\n');
}

/** A theme's deck among a post's `meta` fields ("newspack_post_subtitle"); the SEO description there is no deck. */
const THEME_DECK_KEY = /_(?:subtitle|subheadline|dek|deck|standfirst)$/u;
function themeDeck(meta: Json | undefined): Json | undefined {
  if (!isRecord(meta)) return undefined;
  return Object.entries(meta).find(([key, value]) => THEME_DECK_KEY.test(key) && typeof value === 'string' && value.trim() !== '')?.[1];
}

/** `[{"role": "main", "value": …}, {"role": "short", …}]`: a wire item's headlines for several uses; the main one heads the story. */
function mainHeadline(value: Json | undefined): Json | undefined {
  if (!Array.isArray(value) || !value.every(isRecord)) return value;
  return value.find((headline) => headline['role'] === 'main') ?? value[0];
}

/** A fediverse account's name as shown: its display name without custom emoji and pictographs, else its user name. */
function accountName(account: Json | undefined): string {
  if (!isRecord(account)) return 'Anonymous';
  const shown = typeof account['display_name'] === 'string' ? account['display_name'].replace(/:[\w\-]+:|\p{Extended_Pictographic}\uFE0F?/gv, '').trim() : '';
  return shown || (typeof account['username'] === 'string' ? account['username'] : 'Anonymous');
}

/**
 * A Mastodon status saved with its context (`{"status": {…}, "context": {"descendants": […]}}`): the post is
 * the article, without a headline; the replies nest by `in_reply_to_id`.
 */
function fediverseThread(value: Json): string | null {
  const status = isRecord(value) ? value['status'] : undefined;
  const context = isRecord(value) ? value['context'] : undefined;
  if (!isRecord(status) || typeof status['content'] !== 'string' || !isRecord(status['account'])) return null;
  const descendants = isRecord(context) && Array.isArray(context['descendants']) ? context['descendants'].filter(isRecord) : [];
  // Read as any other comment list: the account's shown name as the author, the reply's parent as its parent.
  const comments = commentsOf(descendants.map((reply) => ({ ...reply, author: accountName(reply['account']), parent: reply['in_reply_to_id'] ?? null })));
  const posted = typeof status['created_at'] === 'string' ? status['created_at'] : '';
  return [`By ${accountName(status['account'])}`, posted, '', asText(status['content']), '', ...plainCommentSection(comments)].join('\n');
}

/** Discourse's note in the stream ("closed the topic", "pinned globally"): an action, no reply. */
const DISCOURSE_SMALL_ACTION = 3;
const posterName = (post: JsonRecord): string =>
  typeof post['name'] === 'string' && post['name'].trim() !== '' ? post['name'] : typeof post['username'] === 'string' ? post['username'] : 'Anonymous';

/**
 * A Discourse topic (`/t/{id}.json`): the first post of its `post_stream` is the article under the topic's title, the
 * others are its replies, nested by `reply_to_post_number` (an answer to the first post is a reply to the article).
 */
function discourseTopic(value: Json): string | null {
  const stream = isRecord(value) ? value['post_stream'] : undefined;
  const posts = isRecord(stream) && Array.isArray(stream['posts']) ? stream['posts'].filter(isRecord) : [];
  const [first, ...rest] = posts;
  if (!isRecord(value) || first === undefined || typeof first['cooked'] !== 'string') return null;
  const replies = rest.filter((post) => post['post_type'] !== DISCOURSE_SMALL_ACTION && typeof post['cooked'] === 'string' && post['cooked'].trim() !== '');
  const comments = commentsOf(
    replies.map((post) => ({
      id: post['post_number'] ?? null,
      author: posterName(post),
      created_at: post['created_at'] ?? null,
      body: post['cooked'] ?? null,
      parent: post['reply_to_post_number'] === first['post_number'] ? null : (post['reply_to_post_number'] ?? null),
    })),
  );
  const header = plainHeaderLines({
    title: asText(value['fancy_title'] ?? value['title']),
    subtitle: null,
    authors: [posterName(first)],
    publishedAt: typeof first['created_at'] === 'string' ? first['created_at'] : null,
  });
  return [...header, asText(first['cooked']), '', ...plainCommentSection(comments)].join('\n');
}

/** Keys whose strings are no article text: ids, links, slugs, files, types and states. */
const NOT_TEXT_KEY =
  /(?:^|[_-])(?:id|ids|url|uri|href|link|slug|path|file|filename|mime|mimetype|type|status|email|icon|emoji|colou?r|key|hash|version|etag|locale|lang|language)$|(?<=[a-z])(?:Id|Ids|Url|Uri|Href|Link|Slug|Path|File|Type|Status|Key)$/u;
const SHAPE_MAX_DEPTH = 6;
/** A body read by its shape alone must be a text, not a label. */
const SHAPE_MIN_BODY_CHARS = 300;
const HEADLINE_WORDS = { min: 3, max: 30 } as const;
const HEADLINE_MAX_CHARS = 200;
const DECK_MIN_WORDS = 8;
const DECK_MAX_CHARS = 500;
const URL_VALUE = /^(?:https?:|\/)/u;
/** A field that may hold the article's text: a string under a key that names no id, link, file or state, and no link itself. */
const isTextField = (key: string, value: Json): value is string => typeof value === 'string' && !NOT_TEXT_KEY.test(key) && !URL_VALUE.test(value);
/** "## Längre köer väntas": a text kept as Markdown. */
const MARKDOWN_HEADING = /^#{1,6} \S/mu;

/** The record holding the longest string (as text) of the tree, with its key, and the records around it (nearest first). */
function longestText(value: Json, ancestors: readonly JsonRecord[] = [], depth = 0): { record: JsonRecord; key: string; length: number; ancestors: readonly JsonRecord[] } | null {
  if (depth > SHAPE_MAX_DEPTH || value === null || typeof value !== 'object') return null;
  let best: ReturnType<typeof longestText> = null;
  const consider = (found: ReturnType<typeof longestText>): void => {
    if (found && (best === null || found.length > best.length)) best = found;
  };
  if (Array.isArray(value)) {
    for (const item of value) consider(longestText(item, ancestors, depth + 1));
    return best;
  }
  for (const [key, child] of Object.entries(value)) {
    if (isTextField(key, child)) consider({ record: value, key, length: child.length, ancestors });
    else consider(longestText(child, [value, ...ancestors], depth + 1));
  }
  return best;
}

/**
 * An export whose fields are named in the site's own language ("rubrik", "ingress", "brodtext", "publicerad"): the article read
 * by the shape of its values. The record holding the longest text is the article's; that text is the body, the first line of a
 * few words before it the headline, a sentence between them the deck, the record's first ISO date (or its parents') the date.
 */
function articleByShape(json: Json): string | null {
  const found = longestText(json);
  if (found === null || found.length < SHAPE_MIN_BODY_CHARS) return null;
  const texts = Object.entries(found.record).flatMap(([key, value]) => (isTextField(key, value) ? [{ key, text: value.trim() }] : []));
  const bodyAt = texts.findIndex(({ key }) => key === found.key);
  const words = (text: string): number => text.split(/\s+/u).filter((w) => w.length > 0).length;
  const before = texts.slice(0, bodyAt).map(({ text }) => text);
  const titleAt = before.findIndex(
    (text) => text.length <= HEADLINE_MAX_CHARS && !text.includes('\n') && words(text) >= HEADLINE_WORDS.min && words(text) <= HEADLINE_WORDS.max && !ISO_DATE_VALUE.test(text),
  );
  if (titleAt < 0) return null;
  const deck = before.slice(titleAt + 1).find((text) => text.length <= DECK_MAX_CHARS && words(text) >= DECK_MIN_WORDS && !looksLikeHtml(text)) ?? null;
  const date = [found.record, ...found.ancestors]
    .map((record) => Object.values(record).find((value): value is string => typeof value === 'string' && ISO_DATE_VALUE.test(value)))
    .find((value) => value !== undefined);
  const header = plainHeaderLines({ title: before[titleAt]!, subtitle: deck, authors: [], publishedAt: date ?? null });
  const body = found.record[found.key] as string;
  return [...header, MARKDOWN_HEADING.test(body) ? markdownToText(body) : asText(body)].join('\n');
}

/**
 * A database export keeps a post's relations in tables beside the posts (Ghost: `posts_meta` and
 * `posts_authors`, keyed by `post_id`; the people in `users`): the post with its meta fields filled in
 * (its own fields win) and its authors, in their `sort_order`, under `authors`.
 */
function withExportedRelations(post: JsonRecord, tables: JsonRecord | undefined): JsonRecord {
  const id = post['id'];
  if (tables === undefined || (typeof id !== 'string' && typeof id !== 'number')) return post;
  const rowsOf = (table: Json | undefined): JsonRecord[] => (Array.isArray(table) ? table.filter(isRecord).filter((row) => row['post_id'] === id) : []);
  const meta = Object.assign({}, ...rowsOf(tables['posts_meta'])) as JsonRecord;
  const filled = Object.fromEntries(Object.entries(meta).filter(([key, value]) => key !== 'post_id' && value !== null && (post[key] === undefined || post[key] === null)));
  const people = tables['users'];
  const links = rowsOf(tables['posts_authors']).sort((a, b) => Number(a['sort_order'] ?? 0) - Number(b['sort_order'] ?? 0));
  const authors = Array.isArray(people) ? links.flatMap((link) => people.filter((person) => isRecord(person) && person['id'] === link['author_id'])) : [];
  return { ...post, ...filled, ...(authors.length > 0 && fieldOf(post, 'author') === undefined ? { authors } : {}) };
}

/** The JSON as plain text, or null when it holds no article (no title and no text). */
export function jsonToText(json: Json): string | null {
  return knownShapeText(json) ?? articleByShape(json);
}

function knownShapeText(json: Json): string | null {
  const thread = redditThread(json) ?? fediverseThread(json) ?? discourseTopic(json);
  if (thread !== null) return thread;
  const value = resolveLinks(jsonApiResources(json), includedItems(json));
  const found = articleRecord(value);
  const ancestors = found?.ancestors ?? [];
  const own = found?.record ?? (Array.isArray(value) ? value.find(isRecord) : value);
  if (!isRecord(own)) return null;
  const record = withExportedRelations(own, ancestors[0]);
  const around = ancestors[0] ?? null;
  // News APIs append the outlet to the headline and the byline ("… - Coastline Wire").
  const outlet = asText(field(record, FIELD_NAMES.outlet)).trim();
  const withoutOutlet = (text: string): string =>
    outlet === '' ? text : text.replace(new RegExp(`\\s*[-–—|,]\\s*${escapeRegExp(outlet)}$`, 'u'), '');
  // News APIs (a `source` beside the `url`) close the headline with the outlet's own name, which may differ from the source's: " - AP News".
  const newsApi = isRecord(record['source']) && typeof record['url'] === 'string';
  const headline = withoutOutlet(asText(mainHeadline(fieldOf(record, 'title'))));
  const title = newsApi ? headline.replace(OUTLET_SUFFIX, '') : headline;
  const body = asText(fieldOf(record, 'body')).replace(TRUNCATION_NOTE, '');
  if (!title && !body) return null;
  // WordPress keeps a deck in a custom field (`acf`, or a theme's own `meta.newspack_post_subtitle`).
  const custom = record['acf'];
  const subtitle = asText((isRecord(custom) ? field(custom, FIELD_NAMES.subtitle) : undefined) ?? themeDeck(record['meta']) ?? fieldOf(record, 'subtitle'));
  // Ghost and Prismic keep the lead picture's caption (HTML, rich text) beside the picture.
  const featureCaption = asText(field(record, ['feature_image_caption', 'hero_caption'])).trim();
  const image = featureCaption !== ''
    ? imagePlaceholder(featureCaption)
    : leadImageText(fieldOf(record, 'image') ?? embedded(record, 'wp:featuredmedia'));
  const authors = authorNames(fieldOf(record, 'author')).map(withoutOutlet);
  // "article_id": a CMS's own number for the story, printed by the page as its id.
  const articleId = field(record, ARTICLE_ID_NAMES);
  const idLine = typeof articleId === 'number' || typeof articleId === 'string' ? [`Article ID: ${String(articleId)}`, ''] : [];
  const header = plainHeaderLines({
    title,
    subtitle: subtitle === '' || isExcerptOf(subtitle, body) ? null : subtitle,
    authors: authors.length > 0 ? authors : embeddedAuthors(record),
    // `"dates": {"published": …, "updated": …}`: an app API groups the times.
    publishedAt: metaDate(record) || asDateText(fieldOf(record, 'date')) || (isRecord(record['dates']) ? asDateText(field(record['dates'], FIELD_NAMES.date)) : '') || (around === null ? '' : asDateText(field(around, FIELD_NAMES.date))) || null,
  });
  // A scraper's record keeps the comments beside the article, not in it; Ghost's `"comments": true` (comments enabled) is no list.
  // An export may hold the thread higher up, beside the record the article sits in (`{"thread": {"article": …}, "posts": […]}`).
  const comments = commentsOf(
    commentListIn(record) ?? embedded(record, 'replies') ?? ancestors.map((ancestor) => commentListIn(ancestor, record)).find((list) => list !== undefined) ?? disqusPosts(record) ?? disqusPosts(around),
  );
  return [...idLine, ...header, ...(image === '' ? [] : [image, '']), body, '', ...plainCommentSection(comments)].join('\n');
}

/** "])}while(1);</x>" (Medium), ")]}'," (Angular, Google): a guard an API puts before its JSON so no page can run it as a script. */
const XSSI_GUARD = /^(?:\]\)\}while\(1\);<\/x>|\)\]\}',?)\s*/u;
/** `{"$t": "Lucía Benítez"}`: Google's GData JSON (Blogger's feeds) wraps every value so; read as the value itself. */
const GDATA_TEXT_KEY = '"$t"';
const gDataText = (_key: string, value: Json): Json => (isRecord(value) && typeof value['$t'] === 'string' ? value['$t'] : value);
export function parseJson(text: string): Json | undefined {
  const json = text.trimStart().replace(XSSI_GUARD, '');
  const start = json.charAt(0);
  if (start !== '{' && start !== '[') return undefined;
  try {
    return (json.includes(GDATA_TEXT_KEY) ? JSON.parse(json, gDataText) : JSON.parse(json)) as Json;
  } catch {
    return undefined;
  }
}
