import type { Line } from '../lines';
import { COMMENT_SECTION_HEADING, PUBLICATION_PITCH, REPLY_SUBJECT } from '../patterns';
import { endsSentence, isNameLike, isTitleCased } from '../text';
import { isBoilerplate, isBreadcrumb, isCaptionLine, isCreditOnly, isHeadlineTicker, isProse } from './classifyLine';
import { findDateline } from './findDateline';
import { bareNames, metaRowByline, readByline } from './readByline';
import { parseDateLine } from './parseDate';
import { startsNameAndDate } from './readCommentHeader';

/** How far below a first prose line a byline or date may stand and still belong to the header. */
const METADATA_LOOKAHEAD = 12;
/** Headlines are short; a longer first prose line is the article's first paragraph. */
const MAX_HEADLINE_BEFORE_METADATA = 200;
/** A deck is a sentence or two. */
const MAX_DECK_CHARS = 300;
/** A deck set apart from its headline is told from a first paragraph (a long sentence, often) by its length. */
const MAX_SET_APART_DECK_CHARS = 180;
/** The longest first line read as a headline without metadata under it. */
const MAX_BARE_SENTENCE_HEADLINE = 150;

const isMetadata = (text: string): boolean => readByline(text) !== null || parseDateLine(text) !== null;
/** "Updated April 17 2024 - 9:05am, first published April 16 2024 - 6:00pm": the story's two dates on one line. */
const FIRST_PUBLISHED = /,\s?first published\s(.{6,40})$/iu;
const statesDate = (text: string): boolean => (parseDateLine(text)?.iso ?? null) !== null || (parseDateLine(FIRST_PUBLISHED.exec(text)?.[1] ?? '')?.iso ?? null) !== null;
/** A byline, a date the page states outright ("3 years ago" belongs to comments), or a meta row naming both. */
const isArticleMetadata = (text: string): boolean => readByline(text) !== null || statesDate(text) || metaRowByline(text) !== null;

function firstProse(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const { text } = lines[i]!;
    // "13 Comments on Beavers are back on Cold Brook.": a theme's post meta over the text, not its first sentence;
    // "News / City News / Pune News / Pune's eastern suburbs …": the trail ends in the headline, no sentence of the text.
    if (isProse(text) && !isMetadata(text) && !isBreadcrumb(text) && !isPublicationMotto(lines, i) && !COMMENT_SECTION_HEADING.test(text) && !isTitleCasedHeadline(text) && !isHeadlineTicker(text)) return i;
  }
  return lines.length;
}

/** "Bangladesh Is Leaving the LDC Club. Washington Should Notice.": a short line in title case is a headline, sentence or not. */
const isTitleCasedHeadline = (text: string): boolean => text.length <= MAX_BARE_SENTENCE_HEADLINE && isTitleCased(text);

/** The motto directly under "Discover more from …": the newsletter's pitch, not its text. */
const isPublicationMotto = (lines: readonly Line[], at: number): boolean =>
  at > 0 && lines[at]!.blankBefore === 0 && PUBLICATION_PITCH.test(lines[at - 1]!.text);

/**
 * Index of the first line of the article text: the first prose line that is not a byline or a date.
 * Everything before it is the header (title, deck, byline, date, captions, site furniture). A
 * headline written as a sentence ("We rewrote it. I would not again.") is prose too: when a byline
 * or date follows it closely, the text starts after them. Returns lines.length when there is no prose.
 */
export function findBodyStart(lines: readonly Line[]): number {
  return withOpeningSection(lines, headlineUnderMetadata(lines, skipSentenceHeadline(lines, withWireOpeningAbove(lines, includeShortLede(lines, findFirstText(lines))))));
}

/**
 * "(대전=연합뉴스) 김민수 기자 = 대전시가 … 개편한다." over the text: a first paragraph of one short sentence that opens
 * with a wire's dateline is the text's start, however short (the agency in it says so; a caption names none).
 */
function withWireOpeningAbove(lines: readonly Line[], start: number): number {
  const above = lines[start - 1];
  if (above === undefined || start - 1 === 0 || isCaptionLine(above.text)) return start;
  const found = findDateline(above.text, '');
  return found !== null && found.dateline.agency !== null && found.openingOnly !== true && found.rest.length > 0 ? start - 1 : start;
}

/** Headings a report or analysis opens its text with ("Introduction"): the first section's, not header furniture. */
const OPENING_SECTION = /^(?:introduction|background|overview|summary|executive summary|key findings|einleitung|einführung|hintergrund|zusammenfassung|introducción|resumen|introduzione|introdução|inleiding|введение|вступление)$/iu;

function withOpeningSection(lines: readonly Line[], start: number): number {
  const above = lines[start - 1];
  return above !== undefined && start < lines.length && OPENING_SECTION.test(above.text) ? start - 1 : start;
}

/** Labels under a headline ("Help", "Discussion"): a forum's flair, one or two words. */
const MAX_FLAIR_WORDS = 2;
const MIN_TITLE_WORDS = 4;

