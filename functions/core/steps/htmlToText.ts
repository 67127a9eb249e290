/**
 * A saved HTML page as the plain-text layout the pipeline reads. Like Readability, it trusts the
 * page's structure where the structure is unambiguous: the headline is the heading that the page's
 * metadata names, everything above it (site header, menus) goes, and the header is rewritten from
 * the metadata as title / deck / "By …" / ISO date lines. Furniture elements (nav, forms, asides,
 * buttons) go, figure captions are marked as captions, and nested lists and reply containers are
 * indented so comment threads keep their shape.
 */
import { BRACKETED_CAPTION, DATE_LINE_PREFIX, LABELLED_ID, SOURCE_ID_LINE, imagePlaceholder } from '../patterns';
import { readHtmlMetadata, type HtmlMetadata } from './htmlMetadata';
import { decodeEntities, flatText, inlineText } from './htmlText';
import { parseDateLine } from './parseDate';
import { plainHeaderLines } from './plainLayout';
import { bareNames, readByline } from './readByline';
import { withoutSourceIdSegment } from './sourceIdSegment';

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/iu;
const HIDDEN_ELEMENTS = /<(script|style|noscript|template|svg|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
/**
 * `<strong>Gerent Polglase</strong><span class="cc-icon-right-arrow"><svg>…</svg></span><a>Tamsin Rowe</a>`, Disqus's
 * `<i aria-label="in reply to" class="icon-forward">`: the arrow icon a comment system draws between a reply's author and
 * the commenter answered, shown as the arrow it is.
 */
const ARROW_ICON = /<(span|i)\s[^>]*\b(?:class\s*=\s*["'][^"']*\b[\w-]*(?:right-arrow|arrow-right|icon-forward)\b[^"']*["']|aria-label\s*=\s*["']in reply to["'])[^>]*>(?:[^<]|<(?!\/?(?:span|i)\b)[^>]*>){0,2000}<\/\1\s*>/giu;
const HEAD_ELEMENT = /<head\b[^>]*>[\s\S]*?<\/head\s*>/iu;
const COMMENTS = /<!--[\s\S]*?-->/gu;
/** Elements that hold no article or comment text: menus, forms and their controls, side boxes. */
const FURNITURE_ELEMENTS = /<(nav|form|aside|button|select|textarea|dialog|menu)\b[^>]*>[\s\S]*?<\/\1\s*>/giu;
/** `<button class="coral-comment-username"><span>Ron Wallach</span></button>`: a commenter's name set in a button (it opens their profile) is text, unlike the other buttons. */
const NAME_BUTTON = /<button\s[^>]*\bclass\s*=\s*["'][^"']*\b[\w-]*(?:user-?name|author-?name|commenter)\b[^"']*["'][^>]*>([\s\S]*?)<\/button\s*>/giu;
/** A post's tag list ("node__meta-tags", "post-tags", "tag-cloud"): its links would read as one line of words (a caption or a deck). */
const TAG_LIST = /<(div|ul|p|span)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:[\w-]*[_-]tags|tags|tag-list|tag-cloud|tagcloud)(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
/** A picture's credit in an element of its own beside the caption ("article-figure__credit"): after captions are marked, it is no text. */
const CREDIT_ELEMENT = /<(div|span|p|small)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?[\w-]*(?:__|-|\b)credits?(?:\s[^"']*)?["'][^>]*>[^<]{0,120}<\/\1\s*>/giu;
/**
 * "Community Reporter", "Regular" (a forum's rank beside the member's name), a post's number in the thread (`cm_num`), or where the commenter
 * lives (`<span class="cmt-location">from Whitefield</span>`, `<span class="cm_from">IR</span>`: the markup says it is no part of the name): labels, no text.
 */
const BADGE_ELEMENT = /<(span|div|small)\s[^>]*\b(?:class\s*=\s*["'](?:[^"']*\s)?(?:user-title|user-badge|user-rank|user-flair|author-badge|flair|(?:cm|cmt|comment|commenter|author|user)[_-](?:location|loc|city|town|from|country|flag|num|number))(?:\s[^"']*)?["']|itemprop\s*=\s*["']position["'])[^>]*>[^<]{0,60}<\/\1\s*>/giu;
/** `<p class="related">More Rivermen: <a>…</a></p>`: a box of links to other stories, set in the text. */
const RELATED_ELEMENT = /<(p|ul|aside)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:related|related-links?|related-stories|read-more|more-stories|also-read|see-also)(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
/**
 * `<div class="inline-related">`, `<div class="gp-related-card">`, `<div class="b-interstitial-link">`, `<div class="paywall-box">`: a box of links to other stories, or the
 * subscription pitch, set between the paragraphs and named so by its class (a word of it, between hyphens or underscores).
 */
// A box holds no block of its own: a region of related blocks (a sidebar, a list after the text) is left to mark where the article ends.
const RELATED_OR_PAYWALL_BOX = /<(div|p)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:[\w-]*[_-])?(?:related|paywall|interstitial)(?:[_-][\w-]*)?(?:\s[^"']*)?["'][^>]*>(?:(?!<\/?(?:div|section)\b)[\s\S]){0,1500}?<\/\1\s*>/giu;
/** A forum post's signature: the member's motto and links under every post, no part of it. */
const SIGNATURE = /<(div|span|p)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:signature|post-signature|user-signature)(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
/** A theme's author profile beside the post ("author__bio", "author-description"): the writer's own blurb, no part of the article. */
const AUTHOR_BLURB = /<(div|p)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?[\w-]*author(?:__|-)(?:bio|description|about)(?:\s[^"']*)?["'][^>]*>[\s\S]{0,1200}?<\/\1\s*>/giu;
/** Ghost's bookmark card: a linked page's title, description and site name, set in the text as a preview. */
const LINK_CARD = /<figure\s[^>]*\bclass\s*=\s*["'][^"']*\b(?:kg-bookmark-card|bookmark-card|link-preview)\b[^"']*["'][^>]*>[\s\S]*?<\/figure\s*>/giu;
/** Ghost's signup card and a theme's newsletter box: their heading and lines ("… delivered free every Tuesday.", "No spam. Unsubscribe anytime."). */
const SIGNUP_LINE = /<(h[1-6]|p)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:kg-signup-card|signup|newsletter|subscribe)[\w-]*(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
/** A form's answers, shown only after it is sent ("Thank you! Your submission has been received!", Webflow's `w-form-done`). */
const FORM_MESSAGE = /<(div|p)\s[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?(?:w-form-done|w-form-fail|form-success|form-error|form-done|form-fail)(?:\s[^"']*)?["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
/** A theme's second `<time>` (the modified date) beside the published one. */
const MODIFIED_TIME = /<time\s[^>]*class\s*=\s*["'][^"']*\b(?:updated|modified)\b[^"']*["'][^>]*>[\s\S]*?<\/time\s*>/giu;
const FIGCAPTION = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>/giu;
/** `<figcaption>…</figcaption><div class="Figure-credit">(AP Photo/Kyle Brennan)</div>`: the credit set right after the caption is printed with it. */
const FIGCAPTION_THEN_CREDIT = /<figcaption\b[^>]*>([\s\S]*?)<\/figcaption\s*>\s*<(div|span|p|small)\s[^>]*\bclass\s*=\s*["'][^"']*\bcredits?\b[^"']*["'][^>]*>([^<]{1,120})<\/\2\s*>/giu;
/** Discourse's lightbox: the picture's file name and size under it ("front-street.jpeg", "1600×1067 212 KB"), no caption. */
const LIGHTBOX_META = /<div\s[^>]*\bclass\s*=\s*["']meta["'][^>]*>\s*(?:<svg\b[\s\S]{0,400}?<\/svg\s*>\s*)?<span\s[^>]*\bclass\s*=\s*["']filename["'][\s\S]{0,600}?<\/div\s*>/giu;
/** A paragraph set wholly in italics right under a picture (Markdown's `*…*` under an image): its caption. */
const EMPHASIZED_CAPTION = /(<img\b[^>]*>(?:\s*<\/(?:a|div|span|p)\s*>){0,4})\s*<p\b[^>]*>\s*<(em|i)>([^<]{8,300})<\/\2\s*>\s*<\/p\s*>/giu;
/** Captions marked by class in older themes: WordPress `wp-caption-text`, Blogger `tr-caption`, Joomla K2 `itemImageCaption`; Wix's `data-hook="imageViewerCaption"`. */
const CLASSED_CAPTION = /<(p|div|td|span)\s[^>]*\b(?:class|data-hook)\s*=\s*["'][^"']*\b(?:wp-caption-text|tr-caption|[\w-]*(?:image|viewer)-?caption|media-caption|caption-text|photo-caption)\b[^"']*["'][^>]*>([\s\S]*?)<\/\1\s*>/giu;
const TITLE_HEADING = /<(h[1-3])\b[^>]*>([\s\S]*?)<\/\1\s*>/giu;
const H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/giu;
/** `<time datetime="2023-09-14T08:30:00+01:00">14 September 2023</time>` */
// `<time datetime="…"><small>2 days ago</small></time>`: the shown time may sit in an inline element of its own.
const TIME_ELEMENT = /<time\b[^>]*?\sdatetime=["']([^"']{4,40})["'][^>]*>((?:[^<]|<\/?(?:small|span|abbr|strong|em|[abi])\b[^>]{0,300}>){0,120})<\/time>/giu;
const INLINE_TAG = /<[^>]*>/gu;
const HAS_CLOCK_TIME = /T\d{2}:\d{2}/u;
/** Midnight or noon, to the second: what a CMS stores for a date without a time (Drupal's date fields keep noon UTC). */
const PLACEHOLDER_TIME = /T(?:00|12):00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$/u;
const SHOWN_CLOCK = /\d:\d{2}|\d\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h\d)/iu;
/** `<title>Headline | Site</title>`: a site name behind a separator. */
const SITE_SUFFIX = /\s+[|–—\-:·•]\s+[^|–—\-:·•]{1,60}$/u;
/** `<title>Blog Name: Post title</title>`: Blogger puts the blog's name first, before a colon. */
const SITE_PREFIX = /^[^|–—:·•]{1,60}:\s+/u;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 1024));
}

/** `<a class="time-ago" title="Thursday, March 14, 2024 1:02 PM">2 hours ago</a>`: the exact time in a tooltip (a clock icon may stand before the shown time). */
const TITLED_TIME = /<(a|span|abbr|div)\s[^>]*?\btitle=["']([^"']{6,60})["'][^>]*>(?:<i\b[^>]{0,200}>\s*<\/i>\s*)?([^<]{1,40})<\/\1\s*>/giu;
// "2 godziny temu", "3 uur geleden", "há 2 horas": the relative times of the languages read.
const RELATIVE_OR_CLOCK = /(?<!\p{L})(?:ago|vor|hace|il y a|fa|temu|geleden|atrás|há|назад|önce|sitten|sedan|siden)(?!\p{L})|^\s*\d{1,2}:\d{2}/iu;
const HAS_YEAR = /\b(?:19|20)\d{2}\b/u;
/** "mardi 23 juillet 2024 à 12:20" over "23 juil. 2024": the tooltip has the time of day the shown date lacks. */
const CLOCK = /\b\d{1,2}[:h]\d{2}\b/u;
/** Whether the shown date's numbers ("23", "2024") are the tooltip's too: the same day, not another one. */
const numbersWithin = (shown: string, tooltip: string): boolean => {
  const numbers = shown.match(/\d+/gu);
  const inTooltip = new Set(tooltip.match(/\d+/gu));
  return numbers !== null && numbers.every((n) => inTooltip.has(n));
};

/**
 * A machine-readable time with a time of day replaces the shown one: it is exact and has its zone.
 * So does a tooltip's full date over a relative or clock-only time ("2 hours ago", "9:12 AM").
 */
function machineTimes(html: string): string {
  return html
    // "Monday, March 4, 2024" over "2024-03-04T12:00:00Z": the page shows a day; the time is a placeholder.
    // "Published Feb. 6, 2024 2:20 p.m. ET" keeps its label: an "Updated" time beside it is no publication.
    .replace(TIME_ELEMENT, (element, machine: string, markup: string) => {
      const shown = markup.replace(INLINE_TAG, '');
      return HAS_CLOCK_TIME.test(machine) && !(PLACEHOLDER_TIME.test(machine) && !SHOWN_CLOCK.test(shown)) ? ` ${DATE_LINE_PREFIX.exec(shown.trim())?.[0] ?? ''}${machine} ` : element;
    })
    // "Mar 3" with "Mar 3, 2025, 9:14 AM" in its tooltip: the same day, the year and time added.
    .replace(TITLED_TIME, (element, _tag: string, tooltip: string, shown: string) =>
      HAS_YEAR.test(tooltip) && (RELATIVE_OR_CLOCK.test(shown) || (tooltip.startsWith(shown.trim()) && !HAS_YEAR.test(shown)) || (CLOCK.test(tooltip) && !CLOCK.test(shown) && numbersWithin(shown, tooltip)))
        ? ` ${tooltip} `
        : element,
    );
}

const comparable = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ').trim();

/** The heading the metadata names as the headline (or the page's only `<h1>`): where the article starts. */
/** `<h1><span class="kicker">Verkehr in Grimma</span> <span>Mühlbrücke wird saniert</span></h1>`: the label set over the headline inside it. */
const KICKER = /<(span|div|small|em|strong)\s[^>]*\bclass\s*=\s*["'](?:[^"']*[\s_-])?(?:kicker|overline|dachzeile|topline|eyebrow|roofline|supertitle|surtitre)(?![a-z])[^"']*["'][^>]*>[\s\S]*?<\/\1\s*>/giu;
const headingText = (inner: string): string => inlineText(inner.replace(KICKER, ' '));

function findTitleHeading(html: string, titles: readonly string[]): { title: string; start: number; end: number } | null {
  const wanted = new Set(titles.flatMap((title) => [comparable(title), comparable(title.replace(SITE_SUFFIX, '')), comparable(title.replace(SITE_PREFIX, ''))]));
  for (const heading of html.matchAll(TITLE_HEADING)) {
    const title = headingText(heading[2] ?? '');
    if (title !== '' && wanted.has(comparable(title))) return { title, start: heading.index, end: heading.index + heading[0].length };
  }
  const h1s = [...html.matchAll(H1)];
  const only = h1s.length === 1 ? h1s[0] : undefined;
  const title = only === undefined ? '' : headingText(only[1] ?? '');
  return only === undefined || title === '' ? null : { title, start: only.index, end: only.index + only[0].length };
}

const DECK_CANDIDATE = /<(p|div|h2|h3|span|header)\b([^>]*)>([\s\S]{1,1500}?)<\/\1\s*>/giu;
const HAS_CLASS = /\bclass\s*=/iu;
/** How far below the headline a deck may sit (a byline, a date and an image may come first). */
const DECK_WINDOW = 4000;

/**
 * The deck (standfirst) below the headline: an element repeating the page's description. A bare
 * `<p>` repeating it is the first paragraph of the text (many sites copy it into the description).
 */
function findDeck(html: string, description: string | null): { deck: string; start: number; end: number } | null {
  if (description === null) return null;
  const wanted = comparable(description);
  DECK_CANDIDATE.lastIndex = 0;
  for (let match = DECK_CANDIDATE.exec(html); match !== null && match.index < DECK_WINDOW; match = DECK_CANDIDATE.exec(html)) {
    const [element, tag, attrs, inner] = match;
    const deck = inlineText(inner ?? '');
    if (comparable(deck) === wanted && (tag !== 'p' || HAS_CLASS.test(attrs ?? ''))) {
      return { deck, start: match.index, end: match.index + element.length };
    }
  }
  return null;
}

const NESTING_TAG = /<(\/?)(ol|ul|div|section|article)\b([^>]*)>/giu;
/**
 * Reply containers: WordPress `children`, Drupal `indented` and `comments__item-indent`, BEM `comment__replies`, the common `replies`
 * names, Isso's `isso-follow-up`, and a reply that is itself the container (BEM's modifier `comment--reply`, a reply `<article>` inside its parent's).
 */
const REPLY_CONTAINER =
  /\bclass\s*=\s*["'][^"']*\b(?:wpd-reply(?![\w-])|children|_44ri|UFIReplyList|indented|replies|comment-replies|sub-?comments|nested-comments|reply-list|[\w-]*__replies|[\w-]*-(?:antworten|respuestas|reponses|risposte|respostas|odpowiedzi)|[\w-]*item-indent|[\w-]*--reply|[\w-]*reply-?list|comment_reply_holder|[\w-]*follow-up)\b|\bdata-(?:role|testid)\s*=\s*["']replies["']|\baria-label\s*=\s*["']comment reply["']/iu;
/** A comment list (`comments-list`, JComments' tree): one opened inside another holds replies. */
const COMMENT_LIST = /\bclass\s*=\s*["'][^"']*\bcomments?-list\b/iu;
const SOURCE_INDENT = /^[ \t]+/gmu;
/** Spaces per nesting level: reply threads nest by indentation. */
const LIST_INDENT = 4;

/** "comment-depth-2", "depth-3", "level-2", "comment_level_1" (Remark42, from 0), `data-level="2"`: a comment's nesting named by its markup (Dreamwidth and LiveJournal set thread levels side by side). */
// Vivvo's `data-level="1"` and Coral's "coral-depth-0" count from 0: a page that prints a level 0 counts so throughout.
const DEPTH_MARK = /\b(?:class\s*=\s*["'][^"']*\b(?:comment[-_]|thread[-_])?(?:depth|level)[-_](\d{1,2})\b|data-(?:level|depth)\s*=\s*["'](\d{1,2})["'])/iu;
const LEVEL_ZERO = /\b(?:(?:comment_)?(?:depth|level)[-_]0\b|data-(?:level|depth)\s*=\s*["']0["'])/iu;

interface OpenElement {
  tag: string;
  kind: 'list' | 'replies' | 'plain';
  commentList: boolean;
  /** The nesting level its markup names (1 = top level), or null. */
  depth: number | null;
}

/** Block elements become line breaks, nested lists and reply containers are indented. */
function indentedText(html: string): string {
  const firstLevel = LEVEL_ZERO.test(html) ? 0 : 1;
  const out: string[] = [];
  const open: OpenElement[] = [];
  let from = 0;
  const level = (): number => {
    // A level named by a class counts once: only the lists and reply containers inside it add to it.
    const named = open.findLastIndex((element) => element.depth !== null);
    const inside = named < 0 ? open : open.slice(named + 1);
    const lists = inside.filter((element) => element.kind === 'list').length;
    const replies = inside.filter((element) => element.kind === 'replies').length;
    return named < 0 ? Math.max(0, lists - 1) + replies : open[named]!.depth! - 1 + lists + replies;
  };
  const emit = (segment: string): void => {
    const indent = ' '.repeat(LIST_INDENT * level());
    // The source's own indentation (tabs before an inline element) is never shown: only nesting indents.
    const text = flatText(segment).replace(SOURCE_INDENT, '');
    out.push(indent.length === 0 ? text : text.replace(/^(?=[^\n])/gmu, indent));
  };
  for (const tag of html.matchAll(NESTING_TAG)) {
    emit(html.slice(from, tag.index));
    const [, closing, name = '', attrs = ''] = tag;
    const tagName = name.toLowerCase();
    if (closing === '/') {
      const at = open.map((element) => element.tag).lastIndexOf(tagName);
      if (at >= 0) open.length = at;
    } else {
      const commentList = COMMENT_LIST.test(attrs);
      const nestedList = commentList && open.some((element) => element.commentList);
      const kind = tagName === 'ol' || tagName === 'ul' ? 'list' : REPLY_CONTAINER.test(attrs) || nestedList ? 'replies' : 'plain';
      const mark = DEPTH_MARK.exec(attrs);
      const named = mark ? Number(mark[1] ?? mark[2]) + 1 - firstLevel : 0;
      open.push({ tag: tagName, kind, commentList, depth: named >= 1 ? named : null });
    }
    out.push('\n\n');
    from = tag.index + tag[0].length;
  }
  emit(html.slice(from));
  return out.join('');
}

/** The caption closing the text above the headline, when nothing but a few short lines (a kicker, a label) stand between. */
const LEAD_CAPTION_REACH = 3;
function leadCaptionAbove(lines: readonly string[]): string | null {
  const shown = lines.filter((line) => line.length > 0);
  const at = shown.slice(-LEAD_CAPTION_REACH).findLastIndex((line) => BRACKETED_CAPTION.test(line));
  return at < 0 ? null : shown.slice(-LEAD_CAPTION_REACH)[at]!;
}

/** A caption in the form the header and body steps recognise wherever it stands. */
const captionLine = (caption: string): string => `\n\n${imagePlaceholder(inlineText(caption))}\n\n`;

const TAGS_MARK = '<p>Tags:</p>';
/** A paragraph of running text: where the article has begun. */
const FIRST_PARAGRAPH = /<p\b[^>]*>[^<]{80}/u;
/** A tag list set above the text (a forum topic's tags under its title) closes nothing: its mark goes. */
function withoutTagsAboveText(html: string): string {
  const mark = html.indexOf(TAGS_MARK);
  if (mark < 0) return html;
  const text = html.search(FIRST_PARAGRAPH);
  return text > mark ? html.slice(0, text).replaceAll(TAGS_MARK, '') + html.slice(text) : html;
}

/** What is left once hidden elements, furniture and modified dates are gone; captions marked. */
function visibleBody(html: string): string {
  return machineTimes(
    html
      .replace(HEAD_ELEMENT, '')
      .replace(NAME_BUTTON, '<span>$1</span>')
      .replace(FURNITURE_ELEMENTS, '')
      .replace(SIGNATURE, '')
      .replace(AUTHOR_BLURB, '')
      .replace(BADGE_ELEMENT, '')
      .replace(RELATED_ELEMENT, '')
      .replace(RELATED_OR_PAYWALL_BOX, '')
      // Its place stays marked: at the end of the text a tag list closes the article.
      .replace(TAG_LIST, TAGS_MARK)
      .replace(LINK_CARD, '')
      .replace(SIGNUP_LINE, '')
      .replace(FORM_MESSAGE, '')
      .replace(MODIFIED_TIME, '')
      .replace(LIGHTBOX_META, '')
      .replace(FIGCAPTION_THEN_CREDIT, (_, caption: string, _tag: string, credit: string) => captionLine(`${caption} ${credit}`))
      .replace(FIGCAPTION, (_, caption: string) => captionLine(caption))
      .replace(EMPHASIZED_CAPTION, (_, picture: string, _tag: string, caption: string) => `${picture}${captionLine(caption)}`)
      .replace(CLASSED_CAPTION, (_, _tag: string, caption: string) => captionLine(caption))
      .replace(CREDIT_ELEMENT, ''),
  );
}

/** An element classed as the author's ("blog-author", "byline", "p-author", Wix's `data-hook="user-name"`) just above the headline. */
const AUTHOR_ELEMENT = /<(span|div|p|a)\s[^>]*\b(?:class\s*=\s*["'](?:[^"']*\s)?(?:[\w-]*author(?:-name)?|byline)(?:\s[^"']*)?["']|data-hook\s*=\s*["']user-name["'])[^>]*>([\s\S]{1,300}?)<\/\1\s*>/giu;
/** How far above the headline a theme's author and date elements may stand. */
const META_ABOVE_REACH = 2000;
function authorsAbove(html: string): string[] {
  const last = [...html.matchAll(AUTHOR_ELEMENT)].pop();
  const text = last === undefined ? '' : inlineText(last[2]!);
  return text === '' ? [] : (readByline(text)?.authors ?? bareNames(text) ?? []);
}

/** An element classed as the post's date ("post-date", Wix's `data-hook="time-ago"`) above the headline, its text alone. */
const DATE_ELEMENT = /<(span|div|p|li|time)\s[^>]*\b(?:class\s*=\s*["'](?:[^"']*\s)?[\w-]*(?:post|entry|article|publish|news)[\w-]*date(?:\s[^"']*)?["']|data-hook\s*=\s*["']time-ago["'])[^>]*>([^<]{4,80})<\/\1\s*>/giu;
/** The publication date printed above the headline, when the page's metadata has none. */
function dateAbove(html: string): string | null {
  for (const [, , printed] of html.matchAll(DATE_ELEMENT)) {
    const date = parseDateLine(decodeEntities(printed!).trim(), 0.8);
    if (date?.iso) return date.iso;
  }
  return null;
}

function headerFromMetadata(title: string, deck: string | null, metadata: HtmlMetadata): string {
  return plainHeaderLines({ title, subtitle: deck, authors: metadata.authors, publishedAt: metadata.publishedAt }).join('\n');
}

/** `title="Print < Freibad öffnet erst im Juli >"`: brackets inside an attribute's quotes, escaped so no tag pattern ends there. */
const QUOTED_BRACKETS = /=\s?"([^"<>]{0,300}[<>][^"]{0,300})"/gu;
const escapeQuotedBrackets = (html: string): string =>
  html.includes('="') ? html.replace(QUOTED_BRACKETS, (_, value: string) => `="${value.replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}"`) : html;

/**
 * A line break in the source inside a run of text (or at a link or emphasis within it) is a space, as
 * a browser shows it: a hand-wrapped paragraph stays one line. A break between two elements is kept,
 * since saved pages often rely on it where their styles set fields (a name, a date, a menu's links) apart.
 */
const SOURCE_LINE_BREAK = /(?<![ \t])[ \t]*\n[ \t]*(?=\S)/gu;
const INLINE_CLOSE_BEFORE = /<\/(?:[abiq]|em|strong|abbr|code|mark|span|time|small|cite)>$/iu;
const INLINE_OPEN_AFTER = /^<(?:[abiq]|em|strong|abbr|code|mark|span|time|small|cite)[\s>]/iu;
const INLINE_TAG_REACH = 9;
function unwrapText(html: string): string {
  if (html.includes('<pre')) return html;
  return html.replace(SOURCE_LINE_BREAK, (lineBreak: string, at: number) => {
    const before = html[at - 1] ?? '\n';
    const after = html[at + lineBreak.length] ?? '<';
    if (/\s/u.test(before)) return lineBreak;
    const textBefore = before !== '>';
    const textAfter = after !== '<';
    if (!textBefore && !textAfter) return lineBreak;
    const joins =
      (textBefore || INLINE_CLOSE_BEFORE.test(html.slice(Math.max(0, at - INLINE_TAG_REACH), at))) &&
      (textAfter || INLINE_OPEN_AFTER.test(html.slice(at + lineBreak.length, at + lineBreak.length + INLINE_TAG_REACH)));
    return joins ? ' ' : lineBreak;
  });
}

/** The page as plain text, its header rewritten from the metadata when the headline is found. */
export function htmlToText(html: string): string {
  const withoutComments = escapeQuotedBrackets(unwrapText(html.replace(COMMENTS, '')));
  const metadata = readHtmlMetadata(withoutComments);
  // A kicker is a line of its own over the headline, never part of it.
  const page = withoutTagsAboveText(visibleBody(withoutComments.replace(ARROW_ICON, ' → ').replace(HIDDEN_ELEMENTS, '')).replace(KICKER, '<div>$&</div>'));
  const heading = findTitleHeading(page, metadata.titles);
  let text: string;
  if (heading === null) {
    text = indentedText(page);
  } else {
    const rest = page.slice(heading.end);
    const deck = findDeck(rest, metadata.description);
    const article = deck === null ? rest : rest.slice(0, deck.start) + rest.slice(deck.end);
    // "کد خبر: ۴۵۶۷۸۹" in the info bar above the headline: the page's id for the story, kept with the header.
    const aboveLines = indentedText(page.slice(0, heading.start)).split('\n').map((line) => line.trim());
    // "Pressemitteilung Nr. 047/2024 | 18.04.2024": an id beside the date in the same meta row.
    const idLine = aboveLines.find((line) => LABELLED_ID.test(line) || SOURCE_ID_LINE.test(line) || withoutSourceIdSegment(line).id !== null);
    // The lead picture set above the headline (Medium's hero image): its caption, directly over the heading.
    const leadCaption = leadCaptionAbove(aboveLines);
    // A theme may set the byline above the headline (Squarespace's meta row): it would go with the site's header.
    const above = page.slice(Math.max(0, heading.start - META_ABOVE_REACH), heading.start);
    const authors = metadata.authors.length > 0 ? metadata.authors : authorsAbove(above);
    const publishedAt = metadata.publishedAt ?? dateAbove(above);
    text = `${idLine === undefined ? '' : `${idLine}\n`}${headerFromMetadata(heading.title, deck?.deck ?? null, { ...metadata, authors, publishedAt })}\n\n${leadCaption === null ? '' : `${leadCaption}\n\n`}${indentedText(article)}`;
  }
  return text
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
}
