import type { Line } from '../lines';
import { withText } from '../lines';

/**
 * "Image caption," / "Volunteers counted the pups…": a screen reader's label copied onto a line of
 * its own, above the caption or credit it labels. Joined back into one line, so the caption and
 * credit rules (which read "Image caption, …" and "Image source, …") see them whole and the label
 * is never taken for a headline's neighbour or the caption for the headline.
 */
const PICTURE_LABEL = /^(?:(?:image|photo|picture|media|video) (?:caption|source|credit)s?|bildunterschrift|légende|pie de foto|didascalia|legenda)\s?[,:]$/iu;
/** "Replying to" / "Mark Stevens" (Wix): a reply's label above the name it answers, which alone would read as a commenter's. */
const REPLY_LABEL = /^(?:replying to|in reply to|reply to|antwort an|antwort auf|en réponse à|respondiendo a|en respuesta a|in risposta a|em resposta a)$/iu;

/** Each line that `label` matches, joined with the line directly under it. */
function joinedWithNextLine(lines: readonly Line[], label: RegExp): readonly Line[] {
  const labelAt = (i: number): boolean => lines[i + 1] !== undefined && lines[i + 1]!.blankBefore === 0 && label.test(lines[i]!.text);
  if (!lines.some((_, i) => labelAt(i))) return lines;
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!labelAt(i)) {
      joined.push(lines[i]!);
      continue;
    }
    const labelLine = lines[i]!;
    joined.push(withText(labelLine, `${labelLine.text} ${lines[i + 1]!.text}`));
    i++;
  }
  return joined;
}

export const joinPictureLabels = (lines: readonly Line[]): readonly Line[] => joinedWithNextLine(lines, PICTURE_LABEL);
export const joinReplyLabels = (lines: readonly Line[]): readonly Line[] => joinedWithNextLine(lines, REPLY_LABEL);