/**
 * "Posted by u/name" / "3 yr. ago" / "Stuck at 1.030 – what now?": forums print the byline above the
 * title. A first text line that reads as a headline, under metadata and with nothing above that could be
 * one, is the title (a flair label under it goes with it).
 */
function headlineUnderMetadata(lines: readonly Line[], start: number): number {
  const line = lines[start];
  if (line === undefined || start + 1 >= lines.length || !readsAsHeadline(line.text)) return start;
  const above = lines.slice(0, start);
  if (!above.some((l) => isMetadata(l.text))) return start;
  const titleAbove = above.some((l) => l.text.split(' ').length >= MIN_TITLE_WORDS && !isMetadata(l.text) && !isBoilerplate(l.text) && l.spacedItems < 2);
  if (titleAbove) return start;
  const flair = lines[start + 1]!.text.split(' ').length <= MAX_FLAIR_WORDS && !endsSentence(lines[start + 1]!.text);
  return start + (flair && start + 2 < lines.length ? 2 : 1);
}

/** Short and not closed by a full stop: a headline, even one that asks a question. */
const readsAsHeadline = (text: string): boolean => text.length <= MAX_BARE_SENTENCE_HEADLINE && !text.endsWith('.');

/**
 * A file's first line, set apart, short, followed by more text and not closed by a full stop, is its
 * headline even when it reads as a sentence ("Is this the end of the night train?"). A first line
 * ending in a full stop stays text: a file may start straight with its first paragraph.
 */
function skipSentenceHeadline(lines: readonly Line[], start: number): number {
  const [first, second] = lines;
  if (start !== 0 || first === undefined || second === undefined) return start;
  return first.text.length <= MAX_BARE_SENTENCE_HEADLINE && !first.text.endsWith('.') && second.blankBefore > 0 ? 1 : start;
}

const SALUTATION = /^(?:(?:dear|hello|hi|greetings|liebe[rs]?|sehr geehrte[rn]?|chers?|chères?|queridos?|queridas?|estimad[oa]s?|car[aoie]|beste)\b.{1,60},|to the editors?:)$/iu;

/**
 * How a short lede opens and a picture's caption does not: in lower case (a blog's "so. it has been a week."), or with a
 * pronoun or an adverb of time ("It was a quiet morning."). A caption names what the picture shows: "Commuters boarding a
 * route taxi on Thursday.", "A photomontage of the proposed hotel."
 */
const LEDE_OPENING_WORD = /^(?:it|i|we|he|she|they|you|this|that|there|so|but|and|then|now|once|nobody|no one|everyone|everybody|nothing|yesterday|today|es|ich|wir|er|sie|das|dann|heute|gestern|il|elle|je|nous|on|c'était|c'est|ce|hier|aujourd'hui|era|fue|hoy|ayer|ella|él)(?![\p{L}'’])/iu;
// Case-sensitive apart from the words: under the i flag \p{Ll} matches capitals too.
const opensLede = (text: string): boolean => /^\p{Ll}/v.test(text) || LEDE_OPENING_WORD.test(text);

/**
 * "It was a quiet morning." — a short opening sentence between the byline or date and the first
 * long paragraph belongs to the text, not to the header.
 */
function includeShortLede(lines: readonly Line[], start: number): number {
  let lede = start;
  while (lede > 0) {
    const { text } = lines[lede - 1]!;
    // "Dear Maplewood families,", "To the Editor:": a letter's salutation opens its text.
    if (!((endsSentence(text) && opensLede(text)) || SALUTATION.test(text)) || isTitleCasedHeadline(text) || isCaptionLine(text) || isBoilerplate(text) || isMetadata(text) || COMMENT_SECTION_HEADING.test(text)) break;
    lede--;
  }
  return lede < start && lede > 0 && isArticleMetadata(lines[lede - 1]!.text) ? lede : start;
}

/**
 * A sentence directly under the headline, then a blank line and page furniture (a share bar, the
 * date, a caption, a picture's caption over its credit): the story's deck, not its first paragraph. Set apart from the headline, it is
 * still the deck when the picture's caption follows it (the text starts under the picture).
 */
function isDeckUnderHeadline(lines: readonly Line[], at: number): boolean {
  const [above, line, below] = [lines[at - 1], lines[at]!, lines[at + 1]];
  if (above === undefined || below === undefined || below.blankBefore === 0 || line.text.length > MAX_DECK_CHARS) return false;
  if (line.blankBefore > 0 && !(line.text.length <= MAX_SET_APART_DECK_CHARS && isCaptionLine(below.text) && isProse(lines[at + 2]?.text ?? ''))) return false;
  // "Västanbäcks skola byggdes 1912. …" / "Foto: Per-Olof Nyström": a picture's caption, its credit under it, is furniture too.
  const creditUnder = lines[at + 2];
  const captionBelow = creditUnder !== undefined && creditUnder.blankBefore === 0 && isCreditOnly(creditUnder.text);
  return readsAsHeadline(above.text) && !isProse(above.text) && !isCaptionLine(above.text) && !isBoilerplate(above.text) && !isMetadata(above.text) && (!isProse(below.text) || captionBelow);
}

