import type { Line } from '../lines';

/**
 * "Avatar" (a commenter's picture, by its alt text) and a lone "•" or "·" (the separator a widget
 * sets between a name and its time, copied onto a line of its own): lines that carry no text. They
 * go before any step reads the layout, so "Name" / "•" / "3 days ago" reads as a name over its time.
 */
const MARK_LINE = /^(?:[•·|—–]|(?:user |profile )?(?:avatar|profile (?:picture|photo|image)))$/iu;

export function dropMarkLines(lines: readonly Line[]): readonly Line[] {
  return lines.some((line) => line.text.length <= MARK_MAX_CHARS && MARK_LINE.test(line.text)) ? lines.filter((line) => line.text.length > MARK_MAX_CHARS || !MARK_LINE.test(line.text)) : lines;
}

const MARK_MAX_CHARS = 24;
