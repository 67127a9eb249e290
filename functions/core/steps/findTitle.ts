import type { Line } from '../lines';
import { UPPER_CASE_PLACE } from '../patterns';
import { SOUTHEAST_ASIAN_LETTER, endsSentence, isTitleCased, wordCount } from '../text';
import { parseDateLine } from './parseDate';

/** What each line above the article text is. */
export type HeaderRole = 'nav' | 'sourceId' | 'date' | 'byline' | 'caption' | 'text';

/** Evidence for and against a line being the headline; the highest total wins, the earlier line on a tie. */
const WEIGHTS = {
  /** The page's <title> line at the top ("Headline | Site") repeats it, or its comment heading names it ("13 Comments on Headline"). */
  echoedByPageTitle: 3,
  /** A byline or date follows on the next line, or after one more text line (the deck under the headline). */
  aboveMetadata: 2,
  /** The site's name over the page's date, its navigation under them: the line was the masthead. */
  mastheadOverDate: 0,
  /** "Local News | Transportation", "Headline | Site": section labels and page-title lines. */
  pipeSeparated: -1,
  /** First text after the site's navigation. */
  firstAfterNavigation: 1,
  /** Headline length. */
  headlineLength: 1,
  /** "4 min", "Local News": labels, not headlines. */
  tooShort: -2,
  /** Decks and captions are sentences; headlines seldom end with a full stop (unless written in title case). */
  fullStop: -1,
  /** "Paywalled, so here's the text:": a sentence ending in a colon introduces what follows; a headline does not. */
  introducesBelow: -2,
  /** "BREAKING: …", "London 9°C", "USD 3,398.50 | EUR 3,671.20": tickers and widgets. */
  tickerOrWidget: -3,
  /** "quiet bits — notes on small computers": a blog's motto; headlines start with a capital ("iPhone" aside). */
  lowerCaseStart: -2,
  /** Three or more text lines stacked without a blank line between them: a list of key points, not a headline. */
  inStackedList: -2,
  /** "Agenzia Nazionale Stampa Associata - ANSA.it": a site's name carries its domain; headlines seldom do. */
  namesDomain: -1,
  /** Forums and agencies print the byline and date above the headline (a short label may stand between). */
  belowMetadata: 1,
  /** "معاون وزیر راه خبر داد" / headline / deck: a short kicker stacked over a longer headline and its deck. */
  kickerOverHeadline: -3,
} as const;

/** Lines above a masthead at most ("Skip to content", "Menu"). */
const MASTHEAD_REACH = 3;
/** A site's name over its motto: a few words. */
const MASTHEAD_NAME_WORDS = 4;
const MAX_KICKER_WORDS = 6;
/** A Persian kicker closes with a verb of saying: "خبر داد" (announced), "اعلام کرد", "تاکید کرد", "گفت". */
const MAX_SAYING_KICKER_WORDS = 10;
const SAYING_KICKER = /(?:خبر داد|اعلام کرد|تأکید کرد|تاکید کرد|هشدار داد|مطرح کرد|عنوان کرد|اظهار کرد|گفت)$/u;
/** A short label with no full stop over a longer line: the section's or story's kicker over its headline. */
const opensWithKicker = (kicker: string, below: string): boolean => {
  const words = wordCount(kicker);
  return words <= MAX_KICKER_WORDS && !endsSentence(kicker) && wordCount(below) > words;
};

const MIN_STACKED_LIST = 3;
const DOMAIN = /\b[\w-]+\.(?:com|net|org|it|de|fr|es|pt|nl|ru|tr|ir|in|pk|br|co\.uk|co|info|news|az|am|ge)\b/iu;

