/**
 * An uncredited photo caption standing first in the text: "Waves break over the harbour wall at Killorglin during
 * last week's storm." A caption describes the picture in the present ("lifts", "line … as … climbs") or with no verb at
 * all, in one short sentence; a lede reports, so it carries a past tense, an auxiliary or a reporting verb. Only English
 * is read this way: its auxiliaries and its past tense ending are what tell the two apart.
 */
import { wordList } from '../patterns';
import { endsSentence } from '../text';

const MIN_WORDS = 6;
const MAX_WORDS = 22;
/** The text under it runs on: a caption is shorter than the paragraph after it by at least this factor. */
const LONGER_BELOW = 1.5;

const WORD = /[\p{L}\p{N}'’\-]+/gv;
/** One sentence: no stop, question or exclamation mark inside it followed by a space. */
const SENTENCE_INSIDE = /[.!?]["”’]?\s/u;
/** Quotes, a label's colon, parentheses: a lede quoting someone, a credit, a dateline. */
const NOT_IN_CAPTION = /["“”‘:;()]/u;
const ENGLISH_FUNCTION_WORDS = new Set(wordList('the|of|in|at|on|from|during|as|with|by'));
/** What reports rather than describes: auxiliaries, modals, reporting verbs, and the first and second person of a blog's intro. */
const REPORTING_WORDS = new Set(wordList('is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|said|says|told|did|does|do|been|be|being|am|i|we|you|my|our|your|me|us'));
/** "marked", "announced": a past tense (a word this short ending in "ed" is more often "bed", "red", "Ted"). */
const PAST_TENSE = /^\p{L}{3,}ed$/v;
const CAPITAL_START = /^\p{Lu}/v;

function readsAsCaption(paragraph: string): boolean {
  if (!paragraph.endsWith('.') || paragraph.endsWith('..') || !CAPITAL_START.test(paragraph)) return false;
  if (SENTENCE_INSIDE.test(paragraph.slice(0, -1)) || NOT_IN_CAPTION.test(paragraph)) return false;
  const words = (paragraph.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  return words.some((w) => ENGLISH_FUNCTION_WORDS.has(w)) && !words.some((w) => REPORTING_WORDS.has(w) || PAST_TENSE.test(w));
}

/** A gallery's pictures may open the text one under another, each with its caption. */
const MAX_LEAD_CAPTIONS = 3;

/** The captions opening the text, or none; they stand above a longer paragraph that ends a sentence. */
export function leadCaptions(paragraphs: readonly string[]): string[] {
  let count = 0;
  while (count < MAX_LEAD_CAPTIONS && readsAsCaption(paragraphs[count] ?? '')) count++;
  const captions = paragraphs.slice(0, count);
  const next = paragraphs[count];
  if (next === undefined || !endsSentence(next) || captions.some((caption) => next.length < caption.length * LONGER_BELOW)) return [];
  return captions;
}
