import type { Line } from '../lines';

/**
 * "Avatar" (a commenter's picture, by its alt text), "DW" over "Deborah Wynn" (the initials in its place) and a lone "•" or "·" (the separator a widget
 * sets between a name and its time, copied onto a line of its own): lines that carry no text. They
 * go before any step reads the layout, so "Name" / "•" / "3 days ago" reads as a name over its time.
 */
const MARK_LINE = /^(?:[•·|—–]|(?:user |profile )?(?:avatar|profile (?:picture|photo|image))|\(no subject\))$/iu;

const isMark = (lines: readonly Line[], i: number): boolean => {
  const { text } = lines[i]!;
  return text.length <= MARK_MAX_CHARS && (MARK_LINE.test(text) || isInitialsAvatar(text, lines[i + 1]));
};

export function dropMarkLines(lines: readonly Line[]): readonly Line[] {
  return lines.some((_, i) => isMark(lines, i)) ? lines.filter((_, i) => !isMark(lines, i)) : lines;
}

const MARK_MAX_CHARS = 24;
const INITIALS = /^\p{Lu}{1,3}$/v;

/** "DW" over "Deborah Wynn", "SA" over "sam_a": the initials a widget shows where the commenter has no picture. */
function isInitialsAvatar(text: string, next: Line | undefined): boolean {
  if (next === undefined || next.blankBefore > 0 || !INITIALS.test(text)) return false;
  // "SA" over "sam_a": a handle's parts give the initials too.
  const initials = next.text.split(/[\s_.-]/u).map((word) => word.charAt(0)).join('');
  return initials.toUpperCase() === text;
}

/** "{{hitsCtrl.values.hits}}": a page template's placeholder the browser never filled in, copied with the page. */
const TEMPLATE_PLACEHOLDER = /[ \t]*\{\{[ \t]?[\w$.[\]()|'" -]{1,80}?[ \t]?\}\}/gu;

/** The text without unfilled template placeholders (they carry no text, and a date line holding one reads as no date). */
export function withoutTemplatePlaceholders(text: string): string {
  return text.includes('{{') ? text.replace(TEMPLATE_PLACEHOLDER, '') : text;
}
