/** Small text predicates shared by several steps. */
import { memoized } from './memo';
import { SHARE_WORDS, USER_PREFIX, wordList } from './patterns';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gv;
const NAME_PARTICLES = new Set(wordList('de|da|di|del|della|der|den|van|von|vom|zu|la|le|du|des|al|el|bin|ibn|bint|ben|y|i|e|dos|das|do|ter|ten|st.|mc|mac|from|aus|iz|of|in|im'));
const NOT_NAMES = new Set([
  ...wordList('he|she|they|it|we|i|you|who|which|that|this|one|someone|everyone|the|a|an|er|sie|es|wir|ich|man|der|die|das|il|elle|on|and|but|also|then|he also|officials|spokesman|spokeswoman|spokesperson|minister|president|police|statement|report|source|sources'),
  // The word a post's footer puts before its time ("Postado por" / "Lúcia" / "às" / the time).
  ...wordList('at|às|à|a las|a les|um|om|alle|kl.|klo'),
  // A date's label ("Veröffentlicht am 14.09.2023"), never a commenter.
  ...wordList('published|posted|updated|veröffentlicht|aktualisiert|publié|publicado|pubblicato|gepubliceerd'),
  // "Launched 3 years ago", "Joined 2019": a publication's or a member's age, no commenter.
  ...wordList('launched|joined|founded|edited'),
  // "About Moira", "Contact Jane": a blog's menu links to pages about its author.
  ...wordList('about|contact'),
  // "Featured" / "NorthShoreNancy" / "15 hours ago": the widget's label over a picked comment's author.
  ...wordList('featured|pinned'),
  // "Sort by" / "Best": the thread's order, over the first comment's header.
  ...wordList('best|newest|oldest'),
  // "Posted on" / date / "Categories" / "Transportation": a theme's post meta under the text, labels of its fields.
  ...wordList('categories|category|tags|topics|kategorien|kategorie|catégories|categorías|categorie'),
]);
const OBJECT_PRONOUNS = new Set(['us', 'me', 'uns', 'nous', 'nos']);
const LONG_CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{7}/v;
/** What a listing labels its entries with: "Policy Brief | 4 October 2023" names a kind of text, not its author. */
const TEXT_KINDS = new Set([
  'analysis', 'commentary', 'policy brief', 'working paper', 'briefing', 'explainer', 'interview', 'opinion', 'op-ed', 'podcast', 'video', 'feature',
  'press release', 'event', 'news', 'blog', 'review', 'editorial',
]);

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Marks (Indic vowel signs and viramas, Arabic harakat) go on the word of the letter they sit on. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/v;

/** Character classes for wordCount, per UTF-16 code unit, filled on first sight (the regex runs once per character). */
const OTHER_CHAR = 1;
const WORD_CHAR = 2;
const JOINER_CHAR = 3;
/** Japanese kana, Chinese characters, and Thai, Lao, Myanmar and Khmer (letters and their vowel signs): written without spaces between words; counted two characters to a word. */
const UNSPACED_CHAR = 4;
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const joiner of "'’.-") CHAR_CLASS[joiner.charCodeAt(0)] = JOINER_CHAR;

function charClass(code: number): number {
  let kind = CHAR_CLASS[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = UNSPACED_SCRIPT.test(char) ? UNSPACED_CHAR : LETTER_OR_DIGIT.test(char) ? WORD_CHAR : OTHER_CHAR;
    CHAR_CLASS[code] = kind;
  }
  return kind;
}

const CHARS_PER_UNSPACED_WORD = 2;

/**
 * Runs of letters and digits, counted in one pass (it runs over every body). Apostrophes, dots and
 * hyphens join: a word starts at a letter or digit that follows neither one nor a joiner after one.
 * Japanese and Chinese text has no spaces to count by: two of its characters count as a word (that
 * count has a loop of its own, run only when the first pass saw such a character).
 */
