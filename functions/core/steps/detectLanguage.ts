import { wordList } from '../patterns';
import { RELATIVES, STOPWORDS } from '../stopwords';

/** Letters only Persian uses among Arabic-script languages (پ چ ژ گ) plus Persian ye and kaf. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/gu;
const MIN_LETTERS = 20;
/** A few sentences settle the language; more only costs time. */
const SAMPLE_CHARS = 1500;
/** Stopword hits the winner needs, and its lead over the runner-up. */
const MIN_HITS = 3;
const MIN_LEAD = 1.3;

/** Scripts that name their language on their own (after the Arabic-script check); global, their letters are counted with String.match. */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30FF]/gu, 'ja'],
  [/[\uAC00-\uD7AF]/gu, 'ko'],
  [/[\u4E00-\u9FFF]/gu, 'zh'],
  [/[\u0370-\u03FF]/gu, 'el'],
  [/[\u0590-\u05FF]/gu, 'he'],
  [/[\u0980-\u09FF]/gu, 'bn'],
  [/[\u0A00-\u0A7F]/gu, 'pa'],
  [/[\u0A80-\u0AFF]/gu, 'gu'],
  [/[\u0B00-\u0B7F]/gu, 'or'],
  [/[\u0B80-\u0BFF]/gu, 'ta'],
  [/[\u0C00-\u0C7F]/gu, 'te'],
  [/[\u0C80-\u0CFF]/gu, 'kn'],
  [/[\u0D00-\u0D7F]/gu, 'ml'],
  [/[\u0D80-\u0DFF]/gu, 'si'],
  [/[\u0E00-\u0E7F]/gu, 'th'],
  [/[\u0E80-\u0EFF]/gu, 'lo'],
  [/[\u0F00-\u0FFF]/gu, 'bo'],
  [/[\u1000-\u109F]/gu, 'my'],
  [/[\u1780-\u17FF]/gu, 'km'],
  [/[\u0780-\u07BF]/gu, 'dv'],
  [/[\u0530-\u058F]/gu, 'hy'],
  [/[\u10A0-\u10FF]/gu, 'ka'],
];

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([code, list]) => [code, new Set(list.split(' '))] as const);

/** Letters one Arabic-script language writes and its neighbours do not (Uyghur's vowels, Pashto's and Sindhi's consonants, Sorani's, Urdu's). */
const ARABIC_SCRIPT_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u06C7\u06C8\u06AD]/gu, 'ug'],
  [/[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD]/gu, 'ps'],
  [/[\u0684\u067B\u0680\u067A\u067D\u067F\u068F\u068D\u068A\u0683\u0687\u06A6\u06AA\u06B1\u06B3\u06BB]/gu, 'sd'],
  [/[\u06B5\u0695\u06CE]/gu, 'ku'],
  [/[\u0679\u0688\u0691\u06BA\u06D2]/gu, 'ur'],
];

/** The first language whose own letters the sample holds at least twice (one may be a quoted name). */
function byOwnLetters(sample: string, letterSets: ReadonlyArray<readonly [RegExp, string]>): string | null {
  return letterSets.find(([letters]) => (sample.match(letters)?.length ?? 0) >= 2)?.[1] ?? null;
}

function arabicScriptLanguage(sample: string, arabic: number): string {
  const own = byOwnLetters(sample, ARABIC_SCRIPT_LETTERS);
  if (own !== null) return own;
  // Persian's own letters tell it from Arabic.
  const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
  return persian > arabic * 0.02 ? 'fa' : 'ar';
}

/** Hindi, Marathi and Nepali share Devanagari: their most frequent words tell them apart (Hindi on a tie). */
const DEVANAGARI_WORDS = Object.entries({
  hi: 'है हैं और के में की का को से ने यह था थे कि पर भी',
  mr: 'आहे आहेत आणि या व हे होते त्यांनी केले मध्ये असे',
  ne: 'छ छन् र पनि गरेको भएको थियो हो गर्न लागि भने तथा',
}).map(([code, list]) => [code, new Set(list.normalize('NFC').split(' '))] as const);

function devanagariLanguage(sample: string): string {
  // Vowel signs are marks: a word is its letters and marks together.
  const words = sample.match(/[\p{L}\p{M}]+/gv) ?? [];
  const [first, second] = DEVANAGARI_WORDS.map(([code, set]) => [code, hits(words, set)] as const).sort((a, b) => b[1] - a[1]);
  return first && first[1] > (second?.[1] ?? 0) ? first[0] : 'hi';
}

/** Tigrinya writes "ኣ" where Amharic writes "አ". */
const ethiopicLanguage = (sample: string): string => ((sample.match(/\u12A3/gu)?.length ?? 0) > (sample.match(/\u12A0/gu)?.length ?? 0) ? 'ti' : 'am');

