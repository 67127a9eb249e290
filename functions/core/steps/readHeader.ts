import type { Line } from '../lines';
import { SOURCE_ID_LINE } from '../patterns';
import { isNameLike } from '../text';
import { isBoilerplate, isBreadcrumb, isCaptionLine, isMenuItem } from './classifyLine';
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

interface Classified {
  text: string;
  role: HeaderRole;
}

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
function markNameAndRole(lines: readonly Line[], roles: HeaderRole[], header: Header): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i] !== 'text' || roles[i + 1] !== 'text') continue;
    const name = lines[i]!.text;
    if (isNameLike(name) && name.includes(' ') && isNewsroomRole(lines[i + 1]!.text)) {
      if (header.authors.length === 0) header.authors = [name];
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
  const roles: HeaderRole[] = lines.map((line) => {
    const { text } = line;
    if (text.length > maxLineLength) return 'text';
    const sourceId = SOURCE_ID_LINE.exec(text);
    if (sourceId) {
      header.sourceId ??= sourceId[1]!;
      return 'sourceId';
    }
    const byline = readByline(text);
    if (byline) {
      if (header.authors.length === 0) header.authors = byline.authors;
      header.publishedAt ??= byline.publishedAt;
      return 'byline';
    }
    const date = parseDateLine(text);
    if (date) {
      header.publishedAt ??= date.iso;
      return 'date';
    }
    if (isBoilerplate(text) || isBreadcrumb(text) || isSpacedMenu(line)) return 'nav';
    if (isCaptionLine(text)) return 'caption';
    return 'text';
  });
  markNameAndRole(lines, roles, header);
  markMenuRuns(lines, roles);

  const titleIndex = findTitle(lines, roles);
  if (titleIndex >= 0) header.title = lines[titleIndex]!.text.replace(TITLE_SITE_SUFFIX, '');

  const classified: Classified[] = lines.map((line, i) => ({ text: line.text, role: roles[i]! }));
  const seen = new Set<string>(header.title ? [header.title] : []);
  for (const c of classified.slice(titleIndex + 1)) {
    if ((c.role !== 'text' && c.role !== 'caption') || seen.has(c.text)) continue;
    seen.add(c.text);
    if (c.role === 'text' && header.subtitle === null) header.subtitle = c.text;
    else header.captions.push(c.text);
  }
  return header;
}