export function wordCount(text: string): number {
  let count = 0;
  // Inside a word, or on a joiner right after one: a letter there goes on the same word.
  let inWord = false;
  let joinedToWord = false;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = charClass(text.charCodeAt(i));
    seen |= kind;
    if (kind === WORD_CHAR) {
      if (!inWord && !joinedToWord) count++;
      inWord = true;
      joinedToWord = false;
    } else {
      joinedToWord = kind === JOINER_CHAR && inWord;
      inWord = false;
    }
  }
  return (seen & UNSPACED_CHAR) === 0 ? count : count + Math.ceil(unspacedChars(text) / CHARS_PER_UNSPACED_WORD);
}

/** Japanese and Chinese characters in the text (one scan settles texts without any). */
export function unspacedChars(text: string): number {
  if (!UNSPACED_SCRIPT.test(text)) return 0;
  let unspaced = 0;
  for (let i = 0; i < text.length; i++) if (charClass(text.charCodeAt(i)) === UNSPACED_CHAR) unspaced++;
  return unspaced;
}

/** Capitalized, a digit, or a letter of a script without case (Arabic, Persian, CJK). */
const startsUpper = (word: string): boolean => {
  const code = word.charCodeAt(0);
  // ASCII answers without regexes: this runs on every word of every candidate name.
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  const first = word.charAt(0);
  // Georgian is written without case (its capitals, Mtavruli, are for headings): any of its letters may start a name.
  return first !== first.toLowerCase() || /\p{N}/v.test(first) || (first.toLowerCase() === first.toUpperCase() && /\p{L}/v.test(first)) || GEORGIAN_LETTER.test(first);
};
const GEORGIAN_LETTER = /\p{Script=Georgian}/v;

