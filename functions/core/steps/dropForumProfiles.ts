import type { Line } from '../lines';
import { FORUM_POST_BY, NUMBERED_POST_LABEL } from '../patterns';
import { endsSentence } from '../text';

/** "Posts: 877", "Joined: Sun Mar 14, 2010 6:22 pm", "Location: Aldermoor": a forum's member card. */
const PROFILE_FIELD = /^(?:posts|beiträge|messages|mensajes|joined|join date|registriert|mitglied seit|inscription|inscrit le|registrado|location|wohnort|ort|localisation|ubicación|reputation|karma|rank|rang|thanks|likes received)\s?:\s?\S.{0,60}$/iu;
/** The card's lines above its fields: "#2", the member's name, a rank ("Site Admin"). */
const CARD_HEAD_LINES = 3;
const MAX_FIELD_CHARS = 80;
const MAX_CARD_LINE_CHARS = 200;
const FIELD_SEPARATOR = /\s[·•|]\s/u;
/** "Senior Member · Posts: 3,412 · Joined: Mar 2009": the whole card on one line, two fields or more. */
const isCardLine = (text: string): boolean =>
  text.length <= MAX_CARD_LINE_CHARS && FIELD_SEPARATOR.test(text) && text.split(FIELD_SEPARATOR).filter((part) => PROFILE_FIELD.test(part)).length >= 2;
/** The pattern runs on every line of every file: short lines with a colon only. */
const isProfileField = (text: string): boolean => text.includes(':') && ((text.length <= MAX_FIELD_CHARS && PROFILE_FIELD.test(text)) || isCardLine(text));
const CARD_HEAD_MAX_CHARS = 40;

/** "#2 Posted by Sev on 14 Oct 2021, 10:47" above the card is the post's own header, not part of the card. */
const isPostHeader = (text: string): boolean => FORUM_POST_BY.test(text) || NUMBERED_POST_LABEL.test(text);
const isCardHead = (text: string): boolean => text.length <= CARD_HEAD_MAX_CHARS && !endsSentence(text) && !isPostHeader(text);

/** A card head set off by one blank line is a block of its own: one or two lines, a blank line above them. */
const MAX_DETACHED_HEAD_LINES = 2;

/**
 * "Deepdale Dave" / "Terrace Legend" / blank / "Posts: 4812": phpBB's member card printed under the
 * post, its name and rank a block apart from its fields. Index where the card starts.
 */
function headAcrossBlank(lines: readonly Line[], fields: number): number {
  if (lines[fields]!.blankBefore !== 1) return fields;
  for (let start = fields - 1; start >= 0 && fields - start <= MAX_DETACHED_HEAD_LINES; start--) {
    if (!isCardHead(lines[start]!.text)) return fields;
    // "#2 Posted by Sev on …" / "Senior Member" / blank / "Join Date: …": the post's header heads the card's rank.
    if (lines[start]!.blankBefore > 0 || start === 0 || isPostHeader(lines[start - 1]!.text)) return start;
  }
  return fields;
}

/**
 * Forum posts printed with their author's member card (phpBB, vBulletin): the card goes — the
 * post's own "Post by Name » date" line names the author — so its name and rank are taken
 * neither for a title, a caption nor a comment.
 */
export function dropForumProfiles(lines: readonly Line[]): Line[] {
  if (!lines.some((line) => isProfileField(line.text))) return [...lines];
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isProfileField(lines[i]!.text) || drop.has(i)) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.blankBefore === 0 && isProfileField(lines[end + 1]!.text)) end++;
    let start = i;
    while (start > 0 && i - start < CARD_HEAD_LINES && lines[start]!.blankBefore === 0 && isCardHead(lines[start - 1]!.text)) start--;
    start = start === i ? headAcrossBlank(lines, i) : start;
    for (let k = start; k <= end; k++) drop.add(k);
    i = end;
  }
  return lines.filter((_, i) => !drop.has(i));
}
