import type { Line } from '../lines';
import { CATEGORY_LIST_LINE, COMMENT_LINK, EMAIL_ADDRESS_LINE, ID_VALUE, LABELLED_COUNT, LABELLED_DATE_LINE, PUBLISHED_LABELS, SOURCE_ID_LABEL_ONLY, SOURCE_ID_LINE, TAGS_LABEL_ONLY, UNAMBIGUOUS_BYLINE_PREFIX, UPDATE_LABELS, UPPER_CASE_PLACE } from '../patterns';
import { endsSentence, isNameLike } from '../text';
import { captionText, isBoilerplate, isBreadcrumb, isCaptionLine, isMenuItem, isTailMarker } from './classifyLine';
import type { HeaderRole } from './findTitle';
import { findTitle, stackedListLines } from './findTitle';
import type { Byline } from './readByline';
import { META_ROW_SEPARATOR, bareNames, isAgency, isCompanyName, isMetaRow, isNewsroomDesk, isNewsroomRole, isPublicationCredit, isRoleLine, metaRowByline, metaRowDate, nameBeforeTown, nameWithRole,
  readByline } from './readByline';
import { bylineAgency, datelineLine } from './findDateline';
import type { Dateline } from '../types';
import type { DateFinding } from './parseDate';
import { findDate, parseDateLine, withTime } from './parseDate';
import { withoutSourceIdSegment } from './sourceIdSegment';

export interface Header {
  title: string | null;
  subtitle: string | null;
  captions: string[];
  authors: string[];
  publishedAt: string | null;
  /** "Last Updated: …": a revision's date, the story's only when nothing else on the page dates it. */
  updatedAt: string | null;
  sourceId: string | null;
  /** "Baku, Azerbaijan, June 5" printed as its own line above the story. */
  dateline: Dateline | null;
}


const MENU_RUN = 3;
/** "Updated 14:05", "Aktualisiert am …": the date of a revision, used only when no publication date is given. */
const UPDATE_LINE = new RegExp(String.raw`^(?:${UPDATE_LABELS}|zuletzt aktualisiert|ultimo aggiornamento|обновлено)(?![\p{L}\p{N}])`, 'iu');
const PUBLISHED_SEGMENT = new RegExp(String.raw`^(?:first published|${PUBLISHED_LABELS})(?!\p{L})`, 'iu');
/** "Philippine Sentinel / 05:40 AM October 02, 2023": the outlet, then the date. */
const OUTLET_SLASH = /^([^/]{3,40}) \/ (?=\S)/u;
function outletAndDate(text: string): DateFinding | null {
  const outlet = text.includes(' / ') ? OUTLET_SLASH.exec(text) : null;
  return outlet && outlet[1]!.split(' ').length <= MAX_OUTLET_WORDS ? parseDateLine(text.slice(outlet[0].length), 0.8) : null;
}

/** "چهارشنبه 23 اسفند 1402 - 14:05 | 13 Mar 2024 14:05": one moment in two calendars, a date in every segment, all the same day. */
function sameDayInTwoCalendars(segments: readonly string[]): DateFinding | null {
  if (segments.length < 2 || segments.length > 3) return null;
  const dates = segments.map((segment) => parseDateLine(segment));
  const first = dates[0];
  return first?.iso != null && dates.every((d) => d?.iso != null && d.iso.slice(0, 10) === first.iso!.slice(0, 10)) ? first : null;
}

/** "Updated March 3 2021 - 4:11pm, first published 2:30pm": the published time after a comma. */
const FIRST_PUBLISHED_AFTER = /,\s(?=first published\b)/iu;

/** The published segment's date; "first published 2:30pm" prints only the time, on the day of the update before it. */
function publishedSegmentDate(published: string, update: string): DateFinding | null {
  const date = parseDateLine(published);
  if (date !== null) return date;
  const time = findDate(published)?.time ?? null;
  const day = time === null ? null : (parseDateLine(update)?.iso?.slice(0, 10) ?? null);
  return day === null || time === null ? null : parseDateLine(`${day} ${time.slice(0, 5)}`);
}

const TITLE_SITE_SUFFIX = /\s+\|\s+[^|]{1,40}$|\s+\((?:[\w-]+\.)+[a-z]{2,12}(?:\/[^\s()]*)?\)(?:\s\d{1,5})?$/u;
/** "▲ Ask HN: …": a link board's vote arrow before the title. */
const VOTE_ARROW = /^[▲△↑⇧]\s*/u;
const REPORTING_FROM = /^[Rr]eporting from\s+\p{Lu}/v;

/** Marks runs of three or more menu-like lines (site navigation) as nav. */
const MIN_DECK_WORDS = 12;
/** "in Agriculture, News": the sections a post is filed in, under its byline (JNews, Newspaper themes). */
const FILED_IN = /^in \p{Lu}[\p{L}\p{N}'’\-]*(?: (?:&|[\p{L}\p{N}'’\-]+)){0,3}(?:, \p{Lu}[\p{L}\p{N}'’\-]*(?: (?:&|[\p{L}\p{N}'’\-]+)){0,3}){0,5}$/v;
/** "Photographs by Joel Arredondo", "Illustrations by …": the pictures' maker, credited under the byline. */
const PICTURES_CREDIT = /^(?:photo(?:graph)?s|pictures|illustrations?|artwork|images) by \S.{0,60}$/iu;