// "בן־שושן": Hebrew joins a double name with the maqaf (U+05BE), its own hyphen.
const HANDLE = /^[\p{L}\p{N}@_][\p{L}\p{N}@_.'’\u05BE\-]*$/v;
// "सरिता": Indic letters carry their vowels as marks. Thai, Lao, Khmer and Burmese write sentences without spaces, so there one run with marks is as likely a sentence.
const MARKED_HANDLE = /^[\p{L}\p{N}@_][\p{L}\p{M}\p{N}@_.'’\-]{0,24}$/v;
/** Thai, Lao, Khmer and Burmese letters: scripts that set no spaces between words. */
export const SOUTHEAST_ASIAN_LETTER = String.raw`[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`;
const UNSPACED_SENTENCE_SCRIPT = new RegExp(SOUTHEAST_ASIAN_LETTER, 'v');
const isHandle = (token: string): boolean => HANDLE.test(token) || (MARKED_HANDLE.test(token) && !UNSPACED_SENTENCE_SCRIPT.test(token));
const NAME_WORD = /^[\p{L}\p{M}\p{N}'’.\-_@\u05BE]+$/v;
/** "Hillwalker's Notebook": a possessive names a thing, not a person. */
const POSSESSIVE = /['’]s$/iu;

/** "Pete (netops)": a nickname or role in parentheses after the name. */
const TRAILING_NICKNAME = /\s\([^()]{1,30}\)$/u;
const CLOSING_PUNCTUATION = '.!?;:,"“”';

/**
 * "Derek W.", "رضا م.", "Bishal K.C.", "सरिता के.सी.", "გიორგი მ.": initials closing a name (a letter of a script without case counts,
 * with its vowel signs); "Irakli Ch.", "Anna Zs.", "Γιώργος Τσ.": a digraph's initial (in Latin script only the digraphs, so "Stop It." stays a sentence).
 */
const CLOSING_INITIALS = /(?:^|[\s_])(?:(?:[\p{Lu}\p{Script=Georgian}]|\p{Lo}\p{M}*)\.)*(?:[\p{Lu}\p{Script=Georgian}]|\p{Lo}\p{M}*|\p{Lu}[hsz[\p{Ll}--[a-z]]])\.$/v;

/** The text trimmed, without a closing nickname in parentheses. */
const nameCore = (text: string): string => {
  const trimmed = text.trim();
  return trimmed.endsWith(')') ? trimmed.replace(TRAILING_NICKNAME, '') : trimmed;
};

/**
 * A person's name or a commenter's handle: at most six words, each capitalized or a name particle,
 * or one token of any case ("raz", "john_doe77"). Pronouns and common nouns do not count.
 */
export const isNameLike = memoized(nameLike);

function nameLike(text: string): boolean {
  const trimmed = nameCore(text);
  if (trimmed.length === 0 || trimmed.length > 60) return false;
  // A closing initial ("Armen G.") is part of a name; other final punctuation is not.
  if (CLOSING_PUNCTUATION.includes(trimmed.charAt(trimmed.length - 1)) && !CLOSING_INITIALS.test(trimmed)) return false;
  if (NOT_NAMES.has(trimmed.toLowerCase()) || TEXT_KINDS.has(trimmed.toLowerCase())) return false;
  // One token: a handle, with at least one letter ("50" under "Per page" is no one).
  // "u/ballard_lifer": Reddit's prefix before the handle.
  if (!/\s/u.test(trimmed)) return isHandle(trimmed.replace(USER_PREFIX, '')) && /\p{L}/v.test(trimmed);
  const parts = trimmed.split(/\s+/u);
  if (parts.length > 6) return false;
  if (NOT_NAMES.has(parts[0]!.toLowerCase())) return false;
  // "Share on Facebook", "شیئر کریں" (share, in Urdu, whose script has no case to tell a name by): a share bar's words.
  if (parts.every((part) => SHARE_WORDS.has(part.toLowerCase()))) return false;
  // "Contact Us", "About Us", "Kontaktieren Sie uns": a menu's link ends with a pronoun, a name never does.
  if (OBJECT_PRONOUNS.has(parts[parts.length - 1]!.toLowerCase())) return false;
  // "秋から営業運転 車いすでも乗りやすく": a run of Chinese or Japanese characters longer than any name's part is a phrase.
  if (parts.some((part) => LONG_CJK_RUN.test(part))) return false;
  // "12  3" (a vote count) names no one: a name holds a letter.
  if (!/\p{L}/v.test(trimmed)) return false;
  // "94% Upvoted", "$20 Off": words of names hold letters, digits and name punctuation only.
  return parts.every((part) => (startsUpper(part) && NAME_WORD.test(part) && !POSSESSIVE.test(part)) || NAME_PARTICLES.has(part.toLowerCase()));
}

/**
 * A commenter's name where the header itself is strong evidence ("3. Maeve from the Point said:"):
 * up to six words, not a sentence, not a pronoun.
 */
export function isLooseName(text: string): boolean {
  const trimmed = nameCore(text);
  if (isNameLike(trimmed)) return true;
  const parts = trimmed.split(/\s+/u);
  // "0" (a vote count where the name would stand) names no one: a name holds a letter.
  return parts.length <= 6 && trimmed.length <= 60 && !NOT_NAMES.has(parts[0]!.toLowerCase()) && !/[.!?;:,"“”]$/u.test(trimmed) && /^[\p{L}\p{N}@_]/v.test(trimmed) && /\p{L}/v.test(trimmed);
}

/** Full stops of other scripts: "。" and "！" close Japanese and Chinese sentences, "।" Hindi ones, "።" Amharic, "։" Armenian, "။" Burmese, "។" Khmer, "۔" and "؟" Urdu and Arabic ones. */
export const SCRIPT_FULL_STOPS = '。！？।።։။។۔؟';
const SENTENCE_END = new RegExp(`[.!?…${SCRIPT_FULL_STOPS}]["”’»)」』）]?$`, 'u');

/** Ends like a sentence, not like a heading or a label. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Words of four letters or more: the short ones ("the", "LDC") a headline's case leaves as they are. */
const LONG_WORD = /\p{L}{4,}/gv;
const MIN_TITLE_CASE_WORDS = 4;
/** "Bangladesh Is Leaving the LDC Club. Washington Should Notice.": a headline in title case, even one ending in a full stop. */
export function isTitleCased(text: string): boolean {
  const long = text.match(LONG_WORD) ?? [];
  return long.length >= MIN_TITLE_CASE_WORDS && long.every((word) => word[0] !== word[0]!.toLowerCase());
}
