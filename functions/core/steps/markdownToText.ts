/**
 * Articles saved as Markdown (reader modes and "copy as Markdown" tools write them): the markup
 * is taken off so the rest of the pipeline reads the plain layout. Plain text passes through.
 */

import { imagePlaceholder } from '../patterns';
import { plainHeaderLines } from './plainLayout';

const SAMPLE_CHARS = 64 * 1024;
const HEADING_LINE = /^#{1,6} \S/mu;
const IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{1,2000}(?: "[^"\n]{0,300}")?\)/gu;
const LINK = /\[([^\]\n]{1,300})\]\((?:https?:\/\/|\/|#)[^)\s]{0,2000}(?: "[^"\n]{0,300}")?\)/gu;
const STRONG = /\*\*(?=\S)([^*\n]{1,500})\*\*|__(?=\S)([^_\n]{1,500})__/gu;
/** *word* or _word_ inside a line, not a "* " list bullet and not snake_case. */
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,500})\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,500})_(?![\p{L}\p{N}_])/gv;
const HEADING_MARK = /^#{1,6} +/gmu;
// "> > reply": quote levels past the first indent their lines, as a thread's replies nest (a clipping quotes its
// thread in callouts, "> [!quote] **Name** · date", the top-level comments at the first level). Without callouts, quotes
// nested in quotes are a thread quoting only its replies under unquoted comments: there the first level indents too.
const QUOTE_MARK = /^(?:> ?)+/gmu;
const QUOTE_LEVEL_INDENT = 4;
const CALLOUT_LINE = /^> ?\[![\w-]{1,20}\]/mu;
const NESTED_QUOTE_LINE = /^> ?>/mu;
/** "> **mcastellano** replied on Feb 19, 2024": a quote that holds a reply's header (giscus as pasted), so its first level nests too. */
const QUOTED_REPLY_HEADER = /^> ?\*\*[^*\n]{1,60}\*\* (?:replied|commented|wrote)\b/mu;
const quoteIndenter = (text: string): ((marks: string) => string) => {
  const unquotedLevels = CALLOUT_LINE.test(text) || !(NESTED_QUOTE_LINE.test(text) || QUOTED_REPLY_HEADER.test(text)) ? 1 : 0;
  return (marks) => ' '.repeat(Math.max(0, (marks.match(/>/gu)?.length ?? 1) - unquotedLevels) * QUOTE_LEVEL_INDENT);
};
/** "[!quote] **Marcy Dunn** · Feb 27, 2024": an Obsidian callout's type opening a quoted line. */
const CALLOUT_TYPE = /^( *)\[![\w-]{1,20}\][+-]? ?/gmu;
/** `{{< figure src="…" caption="The Nightjet at Altona." >}}`: a Hugo figure, its caption kept as the picture's. */
const FIGURE_SHORTCODE = /^[ \t]*\{\{[<%] ?figure\s(?:[^\n]{0,2000}?\s)?caption="([^"\n]{1,500})"[^\n]{0,2000}?[>%]\}\}[ \t]*$/gmu;
/** `{{< newsletter-box text="…" >}}`: another Hugo shortcode on a line of its own is the theme's widget, no text. */
const SHORTCODE_LINE = /^[ \t]*\{\{[<%].{0,2000}?[>%]\}\}[ \t]*$/gmu;
const IMAGE_ONLY_LINE = /^[ \t]*!\[[^\]\n]{0,300}\]\([^)\n]{1,2000}\)[ \t]*$/gmu;

/** One test per kind of Markdown (the global patterns above keep state between calls). */
const KINDS = [HEADING_LINE, new RegExp(IMAGE.source, 'u'), new RegExp(LINK.source, 'u'), /\*\*\S[^*\n]{0,500}\*\*/u];

/** Two kinds of Markdown at least (headings, images, links, bold, a front matter), so a stray "#" or "**" does not count. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  return KINDS.filter((kind) => kind.test(sample)).length + (FRONT_MATTER.test(sample) ? 1 : 0) >= 2;
}

/**
 * A front matter opening the file: YAML between `---` lines (Jekyll, Hugo, Obsidian's web clipper: `title: "…"` / `author:` /
 * `  - "[[Name]]"`), or TOML between `+++` lines (Hugo: `title = "…"`, `authors = ["…"]`; of its `[tables]`, only the cover's caption is read).
 */
