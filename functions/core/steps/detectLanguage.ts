import { detect } from 'tinyld/light';

/** Letters only Persian uses among Arabic-script languages (پ چ ژ گ) plus Persian ye and kaf. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/gu;
const MIN_LETTERS = 20;

/** ISO 639-1 code of the text's language, or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const arabicScript = sample.match(ARABIC_SCRIPT)?.length ?? 0;
  if (arabicScript > sample.length * 0.3) {
    // The trigram model confuses Persian with Arabic; Persian's own letters settle it.
    const persian = sample.match(PERSIAN_LETTERS)?.length ?? 0;
    return persian > arabicScript * 0.02 ? 'fa' : 'ar';
  }
  const code = detect(sample);
  return code.length === 2 ? code : null;
}
