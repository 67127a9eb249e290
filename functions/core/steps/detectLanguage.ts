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

/** Scripts that name their language on their own (after the Arabic-script check). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30FF]/u, 'ja'],
  [/[\uAC00-\uD7AF]/u, 'ko'],
  [/[\u4E00-\u9FFF]/u, 'zh'],
  [/[\u0370-\u03FF]/u, 'el'],
  [/[\u0590-\u05FF]/u, 'he'],
  [/[\u0900-\u097F]/u, 'hi'],
  [/[\u0E00-\u0E7F]/u, 'th'],
  [/[\u0530-\u058F]/u, 'hy'],
  [/[\u10A0-\u10FF]/u, 'ka'],
];

const STOPWORD_SETS = Object.entries(STOPWORDS).map(([code, list]) => [code, new Set(list.split(' '))] as const);

function scriptLanguage(sample: string): string | null {
  const letters = sample.match(/\p{L}/gv)?.length ?? 0;
  const arabic = sample.match(ARABIC_SCRIPT)?.length ?? 0;
  if (arabic > letters * 0.3) {
    // Persian's own letters tell it from Arabic.
    const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
    return persian > arabic * 0.02 ? 'fa' : 'ar';
  }
  const cyrillic = sample.match(/[\u0400-\u04FF]/gu)?.length ?? 0;
  if (cyrillic > letters * 0.3) return cyrillicLanguage(sample);
  for (const [script, code] of SCRIPTS) {
    if ((sample.match(new RegExp(script.source, 'gv'))?.length ?? 0) > letters * 0.3) return code;
  }
  return null;
}

/** How many of the words a word list holds. */
const hits = (words: readonly string[], list: ReadonlySet<string>): number => words.filter((word) => list.has(word)).length;

/** Words only Bulgarian writes often ("са", "ще", "като", "това"); Russian has "ы" and "э", which Bulgarian never writes. */
const BULGARIAN_WORDS = new Set(wordList('са|ще|като|това|които|която|който|тя|той|във|със|след|има|е'));

/** Ukrainian by its own letters, Bulgarian by its words when no Russian letter shows. */
function cyrillicLanguage(sample: string): string {
  if (/[іїєґ]/iu.test(sample)) return 'uk';
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
