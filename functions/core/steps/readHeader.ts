import type { Line } from '../lines';
import { SOURCE_ID_LINE } from '../patterns';
import { isNameLike } from '../text';
import { isBoilerplate, isBreadcrumb, isCaptionLine, isMenuItem } from './classifyLine';
import type { Byline } from './readByline';
import { isNewsroomRole, readByline } from './readByline';
import { parseDateLine } from './parseDate';

export interface Header {
  title: string | null;
  subtitle: string | null;
  captions: string[];
  authors: string[];
  publishedAt: string | null;
  sourceId: string | null;
}

type HeaderRole = 'nav' | 'sourceId' | 'date' | 'byline' | 'caption' | 'text';

const MENU_RUN = 3;
const TITLE_SITE_SUFFIX = /\s+\|\s+[^|]{1,40}$/u;

/** Marks runs of three or more menu-like lines (site navigation) as nav. */
function markMenuRuns(lines: readonly Line[], roles: HeaderRole[]): void {
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const inRun = i < lines.length && (roles[i] === 'nav' || (roles[i] === 'text' && isMenuItem(lines[i]!.text)));
    if (inRun && runStart < 0) runStart = i;
    if (!inRun && runStart >= 0) {
      if (i - runStart >= MENU_RUN) roles.fill('nav', runStart, i);
      runStart = -1;
    }
  }
}

/** "Aktuelles  Gemeinde  Vereine": menu items set apart by wide gaps. */
const isSpacedMenu = (line: Line): boolean => line.spacedItems >= 3 && line.text.split(' ').length <= line.spacedItems * 3;

/**
 * A blog's date header ("Friday, June 5, 2020", no time) above the post title, with no byline
 * before it: the lines above it are the blog's name and motto, not the title. Returns its index or -1.
 */
function blogDateHeader(lines: readonly Line[], roles: readonly HeaderRole[]): number {
  const at = roles.indexOf('date');
  if (at < 0 || roles.slice(0, at).includes('byline') || !roles.slice(at + 1).includes('text')) return -1;
  const date = parseDateLine(lines[at]!.text);
  return date && date.time === null ? at : -1;
}

/** "Lewis McAra" over "Chief football writer": a bare name over a newsroom role is a byline. */
function markNameAndRole(lines: readonly Line[], roles: HeaderRole[], bylines: Map<number, Byline>): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== 'text' || roles[i + 1] !== 'text') continue;
    const name = lines[i]!.text;
    if (isNameLike(name) && name.includes(' ') && isNewsroomRole(lines[i + 1]!.text)) {
      bylines.set(i, { authors: [name], publishedAt: null, time: null });
      roles[i] = 'byline';
      roles[i + 1] = 'byline';
    }
  }
}

/** Index of the first text line of the block that holds `at` (blocks are split by blank lines). */
function blockStart(lines: readonly Line[], at: number): number {
  let start = at;
  while (start > 0 && lines[start]!.blankBefore === 0) start--;
  return start;
}

/**
 * The title: the first text line after the last navigation line. When that line opens a block of
 * two or more text lines (a site's name and motto) and a later text block stands right above the
 * byline or date, the title is that later block's first line.
 */
function findTitle(lines: readonly Line[], roles: readonly HeaderRole[]): number {
  const isText = (i: number): boolean => roles[i] === 'text';
  const lastText = roles.lastIndexOf('text');
  if (lastText < 0) return -1;
  const navBeforeText = roles.slice(0, lastText).lastIndexOf('nav');
  const lastNav = Math.max(navBeforeText, blogDateHeader(lines, roles));
  let first = -1;
  for (let i = lastNav + 1; i <= lastText && first < 0; i++) if (isText(i)) first = i;
  if (first < 0) return roles.findIndex((r) => r === 'text');

  const firstBlockEnd = lines.findIndex((l, i) => i > first && l.blankBefore > 0);
  const siteBlock = firstBlockEnd > first + 1 && isText(first + 1);
  const meta = roles.findIndex((r, i) => i > first && (r === 'byline' || r === 'date'));
  if (!siteBlock || meta < 0) return first;
  const above = meta - 1;
  if (above < firstBlockEnd || !isText(above)) return first;
  return blockStart(lines, above);
}

/**
 * Reads the lines above the article text: source id, bylines, dates, navigation, the title (see
 * findTitle); of the text lines after the title, the first is the deck (subtitle) and the rest are
 * captions. A line repeated (a caption shown three times) counts once.
 */
export function readHeader(lines: readonly Line[], maxLineLength: number): Header {
  const header: Header = { title: null, subtitle: null, captions: [], authors: [], publishedAt: null, sourceId: null };
  const bylines = new Map<number, Byline>();
  const dates = new Map<number, string | null>();
  const roles: HeaderRole[] = lines.map((line, i) => {
    const { text } = line;
    if (text.length > maxLineLength) return 'text';
    const sourceId = SOURCE_ID_LINE.exec(text);
    if (sourceId) {
      header.sourceId ??= sourceId[1]!;
      return 'sourceId';
    }
    const byline = readByline(text);
    if (byline) {
      bylines.set(i, byline);
      return 'byline';
    }
    const date = parseDateLine(text);
    if (date) {
      dates.set(i, date.iso);
      return 'date';
    }
    if (isBoilerplate(text) || isBreadcrumb(text) || isSpacedMenu(line)) return 'nav';
    if (isCaptionLine(text)) return 'caption';
    return 'text';
  });
  markNameAndRole(lines, roles, bylines);
  markMenuRuns(lines, roles);

  const titleIndex = findTitle(lines, roles);
  if (titleIndex >= 0) header.title = lines[titleIndex]!.text.replace(TITLE_SITE_SUFFIX, '');
  // Metadata under the title is the article's; a date above it may be the page's "today".
  const byline = nearestAfter(bylines, titleIndex);
  header.authors = byline?.authors ?? [];
  header.publishedAt = nearestAfter(dates, titleIndex) ?? byline?.publishedAt ?? null;
  if (header.publishedAt === null) header.publishedAt = [...bylines.values()].find((b) => b.publishedAt)?.publishedAt ?? null;

  const seen = new Set<string>(header.title ? [header.title] : []);
  lines.forEach((line, i) => {
    const role = roles[i]!;
    if (i <= titleIndex || (role !== 'text' && role !== 'caption') || seen.has(line.text)) return;
    seen.add(line.text);
    if (role === 'text' && header.subtitle === null) header.subtitle = line.text;
    else header.captions.push(line.text);
  });
  return header;
}

/** The value found first below the title, else the first above it. */
function nearestAfter<T>(found: ReadonlyMap<number, T>, titleIndex: number): T | null {
  const entries = [...found.entries()].filter(([, value]) => value !== null);
  return (entries.find(([i]) => i > titleIndex) ?? entries[0])?.[1] ?? null;
}
