import type { Line } from '../lines';
import { withText } from '../lines';
import { isLooseName } from '../text';
import { parseDateLine } from './parseDate';

/** "Old 14-03-2019, 21:42   #1": vBulletin's post header (the "Old"/"New" is the read-state icon's text), the post number last. */
const POST_HEADER = /^(?:Old|New)? ?(\S.{5,40}?) #(\d{1,5})$/u;
/** "Default" or "Default Council to remove …": the post icon's text, before the post's title when it has one. */
const POST_ICON = /^Default(?: (\S.*))?$/u;
/** Lines of the member card between the name and the post icon (rank, join date, location, posts). */
const CARD_REACH = 8;

/**
 * vBulletin prints each post as "Old <date> #N" / the member's name / the member card / "Default <title>". The
 * header and the name become the "#N Posted by <name> on <date>" line other forums print, so the forum reader
 * takes them (dropForumProfiles then drops the card), and the icon's "Default" leaves the title.
 */
export function vBulletinPosts(lines: readonly Line[]): readonly Line[] {
  if (!lines.some((line) => line.text.endsWith('#1') && POST_HEADER.test(line.text))) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = POST_HEADER.exec(line.text);
    const name = lines[i + 1];
    const date = header ? parseDateLine(header[1]!, 0.9) : null;
    // "Old Yesterday, 19:20 #6": a relative day is still the post's header.
    if (!header || !name || date === null || (date.iso === null && !date.relative) || !isLooseName(name.text)) {
      out.push(line);
      continue;
    }
    out.push(withText(line, `#${header[2]!} Posted by ${name.text} on ${header[1]!}`));
    i++;
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + CARD_REACH); k++) {
      const icon = POST_ICON.exec(lines[k]!.text);
      if (!icon) continue;
      // The card's lines up to the icon stay for dropForumProfiles; the icon goes, its title stays.
      for (let c = i + 1; c < k; c++) out.push(lines[c]!);
      if (icon[1] !== undefined) out.push({ ...lines[k]!, text: icon[1] });
      i = k;
      break;
    }
  }
  return out;
}
