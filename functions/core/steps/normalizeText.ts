import { asciiDigitIn, digitRanges } from './nativeDigits';

/** The digit blocks normalization turns into ASCII, as the schema promises: Arabic-Indic and Persian. Other scripts' digits stay as printed (see nativeDigits). */
const DIGIT_ZEROS = [0x0660, 0x06f0];

/**
 * Every character normalization changes, in one pattern, so the text is scanned once: CR and other
 * line breaks, tabs, no-break and other odd spaces, zero-width and format characters, C0 controls
 * and DEL, Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits. The zero-width
 * (non-)joiner stays between two non-ASCII characters, where it is spelling: Persian "می‌کند"
 * needs its ZWNJ, and ZWJ holds emoji sequences together; next to ASCII, a space or a line end it goes.
 */
// Code units, no `u` flag: every character here is in the BMP, and the scan over the whole file is
// ~1.5× faster without Unicode mode.
const TO_REPLACE = new RegExp(
  String.raw`\r\n?|[\u200C\u200D](?:(?=[\0-\x7F]|$)|(?<=(?:^|[\0-\x7F])[\u200C\u200D]))|[\f\v\u2028\u2029\u0085\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u00AD\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F${digitRanges(DIGIT_ZEROS)}]`,
  'g',
);

function replacement(match: string): string {
  const code = match.charCodeAt(0);
  if (code === 0x0d || code === 0x0c || code === 0x0b || code === 0x2028 || code === 0x2029 || code === 0x85) return '\n';
  if (code === 0x09) return '    ';
  const digit = asciiDigitIn(code, DIGIT_ZEROS);
  if (digit !== null) return digit;
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return ' ';
  return ''; // zero-width, soft hyphen, BOM, controls
}

/**
 * The definition of canonical text, applied to a whole span at once: NFC, LF line ends, plain
 * spaces, no invisible characters, ASCII digits for Persian and Arabic-Indic ones. normalizeText applies it only where it can change something.
 */
export function normalizeSpan(text: string): string {
  return text.normalize('NFC').replace(TO_REPLACE, replacement);
}

/**
 * What normalizeSpan can change on a line: a character in TO_REPLACE, or one at U+0300 or above.
 * Code units below U+0300 are NFC-stable starters that end no canonical decomposition, so a line
 * holding neither is canonical already (checked against every code point in the unit tests).
 * Written as what it is not (LF, printable ASCII, Latin letters and signs up to U+02FF): irregexp
 * scans this negated class ~3× faster than the same set spelled out.
 */
const MAY_CHANGE = /[^\n\x20-\x7E\x80-\x84\x86-\x9F\xA1-\xAC\xAE-\u02FF]/g;

/**
 * Canonical text (see normalizeSpan), line by line: only lines that may change go through NFC and
 * the replacements, so a mostly Latin file costs one scan instead of a trip of the whole text through ICU.
 * Leading indentation is kept (tabs become four spaces) because comment nesting is read from it;
 * other white space is collapsed line by line (see toLines). Quotes and dashes are kept as they are.
 */
export function normalizeText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const parts: string[] = [];
  let copied = 0;
  MAY_CHANGE.lastIndex = 0;
  for (let found = MAY_CHANGE.exec(lf); found !== null; found = MAY_CHANGE.exec(lf)) {
    const start = lf.lastIndexOf('\n', found.index) + 1;
    const newline = lf.indexOf('\n', found.index);
    const end = newline === -1 ? lf.length : newline;
    const line = lf.slice(start, end);
    const canonical = normalizeSpan(line);
    if (canonical !== line) {
      parts.push(lf.slice(copied, start), canonical);
      copied = end;
    }
    MAY_CHANGE.lastIndex = end;
  }
  if (parts.length === 0) return lf;
  parts.push(lf.slice(copied));
  return parts.join('');
}

/** Whitespace runs inside one paragraph → one space. */
export function collapseSpaces(text: string): string {
  // Most lines have single spaces only: skip the replace for them.
  return /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
}
