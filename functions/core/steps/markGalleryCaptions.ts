import type { Line } from '../lines';
import { imagePlaceholder } from '../patterns';

/** "1 / 3", "2 of 12": a slideshow's counter; the line under it is that picture's caption. */
const GALLERY_COUNTER = /^\d{1,3} ?(?:\/|of|von|de|sur|di) ?\d{1,3}$/iu;
/** "Gallery (1/4)": a gallery's label over all of its captions, one per line. */
const GALLERY_LABEL = /^(?:gallery|photos|pictures|bildergalerie|galerie|fotogalería|galleria)\s?\(?\d{1,3} ?\/ ?(\d{1,3})\)?$/iu;
const MAX_CAPTION_CHARS = 250;
const caption = (line: Line): Line => ({ ...line, text: imagePlaceholder(line.text) });
/** Both patterns run on every line of every file: only short lines ending in a digit or ")" can match. */
const MAX_MARK_CHARS = 24;
const mayMark = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return text.length <= MAX_MARK_CHARS && ((last >= 0x30 && last <= 0x39) || last === 0x29);
};
const isCounter = (text: string): boolean => mayMark(text) && GALLERY_COUNTER.test(text);

/**
 * Slideshows in page dumps: each counter line goes, and the caption under it is marked as one
 * ("[Image: …]", which every later step reads as a caption wherever it stands); a gallery label
 * with its count ("Gallery (1/4)") marks that many lines under it.
 */
export function markGalleryCaptions(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => mayMark(line.text) && (GALLERY_COUNTER.test(line.text) || GALLERY_LABEL.test(line.text)))) return [...lines];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const total = mayMark(line.text) ? Number(GALLERY_LABEL.exec(line.text)?.[1] ?? 0) : 0;
    if (isCounter(line.text) && next !== undefined && next.blankBefore === 0 && !isCounter(next.text)) {
      out.push({ ...caption(next), blankBefore: line.blankBefore });
      i++;
    } else if (total > 0) {
      let k = i + 1;
      for (; k <= i + total && k < lines.length && lines[k]!.blankBefore === 0 && lines[k]!.text.length <= MAX_CAPTION_CHARS; k++) out.push(caption(lines[k]!));
      i = k - 1;
    } else {
      out.push(line);
    }
  }
  return out;
}
