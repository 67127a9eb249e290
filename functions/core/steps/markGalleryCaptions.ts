import type { Line } from '../lines';

/** "1 / 3", "2 of 12": a slideshow's counter; the line under it is that picture's caption. */
const GALLERY_COUNTER = /^\d{1,3} ?(?:\/|of|von|de|sur|di) ?\d{1,3}$/iu;

/**
 * Slideshows in page dumps: each counter line goes, and the caption under it is marked as one
 * ("[Image: …]", which every later step reads as a caption wherever it stands).
 */
export function markGalleryCaptions(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => GALLERY_COUNTER.test(line.text))) return [...lines];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const caption = lines[i + 1];
    if (GALLERY_COUNTER.test(line.text) && caption !== undefined && caption.blankBefore === 0 && !GALLERY_COUNTER.test(caption.text)) {
      out.push({ ...caption, text: `[Image: ${caption.text}]`, blankBefore: line.blankBefore });
      i++;
    } else {
      out.push(line);
    }
  }
  return out;
}
