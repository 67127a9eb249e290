import { isAscii } from 'node:buffer';
import type * as Chardet from 'chardet';
import type { ParseError, ParseSettings } from '../types';

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; error: ParseError };

/** File signatures of common binary formats that users upload by mistake. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Characters sampled for the control-character share: binary shows itself in the first megabyte. */
const CONTROL_SAMPLE = 1024 * 1024;

/** Control characters other than tab, LF, CR and form feed: a high share means binary, not text. */
function controlCharRatio(full: string): number {
  const text = full.length > CONTROL_SAMPLE ? full.slice(0, CONTROL_SAMPLE) : full;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return text.length === 0 ? 0 : control / text.length;
}

/**
 * chardet is loaded on the first file that is not valid UTF-8: most uploads never need it, and
 * building its detectors costs every cold start ~10 ms otherwise. The deployed function ships it
 * beside its bundle, not inside (infra/defaults.ts, LAZY_MODULES).
 */
function loadChardet(): typeof Chardet {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberate lazy load, see above
  return require('chardet') as typeof Chardet;
}

/** Encodings chardet names with real evidence: other scripts than Latin, and multi-byte ones. */
const DISTINCT_ENCODINGS = /^(?:windows-125[13-8]|iso-8859-[5-8]|koi8-[ru]|shift_jis|euc-jp|euc-kr|gb18030|big5|iso-2022-\w+)$/iu;
const MIN_CONFIDENCE = 30;
/** The winner must also lead the runner-up clearly: short texts give flat, unreliable scores. */
const MIN_LEAD = 3;

/**
 * Not valid UTF-8: Windows-1252, the usual encoding of such files, unless chardet finds another
 * script with some confidence (it cannot tell the Latin code pages apart on short texts).
 */
function guessEncoding(bytes: Uint8Array): string {
  const [best, second] = loadChardet().analyse(bytes.subarray(0, 64 * 1024));
  const clear = best !== undefined && best.confidence >= MIN_CONFIDENCE && best.confidence >= MIN_LEAD * (second?.confidence ?? 0);
  return best && clear && DISTINCT_ENCODINGS.test(best.name) && isSupported(best.name)
    ? best.name.toLowerCase()
    : 'windows-1252';
}

/** Decoding uses the runtime's WHATWG TextDecoder (full ICU in Node and Lambda): no encoding tables in the bundle. */
function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

/** Windows-1252's characters at 0x80–0x9F (Node's TextDecoder decodes this label as Latin-1 and keeps C1 controls there). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009F]/gu, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/**
 * A NUL byte means binary data or UTF-16 without a BOM in every encoding read below. Searched in
 * the bytes, where it is one memchr; in a decoded two-byte string every ASCII character has a zero byte.
 */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const hasNulByte = (bytes: Uint8Array): boolean => asBuffer(bytes).indexOf(0) !== -1;

/** Valid UTF-8 first, then a guess. */
function decodeUnmarked(bytes: Uint8Array): DecodeResult {
  if (hasNulByte(bytes)) return { ok: false, error: { code: 'BINARY', message: NUL_MESSAGE } };
  // ASCII reads the same in every encoding below, and Latin-1 decodes it ~4× faster than UTF-8 validation does.
  if (isAscii(bytes)) return { ok: true, text: asBuffer(bytes).toString('latin1'), encoding: 'utf-8' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = guessEncoding(bytes);
    return { ok: true, text: encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded directly; other bytes
 * through chardet + the runtime's TextDecoder. Binary content is rejected with a typed error instead of being parsed.
 */
export function decodeBytes(input: Uint8Array | string, settings: ParseSettings): DecodeResult {
  if (typeof input === 'string') {
    return input.length > settings.maxInputBytes
      ? { ok: false, error: { code: 'TOO_LARGE', message: `input has ${input.length} characters; the limit is ${settings.maxInputBytes}` } }
      : checkText(input, 'utf-16 (string)', settings);
  }
  if (input.byteLength === 0) return { ok: false, error: { code: 'EMPTY', message: 'the file has no bytes' } };
  if (input.byteLength > settings.maxInputBytes) {
    return { ok: false, error: { code: 'TOO_LARGE', message: `the file has ${input.byteLength} bytes; the limit is ${settings.maxInputBytes}` } };
  }
  const signature = BINARY_SIGNATURES.find((s) => startsWith(input, s.bytes));
  if (signature) return { ok: false, error: { code: 'BINARY', message: `the file is a ${signature.name}, not text` } };

  const bom = sniffBom(input);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(input.subarray(bom.skip));
    return checkText(text, bom.encoding, settings);
  }
  const decoded = decodeUnmarked(input);
  return decoded.ok ? checkText(decoded.text, decoded.encoding, settings, { nulChecked: true }) : decoded;
}

const NUL_MESSAGE = 'the text contains NUL characters: binary data, or UTF-16 without a byte-order mark';

function checkText(text: string, encoding: string, settings: ParseSettings, { nulChecked = false } = {}): DecodeResult {
  if (!nulChecked && text.includes('\u0000')) return { ok: false, error: { code: 'BINARY', message: NUL_MESSAGE } };
  if (controlCharRatio(text) > settings.maxControlCharRatio) {
    return { ok: false, error: { code: 'BINARY', message: 'the text is mostly control characters' } };
  }
  if (text.includes('\uFFFD') && (text.match(/\uFFFD/g)?.length ?? 0) > text.length * 0.1) {
    return { ok: false, error: { code: 'UNDECODABLE', message: `decoding as ${encoding} left mostly replacement characters` } };
  }
  return { ok: true, text, encoding };
}
