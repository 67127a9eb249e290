import type { Line } from '../lines';
import {
  AUTHOR_WITH_RELATIVE_TIME,
  BULLETED_COMMENT_HEADER,
  COMMENT_CONTROL_LINE,
  INTERVIEW_TURN,
  LONE_COMMENT_VERB,
  NUMBERED_COMMENT_HEADER,
  PLAIN_COMMENT_HEADER,
} from '../patterns';
import { isNameLike } from '../text';
import { parseDateLine } from './parseDate';

/** How sure a header is: a numbered "1. Name said:" is proof of a thread; "Name / date" alone is not. */
export type HeaderStrength = 'strong' | 'medium' | 'weak';

export interface CommentHeader {
  /** Index in the line array of the header's first line. */
  at: number;
  /** Lines the header takes, date line included. */
  span: number;
  author: string | null;
  indent: number;
  /** 'number' for "1.", the bullet character, or null. */
  marker: string | null;
  number: number | null;
  postedAt: string | null;
  strength: HeaderStrength;
}

/** Reads a date line directly under a header, if there is one. */
function dateBelow(lines: readonly Line[], at: number): { postedAt: string | null; span: number } {
  const next = lines[at];
  const date = next ? parseDateLine(next.text) : null;
  return date ? { postedAt: date.iso, span: 1 } : { postedAt: null, span: 0 };
}

/** Matches a comment header at `at`, in the formats saved pages show; null when the line is not one. */
export function readCommentHeader(lines: readonly Line[], at: number): CommentHeader | null {
  const line = lines[at];
  if (!line || line.text.length > 120 || INTERVIEW_TURN.test(line.text)) return null;
  const { text, indent } = line;

  const numbered = NUMBERED_COMMENT_HEADER.exec(text);
  if (numbered && isNameLike(numbered[2]!)) {
    const date = dateBelow(lines, at + 1);
    return { at, span: 1 + date.span, author: numbered[2]!, indent, marker: 'number', number: Number(numbered[1]), postedAt: date.postedAt, strength: 'strong' };
  }
  const bulleted = BULLETED_COMMENT_HEADER.exec(text);
  if (bulleted && isNameLike(bulleted[2]!)) {
    const date = dateBelow(lines, at + 1);
    return { at, span: 1 + date.span, author: bulleted[2]!, indent, marker: bulleted[1]!, number: null, postedAt: date.postedAt, strength: 'strong' };
  }
  const plain = PLAIN_COMMENT_HEADER.exec(text);
  if (plain && isNameLike(plain[1]!)) {
    const date = dateBelow(lines, at + 1);
    return { at, span: 1 + date.span, author: plain[1]!, indent, marker: null, number: null, postedAt: date.postedAt, strength: date.span > 0 ? 'strong' : 'medium' };
  }
  const verbLine = lines[at + 1];
  if (verbLine && verbLine.blankBefore === 0 && LONE_COMMENT_VERB.test(verbLine.text) && isNameLike(text)) {
    const date = dateBelow(lines, at + 2);
    return { at, span: 2 + date.span, author: text, indent, marker: null, number: null, postedAt: date.postedAt, strength: 'strong' };
  }
  const relative = AUTHOR_WITH_RELATIVE_TIME.exec(text);
  if (relative && isNameLike(relative[1]!)) {
    return { at, span: 1, author: relative[1]!, indent, marker: null, number: null, postedAt: null, strength: 'medium' };
  }
  // "Name" then a date line: Blogger, WordPress themes without "says:", German blogs.
  const dateLine = lines[at + 1];
  if (dateLine && !COMMENT_CONTROL_LINE.test(text) && isNameLike(text) && dateLine.indent >= indent - 1) {
    const date = parseDateLine(dateLine.text, 0.8);
    if (date) return { at, span: 2, author: text, indent, marker: null, number: null, postedAt: date.iso, strength: 'weak' };
  }
  return null;
}
