import { BODY_TAIL_MARKER, BOILERPLATE_LINE, BREADCRUMB, COMMENT_SECTION_HEADING, PHOTO_CREDIT } from '../patterns';
import { endsSentence, wordCount } from '../text';

/** Thresholds for telling prose from headings, labels and menus. */
export const PROSE_MIN_CHARS = 60;
export const PROSE_MIN_WORDS = 8;
/** A line this long is prose even without final punctuation. */
export const PROSE_UNPUNCTUATED_CHARS = 150;
const MENU_ITEM_MAX_WORDS = 4;
const MENU_ITEM_MAX_CHARS = 32;

export const isBoilerplate = (text: string): boolean => BOILERPLATE_LINE.some((p) => p.test(text));

/** A heading after which the rest of the article region is site furniture (related links, tags, comments). */
export const isTailMarker = (text: string): boolean => BODY_TAIL_MARKER.test(text) || COMMENT_SECTION_HEADING.test(text);

export const isCaptionLine = (text: string): boolean => text.length <= 400 && PHOTO_CREDIT.test(text);

export const isBreadcrumb = (text: string): boolean => text.length <= 200 && BREADCRUMB.test(text);

/** Running text: a long line, or a sentence of some length. */
export function isProse(text: string): boolean {
  if (isBoilerplate(text) || isCaptionLine(text)) return false;
  if (text.length >= PROSE_UNPUNCTUATED_CHARS && wordCount(text) >= 20) return true;
  return text.length >= PROSE_MIN_CHARS && endsSentence(text) && wordCount(text) >= PROSE_MIN_WORDS;
}

/** A menu entry: a few words, no sentence punctuation. */
export function isMenuItem(text: string): boolean {
  return text.length <= MENU_ITEM_MAX_CHARS && wordCount(text) <= MENU_ITEM_MAX_WORDS && !endsSentence(text) && !/[,;:]/u.test(text);
}