function markMenuRuns(lines: readonly Line[], roles: HeaderRole[]): void {
  let runStart = -1;
  const closeRun = (end: number): void => {
    if (end - runStart >= MENU_RUN) roles.fill('nav', runStart, end);
  };
  // "The Productivity Sermon" directly over a sentence of a dozen words: a short headline over its deck ends the menu.
  const overDeck = (i: number): boolean => {
    const below = lines[i + 1];
    return below !== undefined && below.blankBefore === 0 && roles[i + 1] === 'text' && below.text.split(' ').length >= MIN_DECK_WORDS && endsSentence(below.text);
  };
  for (let i = 0; i <= lines.length; i++) {
    const inRun = i < lines.length && (roles[i] === 'nav' || (roles[i] === 'text' && isMenuItem(lines[i]!.text) && !overDeck(i)));
    // "    Contact" / blank / "The Button Tin": the menu's indented items end where the indentation does, past a blank line.
    const leavesIndentedMenu = inRun && runStart >= 0 && lines[i]!.blankBefore > 0 && lines[i]!.indent < lines[i - 1]!.indent;
    if (leavesIndentedMenu) {
      closeRun(i);
      runStart = i;
    }
    if (inRun && runStart < 0) runStart = i;
    if (!inRun && runStart >= 0) {
      closeRun(i);
      runStart = -1;
    }
  }
}

/** "In this article" over the sections' headings: a table of contents, neither deck nor captions. */
function markContents(lines: readonly Line[], roles: HeaderRole[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!CONTENTS_LABEL.test(lines[i]!.text)) continue;
    roles[i] = 'nav';
    // The entries may stand a blank line below their label, as one block, or each set apart (a saved page's list): headings, no sentences.
    const entry = (line: Line, k: number): boolean => line.blankBefore === 0 || (line.blankBefore === 1 && (k === i + 1 || (line.text.length <= MAX_CONTENTS_ENTRY_CHARS && !line.text.endsWith('.'))));
    for (let k = i + 1; k < lines.length && entry(lines[k]!, k) && (roles[k] === 'text' || roles[k] === 'nav'); k++) roles[k] = 'nav';
  }
}

/** "Aktuelles  Gemeinde  Vereine": menu items set apart by wide gaps. */
const isSpacedMenu = (line: Line): boolean => line.spacedItems >= 3 && line.text.split(' ').length <= line.spacedItems * 3;

const MAX_OUTLET_WORDS = 4;
const MAX_CONTENTS_ENTRY_CHARS = 100;
const MIN_HEADLINE_WORDS_ABOVE_NAME = 5;
const KEY_POINT = /^[•▪■●◦‣]\s/u;
const CONTENTS_LABEL = /^(?:in this (?:article|story|explainer)|on this page|(?:table of )?contents|jump to|inhalt(?:sverzeichnis)?|in diesem artikel|auf dieser seite|sur cette page|en esta página|sommaire|dans cet article|índice|en este artículo|indice|in questo articolo)\s?:?$/iu;
/** A bare byline is a name or two: "Asel Toktogulova", "Ana Ruiz and Tom Berg". */
const MAX_BARE_NAME_WORDS = 6;
/** "ANKARA", "NEW DELHI": the city a desk filed from, in capitals on its own line. */
const DESK_CITY = /^\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]+){0,2}$/v;
const VIDEO_DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
const NAME_PIPE_OUTLET = /^([^\|]{3,60}) \| \p{Lu}[^\|]{1,40}$/v;
const BYLINE_CONTINUATION = /^(?:and|[&y]|und|et|[ei]|og|en)\s(\S.{2,60})$/u;


