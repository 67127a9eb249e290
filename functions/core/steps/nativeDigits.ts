/**
 * Digits of other scripts ("२०२४", "๒๕๖๗", "２０２４") stay in the text as printed; only Persian and
 * Arabic-Indic digits become ASCII (normalizeText). Every heuristic reads ASCII digits, though, so the
 * parser reads a folded copy of the text (foldDigits: one code unit for one, so nothing moves) and
 * gives the text it returns its printed digits back (printedDigitsOf).
 */

/** The first code unit (zero) of each block of decimal digits read as ASCII: N'Ko, Devanagari, Bengali, the other Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth. */
const NATIVE_DIGIT_ZEROS = [0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10];
const DIGIT_BLOCK = 10;

const codeUnit = (code: number): string => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
/** Digit blocks as a character class's ranges, from the table their replacement reads. */
export const digitRanges = (zeros: readonly number[]): string =>
  zeros.map((zero) => `${codeUnit(zero)}-${codeUnit(zero + DIGIT_BLOCK - 1)}`).join('');

const NATIVE_RANGES = digitRanges(NATIVE_DIGIT_ZEROS);
const FIRST_NATIVE_DIGIT = NATIVE_DIGIT_ZEROS[0]!;
const LAST_NATIVE_DIGIT = NATIVE_DIGIT_ZEROS.at(-1)! + DIGIT_BLOCK - 1;
const NATIVE_DIGIT = new RegExp(`[${NATIVE_RANGES}]`, 'g');

/** The ASCII digit for a code unit in one of the blocks that start at `zeros`, or null when it is in none. */
export function asciiDigitIn(code: number, zeros: readonly number[]): string | null {
  const zero = zeros.find((start) => code >= start && code < start + DIGIT_BLOCK);
  return zero === undefined ? null : String(code - zero);
}
/**
 * Whether the text holds another script's digit. A loop over code units, not a regex: irregexp tests
 * a class of 17 ranges on every character, which over a large file costs twice this scan.
 */
function hasNativeDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_NATIVE_DIGIT && code <= LAST_NATIVE_DIGIT && asciiDigitIn(code, NATIVE_DIGIT_ZEROS) !== null) return true;
  }
  return false;
}
const asciiDigit = (digit: string): string => asciiDigitIn(digit.charCodeAt(0), NATIVE_DIGIT_ZEROS) ?? digit;

/** The text with every other script's digit as its ASCII digit. */
export function foldDigits(text: string): string {
  return hasNativeDigit(text) ? text.replace(NATIVE_DIGIT, asciiDigit) : text;
}

/** A number as printed: digits with the separators between them ("४,२००", "१२:३०", "05/03/2024"). */
const PRINTED_NUMBER = new RegExp(`[0-9${NATIVE_RANGES}]+(?:[.,:/-][0-9${NATIVE_RANGES}]+)*`, 'g');
const FOLDED_NUMBER = /\d+(?:[.,:/-]\d+)*/g;

/** A run of text without spaces that holds a number: a word as the page prints it, "१९-वर्षीय" or "၂¹". */
const TOKEN_WITH_NUMBER = /[^\s\d]*\d\S*/g;

/**
 * How to give folded text its printed digits back: each number maps to the form the text prints it
 * in most often (the first such form on a tie), so "४,२००" comes back where the page wrote it so and
 * an ASCII "2024" beside native dates stays ASCII where it is the usual form. A word that form would
 * make and the page never prints ("2¹" where the page has "၂¹") comes back as the page prints it
 * where it has it, so the parser never shows a word the file does not hold.
 * Null when the text holds no other script's digits: then there is nothing to give back.
 */
export function printedDigitsOf(text: string): ((folded: string) => string) | null {
  if (!hasNativeDigit(text)) return null;
  const counts = new Map<string, Map<string, number>>();
  for (const [printed] of text.matchAll(PRINTED_NUMBER)) {
    const folded = foldDigits(printed);
    const forms = counts.get(folded) ?? new Map<string, number>();
    forms.set(printed, (forms.get(printed) ?? 0) + 1);
    counts.set(folded, forms);
  }
  const printedAs = new Map<string, string>();
  const printedSeveralWays = new Set<string>();
  for (const [folded, forms] of counts) {
    let best = folded;
    let most = 0;
    for (const [form, count] of forms) {
      if (count > most) [best, most] = [form, count];
    }
    if (best !== folded) printedAs.set(folded, best);
    if (forms.size > 1) printedSeveralWays.add(folded);
  }
  const usualForm = (folded: string): string => folded.replace(FOLDED_NUMBER, (number) => printedAs.get(number) ?? number);
  if (printedSeveralWays.size === 0) return usualForm;

  const foldedText = foldDigits(text);
  const shownTokens = new Map<string, string>();
  const tokenAsPrinted = (token: string): string => {
    const usual = usualForm(token);
    if (text.includes(usual)) return usual;
    // Folding keeps every code unit in place, so the page's own printing sits at the same offsets.
    const at = foldedText.indexOf(token);
    return at < 0 ? usual : text.slice(at, at + token.length);
  };
  return (folded) =>
    folded.replace(TOKEN_WITH_NUMBER, (token) => {
      const ambiguous = [...token.matchAll(FOLDED_NUMBER)].some(([number]) => printedSeveralWays.has(number));
      if (!ambiguous) return usualForm(token);
      let shown = shownTokens.get(token);
      if (shown === undefined) shownTokens.set(token, (shown = tokenAsPrinted(token)));
      return shown;
    });
}