/** For each line, whether it is one of at least three text lines stacked without blank lines between them, set apart by blank lines. */
export function stackedListLines(lines: readonly Line[], roles: readonly HeaderRole[]): boolean[] {
  const inList = roles.map(() => false);
  for (let start = 0; start < roles.length; ) {
    let end = start;
    if (roles[start] === 'text') while (end + 1 < roles.length && roles[end + 1] === 'text' && lines[end + 1]!.blankBefore === 0) end++;
    // Only where the page sets blocks apart by blank lines: in a dump without any, every header is stacked.
    const setApart = lines[start]!.blankBefore > 0 && (lines[end + 1]?.blankBefore ?? 1) > 0;
    // "Cognac" / headline / deck: a kicker over a headline is no list item.
    const kicker = end > start && opensWithKicker(lines[start]!.text, lines[start + 1]!.text) ? 1 : 0;
    if (end - start + 1 - kicker >= MIN_STACKED_LIST && setApart) inList.fill(true, start, end + 1);
    start = end + 1;
  }
  return inList;
}

/** The first two letters are lower case (scripts without case never are). */
const LOWER_CASE_START = /^\p{Ll}\p{Ll}/v;

const PAGE_TITLE_SEPARATOR = /\s[|–—-]\s|:\s/u;
const TICKER = /^(?:breaking(?: news)?|just in|live|update|eilmeldung|\+\+\+|última hora|dernière minute|alerte|en directo|عاجل|فوری|срочно|son dakika)\s*[:|+-]/iu;
/**
 * "London 9°C", "Ulaanbaatar -18°C", "Weather: Cedar Falls 54°F  Partly Cloudy": a weather widget is a place and a
 * temperature, maybe the sky's state after it (a headline may name a temperature too, but goes on).
 */
const WEATHER_WIDGET = /^(?:weather:? )?(?:\S+ ){1,3}[-−]?\d{1,3}\s?°[CF](?:,?\s{1,3}\p{L}+(?: \p{L}+){0,2})?$/iu;
/** "Breaking News" over "Boil water notice lifted": the line under a ticker's label is its item, not the headline. */
const TICKER_LABEL = /^(?:breaking(?: news)?|just in|eilmeldung|última hora|dernière minute|en directo|live updates?)$/iu;
/** "USD 3,398.50 | EUR 3,671.20 | CNY 470.15": a rates ticker is mostly figures; a headline is mostly words. */
const FIGURE = /[\d.,%]/gu;
const MAX_HEADLINE_FIGURE_SHARE = 0.3;
const isMostlyFigures = (text: string): boolean => (text.match(FIGURE)?.length ?? 0) > text.replace(/\s/gu, '').length * MAX_HEADLINE_FIGURE_SHARE;
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 25;

/**
 * A blog's date header ("Friday, June 5, 2020", no time) above the post title, with no byline
 * before it: the lines above it are the blog's name and motto. Returns its index or -1.
 */
function blogDateHeader(lines: readonly Line[], roles: readonly HeaderRole[]): number {
  const at = roles.indexOf('date');
  // A byline directly under the date makes the two the post's own metadata, under its title.
  if (at < 0 || roles.slice(0, at).includes('byline') || roles[at + 1] === 'byline' || !roles.slice(at + 1).includes('text')) return -1;
  // "2024-05-21" / deck / "Written by …" / "May 21, 2024": the post dated again under its byline; a blog's date header is the only date above its post.
  // (The page's "today" over its menu is no header either, but is left for the menu to tell.)
  if (roles[at + 1] === 'text' && roles.includes('date', at + 1)) return -1;
  // "Moldova and Gazprom fail to agree" / "03.03.2021": a date directly under the file's first line dates that headline
  // (a blog's date header stands under its name and motto).
  if (at === 1 && lines[at]!.blankBefore === 0 && roles[0] === 'text') return -1;
  const date = parseDateLine(lines[at]!.text);
  return date && date.time === null ? at : -1;
}

/** Parts of the first line when it reads like a page title ("Headline | Site Name"). */
function pageTitleParts(lines: readonly Line[]): Set<string> {
  const first = lines[0]?.text ?? '';
  const parts = first.split(PAGE_TITLE_SEPARATOR).map((p) => p.trim());
  return new Set(parts.length > 1 ? parts : []);
}