function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gv)?.length ?? 0;
  const share = (script: RegExp): number => (sample.match(script)?.length ?? 0) / Math.max(letters, 1);
  const arabic = sample.match(ARABIC_SCRIPT)?.length ?? 0;
  if (arabic > letters * 0.3) return arabicScriptLanguage(sample, arabic);
  if (share(/[\u0400-\u04FF]/gu) > 0.3) return cyrillicLanguage(sample);
  if (share(/[\u0900-\u097F]/gu) > 0.3) return devanagariLanguage(sample);
  if (share(/[\u1200-\u137F]/gu) > 0.3) return ethiopicLanguage(sample);
  for (const [script, code] of SCRIPTS) {
    if (share(script) > 0.3) return code;
  }
  return null;
}

/** How many of the words a word list holds. */
const hits = (words: readonly string[], list: ReadonlySet<string>): number => words.filter((word) => list.has(word)).length;

/** Words only Bulgarian writes often ("са", "ще", "като", "това"); Russian has "ы" and "э", which Bulgarian never writes. */
const BULGARIAN_WORDS = new Set(wordList('са|ще|като|това|които|която|който|тя|той|във|със|след|има|е'));

/**
 * Letters of Cyrillic alphabets Russian lacks, most telling first: Bashkir's, Tatar's "җ", Tajik's, Kazakh's,
 * Belarusian's "ў", Ukrainian's, Macedonian's and Serbian's.
 */
const CYRILLIC_LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[ҙҫҡ]/giu, 'ba'],
  [/җ/giu, 'tt'],
  [/[ӣӯҳҷ]/giu, 'tg'],
  [/[ғқұ]/giu, 'kk'],
  // Without Kazakh's letters, "ә" is Tatar's, "ң" Kyrgyz's; "ө" and "ү" alone are Mongolian's.
  [/ә/giu, 'tt'],
  [/ң/giu, 'ky'],
  [/[өү]/giu, 'mn'],
  [/ў/giu, 'be'],
  [/[іїєґ]/giu, 'uk'],
  // Macedonian and Serbian share "ј": Macedonian's "ѓ", "ќ", "ѕ" tell them apart.
  [/[ѓќѕђћџј]/giu, 'sr'],
];

/** Another Cyrillic alphabet by its own letters, Bulgarian by its words when no Russian letter shows. */
function cyrillicLanguage(sample: string): string {
  const own = byOwnLetters(sample, CYRILLIC_LETTERS);
  if (own === 'sr' && /[ѓќѕ]/iu.test(sample)) return 'mk';
  if (own !== null) return own;
  if (/[ыэ]/iu.test(sample)) return 'ru';
  const words = sample.toLowerCase().match(/\p{L}+/gv) ?? [];
  return hits(words, BULGARIAN_WORDS) >= MIN_HITS ? 'bg' : 'ru';
}

/** Counts function words per language; the clear winner, or null when the counts do not decide. */
function stopwordLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gv) ?? [];
  const scores = STOPWORD_SETS.map(([code, set]) => [code, hits(words, set)] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best] = scores;
  if (!best || best[1] < MIN_HITS) return null;
  // A close relative may score as high as the winner: the lead is taken over the first language outside the family.
  const family = RELATIVE_SETS.find((relatives) => relatives.some(([code]) => code === best[0]));
  const runnerUp = scores.find(([code]) => code !== best[0] && !family?.some(([relative]) => relative === code));
  if (best[1] < (runnerUp?.[1] ?? 0) * MIN_LEAD) return null;
  return family ? relativeOf(family, words, best[0]) : best[0];
}

const RELATIVE_SETS = RELATIVES.map((family) => Object.entries(family).map(([code, list]) => [code, new Set(list.split(' '))] as const));

/** Within a family, the member whose own words the text holds most; the function-word winner on a tie. */
function relativeOf(family: ReadonlyArray<readonly [string, ReadonlySet<string>]>, words: readonly string[], winner: string): string {
  const counted = family.map(([code, set]) => [code, hits(words, set)] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = counted;
  return first && first[1] > (second?.[1] ?? 0) ? first[0] : winner;
}

/** The first SAMPLE_CHARS of the parts joined by line feeds, without joining (copying) the rest. */
function sampleOf(parts: readonly string[]): string {
  let sample = '';
  for (const part of parts) {
    if (sample.length >= SAMPLE_CHARS) break;
    sample += `${sample.length > 0 ? '\n' : ''}${part.slice(0, SAMPLE_CHARS)}`;
  }
  return sample.slice(0, SAMPLE_CHARS);
}

/**
 * ISO 639-1 code of the text's language, or null when the text is too short or the counts do not
 * decide. Script first, then function-word counts: fast, and no model in the Lambda bundle.
 * Parts (title, body, or comment texts) are read as one text; only their start is looked at.
 */
export function detectLanguage(text: string | readonly string[]): string | null {
  const sample = sampleOf(typeof text === 'string' ? [text] : text);
  if ((sample.match(/\p{L}/gv)?.length ?? 0) < MIN_LETTERS) return null;
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  return stopwordLanguage(sample);
}
