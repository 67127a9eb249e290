import iconv from 'iconv-lite';
import { DEFAULT_SETTINGS } from '#core/settings';
import { decodeBytes } from '#core/steps/decodeBytes';
import type { DecodeResult } from '#core/steps/decodeBytes';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};

const textOf = (result: DecodeResult): string => {
  if (!result.ok) throw new Error(`expected text, got ${result.error.code}: ${result.error.message}`);
  return result.text;
};
const codeOf = (result: DecodeResult): string | null => (result.ok ? null : result.error.code);

describe('Function: decodeBytes', () => {
  it('decodes UTF-8 without a byte-order mark', () => {
    // Prepare
    const input = utf8('Café owners meet — “again”.');

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('Café owners meet — “again”.');
  });

  it('reads pure ASCII (taken through a faster path) exactly as UTF-8, from a subarray of a larger buffer too', () => {
    // Prepare: every printable ASCII character and the line controls, in a view that starts inside its buffer.
    const ascii = `\t\r\n${Array.from({ length: 95 }, (_, i) => String.fromCharCode(i + 32)).join('')}`.repeat(3);
    const whole = concat(utf8('é'), utf8(ascii), utf8('ü'));
    const view = whole.subarray(2, whole.length - 2);

    // Act
    const result = decodeBytes(view, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe(ascii);
    expect(result.ok && result.encoding).toBe('utf-8');
  });

  it('decodes UTF-8 with a byte-order mark and drops the mark', () => {
    // Prepare
    const input = concat(bytes(0xef, 0xbb, 0xbf), utf8('Größere Brücke'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('Größere Brücke');
  });

  it('decodes UTF-16 little-endian with a byte-order mark', () => {
    // Prepare
    const input = concat(bytes(0xff, 0xfe), utf16le('Tide tables for Ørsted bay\nsecond line'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('Tide tables for Ørsted bay\nsecond line');
  });

  it('decodes UTF-16 big-endian with a byte-order mark', () => {
    // Prepare
    const input = concat(bytes(0xfe, 0xff), utf16be('Ferry timetable – winter'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('Ferry timetable – winter');
  });

  it('reads Windows-1252 smart quotes (0x93, 0x94) when the bytes are not valid UTF-8', () => {
    // Prepare
    const input = concat(utf8('The mayor called it '), bytes(0x93), utf8('a fair deal'), bytes(0x94), utf8(' on Monday.'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('The mayor called it “a fair deal” on Monday.');
  });

  it('reads a Windows-1252 0xE9 as é', () => {
    // Prepare
    const input = concat(utf8('The caf'), bytes(0xe9), utf8(' on the corner reopened after the flood in the spring.'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('The café on the corner reopened after the flood in the spring.');
  });

  it.each([
    ['Le café est fermé, la crème aussi.'],
    ['Où est la gare?'],
    ['Señor Peña'],
    ['Straße'],
    ['Grüße aus Köln, schön war’s – und das Wetter?'],
    ['The ticket costs €12 — “cheap”, they said…'],
  ])('reads the short Windows-1252 text "%s" as Windows-1252', (text) => {
    // Prepare
    const input = Uint8Array.from(iconv.encode(text, 'windows-1252'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe(text);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]],
  ])('rejects a %s signature as BINARY', (_name, signature) => {
    // Prepare
    const input = concat(bytes(...signature), utf8('some trailing bytes that look like text'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(codeOf(result)).toBe('BINARY');
  });

  it('rejects NUL bytes without a UTF-16 mark as BINARY', () => {
    // Prepare
    const input = concat(utf8('header'), bytes(0x00, 0x00, 0x01), utf8('more text here'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(codeOf(result)).toBe('BINARY');
  });

  it('rejects bytes that are mostly control characters as BINARY', () => {
    // Prepare
    const input = concat(bytes(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0e, 0x0f, 0x10, 0x11), utf8('ab'));

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(codeOf(result)).toBe('BINARY');
  });

  it('rejects a string that is mostly control characters as BINARY', () => {
    // Prepare
    const input = '\u0001\u0002\u0003\u0004\u0005\u0006ab';

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(codeOf(result)).toBe('BINARY');
  });

  it('returns EMPTY for zero bytes', () => {
    // Prepare
    const input = new Uint8Array(0);

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(codeOf(result)).toBe('EMPTY');
  });

  it('returns TOO_LARGE when the bytes exceed maxInputBytes', () => {
    // Prepare
    const settings = { ...DEFAULT_SETTINGS, maxInputBytes: 16 };
    const input = utf8('This line is longer than sixteen bytes.');

    // Act
    const result = decodeBytes(input, settings);

    // Assess
    expect(codeOf(result)).toBe('TOO_LARGE');
  });

  it('accepts input exactly at maxInputBytes', () => {
    // Prepare
    const settings = { ...DEFAULT_SETTINGS, maxInputBytes: 16 };
    const input = utf8('sixteen bytes!!!');

    // Act
    const result = decodeBytes(input, settings);

    // Assess
    expect(textOf(result)).toBe('sixteen bytes!!!');
  });

  it('returns TOO_LARGE for a string over maxInputBytes', () => {
    // Prepare
    const settings = { ...DEFAULT_SETTINGS, maxInputBytes: 8 };

    // Act
    const result = decodeBytes('a string that is far too long', settings);

    // Assess
    expect(codeOf(result)).toBe('TOO_LARGE');
  });

  it('keeps tabs, line feeds and carriage returns, which are not control noise', () => {
    // Prepare
    const input = utf8('a\tb\r\nc\nd\te\r\n');

    // Act
    const result = decodeBytes(input, DEFAULT_SETTINGS);

    // Assess
    expect(textOf(result)).toBe('a\tb\r\nc\nd\te\r\n');
  });
});