/** "JENNA: WE ARE LIVE ON MAIN STREET…": a video's transcript under its player, a speaker's name and a shout. */
const TRANSCRIPT_LINE = /^\p{Lu}{2,20}(?: \p{Lu}{2,20})?: \P{Ll}{10,}$/v;
/** "&", "and": the conjunction between two names set on lines of their own. */
const CONJUNCTION_LINE = /^(?:[&ey]|and|und|et)$/iu;
/** "Reporter:", "Author:": a byline's label alone on its line. */
const AUTHOR_LABEL_ONLY = /^(?:(?:reporter|author|written by|journalist|words|autor|auteur|autore)\s?:|(?:автор|yazar|yazan)\s?:?|(?:by|von|par|por|door)\s?:?)$/iu;
const PAGE_TODAY_OR_SOURCE = /^(?:today|heute|aujourd'hui|hoy|oggi|hoje|dziś|bugün|сегодня|сьогодні|امروز|اليوم|source|quelle|fuente|fonte|źródło|kaynak|bron|источник|джерело|منبع|المصدر)\s?:\s?\S.{0,80}$/iu;
/** "18:05", "5:30 PM" alone on its line. */
const LONE_TIME = /^(\d{1,2})[:.](\d{2})(?: ?([ap])\.?m\.?)?$/iu;
/** The time of a lone time line, as "17:30:00"; null when the line is something else. */
const MAX_ZONED_TIME_CHARS = 20;

function loneTime(text: string): string | null {
  const m = LONE_TIME.exec(text);
  if (!m) {
    // "7:08 AM MYT": the time with its zone.
    const zoned = text.length <= MAX_ZONED_TIME_CHARS ? findDate(text) : null;
    return zoned !== null && zoned.iso === null && zoned.time !== null && !zoned.relative && zoned.coverage === 1 ? zoned.time : null;
  }
  const hour = Number(m[1]) % (m[3] === undefined ? 24 : 12) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m[2]!}:00`;
}

/** "From:", "Published", "Updated": a field's label on a line of its own, its value on the next. */
const FIELD_LABEL = /^(?:\p{L}+(?: \p{L}+)?:|published|updated|veröffentlicht|aktualisiert|publié|publicado)$/iu;
/** "Entry tags:" / "books: the long field, libraries": a post's tags under their label, on the next line. */
/** Tags are words and short phrases, no sentence and no caption (an empty "Tags:" field may stand over a picture's). */
const isTagList = (text: string): boolean => text.length <= 150 && !/[.!?]["”’)\]]?$/u.test(text) && !isCaptionLine(text);
/** "👁 3 418 views   💬 7": counters with their icons, figures and the words for what they count, nothing else. */
const COUNTER_WORDS = /\b(?:views?|comments?|likes?|shares?|reads?)\b/giu;
const isCounterLine = (text: string): boolean => text.length <= 60 && /\d/u.test(text) && /[^\p{L}\p{N}\s]/v.test(text) && !/\p{L}/v.test(text.replace(COUNTER_WORDS, ''));
/** "Editor: Maria Petrova", "Редактор: …": the desk editor who handled the story is no author. */
const EDITOR_LINE = /^(?:editor|edited by|editing|redaktor|редактор|urednik|urednica|uredio|szerkesztő|editör|editore|éditeur|editado por|redacteur|επιμέλεια|עורך|עורכת|biên tập)\s?:\s?\S.{0,60}$/iu;
/** "Contact:", "Media contact: …": a release's press contact, its name and numbers stacked under the label. */
const CONTACT_LABEL = /^(?:media |press )?contacts?\s?:/iu;
/** "Dana Whitcombe, Public Information Officer", "Email: press@county.gov", "(541) 555-0147": a name, an address or a number. */
const CONTACT_NUMBER_OR_ADDRESS = /@|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|^(?:e-?mail|phone|tel|fax|mobile)\s?:/iu;
const isContactDetail = (text: string): boolean => CONTACT_NUMBER_OR_ADDRESS.test(text) || isNameLike(text) || nameWithRole(text) !== null;
/** "News provided by", "From:": a release's label over the sender's name. */
const SENDER_LABEL = /^(?:(?:news|content|press release|release) (?:provided|distributed|issued) by:?|from:)$/iu;

/**
 * Names that make up the line: a word between each ("A and B") and a short place or employer after them ("Ciara
 * Lennon in Ballycastle"). "Hydrant Flushing and Water Main Work Scheduled for Winter Street Area" reads as two names
 * with an affiliation too, but a headline has more words left over.
 */
const MAX_WORDS_AFTER_NAMES = 3;
function wholeLineNames(text: string): string[] | null {
  const names = bareNames(text);
  const nameWords = names?.reduce((sum, name) => sum + name.split(' ').length, 0) ?? 0;
  return names !== null && text.split(' ').length - nameWords <= names.length - 1 + MAX_WORDS_AFTER_NAMES ? names : null;
}

/**
 * "Lewis McAra" over "Chief football writer", "Maria Kettering" over "BBC News, Northshire", or
 * "Marina Quesada" over a date line: a bare name over a newsroom role, an outlet or a date is a byline.
 */
function markNameAndRole(lines: readonly Line[], roles: HeaderRole[], bylines: Map<number, Byline>): void {
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] !== 'text') continue;
    const { text } = lines[i]!;
    // "ALA-TOO TODAY" over "Kyrgyzstan news agency": the dump's first line in capitals is the site's masthead;
    // "IRNA English": so is an agency's name with its edition.
    if (i === 0 && (text === text.toUpperCase() || isAgency(text.split(' ')[0]!))) continue;
    // "Hawre Aziz | Zagros Post" over the date: the author and the outlet on one line.
    const piped = roles[i + 1] === 'date' ? NAME_PIPE_OUTLET.exec(text) : null;
    const names = wholeLineNames(text) ?? nameBeforeTown(text) ?? nameWithRole(text) ?? (piped ? bareNames(piped[1]!) : null);
    if (names === null) continue;
    const below = lines[i + 1];
    // "Bishkek to move street vendors…" / "Asel Toktogulova" / a photo caption: the name under the headline, the picture after it.
    const underHeadlineOverPicture =
      i > 0 &&
      text.split(' ').length <= MAX_BARE_NAME_WORDS &&
      roles[i - 1] === 'text' &&
      lines[i - 1]!.text.split(' ').length >= MIN_HEADLINE_WORDS_ABOVE_NAME &&
      (below === undefined || roles[i + 1] === 'caption');
    // "Posted on 2 February 2021 by gcss_admin" / "Nino Kvaratskhelia": the person under a byline that names only the site's account.
    const underNamelessByline = i > 0 && roles[i - 1] === 'byline' && (bylines.get(i - 1)?.authors.length ?? 0) === 0 && text.split(' ').length <= MAX_BARE_NAME_WORDS;
    // "Published: 12.04.2024 14:27" / "Rihards Ozols, Ilze Bērziņa" / the text: names closing the header under its date.
    const lastUnderDate = below === undefined && i > 0 && roles[i - 1] === 'date';
    if (underHeadlineOverPicture || underNamelessByline || lastUnderDate) {
      bylines.set(i, { authors: names, publishedAt: null, time: null });
      roles[i] = 'byline';
    }
    if (underHeadlineOverPicture || underNamelessByline || below === undefined) continue;
    const besideName = (roles[i + 1] === 'text' || roles[i + 1] === 'byline') && below.blankBefore === 0;
    // "Priya Natarajan" / "TechLedger" / the date: a short line between the name and the date is the outlet.
    // The three stand together: "Bill Tracker" / "Contact" / a blank line / the date are a menu's last items over a blog's date header.
    const outletOverDate = besideName && roles[i + 2] === 'date' && lines[i + 2]!.blankBefore === 0 && below.text.split(' ').length <= MAX_OUTLET_WORDS && !endsSentence(below.text);
    // "All Posts" / "Shop News" / "Events": a menu's items, not a name over its outlet; the pair stands on its own.
    const after = lines[i + 2];
    const pairEnds = after === undefined || after.blankBefore > 0 || roles[i + 2] !== 'text';
    // "Harriet Okonjo" / blank / "Environment correspondent, BBC West": a role naming the desk, set apart, still goes with the name.
    const roleApart = (roles[i + 1] === 'text' || roles[i + 1] === 'byline') && below.blankBefore === 1 && isNewsroomRole(below.text) && below.text.includes(', ');
    const roleBelow = (besideName && (isNewsroomRole(below.text) || (isPublicationCredit(below.text) && pairEnds) || outletOverDate)) || roleApart;
    // "The last bus out of Harrowfield…" / "Harriet Pellow" / the deck / the date: a name between the headline and its deck.
    const betweenTitleAndDeck = !roleBelow && i > 0 && roles[i - 1] === 'text' && roles[i + 1] === 'text' && roles[i + 2] === 'date' && lines[i - 1]!.text.split(' ').length >= MIN_HEADLINE_WORDS_ABOVE_NAME;
    // "2024-03-21 14:05" / "B.Oyunchimeg": the name directly under the date.
    const underDate = i > 0 && roles[i - 1] === 'date' && lines[i]!.blankBefore === 0;
    // "Karin Sjöberg" / "karin.sjoberg@norrlandsbladet.se": a reporter's name over the address to write to.
    const overAddress = below.blankBefore === 0 && EMAIL_ADDRESS_LINE.test(below.text);
    // "Rachel Adler" / "Retired teacher, learner of Hebrew since 1974" / blank / the headline / the date: a blog's author box over the post.
    const overBioThenHeadline = besideName && !endsSentence(below.text) && after !== undefined && after.blankBefore > 0 && roles[i + 2] === 'text' && roles[i + 3] === 'date' && wholeLineNames(after.text) === null;
    if (!roleBelow && !betweenTitleAndDeck && !underDate && !overAddress && !overBioThenHeadline && roles[i + 1] !== 'date') continue;
    bylines.set(i, { authors: names, publishedAt: null, time: null });
    roles[i] = 'byline';
    if (roleBelow) roles[i + 1] = 'byline';
    if (overBioThenHeadline) roles[i + 1] = 'nav';
  }
}

/** "IANS, New Delhi", "एजेंसी, नई दिल्ली": the agency that filed the story and where from, in place of a byline. */
const AGENCY_AND_PLACE = /^([^,]{2,30}), \p{L}[\p{L}\p{M} .'’\-]{1,30}$/v;
const isAgencyAndPlace = (text: string): boolean => isAgency(AGENCY_AND_PLACE.exec(text)?.[1] ?? '');

/** "GİRESUN" in capitals directly over "Anadolu Agency" or the date: where the story was filed, no headline or deck. */

function markPlaceOverByline(lines: readonly Line[], roles: HeaderRole[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const overMetadata = lines[i + 1]!.blankBefore === 0 && (roles[i + 1] === 'byline' || roles[i + 1] === 'date');
    if (roles[i] === 'text' && overMetadata && UPPER_CASE_PLACE.test(lines[i]!.text)) roles[i] = 'nav';
  }
}

/** The category lists a page prints under its text ("Kategorie: Beskidy, Relacje z wypraw"): the same list above the headline is no title. */
export function listedCategories(lines: readonly Line[], headerLines: readonly Line[] = []): Set<string> {
  const listed = new Set<string>();
  // "Posted by Ani Sargsyan on October 7, 2024 in Arts & Culture, Armenia, Featured | 3 Comments": the header's meta row names them too.
  for (const { text } of headerLines) {
    const postedIn = text.includes(' in ') ? POSTED_IN_CATEGORIES.exec(text)?.[1] : undefined;
    if (postedIn !== undefined) listed.add(postedIn);
  }
  lines.forEach(({ text }, i) => {
    const categories = text.includes(':') ? CATEGORY_LIST_LINE.exec(text)?.[1] : undefined;
    if (categories !== undefined) listed.add(categories);
    // A sidebar's "Categories" heading over one name per line.
    if (text.length <= MAX_CATEGORY_HEADING_CHARS && CATEGORIES_HEADING.test(text)) {
      for (let k = i + 1; k < lines.length && k <= i + MAX_LISTED_CATEGORIES && lines[k]!.blankBefore === 0; k++) listed.add(lines[k]!.text);
    }
  });
  return listed;
}
const POSTED_IN_CATEGORIES = /^(?:posted|published|filed)\b.{0,120}?\son\s.{4,40}?\sin ([^|]{2,120}?)\s?(?:\||$)/iu;
const CATEGORIES_HEADING = /^(?:categories|kategorien|catégories|categorías|categorie|categorias)$/iu;
const MAX_CATEGORY_HEADING_CHARS = 12;
const MAX_LISTED_CATEGORIES = 60;

/** "Events, Observing Reports" under the byline: the post's categories, each one the page lists as such. */
const namesListedCategories = (text: string, categories: ReadonlySet<string>): boolean =>
  categories.has(text) || (categories.size > 0 && text.includes(', ') && text.split(', ').every((name) => categories.has(name)));

/**
 * Reads the lines above the article text: source id, bylines, dates, navigation, the title (see
 * findTitle); of the text lines after the title, the first is the deck (subtitle) and the rest are
 * captions. A line repeated (a caption shown three times) counts once.
 */

export function readHeader(lines: readonly Line[], maxLineLength: number, namedTitles: ReadonlySet<string> = new Set(), categories: ReadonlySet<string> = new Set()): Header {
  const header: Header = { title: null, subtitle: null, captions: [], authors: [], publishedAt: null, updatedAt: null, sourceId: null, dateline: null };
  // Set inside `classify` below: the cast keeps TypeScript from narrowing it to null for good.
  let datelineFound = null as Dateline | null;
  const bylines = new Map<number, Byline>();
  const dates = new Map<number, string | null>();
  const updates = new Map<number, string | null>();
  const roles: HeaderRole[] = [];
  // Name lines under an author label ("By" alone on its line).
  const labelledNames = new Set<number>();
  const contactBlock = new Set<number>();
  const classify = (line: Line, i: number): HeaderRole => {
    if (line.text.length > maxLineLength) return 'text';
    if (namesListedCategories(line.text, categories)) return 'nav';
    // "Contact: Office of Communications" / "Dana Whitcombe, Public Information Officer" / "(541) 555-0147": whom the press may call, no author.
    if (CONTACT_LABEL.test(line.text) || (i > 0 && line.blankBefore === 0 && contactBlock.has(i - 1) && isContactDetail(line.text))) {
      contactBlock.add(i);
      return 'nav';
    }
    const sourceId = SOURCE_ID_LINE.exec(line.text);
    if (sourceId) {
      header.sourceId ??= sourceId[1]!;
      return 'sourceId';
    }
    // "Release number" / "NR-2024-031": a field's label over its value.
    const labelsId = (k: number): boolean => k >= 0 && k + 1 < lines.length && SOURCE_ID_LABEL_ONLY.test(lines[k]!.text) && ID_VALUE.test(lines[k + 1]!.text);
    if (labelsId(i)) return 'nav';
    if (labelsId(i - 1)) {
      header.sourceId ??= line.text;
      return 'sourceId';
    }
    // "2023-11-07 08:30 | ID: 88412": the id beside the date; the rest of the line is read as usual.
    const { id, rest: text } = withoutSourceIdSegment(line.text);
    if (id !== null) header.sourceId ??= id;
    // "Natasha Lim" / "&" / "Daryl Tan": two names with the conjunction on a line of its own between them.
    if (CONJUNCTION_LINE.test(text) && i > 0 && i + 1 < lines.length) {
      const before = bareNames(lines[i - 1]!.text) ?? bylines.get(i - 1)?.authors ?? [];
      const after = bareNames(lines[i + 1]!.text);
      if (before.length > 0 && after !== null) {
        bylines.delete(i - 1);
        bylines.set(i, { authors: [...before, ...after], publishedAt: null, time: null });
        roles[i - 1] = 'byline';
        return 'byline';
      }
    }
    if (i > 0 && CONJUNCTION_LINE.test(lines[i - 1]!.text) && roles[i - 1] === 'byline') return 'byline';
    // "Reporter:" / "Aine Fitzgerald": a byline's label on a line of its own, the name under it.
    const labelled = i > 0 && AUTHOR_LABEL_ONLY.test(lines[i - 1]!.text) ? bareNames(text) : null;
    if (labelled) {
      bylines.set(i, { authors: labelled, publishedAt: null, time: null });
      labelledNames.add(i);
      return 'byline';
    }
    // "By" / "Tomasz Reyes" / "Hallie Brandt": the label's list of authors, one to a line.
    const listed = labelledNames.has(i - 1) ? bareNames(text) : null;
    const listHead = listed ? bylines.get(i - 1) : undefined;
    if (listed && listHead) {
      bylines.delete(i - 1);
      bylines.set(i, { ...listHead, authors: [...listHead.authors, ...listed] });
      labelledNames.add(i);
      return 'byline';
    }
    if (AUTHOR_LABEL_ONLY.test(text) && i + 1 < lines.length && bareNames(lines[i + 1]!.text) !== null) return 'byline';
    const byline = readByline(text);
    if (byline) {
      bylines.set(i, byline);
      return 'byline';
    }
    // "APA" alone under the headline, "Guest Contributor", a release's sender: a credit without a person's name.
    if (isAgency(text) || isAgencyAndPlace(text) || isRoleLine(text) || isCompanyName(text) || isNewsroomDesk(text)) {
      bylines.set(i, { authors: [], publishedAt: null, time: null });
      return 'byline';
    }
    const meta = metaRowByline(text);
    if (meta) {
      bylines.set(i, meta);
      // "… / TNN / Updated: Apr 6, 2024, 07:42 IST": the row's only date is the update's.
      const items = text.split(META_ROW_SEPARATOR);
      (items.some((item) => UPDATE_LINE.test(item)) && !items.some((item) => PUBLISHED_SEGMENT.test(item)) ? updates : dates).set(i, meta.publishedAt);
      return 'byline';
    }
    // "Posted by u/harbour_watch": a byline whose author is not a readable name is still no title.
    if (UNAMBIGUOUS_BYLINE_PREFIX.test(text)) return 'byline';
    // "امروز: چهارشنبه 23 اسفند 1402", "Today: Wednesday 13 March": the page's date, not the story's; "Источник: РИА Новости": its source.
    if (PAGE_TODAY_OR_SOURCE.test(text)) return 'nav';
    // "Last Updated: Mar 03, 2021 19:20 ET | First published: Mar 03, 2021 12:05 ET": the published segment dates the story.
    // "(Updated: 19 Apr 2024 06:30PM)": a date line in parentheses.
    const dateText = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text;
    const segments = dateText.includes(' | ') ? dateText.split(' | ') : dateText.split(FIRST_PUBLISHED_AFTER);
    const published = segments.some((segment) => UPDATE_LINE.test(segment)) ? segments.find((segment) => PUBLISHED_SEGMENT.test(segment)) : undefined;
    // "12 August 2024 · Season 6 · 58 min": a meta row naming no author still dates the story.
    const date =
      published === undefined ? (parseDateLine(dateText) ?? outletAndDate(dateText) ?? sameDayInTwoCalendars(segments) ?? metaRowDate(dateText)) : publishedSegmentDate(published, segments[0]!);
    if (date) {
      // "14 giugno 2023" / "18:05": the time printed on the line under the date.
      const timeBelow = date.time === null ? loneTime(lines[i + 1]?.text ?? '') : null;
      const iso = timeBelow ? withTime(date.iso, timeBelow) : date.iso;
      (UPDATE_LINE.test(published ?? dateText) ? updates : dates).set(i, iso);
      return 'date';
    }
    if (i > 0 && roles[i - 1] === 'date' && loneTime(text) !== null) return 'date';
    // "Published: 14 Esfand" in a form no parser reads is still metadata, never the headline.
    if (LABELLED_DATE_LINE.test(text)) return 'nav';
    const dateline = datelineFound === null ? datelineLine(text) : null;
    if (dateline !== null) {
      datelineFound = dateline;
      return 'date';
    }
    // "7 Replies", "Leave a comment" under the headline: the post's comment link, part of its meta (no author).
    if (COMMENT_LINK.test(text) && roles[i - 1] === 'text') return 'byline';
    // "コメント 9件", "댓글 12개": the count of comments, in scripts where it reads as nothing else.
    if (COMMENT_LINK.test(text) && /^\P{Script=Latin}/u.test(text)) return 'nav';
    if (isBoilerplate(text) || isBreadcrumb(text) || isSpacedMenu(line) || isTailMarker(text)) return 'nav';
    // "Toledo council votes on lead line plan" / "01:54": a video in the player's playlist, its running time under it.
    if (i > 0 && roles[i - 1] !== 'date' && VIDEO_DURATION.test(lines[i + 1]?.text ?? '')) return 'nav';
    // "News provided by" / "Halvorsen Batteries Inc.": the sender a release wire names, not an author.
    if (i > 0 && SENDER_LABEL.test(lines[i - 1]!.text)) return 'nav';
    // "Football writer" or "University Communications" under "By Lewis McAra": the byline’s second line; "Reporting from Kyiv" wherever it stands.
    // "Photographs by Joel Arredondo" under "By Sam Okafor": the photographer's credit, part of the byline block (no author).
    if ((roles[i - 1] === 'byline' && (isNewsroomRole(text) || isPublicationCredit(text) || PICTURES_CREDIT.test(text))) || REPORTING_FROM.test(text)) return 'byline';
    // "Courier News Service" under the headline or its picture's caption, over the date (or over the desk's city, then the date): the desk that filed the story.
    const dateBelow = (at: number): boolean => parseDateLine(lines[at]?.text ?? '') !== null;
    if ((roles[i - 1] === 'text' || roles[i - 1] === 'caption') && isPublicationCredit(text) && (dateBelow(i + 1) || (DESK_CITY.test(lines[i + 1]?.text ?? '') && dateBelow(i + 2)))) {
      bylines.set(i, { authors: [], publishedAt: null, time: null });
      return 'byline';
    }
    // "By Danielle Okoro" / "and Marcus Feld": a byline whose second name the page set on the next line.
    const above = line.blankBefore === 0 ? bylines.get(i - 1) : undefined;
    const nextName = above === undefined ? undefined : BYLINE_CONTINUATION.exec(text)?.[1];
    if (above !== undefined && nextName !== undefined && isNameLike(nextName)) {
      bylines.set(i - 1, { ...above, authors: [...above.authors, nextName] });
      return 'byline';
    }
    // "• Experts say the blade is rare": the story's key points under a tabloid headline, no title or caption.
    if (KEY_POINT.test(text)) return 'nav';
    if (FIELD_LABEL.test(text) || TRANSCRIPT_LINE.test(text) || LABELLED_COUNT.test(text) || EDITOR_LINE.test(text) || isCounterLine(text) || FILED_IN.test(text)) return 'nav';
    if (i > 0 && TAGS_LABEL_ONLY.test(lines[i - 1]!.text) && isTagList(text)) return 'nav';
    if (isMetaRow(text)) return 'nav';
    if (isCaptionLine(text)) return 'caption';
    return 'text';
  };
  lines.forEach((line, i) => roles.push(classify(line, i)));
  markNameAndRole(lines, roles, bylines);
  if (datelineFound !== null) {
    header.dateline = { ...datelineFound, agency: datelineFound.agency ?? bylineAgency(lines.filter((_, i) => roles[i] === 'byline').map((line) => line.text)) };
  }
  markMenuRuns(lines, roles);
  markContents(lines, roles);
  markPlaceOverByline(lines, roles);

  const titleIndex = findTitle(lines, roles, namedTitles);
  markKeyPoints(lines, roles, titleIndex);
  if (titleIndex >= 0) header.title = lines[titleIndex]!.text.replace(TITLE_SITE_SUFFIX, '').replace(VOTE_ARROW, '');
  // Metadata under the title is the article's; a date above it may be the page's "today".
  const named = new Map([...bylines].filter(([, b]) => b.authors.length > 0));
  // Under the title, a byline that names no one ("Europa Press") still outranks a name above it (a masthead over the page's date).
  const byline = firstBelow(named, titleIndex) ?? firstBelow(bylines, titleIndex) ?? nearestAfter(named, titleIndex) ?? nearestAfter(bylines, titleIndex);
  header.authors = [...(byline?.authors ?? []), ...moreBylineBlocks(lines, named, roles, byline)];
  const chip = followChipAt(lines);
  if (chip >= 0) {
    // The chip's name is a byline whether or not another byline named the author: never a caption.
    roles[chip - 1] = 'byline';
    if (header.authors.length === 0) header.authors = bareNames(lines[chip - 1]!.text)!;
  }
  // "Jun 3, 2024 20:45 GMT+7 | Desk" under the title outranks the page's "Mon, Jun 3, 2024" above it.
  const bylineDateBelow = [...bylines.entries()].find(([i, b]) => i > titleIndex && b.publishedAt !== null)?.[1].publishedAt;
  header.publishedAt =
    firstBelow(dates, titleIndex) ?? bylineDateBelow ?? dateAboveTitle(dates) ?? byline?.publishedAt ?? [...bylines.values()].find((b) => b.publishedAt)?.publishedAt ?? null;
  header.updatedAt = nearestAfter(updates, titleIndex);

  const seen = new Set<string>(header.title ? [header.title] : []);
  lines.forEach((line, i) => {
    const role = roles[i]!;
    if (i <= titleIndex || (role !== 'text' && role !== 'caption') || seen.has(line.text) || isSectionLabel(line.text) || SCORE_LINE.test(line.text)) return;
    // "Parole nell'articolo:" / "1.1k": a post meta's label and its value, no deck or caption.
    if (isMetaLabel(line.text) || (i > 0 && isMetaLabel(lines[i - 1]!.text) && line.text.split(' ').length <= MAX_META_VALUE_WORDS)) return;
    seen.add(line.text);
    if (role === 'text' && header.subtitle === null) header.subtitle = line.text;
    else header.captions.push(captionText(line.text));
  });
  return header;
}

/**
 * "Residents say lorries reverse from 2am" / "One couple …" / "Council granted …": unpunctuated lines
 * stacked under the headline are its key points (a tabloid's bullets, copied without the bullets), no deck or captions.
 */
function markKeyPoints(lines: readonly Line[], roles: HeaderRole[], titleIndex: number): void {
  const inList = stackedListLines(lines, roles);
  const first = roles.findIndex((role, i) => i > titleIndex && role === 'text');
  if (first < 0 || !inList[first]) return;
  let end = first;
  while (inList[end + 1] && lines[end + 1]!.blankBefore === 0) end++;
  if (lines.slice(first, end + 1).some((line) => /[.!?]$/u.test(line.text))) return;
  roles.fill('nav', first, end + 1);
}

/** "Brackley Town 22 – 24 Hollinsbrook": a match report's result box, no deck or caption. */
const SCORE_LINE = /^\p{Lu}[\p{L}.'’\- ]{1,40}? \d{1,3}\s?[–—\-:]\s?\d{1,3} \p{Lu}[\p{L}.'’\- ]{1,40}$/v;
/** "News", "Key events", a post's flair: one or two words under a headline label it; a deck or caption says more. */
export const isSectionLabel = (text: string): boolean =>
  text.length <= 24 && text.split(' ').length <= 2 && !/[.!?:]$/u.test(text) && !UNSPACED_SCRIPT.test(text);
/** "Words in this article:", "Tempo di lettura ≈": a short label closed by its colon (or "about"), its value on the next line. */
const isMetaLabel = (text: string): boolean => text.length <= 40 && /[:≈]$/u.test(text) && text.split(' ').length <= 4 && !/[.!?]/u.test(text);
const MAX_META_VALUE_WORDS = 3;
/** Chinese and Japanese write whole sentences without spaces: no space there says nothing about length. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/v;

/**
 * "Neema Mwakalinga" / "Senior Business Reporter" / blank / "Baraka Lyimo" / "Correspondent, Mtwara": a
 * byline per author, each with its role, one block after another. The names of the blocks after the chosen one, up to the first text line.
 */
function moreBylineBlocks(lines: readonly Line[], named: ReadonlyMap<number, Byline>, roles: readonly HeaderRole[], chosen: Byline | null): string[] {
  if (chosen === null) return [];
  // By line: markNameAndRole adds bylines after the first pass, out of order.
  const entries = [...named].sort(([a], [b]) => a - b);
  const from = entries.findIndex(([, b]) => b === chosen);
  if (from < 0) return [];
  const names: string[] = [];
  for (let k = from + 1; k < entries.length; k++) {
    const [at, byline] = entries[k]!;
    const between = roles.slice(entries[k - 1]![0] + 1, at);
    if (between.some((role) => role === 'text' || role === 'caption')) break;
    // A block of its own, set apart by a blank line, a name over its newsroom role ("Name" / "Outlet" directly under it is one byline, not two authors).
    const role = lines[at + 1];
    // "Ingrid Solberg Haugen" / "Journalist" / "Even Myklebust" / "Journalist": blocks stacked without a blank line, each closed by its role.
    const apart = lines[at]!.blankBefore > 0 || closesBylineBlock(lines[at - 1]?.text ?? '');
    if (!apart || role === undefined || role.blankBefore > 0 || !closesBylineBlock(role.text)) continue;
    names.push(...byline.authors.filter((name) => !names.includes(name) && !chosen.authors.includes(name)));
  }
  return names;
}

/** A byline block's closing line: the author's role, or ("Karin Sjöberg" / her address) the address to write to. */
const closesBylineBlock = (text: string): boolean => isNewsroomRole(text) || EMAIL_ADDRESS_LINE.test(text);

/** "Follow" beside the author's name on blog platforms. */
const FOLLOW_BUTTON = /^(?:follow|abonnieren|folgen|suivre|seguir|segui|volgen)$/iu;

/** "Priya Raman" / "Follow": a blog platform's author chip, the index of its button (-1 when none); its name is the author when no byline names one. */
const followChipAt = (lines: readonly Line[]): number =>
  lines.findIndex((line, i) => i > 0 && FOLLOW_BUTTON.test(line.text) && bareNames(lines[i - 1]!.text)?.length === 1);

/**
 * No date under the title (nor in a byline under it): above it, one with a time of day ("7 November 2023 - 14:26")
 * before the first one (often the page's "today").
 */
function dateAboveTitle(found: ReadonlyMap<number, string | null>): string | null {
  const dates = [...found.values()].filter((iso): iso is string => iso !== null);
  return dates.find((iso) => iso.includes('T')) ?? dates[0] ?? null;
}

/** The value found first below the title (in the order the map was filled). */
function firstBelow<T>(found: ReadonlyMap<number, T>, titleIndex: number): T | undefined {
  return [...found.entries()].find(([i, value]) => i > titleIndex && value !== null)?.[1];
}

/** The value found first below the title, else the first above it. */
function nearestAfter<T>(found: ReadonlyMap<number, T>, titleIndex: number): T | null {
  return firstBelow(found, titleIndex) ?? [...found.values()].find((value) => value !== null) ?? null;
}
