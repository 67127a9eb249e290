import type { Line } from '../lines';
import { SOURCE_ID_LINE } from '../patterns';
import { wordCount } from '../text';
import { isBoilerplate, isBreadcrumb, isCaptionLine, isMenuItem } from './classifyLine';
import { readByline } from './readByline';
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

/**
 * Reads the lines above the article text. The title is the first text line after the last
 * navigation line; of the text lines after it, the first that is not a captioned photo is the
 * deck (subtitle) and the rest are captions. A line repeated (a caption shown three times) counts once.
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
  markMenuRuns(lines, roles);

  const lastNav = Math.max(roles.lastIndexOf('nav'), blogDateHeader(lines, roles));
  const classified: Classified[] = lines.map((line, i) => ({ text: line.text, role: roles[i]! }));
  const afterNav = classified.slice(lastNav + 1);
  const titleAt = afterNav.findIndex((c) => c.role === 'text' && wordCount(c.text) >= 1);
  const pool = titleAt >= 0 ? afterNav : classified;
  const titleIndex = titleAt >= 0 ? titleAt : pool.findIndex((c) => c.role === 'text');
  if (titleIndex >= 0) header.title = pool[titleIndex]!.text.replace(TITLE_SITE_SUFFIX, '');

  const seen = new Set<string>(header.title ? [header.title] : []);
  for (const c of pool.slice(titleIndex + 1)) {
    if ((c.role !== 'text' && c.role !== 'caption') || seen.has(c.text)) continue;
    seen.add(c.text);
    if (c.role === 'text' && header.subtitle === null) header.subtitle = c.text;
    else header.captions.push(c.text);
  }
  return header;
}
