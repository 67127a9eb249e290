import fc from 'fast-check';
import { decodeS3EventKey, encodeS3EventKey } from '../../functions/ingest/s3Key';

describe('Function: decodeS3EventKey', () => {
  it('turns + into a space', () => {
    expect(decodeS3EventKey('news/harbour+plan.txt')).toBe('news/harbour plan.txt');
  });

  it('decodes %XX escapes, a literal plus included', () => {
    expect(decodeS3EventKey('news/tolls%2Bfares+2026.txt')).toBe('news/tolls+fares 2026.txt');
  });

  it('decodes multi-byte UTF-8 escapes', () => {
    expect(decodeS3EventKey('nachrichten/%C3%9Cbersicht+%E6%9D%B1%E4%BA%AC.txt')).toBe('nachrichten/Übersicht 東京.txt');
  });

  it('throws on a malformed escape', () => {
    expect(() => decodeS3EventKey('broken%E6.txt')).toThrow(URIError);
  });
});

describe('Function: encodeS3EventKey', () => {
  it('encodes as S3 does: + for a space, slashes kept', () => {
    expect(encodeS3EventKey('a b+c/é.txt')).toBe('a+b%2Bc/%C3%A9.txt');
  });

  it('is undone by decodeS3EventKey for any key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (key) => {
        expect(decodeS3EventKey(encodeS3EventKey(key))).toBe(key);
      }),
    );
  });
});