const FRONT_MATTER = /^(---|\+\+\+)\r?\n([\s\S]{0,4000}?)\r?\n\1[ \t]*(?:\r?\n|$)/u;
const FRONT_MATTER_FIELD = /^([A-Za-z_][\w-]{0,40})(?::| ?= ?)(.*)$/u;
const FRONT_MATTER_ITEM = /^[ \t]+- (.+)$/u;
/** `"[[Nora Lindqvist]]"` → `Nora Lindqvist`: quotes, an inline list's brackets and Obsidian's wiki-link brackets off. */
const yamlValue = (value: string): string => value.trim().replace(/^(["'])(.*)\1$/u, '$2').replace(/^\[\[(.*)\]\]$/u, '$1').trim();

/** The front matter's fields, each with its values (a list's items, or the one value after the colon). */
function frontMatterFields(block: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of block.split(/\r?\n/u)) {
    const item = FRONT_MATTER_ITEM.exec(line);
    if (item && current) {
      current.push(yamlValue(item[1]!));
      continue;
    }
    const field = FRONT_MATTER_FIELD.exec(line);
    if (!field) continue;
    const inline = field[2]!.trim();
    current = inline.startsWith('[') && !inline.startsWith('[[') ? inline.slice(1, -1).split(',').map(yamlValue) : inline === '' ? [] : [yamlValue(inline)];
    fields.set(field[1]!.toLowerCase(), current);
  }
  return fields;
}

/** The front matter read as the header the rest of the pipeline reads: headline, deck, byline and date. */
function withFrontMatterHeader(text: string): string {
  const m = FRONT_MATTER.exec(text);
  if (!m) return text;
  const fields = frontMatterFields(m[2]!);
  const first = (...names: string[]): string | null => names.map((name) => fields.get(name)?.[0]).find((value) => value !== undefined && value !== '') ?? null;
  const header = plainHeaderLines({
    title: first('title', 'headline') ?? '',
    subtitle: first('subtitle', 'dek', 'description', 'summary', 'excerpt'),
    authors: fields.get('author') ?? fields.get('authors') ?? [],
    publishedAt: first('published', 'date', 'pubdate', 'publishdate', 'published_at'),
  });
  const caption = FRONT_MATTER_CAPTION.exec(m[2]!);
  return [...header, ...(caption ? [imagePlaceholder(yamlValue(caption[1]!)), ''] : []), text.slice(m[0].length)].join('\n');
}
/** The cover picture's caption, at the top or under the picture's own key (TOML's `[cover]` table, YAML's `image:` map). */
const FRONT_MATTER_CAPTION = /^[ \t]*(?:cover_|image_|featured_image_)?caption ?[:=] ?(\S.{0,500})$/mu;

/** Headings, quotes, images, links and emphasis to their text; a line holding only an image goes. */
export function markdownToText(text: string): string {
  return withFrontMatterHeader(text)
    .replace(FIGURE_SHORTCODE, (_, caption: string) => imagePlaceholder(caption))
    .replace(SHORTCODE_LINE, '')
    .replace(IMAGE_ONLY_LINE, '')
    .replace(IMAGE, '')
    .replace(HEADING_MARK, '')
    .replace(QUOTE_MARK, quoteIndenter(text))
    .replace(CALLOUT_TYPE, '$1')
    .replace(LINK, '$1')
    .replace(STRONG, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(EMPHASIS, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(INLINE_CODE, '$1');
}

/** "`Author`": inline code (a badge beside a commenter's name, a command in the text) to its text; fenced blocks stay. */
const INLINE_CODE = /(?<!`)`([^`\n]{1,200})`(?!`)/gu;

/** `[caption id="…"]Text[/caption]` and other WordPress shortcodes left in exported text. */
const CAPTION_SHORTCODE = /\[caption\b[^\]\n]{0,500}\]([^[\n]{0,1000})\[\/caption\]/giu;
const MEDIA_SHORTCODE = /\[\/?(?:embed|gallery|video|audio|playlist|wp_caption)\b[^\]\n]{0,500}\]/giu;

export function stripShortcodes(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(CAPTION_SHORTCODE, '$1').replace(MEDIA_SHORTCODE, '');
}