/** The first prose line from `from` on, past a deck under the headline. */
function firstProseAfterDeck(lines: readonly Line[], from: number): number {
  const found = firstProse(lines, from);
  return found < lines.length && isDeckUnderHeadline(lines, found) ? firstProse(lines, found + 1) : found;
}

function findFirstText(lines: readonly Line[]): number {
  const first = firstProseAfterDeck(lines, 0);
  // A deck may run longer than a headline: "Le conseil municipal a voté … " over "Par Claire Morand".
  // "Porodnice … skončí k poslednímu březnu. …" / "Petra Dvořáková, Tomáš Krejčí" / the lead picture's caption: a lead (perex) over bare names.
  const namesBelow = first + 2 < lines.length && bareNames(lines[first + 1]!.text) !== null && (isCaptionLine(lines[first + 2]!.text) || isArticleMetadata(lines[first + 2]!.text));
  const bylineBelow = namesBelow || (first + 1 < lines.length && readByline(lines[first + 1]!.text) !== null);
  if (first >= lines.length || lines[first]!.text.length > (bylineBelow ? MAX_DECK_CHARS : MAX_HEADLINE_BEFORE_METADATA)) return first;
  const limit = Math.min(lines.length, first + 1 + METADATA_LOOKAHEAD);
  for (let i = first + 1; i < limit; i++) {
    const { text } = lines[i]!;
    // "Re: <subject>": the replies begin; a "Post by" line under it belongs to a reply, not to the article.
    // The headline printed again as the first post's subject is still the header, and so is a deck
    // written as a sentence directly under a headline that is one ("What is the levy? … / A new charge…").
    // A short headline that is a sentence has its deck directly under it, without a blank line.
    const headline = lines[first]!.text;
    const deck =
      i === first + 1 && text.length <= MAX_DECK_CHARS && (readsAsHeadline(headline) || (headline.length <= MAX_BARE_SENTENCE_HEADLINE && lines[i]!.blankBefore === 0));
    // "Backend-Entwickler in Leipzig. …" (a sidebar's author bio) / … / headline / deck / date: the deck is header too.
    const deckOverDate = (): boolean => text.length <= MAX_DECK_CHARS && readsAsHeadline(lines[i - 1]!.text) && !isProse(lines[i - 1]!.text) && isArticleMetadata(lines[i + 1]?.text ?? '');
    // "… eleven years long. I went looking for the shortcut." / a deck / "Margit Sørensen" / the date: a deck over the byline, set apart.
    const deckOverByline = (): boolean =>
      i === first + 1 && text.length <= MAX_DECK_CHARS && headline.length <= MAX_BARE_SENTENCE_HEADLINE && bylineOrDateAt(lines, i + 1);
    if ((isProse(text) && text !== lines[first]!.text && !deck && !deckOverDate() && !deckOverByline()) || REPLY_SUBJECT.test(text)) break;
    // "Name" over a date is a comment header, not the headline's metadata, unless the article's text follows it.
    const underName = isNameLike(lines[i - 1]!.text) && i - 1 > first;
    if ((isArticleMetadata(text) || (namesBelow && i === first + 1)) && (!underName || articleFollows(lines, i + 1))) {
      // With no prose after the byline, the first line was the text after all (a one-paragraph post with its footer).
      const after = firstProseAfterDeck(lines, i + 1);
      return after < lines.length ? after : first;
    }
  }
  return first;
}

/** A byline or a date at `at`, or a name alone there with the date under it. */
const bylineOrDateAt = (lines: readonly Line[], at: number): boolean =>
  isArticleMetadata(lines[at]?.text ?? '') || (bareNames(lines[at]?.text ?? '') !== null && (parseDateLine(lines[at + 1]?.text ?? '')?.iso ?? null) !== null);

/** Prose paragraphs that make the text under a "Name / date" pair an article rather than a comment. */
const ARTICLE_MIN_PARAGRAPHS = 4;
const ARTICLE_REACH = 12;

/** Several prose lines follow before any other "Name / date" pair: the pair was the article's byline. */
function articleFollows(lines: readonly Line[], from: number): boolean {
  let prose = 0;
  for (let i = from; i < Math.min(lines.length, from + ARTICLE_REACH); i++) {
    const { text } = lines[i]!;
    if (startsNameAndDate(lines, i)) return false;
    if (isProse(text) && ++prose >= ARTICLE_MIN_PARAGRAPHS) return true;
  }
  return false;
}

/**
 * Where the text starts in an article without a prose line (a few short sentences): after the
 * first line, the title, and the bylines and dates directly under it.
 */
export function shortTextStart(lines: readonly Line[]): number {
  let start = Math.min(1, lines.length);
  while (start < lines.length && isMetadata(lines[start]!.text)) start++;
  return start;
}
