import type { Line } from '../lines';
import { COMMENT_SECTION_HEADING, WEAK_COMMENT_HEADING } from '../patterns';
import { isBoilerplate, isCommentControl } from './classifyLine';
import { parseDateLine } from './parseDate';

/** "Posted by: Tony Kaupa | 08 November 2022 at 11:02 AM": a comment's signature, printed under its text. */
const SIGNATURE = /^(?:posted|written) by:? (\S.{0,60}?) \| (\S.{4,60})$/iu;
/** One signature may be a post's footer byline; a thread signs two comments or more. */
const MIN_SIGNATURES = 2;
/** The first comment's text stands right under the thread's heading. */
const MAX_TEXT_LINES = 40;

const isSignature = (text: string): boolean => {
  const m = text.length <= 140 ? SIGNATURE.exec(text) : null;
  return m !== null && parseDateLine(m[2]!, 0.8) !== null;
};
const isThreadHeading = (text: string): boolean => WEAK_COMMENT_HEADING.test(text) || COMMENT_SECTION_HEADING.test(text);

/**
 * TypePad and Movable Type threads sign each comment under its text. The signature is moved above
 * the text it signs, where every other thread prints its header, so one comment splitter serves both.
 * The comment texts run from the thread's heading to the first signature, then from one signature to the next.
 */
export function signaturesFirst(lines: readonly Line[]): readonly Line[] {
  const signatures: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isSignature(lines[i]!.text)) signatures.push(i);
  if (signatures.length < MIN_SIGNATURES) return lines;
  const first = signatures[0]!;
  let heading = first - 1;
  while (heading >= 0 && first - heading <= MAX_TEXT_LINES && !isThreadHeading(lines[heading]!.text)) heading--;
  if (heading < 0 || first - heading > MAX_TEXT_LINES) return lines;
  // "Reader comments (6)" / "Sign in to comment" / "Posted by Juma | 12/03/2024": no text above the first one, so these head their comments.
  if (!lines.slice(heading + 1, first).some((line) => !isBoilerplate(line.text) && !isCommentControl(line.text))) return lines;

  // "You can follow this conversation by subscribing to the comment feed for this post.": the thread's notices above the first text stay above it.
  let from = heading + 1;
  while (from < first && (isBoilerplate(lines[from]!.text) || isCommentControl(lines[from]!.text))) from++;
  const moved = lines.slice(0, from);
  for (const at of signatures) {
    if (at > from && at - from <= MAX_TEXT_LINES) {
      const text = lines[from]!;
      moved.push({ ...lines[at]!, blankBefore: text.blankBefore }, { ...text, blankBefore: 0 }, ...lines.slice(from + 1, at));
    } else {
      for (let k = from; k <= at; k++) moved.push(lines[k]!);
    }
    from = at + 1;
  }
  // concat, not push(...): the rest of a large file would overflow the call stack as arguments.
  return moved.concat(lines.slice(from));
}
