/**
 * Articles saved as Markdown (reader modes and "copy as Markdown" tools write them): the markup
 * is taken off so the rest of the pipeline reads the plain layout. Plain text passes through.
 */

const SAMPLE_CHARS = 64 * 1024;
const HEADING_LINE = /^#{1,6} \S/mu;
const IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{1,2000}(?: "[^"\n]{0,300}")?\)/gu;
const LINK = /\[([^\]\n]{1,300})\]\((?:https?:\/\/|\/|#)[^)\s]{0,2000}(?: "[^"\n]{0,300}")?\)/gu;
const STRONG = /\*\*(?=\S)([^*\n]{1,500})\*\*|__(?=\S)([^_\n]{1,500})__/gu;
/** *word* or _word_ inside a line, not a "* " list bullet and not snake_case. */
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,500})\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,500})_(?![\p{L}\p{N}_])/gv;
const HEADING_MARK = /^#{1,6} +/gmu;
const QUOTE_MARK = /^> ?/gmu;
const IMAGE_ONLY_LINE = /^[ \t]*!\[[^\]\n]{0,300}\]\([^)\n]{1,2000}\)[ \t]*$/gmu;

/** One test per kind of Markdown (the global patterns above keep state between calls). */
const KINDS = [HEADING_LINE, new RegExp(IMAGE.source, 'u'), new RegExp(LINK.source, 'u'), /\*\*\S[^*\n]{0,500}\*\*/u];

/** Two kinds of Markdown at least (headings, images, links, bold), so a stray "#" or "**" does not count. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  return KINDS.filter((kind) => kind.test(sample)).length >= 2;
}

/** Headings, quotes, images, links and emphasis to their text; a line holding only an image goes. */
export function markdownToText(text: string): string {
  return text
    .replace(IMAGE_ONLY_LINE, '')
    .replace(IMAGE, '')
    .replace(HEADING_MARK, '')
    .replace(QUOTE_MARK, '')
    .replace(LINK, '$1')
    .replace(STRONG, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(EMPHASIS, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/** `[caption id="…"]Text[/caption]` and other WordPress shortcodes left in exported text. */
const CAPTION_SHORTCODE = /\[caption\b[^\]\n]{0,500}\]([^[\n]{0,1000})\[\/caption\]/giu;
const MEDIA_SHORTCODE = /\[\/?(?:embed|gallery|video|audio|playlist|wp_caption)\b[^\]\n]{0,500}\]/giu;

export function stripShortcodes(text: string): string {
  if (!text.includes('[')) return text;
  return text.replace(CAPTION_SHORTCODE, '$1').replace(MEDIA_SHORTCODE, '');
}
