import type { Line } from '../lines';
import { memoized } from '../memo';
import { endsSentence, isLooseName } from '../text';
import { BOILERPLATE_LINE } from '../patterns';
import { isCommentControl, isCreditOnly, isShareLine, isTailMarker, isWeakTailMarker } from './classifyLine';
import { findDate, parseDateLine } from './parseDate';
import { readByline } from './readByline';

/**
 * A comment thread in a language no word list knows still shows its shape: every comment is a block
 * of lines (the commenter's name, maybe a stamp, the text) closed by the same short row of controls
 * ("Jawaab  |  Jecel (21)", "Fèsì 👍 12", "Hamaly"). A short last line repeated under two or more
 * such blocks is learned as the page's control row, and each block it closes as a comment.
 */
export interface LearnedBlock {
  author: string;
  /** 2 when a stamp ("3 saacadood kahor", "21/02/2024 amin'ny 09:14") stands under the name, else 1. */
  span: number;
  /** The text the comment's date is read from: the stamp line, or the name's line or the control row when they hold one. */
  stamp: string | null;
}

interface LearnedThread {
  /** Indexes (in the line array) of the learned control rows. */
  controls: ReadonlySet<number>;
  /** Learned blocks by the index of their first line. */
  blocks: ReadonlyMap<number, LearnedBlock>;
}

const NONE: LearnedThread = { controls: new Set(), blocks: new Map() };
const MAX_CONTROL_CHARS = 60;
const MAX_CONTROL_WORDS = 4;
const MAX_CONTROL_WORD_CHARS = 20;
const MIN_BLOCKS = 2;
const MAX_STAMP_WORDS = 5;
/** A line of comment text: a sentence, or a run of words no heading or label is. */
const MIN_PROSE_WORDS = 6;
/** A comment's first paragraph under its name: a stamp and a few lines (an article's section runs longer). */
const MAX_OPENING_BLOCK_LINES = 5;

const LETTERS_ONLY = /[^\p{L}\p{M} ]/gv;
const FIRST_DIGIT = /\d/u;
const ROW_SEPARATORS = /\s?[|·•]\s?/u;

/**
 * "Jawaab  |  Jecel (21)" → "jawaab", "Dáma · Svara · 3 t   👍 14" → "dáma svara", "ဇွန် 18၊ 2024 10:15 · ပြန်ဖြေရန် · Like 18" → "ပြန်ဖြေရန်":
 * the row's items without figures (counts and times vary from comment to comment, the controls' words do not).
 */
function skeleton(line: Line): string | null {
  const { text } = line;
  if (text.length > MAX_CONTROL_CHARS || endsSentence(text)) return null;
  const items = (line.wideGapItems ?? [text]).flatMap((item) => item.split(ROW_SEPARATORS)).filter((item) => !FIRST_DIGIT.test(item));
  const words = items.join(' ').replace(LETTERS_ONLY, ' ').toLowerCase().split(' ').filter((w) => w.length > 0);
  return words.length > 0 && words.length <= MAX_CONTROL_WORDS && words.every((w) => w.length <= MAX_CONTROL_WORD_CHARS) ? words.join(' ') : null;
}

const LAST_WORD = /\S+$/u;
const wordsIn = (text: string): number => text.split(' ').length;
const isProseLine = (text: string): boolean => endsSentence(text) || wordsIn(text) >= MIN_PROSE_WORDS;
/** A short line that is no sentence: a stamp whose words the date reader may not know. */
const mayBeStamp = (text: string): boolean => wordsIn(text) <= MAX_STAMP_WORDS && !endsSentence(text);
/** A stamp the date reader knows, or a short line with figures ("Maola 5 apitawo"). */
const isStampLine = (text: string): boolean => parseDateLine(text) !== null || (mayBeStamp(text) && FIRST_DIGIT.test(text));

/** "↲ شیلان کەریم", "Ubax Maxamed (Jawaab)", "Rubén Huillca nin:": the name without its reply arrow, its tag, its verb. */
const AUTHOR_DECORATION = /^[↲↳↪→>›»]+\s?|\s\([^\(\)]{1,20}\)$|(?:\s\p{Ll}+)?:$/gv;
/**
 * "Rosemène P. — 14 out 2024 nan 11:20", "Emeka from Lagos · awa 3 gara aga", "Farai Mukanya — maawa mana apfuura": a stamp
 * after the name, set off by a dash or a dot (one without figures is a few words: "izolo", "yesterday").
 */
