import type { Line } from '../lines';
import { withText } from '../lines';
import { isLooseName } from '../text';
import { parseDateLine } from './parseDate';

/** "#3": XenForo's post number alone on its line, under the post's date. */
const POST_NUMBER_ONLY = /^#(\d{1,5})$/u;
/** The member card's fields, each label on a line of its own with its value under it ("Joined" / "Mar 14, 2016"). */
const CARD_LABEL = /^(?:joined|messages|reaction score|points|trophy points|solutions|location|likes received|posts)$/iu;
/** "Thread starter grainger_ted Start date Jan 9, 2024": the thread's meta under its title. */
const THREAD_META = /^thread starter (\S.{0,40}?) start date (\S.{3,40})$/iu;
/** "grainger_ted said:" … "Click to expand...": a quoted earlier post inside a post. */
const QUOTE_OPENING = /^\S.{0,40} said:$/u;
const QUOTE_END = /^click to expand\.{3}$/iu;
const MAX_QUOTE_LINES = 12;
/** "Reactions: OldOakJoe, benchdog and 14 others", "Last edited: Jan 10, 2024", "Like", "Quote", "Report": a post's footer. */
const POST_FOOTER = /^(?:reactions\s?:.*|last edited\s?:.*|like|quote|reply|report)$/iu;
/** Lines between the member's name and the date: a rank and the card's label/value pairs. */
const MAX_CARD_LINES = 14;

/** Index of the member's name above the card that ends at `end` (the line before the date), or -1. */
function cardStart(lines: readonly Line[], end: number): number {
  let k = end;
  while (k - 1 >= 0 && end - k < MAX_CARD_LINES && CARD_LABEL.test(lines[k - 1]!.text)) k -= 2;
  // k now points at the line above the first label (or, for a guest without a card, at `end`): the rank ("Senior Member", "Guest") right under the name, or the name itself.
  if (k < 0) return -1;
  const underName = lines[k]!.blankBefore === 0 && k > 0 && isLooseName(lines[k - 1]!.text);
  const name = underName ? k - 1 : k;
  return isLooseName(lines[name]!.text) ? name : -1;
}

/**
 * XenForo prints each post as the member's name, rank and card ("Joined" / date / "Messages" / count …),
 * the post's date and "#N". They become the "#N Posted by <name> on <date>" line other forums print, so the
 * forum reader takes them; quoted posts ("X said:" … "Click to expand...") and the post's footer
 * (likes, reactions, "Last edited") go, and the thread's "Thread starter … Start date …" becomes its byline.
 */
export function xenForoPosts(lines: readonly Line[]): readonly Line[] {
  if (!lines.some((line) => line.text === '#1') || !lines.some((line) => CARD_LABEL.test(line.text))) return lines;
  const drop = new Set<number>();
  const replace = new Map<number, string>();
  lines.forEach((line, j) => {
    const number = POST_NUMBER_ONLY.exec(line.text);
    const date = number && j >= 2 ? parseDateLine(lines[j - 1]!.text, 0.9) : null;
    if (!number || date === null || (date.iso === null && !date.relative)) return;
    // The card's last value sits over the date: "Location" / "Shropshire, UK" / "Jan 9, 2024" / "#1".
    const start = cardStart(lines, j - 2);
    if (start < 0) return;
    replace.set(start, `#${number[1]!} Posted by ${lines[start]!.text} on ${lines[j - 1]!.text}`);
    for (let k = start + 1; k <= j; k++) drop.add(k);
  });
  if (replace.size === 0) return lines;
  lines.forEach((line, i) => {
    const meta = THREAD_META.exec(line.text);
    if (meta) replace.set(i, `By ${meta[1]!} on ${meta[2]!}`);
    if (POST_FOOTER.test(line.text)) drop.add(i);
    if (!QUOTE_END.test(line.text)) return;
    for (let k = i - 1; k >= 0 && i - k <= MAX_QUOTE_LINES; k--) {
      if (!QUOTE_OPENING.test(lines[k]!.text)) continue;
      for (let q = k; q <= i; q++) drop.add(q);
      break;
    }
  });
  return lines.flatMap((line, i) => {
    if (drop.has(i)) return [];
    const text = replace.get(i);
    return text === undefined ? [line] : [withText(line, text)];
  });
}
