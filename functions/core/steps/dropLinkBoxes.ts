import type { Line } from '../lines';

/**
 * "Obituaries" / "Harold J. Vander Molen, 88, of Leroy" / … / "View all obituaries »": a sidebar box of links copied
 * into the page between its parts — a label, a few short lines that are no sentences, and the link to the full list.
 * Above the text the box goes whole, before the header is read (its items would pass for captions or a deck); below
 * it, the steps that find where the article ends read such boxes themselves.
 */
const VIEW_ALL = /^(?:view|see|show|browse|read) (?:all|more)(?: [\p{L}'’\- ]{1,30})?(?: ?[»›→>])?$/iv;
/** The box's label: a heading of a few words without figures or a stop ("Obituaries", "Most Read"). */
const BOX_LABEL = /^\p{Lu}[\p{L}'’\-]*(?: (?:&|[\p{L}'’\-]+)){0,2}$/v;
const MAX_ITEMS = 10;
const MIN_ITEMS = 2;
const MAX_ITEM_CHARS = 80;

const isItem = (line: Line): boolean => line.text.length <= MAX_ITEM_CHARS && !/[.!?:]$/u.test(line.text);

/** The first line of the box that `viewAll` closes, or -1 when no label heads its items. */
function boxStart(lines: readonly Line[], viewAll: number): number {
  for (let at = viewAll - 1, items = 0; at >= 0 && items <= MAX_ITEMS; at--, items++) {
    const line = lines[at]!;
    if (items >= MIN_ITEMS && BOX_LABEL.test(line.text)) return at;
    if (!isItem(line)) return -1;
  }
  return -1;
}

/** A paragraph of the text: long, and closed like a sentence. */
const isTextParagraph = (line: Line): boolean => line.text.length >= MIN_PROSE_CHARS && /[.!?"”]$/u.test(line.text);
const MIN_PROSE_CHARS = 120;

export function dropLinkBoxes(lines: readonly Line[]): readonly Line[] {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length && !isTextParagraph(lines[i]!); i++) {
    if (lines[i]!.text.length > MAX_ITEM_CHARS || !VIEW_ALL.test(lines[i]!.text)) continue;
    const start = boxStart(lines, i);
    for (let k = start; k >= 0 && k <= i; k++) dropped.add(k);
  }
  return dropped.size === 0 ? lines : lines.filter((_, i) => !dropped.has(i));
}
