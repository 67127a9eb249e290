import type { Line } from './lines';
import { toLines, toParagraphs } from './lines';
import { PARSER_VERSION, resolveSettings } from './settings';
import { cleanBody } from './steps/cleanBody';
import { MAX_CAPTION_CHARS, isCreditOnly } from './steps/classifyLine';
import { contentHash } from './steps/contentHash';
import { convertMarkup } from './steps/convertMarkup';
import { decodeBytes } from './steps/decodeBytes';
import { dropConsentBanner } from './steps/dropConsentBanner';
import { detectLanguage } from './steps/detectLanguage';
import { dropAuthorBio, isAuthorBio } from './steps/dropAuthorBio';
import { dropForumProfiles } from './steps/dropForumProfiles';
import { dropLinkBoxes } from './steps/dropLinkBoxes';
import { dropMarkLines, withoutTemplatePlaceholders } from './steps/dropMarkLines';
import { dropPullQuotes } from './steps/dropPullQuotes';
import { findBodyStart, shortTextStart } from './steps/findBodyStart';
import { findCommentZone } from './steps/findCommentZone';
import type { DatelineFinding } from './steps/findDateline';
import { findDateline } from './steps/findDateline';
import { titlesNamedByCommentHeadings } from './steps/findTitle';
import { joinPictureLabels, joinReplyLabels } from './steps/joinLabelLines';
import { markGalleryCaptions } from './steps/markGalleryCaptions';
import { foldDigits, printedDigitsOf } from './steps/nativeDigits';
import { normalizeText } from './steps/normalizeText';
import { inPageZone, pageTimeZone } from './steps/pageTimeZone';
import { parseDateLine, withTime } from './steps/parseDate';
import { isAgency, namesCreditedTo } from './steps/readByline';
import { leadCaptions } from './steps/leadCaption';
import { isSectionLabel, listedCategories, readHeader } from './steps/readHeader';
import { REMOVED_PLACEHOLDER } from './steps/readCommentHeader';
import { resolveCommentYears, resolveDateOrder, resolveDottedOrder, resolvePublishedOrder } from './steps/resolveDateOrder';
import { signaturesFirst } from './steps/signaturesFirst';
import type { RawComment } from './steps/splitComments';
import { splitComments } from './steps/splitComments';
import { threadReplies } from './steps/threadReplies';
import { vBulletinPosts } from './steps/vBulletinPosts';
import { xenForoPosts } from './steps/xenForoPosts';
import { endsSentence, wordCount } from './text';
import type { Article, Comment, ParseOptions, ParseResult } from './types';

/** A dateline opens the story; short lines before it (within the first few) are the lead and photo captions with their credits. */
const DATELINE_SEARCH = 4;

/** Lines above the thread (or the file's end) where its heading may name the headline. */
const COMMENT_HEADING_REACH = 40;

function readDateline(paragraphs: string[], text: string): { dateline: DatelineFinding | null; leadingCaptions: string[] } {
  for (let k = 0; k < Math.min(DATELINE_SEARCH, paragraphs.length); k++) {
    // "VALDEMORA, 14 Mar. (EUROPA PRESS) -" on a line of its own opens the paragraph under it.
    const dangling = DANGLING_DASH.test(paragraphs[k]!) && k + 1 < paragraphs.length;
    const found = findDateline(dangling ? `${paragraphs[k]!} ${paragraphs[k + 1]!}` : paragraphs[k]!, text);
    if (!found || (found.openingOnly === true && k > 0)) continue;
    const before = paragraphs.slice(0, k);
    if (before.some((p) => p.length > MAX_CAPTION_CHARS)) break;
    paragraphs.splice(0, k + (dangling ? 2 : 1), found.rest);
    // "IRNA" alone under a picture's caption is its credit, not a caption of its own; "Updated 47 minutes ago" is the page's time;
    // "विस्तार" ("Details") labels the text that follows.
    return { dateline: found, leadingCaptions: before.filter((p) => !isAgency(p) && parseDateLine(p) === null && !isSectionLabel(p)) };
  }
  return { dateline: null, leadingCaptions: [] };
}

const DANGLING_DASH = /\s[—–-]{1,2}$/u;

/** The line above or under the text that credits names to the dateline's agency, with those names. */
function creditedToAgency(articleLines: readonly Line[], agency: string): { line: string; authors: string[] } | null {
  for (const { text } of articleLines) {
    const authors = namesCreditedTo(text, agency);
    if (authors) return { line: text, authors };
  }
  return null;
}

/**
 * "This comment was deleted.": a removed comment stays where replies hang under it (they keep their parent);
 * one nobody answered says nothing, and goes.
 */