/** "13 Comments on “Headline”", "2 thoughts on Headline": a blog's comment heading names the post. */
const NAMING_COMMENT_HEADING = /^(?:\d{1,5}|one|two|three) (?:thoughts?|responses?|comments?|replies|reactions?) (?:on|to) ["“‘«]?(\S.{0,200}?)["”’»]?$/iu;

const LOWER_CASE_BIT = 0x20;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const LETTER_O = 0x6f;
const LETTER_T = 0x74;

/** Headlines the page's comment headings name, anywhere in the file. */
export function titlesNamedByCommentHeadings(lines: readonly Line[]): Set<string> {
  const named = new Set<string>();
  for (const { text } of lines) {
    // A count opens the heading: a digit, or "one", "two", "three".
    const first = text.charCodeAt(0) | LOWER_CASE_BIT;
    if (!((first >= DIGIT_0 && first <= DIGIT_9) || first === LETTER_O || first === LETTER_T)) continue;
    const title = text.includes(' on ') || text.includes(' to ') ? NAMING_COMMENT_HEADING.exec(text)?.[1] : undefined;
    if (title !== undefined) named.add(title);
  }
  return named;
}

/**
 * A section's label: two words at most, or one short run of Thai, Lao, Khmer or Myanmar ("ภูมิภาค"), written
 * without spaces between words (a Chinese or Japanese headline may be as short: "港口渡轮时刻表调整").
 */
const SHORT_UNSPACED_LABEL = 8;
const SOUTHEAST_ASIAN_SCRIPT = new RegExp(`^${SOUTHEAST_ASIAN_LETTER}+$`, 'v');
const isShortLabel = (text: string): boolean => wordCount(text) <= 2 || ([...text].length <= SHORT_UNSPACED_LABEL && SOUTHEAST_ASIAN_SCRIPT.test(text));

/**
 * Index of the headline among the header lines, or -1 when no line can be one. `namedTitles`: headlines
 * that other parts of the page name (titlesNamedByCommentHeadings).
 */