const AFTER_NAME = /\s[—–·•|]\s([^—–·•|]+)$/u;
/** "1. Farai Mukanya", "1.1 Rudo N.": the comment's number in the thread. */
const THREAD_NUMBER = /^\d{1,3}(?:\.\d{1,3})*\.?\s+/u;
function stampAfterName(text: string): RegExpExecArray | null {
  const after = AFTER_NAME.exec(text);
  return after && (FIRST_DIGIT.test(after[1]!) || mayBeStamp(after[1]!)) ? after : null;
}
function authorOf(text: string): string {
  const stamp = stampAfterName(text);
  return (stamp ? text.slice(0, stamp.index) : text).replace(THREAD_NUMBER, '').replace(AUTHOR_DECORATION, '').trim();
}

/** The block of lines (no blank line between) that `control` closes: index of its first line. */
function blockStart(lines: readonly Line[], control: number): number {
  let start = control;
  while (start > 0 && lines[start]!.blankBefore === 0) start--;
  return start;
}

/** "Kuwa 7/03/2025 saa 15:02, Yanditswe na Gasana": the stamp, then a byline naming the commenter. */
function stampedByline(text: string): AuthorLine | null {
  const comma = text.lastIndexOf(', ');
  if (comma < 0 || !FIRST_DIGIT.test(text)) return null;
  const author = readByline(text.slice(comma + 2))?.authors[0];
  const stamp = text.slice(0, comma);
  return author !== undefined && findDate(stamp)?.iso != null ? { author, stamp } : null;
}

interface AuthorLine {
  author: string;
  /** A stamp printed on the same line, before the byline or after the name. */
  stamp: string | null;
}

/**
 * The commenter a block's first line names, with the stamp printed beside them: "Name", "Name — 14 out 2024 nan 11:20",
 * "Kuwa 7/03/2025 saa 15:02, Yanditswe na Gasana"; null when the line names no one. Asked several times per block.
 */
const readAuthorLine = memoized((text: string): AuthorLine | null => {
  const author = authorOf(text);
  return isLooseName(author) ? { author, stamp: stampAfterName(text)?.[1] ?? null } : stampedByline(text);
});
const isAuthorLine = (text: string): boolean => readAuthorLine(text) !== null;

/** A comment's text may run to a second paragraph: the name then heads the paragraph above (which no other control row closes). */
function commentStart(lines: readonly Line[], control: number, controls: ReadonlySet<number>): number {
  const start = blockStart(lines, control);
  if (isAuthorLine(lines[start]!.text) || start === 0 || controls.has(start - 1)) return start;
  // "mas_bayu ngendika:" / stamp / text, then "Matur nuwun …." over the control: the second paragraph opens with a sentence, the first is a short block.
  if (!endsSentence(lines[start]!.text)) return start;
  const above = blockStart(lines, start - 1);
  return isAuthorLine(lines[above]!.text) && start - above >= 2 && start - above <= MAX_OPENING_BLOCK_LINES ? above : start;
}

function learn(lines: readonly Line[]): LearnedThread {
  // Candidate control rows: short, closing a block (the line above stands directly over them), set apart from what follows.
  const bySkeleton = new Map<string, number[]>();
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    if (lines[i + 1] !== undefined && lines[i + 1]!.blankBefore === 0) continue;
    const shape = skeleton(line);
    // Rows under the text, or set apart from it by a blank line as every part of the comment is ("spaced" threads).
    // Set apart, a row must look like one (items or a count: "Yankhani · Ndakonda 8"): a repeated name or label would pass otherwise.
    const key = shape === null ? null : line.blankBefore === 0 ? shape : looksLikeRow(line.text) ? `${SPACED}${shape}` : null;
    // "Read more" under a related story's teaser, a share bar: the page's furniture repeats too. (Control rows may look like inline menus.)
    // "Nuotr. Mindaugo Stankaus" under two captions: a photographer's credit recurs as well.
    if (key === null || isTailMarker(line.text) || isWeakTailMarker(line.text) || isShareLine(line.text) || isCreditOnly(line.text) || (BOILERPLATE_LINE.test(line.text) && !isCommentControl(line.text))) continue;
    const at = bySkeleton.get(key);
    if (at) at.push(i);
    else bySkeleton.set(key, [i]);
  }
  const controls = new Set<number>();
  const blocks = new Map<number, LearnedBlock>();
  for (const [key, rows] of bySkeleton) {
    if (rows.length < MIN_BLOCKS) continue;
    if (key.startsWith(SPACED)) {
      learnSpaced(lines, rows, controls, blocks);
      continue;
    }
    const rowSet = new Set(rows);
    const found = rows.map((row) => ({ row, start: commentStart(lines, row, rowSet) }));
    const closing = found.filter(({ row, start }) => row - start >= 2 && isAuthorLine(lines[start]!.text) && lines.slice(start + 1, row).some((l) => isProseLine(l.text)));
    if (closing.length < MIN_BLOCKS) continue;
    // "3 saacadood kahor" in one block, "2 saacadood kahor" in the next: a stamp's last word recurs, as a date's form does.
    const stampEnds = new Map<string, number>();
    for (const { row, start } of closing) {
      const second = lines[start + 1]!.text;
      const end = LAST_WORD.exec(second)?.[0];
      if (row - start >= 3 && end !== undefined && mayBeStamp(second)) stampEnds.set(end, (stampEnds.get(end) ?? 0) + 1);
    }
    for (const { row, start } of closing) {
      const second = lines[start + 1]!.text;
      const isStamp =
        row - start >= 3 &&
        (isStampLine(second) || (mayBeStamp(second) && (stampEnds.get(LAST_WORD.exec(second)?.[0] ?? '') ?? 0) >= MIN_BLOCKS));
      controls.add(row);
      // Without a stamp of its own, the date may stand on the name's line or among the controls ("ဇွန် 18၊ 2024 10:15 · ပြန်ဖြေရန်").
      const named = readAuthorLine(lines[start]!.text)!;
      const stamp = isStamp ? second : (named.stamp ?? (FIRST_DIGIT.test(lines[row]!.text) ? lines[row]!.text : null));
      blocks.set(start, { author: named.author, span: isStamp ? 2 : 1, stamp });
    }
  }
  return blocks.size === 0 ? NONE : { controls, blocks };
}