function withoutLoneRemovals(raw: readonly RawComment[], maxDepth: number): Comment[] {
  const threaded = threadReplies(raw, maxDepth);
  const parents = new Set(threaded.map((c) => c.parentId));
  // "Marcus Ellery said..." over "This comment has been removed by the author.": the placeholder as the whole text marks it too.
  const removed = (c: RawComment): boolean => c.header.removed || REMOVED_PLACEHOLDER.test(c.text);
  const lone = new Set(raw.flatMap((c, i) => (removed(c) && !parents.has(threaded[i]!.commentId) ? [i] : [])));
  return lone.size === 0 ? threaded : threadReplies(raw.filter((_, i) => !lone.has(i)), maxDepth);
}

/** The line above the text is a dateline waiting for it ("MADRID, 14 Mar. (EUROPA PRESS) -"): the text starts there. */
function withDanglingDateline(lines: readonly Line[], start: number): number {
  const above = lines[start - 1];
  const first = lines[start];
  return above !== undefined && first !== undefined && DANGLING_DASH.test(above.text) && findDateline(`${above.text} ${first.text}`, '') !== null ? start - 1 : start;
}

/**
 * Bytes of an article file → the article and its comment thread.
 *
 * Order matters:
 * 1. decode, convert HTML/JSON/Markdown to the plain layout, then normalize (NFC, spaces, digits) before
 *    any pattern runs, so patterns see one form; join picture labels to their captions, mark slideshow
 *    captions, rewrite vBulletin and XenForo posts as "#N Posted by" lines and drop forum member cards,
 *    so no later step takes them for text, titles or comment headers; move signatures printed under
 *    comments above them, where headers stand;
 * 2. find the first prose line before the comment zone, so bylines above the article never open a thread;
 * 3. cut the comment zone off before the body is read, so comments never leak into the body;
 * 4. read the header above the first prose line, then clean the body below it;
 * 5. read the dateline last, from the cleaned first paragraph; without one, that paragraph may be an uncredited caption.
 */