export function findTitle(lines: readonly Line[], roles: readonly HeaderRole[], namedTitles: ReadonlySet<string> = new Set()): number {
  const lastText = roles.lastIndexOf('text');
  if (lastText < 0) return -1;
  const dateHeader = blogDateHeader(lines, roles);
  const lastNav = Math.max(roles.slice(0, lastText).lastIndexOf('nav'), dateHeader);
  const firstAfterNav = roles.findIndex((r, i) => i > lastNav && r === 'text');
  const echoes = pageTitleParts(lines);
  const isMetadata = (i: number): boolean => (roles[i] === 'byline' || roles[i] === 'date') && i !== dateHeader;
  const inStackedList = stackedListLines(lines, roles);
  // Captions, and the place the story was filed from ("GİRESUN" over the agency), may stand between a headline and its byline.
  // So may the section's one- or two-word label ("Regional" / byline), set over the byline.
  const afterCaptions = (k: number): number => {
    let at = k;
    while (roles[at] === 'caption') at++;
    if (roles[at] === 'nav' && UPPER_CASE_PLACE.test(lines[at]!.text) && isMetadata(at + 1)) at++;
    else if (roles[at] === 'text' && isShortLabel(lines[at]!.text) && isMetadata(at + 1)) at++;
    return at;
  };
  // Metadata directly above (a short label may stand between) that no text line heads: not a byline between a headline and its deck.
  const underMetadataBlock = (i: number): boolean => {
    let k = i - 1;
    if (roles[k] === 'text' && wordCount(lines[k]!.text) <= 2) k--;
    if (!isMetadata(k)) return false;
    while (k > 0 && isMetadata(k - 1)) k--;
    // "Society" over the date: the section's label heads the block, not a headline.
    if (roles[k - 1] === 'text' && wordCount(lines[k - 1]!.text) <= 2) k--;
    return roles[k - 1] !== 'text';
  };

  const stackedText = (k: number): boolean => roles[k] === 'text' && lines[k]!.blankBefore === 0;
  const isKicker = (k: number): boolean => {
    const { text } = lines[k]!;
    const headline = lines[k + 1]?.text ?? '';
    if (!stackedText(k + 1) || endsSentence(headline)) return false;
    // "مدیرعامل آب منطقه‌ای اصفهان خبر داد" ("… announced") over the headline: a Persian kicker names who said it, in a verb of saying.
    const saying = SAYING_KICKER.test(text) && wordCount(text) <= MAX_SAYING_KICKER_WORDS && wordCount(headline) > wordCount(text);
    return saying || (stackedText(k + 2) && opensWithKicker(text, headline));
  };

  let best = -1;
  let bestScore = -Infinity;
  roles.forEach((role, i) => {
    if (role !== 'text') return;
    const { text } = lines[i]!;
    const words = wordCount(text);
    let score = 0;
    if ((i > 0 && words >= MIN_HEADLINE_WORDS && echoes.has(text)) || namedTitles.has(text)) score += WEIGHTS.echoedByPageTitle;
    // A one- or two-word label ("Opinion", "r/cycling") above a byline is the section, not the headline.
    // Photo captions may stand between the headline (and its deck) and the byline.
    const next = afterCaptions(i + 1);
    // The last of a list of links stacked without blank lines, set apart from the line under it, heads no deck: that line is the headline.
    const endsLinkList = (): boolean => stackedText(i) && stackedText(i - 1) && roles[i - 2] === 'text' && lines[next]!.blankBefore > 0;
    const overDeck = (): boolean => roles[next] === 'text' && isMetadata(afterCaptions(next + 1)) && !endsLinkList();
    if (words > 2 && (isMetadata(next) || overDeck())) {
      // "AGERPRES - Agenţia Naţională de Presă" / "Marţi, 11 Februarie 2025" / the menu: a masthead over the page's date, the site's navigation under them.
      // The masthead tops the page: under the menu and the breadcrumb, the first text is the headline (a share bar under its date).
      let after = next;
      while (isMetadata(after)) after++;
      // "CASPIAN WIRE" / "Business and politics from the Caspian…" / the date: the site's motto under its name belongs to the masthead too.
      // (A first line over the date and a share bar may as well be the headline: it takes the site's menu further down to tell.)
      const firstText = roles.indexOf('text');
      const motto = i === firstText + 1 && wordCount(lines[firstText]!.text) <= MASTHEAD_NAME_WORDS && lastText > after;
      const masthead = roles[after] === 'nav' && i <= MASTHEAD_REACH && ((i === firstText && after < lastNav) || motto);
      score += masthead ? WEIGHTS.mastheadOverDate : WEIGHTS.aboveMetadata;
    }
    if (text.includes(' | ')) score += WEIGHTS.pipeSeparated;
    if (i === firstAfterNav) score += WEIGHTS.firstAfterNavigation;
    if (words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS) score += WEIGHTS.headlineLength;
    if (isShortLabel(text)) score += WEIGHTS.tooShort;
    if (/[^.]\.$/u.test(text) && !isTitleCased(text)) score += WEIGHTS.fullStop;
    if (words >= MIN_HEADLINE_WORDS && text.endsWith(':')) score += WEIGHTS.introducesBelow;
    if (TICKER.test(text) || WEATHER_WIDGET.test(text) || (i > 0 && TICKER_LABEL.test(lines[i - 1]!.text)) || isMostlyFigures(text)) score += WEIGHTS.tickerOrWidget;
    if (LOWER_CASE_START.test(text)) score += WEIGHTS.lowerCaseStart;
    if (inStackedList[i]) score += WEIGHTS.inStackedList;
    if (DOMAIN.test(text)) score += WEIGHTS.namesDomain;
    if (words > 2 && underMetadataBlock(i)) score += WEIGHTS.belowMetadata;
    if (isKicker(i)) score += WEIGHTS.kickerOverHeadline;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
