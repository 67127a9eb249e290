import fc from 'fast-check';
import { articleIdFor, slugifyKey } from '../../functions/ingest/articleId';

describe('Function: articleIdFor', () => {
  it('is readable: bucket, slug of the key, short hash', () => {
    expect(articleIdFor('winnow-uploads', 'news/Iran Refuses.txt')).toMatch(/^winnow-uploads~news-iran-refuses\.txt~[0-9a-f]{16}$/);
  });

  it('maps the same bucket and key to the same id', () => {
    expect(articleIdFor('b', 'a/key.txt')).toBe(articleIdFor('b', 'a/key.txt'));
  });

  it('keeps keys apart whose slugs collide', () => {
    expect(articleIdFor('b', 'a b.txt')).not.toBe(articleIdFor('b', 'a-b.txt'));
    expect(articleIdFor('b', 'key.txt')).not.toBe(articleIdFor('c', 'key.txt'));
  });

  it('is URL-safe for any key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (key) => {
        const id = articleIdFor('winnow-uploads', key);
        expect(id).toMatch(/^[\w.~-]+$/);
        expect(encodeURIComponent(id)).toBe(id);
      }),
    );
  });
});

describe('Function: slugifyKey', () => {
  it('strips accents and collapses other characters into single dashes', () => {
    expect(slugifyKey('Nachrichten/Übersicht – Köln.txt')).toBe('nachrichten-ubersicht-koln.txt');
  });

  it('falls back to "object" when nothing readable is left', () => {
    expect(slugifyKey('東京/')).toBe('object');
  });

  it('caps the slug length', () => {
    expect(slugifyKey('a'.repeat(500)).length).toBeLessThanOrEqual(80);
  });
});
