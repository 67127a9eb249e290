import { createHash } from 'node:crypto';
import { contentHash } from '#core/steps/contentHash';

describe('Function: contentHash', () => {
  it('returns a 64-character lower-case hex sha256', () => {
    // Act
    const hash = contentHash(['Title', 'Body text.']);

    // Assess
    expect(hash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('returns the same hash for the same parts', () => {
    // Act
    const first = contentHash(['Title', 'Body text.']);
    const second = contentHash(['Title', 'Body text.']);

    // Assess
    expect(first).toBe(second);
  });

  it('changes when text moves from one part to another', () => {
    // Act
    const a = contentHash(['ab', 'c']);
    const b = contentHash(['a', 'bc']);

    // Assess
    expect(a).not.toBe(b);
  });

  it('changes when any part changes', () => {
    // Act
    const a = contentHash(['Title', 'Body text.']);
    const b = contentHash(['Title', 'Body text!']);

    // Assess
    expect(a).not.toBe(b);
  });

  it('is sha256 over "<length>:<part>\n" for each part, however the parts are chunked internally', () => {
    // Prepare: small parts that fill several chunks, a part larger than a chunk, non-ASCII text
    const parts = [
      ...Array.from({ length: 3000 }, (_, i) => `Kommentar ${i}: Grüße — ${'ä'.repeat(i % 50)}`),
      'Körper '.repeat(20_000),
      '',
      'tail',
    ];
    const expected = createHash('sha256');
    for (const part of parts) expected.update(`${part.length}:${part}\n`, 'utf8');

    // Act
    const hash = contentHash(parts);

    // Assess: other tools can recompute the documented definition
    expect(hash).toBe(expected.digest('hex'));
  });

  it('hashes a large part with characters outside the BMP as its UTF-8 bytes, wherever its slices end', () => {
    // Prepare: a surrogate pair at two of every three code units, shifted by 0, 1 and 2, so that one of the
    // three texts puts a pair across any slice boundary
    const pattern = '\u{1F30A}ü'.repeat(150_000);
    const texts = ['', 'x', 'xx'].map((shift) => `${shift}${pattern}`);
    const expected = texts.map((t) => createHash('sha256').update(`${t.length}:${t}\n`, 'utf8').digest('hex'));

    // Act
    const hashes = texts.map((t) => contentHash([t]));

    // Assess
    expect(hashes).toEqual(expected);
  });
});
