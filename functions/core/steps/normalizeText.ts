/** Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** No-break, figure, thin, ideographic and other spaces that render as a plain space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width and format characters (ZWSP, ZWJ/ZWNJ, word joiner, BOM, soft hyphen). */
const INVISIBLES = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** C0 controls other than tab and line breaks, and DEL: never part of article text (matching them is the point). */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

function toAsciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Canonical text: NFC, LF line ends, plain spaces, no invisible characters, ASCII digits.
 * Leading indentation is kept (tabs become four spaces) because comment nesting is read from it;
 * other white space is collapsed line by line (see toLines).
 * Quotes and dashes are kept as they are.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '    ')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(STRAY_CONTROLS, '')
    .replace(EASTERN_DIGITS, toAsciiDigit);

}

/** Whitespace runs inside one paragraph → one space. */
export function collapseSpaces(text: string): string {
  // Most lines have single spaces only: skip the replace for them.
  return /\s\s|[^\S ]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim();
}