const SPACED = 'spaced ';
/** Lines a spaced comment may span above its control row: name, stamp and a few paragraphs, with blank lines between. */
const MAX_SPACED_BLOCK_LINES = 8;
const ROW_ITEMS = /\s[|·•]\s|\d/u;
const looksLikeRow = (text: string): boolean => ROW_ITEMS.test(text);
/** A reply marker or a "Show replies" between one comment's controls and the next comment's name. */
const MAX_GAP_LINES = 2;

/**
 * "Limbani Mwale" / "Maola 5 apitawo" / the text / "Yankhani · Ndakonda 8", a blank line between every part: no block of lines
 * marks the comment, so its name is the line over a stamp, searched upwards from the control row (stamps make this layout
 * readable; without them it is left alone). A short line between the row above and the name ("↪ Kuyankha Alinafe Nkhoma") is a control too.
 */
function learnSpaced(lines: readonly Line[], rows: readonly number[], controls: Set<number>, blocks: Map<number, LearnedBlock>): void {
  const found: { row: number; start: number; rowAbove: number }[] = [];
  rows.forEach((row, n) => {
    // The row closes the comment's text; a name or a "Reply" above it would make it the next comment's header.
    if (!isProseLine(lines[row - 1]!.text)) return;
    const rowAbove = n === 0 ? -1 : rows[n - 1]!;
    const floor = Math.max(rowAbove + 1, row - MAX_SPACED_BLOCK_LINES);
    for (let k = row - 3; k >= floor; k--) {
      const spaced = lines[k]!.blankBefore > 0 && lines[k + 1]!.blankBefore > 0;
      if (spaced && isAuthorLine(lines[k]!.text) && !isCommentControl(lines[k]!.text) && isStampLine(lines[k + 1]!.text) && lines.slice(k + 2, row).some((l) => isProseLine(l.text))) {
        found.push({ row, start: k, rowAbove });
        return;
      }
    }
  });
  if (found.length < MIN_BLOCKS) return;
  for (const { row, start, rowAbove } of found) {
    controls.add(row);
    if (rowAbove >= 0 && start - rowAbove - 1 <= MAX_GAP_LINES) for (let k = rowAbove + 1; k < start; k++) if (wordsIn(lines[k]!.text) <= MAX_STAMP_WORDS) controls.add(k);
    blocks.set(start, { author: readAuthorLine(lines[start]!.text)!.author, span: 2, stamp: lines[start + 1]!.text });
  }
}

const learned = new WeakMap<readonly Line[], LearnedThread>();

function learnedThread(lines: readonly Line[]): LearnedThread {
  let thread = learned.get(lines);
  if (thread === undefined) {
    thread = learn(lines);
    learned.set(lines, thread);
  }
  return thread;
}

/** The learned comment block that opens at `at`, if any. */
export const learnedBlockAt = (lines: readonly Line[], at: number): LearnedBlock | null => learnedThread(lines).blocks.get(at) ?? null;

/** A learned control row ("Hamaly", "Ateb · Hoffi (12)"): no name, no text. */
export const isLearnedControl = (lines: readonly Line[], at: number): boolean => learnedThread(lines).controls.has(at);