export function parseArticle(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  try {
    return parse(input, options);
  } catch (error) {
    // A bug in a heuristic must not lose the file: the caller records it (and may retry after a fix).
    return { ok: false, error: { code: 'INTERNAL', message: `the parser failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function parse(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const settings = resolveSettings(options.settings);
  const decoded = decodeBytes(input, settings);
  if (!decoded.ok) return { ok: false, error: decoded.error };

  const normalized = normalizeText(convertMarkup(decoded.text));
  // Every heuristic reads ASCII digits; the text returned gets the page's own digits back (asPrinted).
  const text = withoutTemplatePlaceholders(foldDigits(normalized));
  const lines = signaturesFirst(dropForumProfiles(xenForoPosts(vBulletinPosts(markGalleryCaptions(joinReplyLabels(joinPictureLabels(dropMarkLines(dropLinkBoxes(dropConsentBanner(toLines(text)))))))))));
  if (lines.length === 0) return { ok: false, error: { code: 'EMPTY', message: 'the file holds only white space' } };

  const proseStart = findBodyStart(lines);
  const zone = findCommentZone(lines, proseStart);
  const articleLines = zone ? lines.slice(0, zone.start) : lines;
  // Without any prose the first line is the title, then its bylines and dates, and the rest is the
  // (short) text; above a thread, lines without a single sentence (a link post: title, score, byline) are all header.
  const linkPost = zone !== null && !articleLines.some((line) => endsSentence(line.text));
  const bodyStart = withDanglingDateline(articleLines, proseStart < articleLines.length ? proseStart : linkPost ? articleLines.length : shortTextStart(articleLines));

  const headerLines = articleLines.slice(0, bodyStart);
  // "13 Comments on <headline>" stands in a theme's post meta or right above the thread (or at the end, with no thread).
  const threadTop = zone ? zone.start : lines.length;
  const headingLines = [...headerLines, ...lines.slice(Math.max(bodyStart, threadTop - COMMENT_HEADING_REACH), threadTop + 1)];
  const header = readHeader(headerLines, settings.maxHeaderLineLength, titlesNamedByCommentHeadings(headingLines), listedCategories(lines.slice(bodyStart), headerLines));
  const body = cleanBody(articleLines.slice(bodyStart));
  const paragraphs = toParagraphs(body.lines);
  const { dateline, leadingCaptions } = readDateline(paragraphs, text);
  const leads = dateline === null ? leadCaptions(paragraphs) : [];
  paragraphs.splice(0, leads.length);

  const footerByline = body.bylines[0] ?? null;
  // "Dilnoza Rakhimova, UzA" above the text or under it.
  const agencyCredit = header.authors.length === 0 && dateline?.dateline.agency ? creditedToAgency(articleLines, dateline.dateline.agency) : null;
  const authors = [...(header.authors.length > 0 ? header.authors : (agencyCredit?.authors ?? footerByline?.authors ?? dateline?.authors ?? []))];
  const printedAt = header.publishedAt ?? footerByline?.publishedAt ?? dateline?.publishedAt ?? header.updatedAt ?? body.publishedAt;
  // "All times are UTC+04:00": a forum states the zone of every time it prints once, in its header or footer.
  const pageZone = pageTimeZone(lines);
  const printed = withTime(printedAt, footerByline?.time ?? null);
  const slashResolved = resolvePublishedOrder(printed, articleLines, text);
  const resolved = resolveDottedOrder(slashResolved, articleLines, text);
  const publishedAt = inPageZone(resolved, pageZone);

  const rawComments = zone
    ? resolveCommentYears(resolveDateOrder(splitComments(lines, zone.headers), lines, text, slashResolved !== printed, resolved), publishedAt).map((c) =>
        pageZone === null ? c : { ...c, header: { ...c.header, postedAt: inPageZone(c.header.postedAt, pageZone) } },
      )
    : [];
  const comments: Comment[] = withoutLoneRemovals(rawComments, settings.maxCommentDepth);
  const found = [...new Set([...header.captions, ...leadingCaptions, ...leads, ...body.captions])];
  // "… on Tuesday." beside "… on Tuesday.(WKOH)": the same caption printed again with its credit.
  const printedAgain = (text: string): boolean => found.some((other) => other.length > text.length && other.startsWith(text));
  const subtitle = header.subtitle === agencyCredit?.line || (header.subtitle !== null && printedAgain(header.subtitle)) ? null : header.subtitle;
  // "Foto: Marit Hollender / dpa" on a line of its own credits the picture above; it is no caption.
  const captions = found.filter(
    (c) => c !== header.subtitle && c !== agencyCredit?.line && !isCreditOnly(c) && !printedAgain(c) && !isAuthorBio(c, authors),
  );
  // A caption printed again under its picture in the text (slideshows repeat theirs) is no paragraph.
  const captionSet = new Set(captions);
  const bodyText = dropPullQuotes(dropAuthorBio(paragraphs, authors))
    .filter((p) => p.length > 0 && (p.length > MAX_CAPTION_CHARS || !captionSet.has(p)))
    .join('\n\n');
  if (bodyText.length === 0 && comments.length === 0 && header.title === null) {
    return { ok: false, error: { code: 'NO_CONTENT', message: 'no article text, title or comments were found' } };
  }

  const read: Omit<Article, 'contentHash'> = {
    title: header.title,
    subtitle,
    authors,
    publishedAt,
    dateline: dateline?.dateline ?? header.dateline,
    captions,
    sourceId: header.sourceId ?? body.sourceId,
    body: bodyText,
    language: detectLanguage(bodyText.length > 0 ? [header.title ?? '', bodyText] : comments.map((c) => c.text)),
    wordCount: wordCount(bodyText),
    commentCount: comments.length,
    parserVersion: PARSER_VERSION,
  };
  // Folding returns the very string when there was nothing to fold: then nothing is given back, and the text is not scanned again.
  const asPrinted = text === normalized ? null : printedDigitsOf(normalized);
  const shown = asPrinted === null ? { article: read, comments } : withDigitsAsPrinted(read, comments, asPrinted);
  return { ok: true, article: { ...shown.article, contentHash: hashOf(shown.article, shown.comments) }, comments: shown.comments };
}

/** The text fields with the page's own digits ("४,२००" where the heuristics read "4,200"); dates and the source id stay ASCII. */
function withDigitsAsPrinted(
  article: Omit<Article, 'contentHash'>,
  comments: Comment[],
  asPrinted: (folded: string) => string,
): { article: Omit<Article, 'contentHash'>; comments: Comment[] } {
  const orNull = (text: string | null): string | null => (text === null ? null : asPrinted(text));
  const { dateline } = article;
  return {
    article: {
      ...article,
      title: orNull(article.title),
      subtitle: orNull(article.subtitle),
      authors: article.authors.map(asPrinted),
      dateline: dateline === null ? null : { locations: dateline.locations.map(asPrinted), agency: orNull(dateline.agency) },
      captions: article.captions.map(asPrinted),
      body: asPrinted(article.body),
    },
    comments: comments.map((c) => ({ ...c, author: orNull(c.author), text: asPrinted(c.text) })),
  };
}

function hashOf(article: Omit<Article, 'contentHash'>, comments: Comment[]): string {
  return contentHash([
    article.title ?? '',
    article.subtitle ?? '',
    article.authors,
    article.publishedAt ?? '',
    article.captions,
    article.body,
    ...comments.map((c) => [c.commentId, c.author ?? '', c.postedAt ?? '', c.text]),
  ]);
}
