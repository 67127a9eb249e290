import type { Line } from '../lines';
import { isProse } from './classifyLine';
import { readByline } from './readByline';
import { parseDateLine } from './parseDate';

/**
 * Index of the first line of the article text: the first prose line that is not a byline or a date.
 * Everything before it is the header (title, deck, byline, date, captions, site furniture).
 * Returns lines.length when the text holds no prose at all.
 */
export function findBodyStart(lines: readonly Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i]!;
    if (isProse(text) && !readByline(text) && !parseDateLine(text)) return i;
  }
  return lines.length;
}
