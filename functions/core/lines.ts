import { collapseSpaces } from './steps/normalizeText';
import { SCRIPT_FULL_STOPS } from './text';

/** One non-blank line of the normalized text, with the layout facts the heuristics read. */
export interface Line {
  /** 0-based index among all lines of the file (blank ones included). */
  index: number;
  /** Whitespace-collapsed content. */
  text: string;
  /** Leading spaces (tabs count four). */
  indent: number;
  /** Blank lines between this line and the previous non-blank one (0 for the first). */
  blankBefore: number;
  /** Items set apart by runs of two or more spaces ("Home  News  Sport"): 1 for ordinary text. */
  spacedItems: number;
  /** Those items, when there are two or more ("Jun Takahashi", "Leticia Moraes • 2 years ago"); null otherwise. */
  wideGapItems: readonly string[] | null;
}

const WIDE_GAP = / {2,}/u;

/** The line with new text written by a step (a rewritten header, two lines joined): no wide gaps of its own. */
export const withText = (line: Line, text: string): Line => ({ ...line, text, spacedItems: 1, wideGapItems: null });

/**
 * Splits normalized text into non-blank lines, remembering indentation and the blank gaps between
 * them; a line repeated directly under itself is kept once.
 * normalizeText leaves only spaces and line feeds as white space, so a line without two spaces
 * in a row needs no collapsing (most lines: this runs over every line of the file). Lines are cut
 * out by position rather than split off, so blank lines and indentation cost no string at all.
 */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = 0;
  let index = 0;
  let previousStart = 0;
  let previousEnd = -1;
  for (let start = 0; start <= text.length; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let first = start;
    while (first < end && text.charCodeAt(first) === SPACE) first++;
    if (first === end) {
      blank++;
    } else if (blank === 0 && end - start === previousEnd - previousStart && text.startsWith(text.slice(previousStart, previousEnd), start)) {
      // The same line again, directly under itself (a caption shown twice, a flood of one line):
      // it says nothing new, and no heuristic should pay for each copy.
    } else {
      const content = text.slice(first, end);
      const items = content.includes('  ') ? content.trimEnd().split(WIDE_GAP) : null;
      lines.push({
        index,
        text: items ? collapseSpaces(content) : content.endsWith(' ') ? content.slice(0, -1) : content,
        indent: first - start,
        blankBefore: lines.length === 0 ? 0 : blank,
        spacedItems: items ? items.length : 1,
        wideGapItems: items && items.length > 1 ? items.map(collapseSpaces) : null,
      });
      blank = 0;
      previousStart = start;
      previousEnd = end;
    }
    start = end + 1;
  }
  return lines;
}

const SPACE = 0x20;

const SENTENCE_END = new RegExp(`[.!?…:;"”’»)\\]${SCRIPT_FULL_STOPS}]$`, 'u');

/**
 * Groups lines into paragraphs: a blank line always separates; within a block, a line is joined
 * to the previous one only when that one is clearly cut mid-sentence (hard-wrapped text).
 */
export function toParagraphs(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const continues =
      current !== null && previous !== null && line.blankBefore === 0 && isWrappedContinuation(previous.text, line.text);
    if (continues) {
      current = `${current} ${line.text}`;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line.text;
    }
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** A hard-wrapped line is long, ends without sentence punctuation, and the next line starts in lower case. */
function isWrappedContinuation(previous: string, next: string): boolean {
  if (previous.length < 40 || SENTENCE_END.test(previous)) return false;
  const first = next.charAt(0);
  return first !== first.toUpperCase() || /[,\-–]$/u.test(previous);
}
