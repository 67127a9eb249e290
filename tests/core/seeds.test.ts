import { parseArticle } from '#core';
import type { Article, Comment } from '#core/types';
import { ASPECT_NAMES, loadSharedSeeds, scoreArticle } from '../helpers/scoring';
import type { Aspect } from '../helpers/scoring';

const seeds = loadSharedSeeds();
if (seeds === null) console.warn('../shared not found: seed tests skipped');
const describeSeeds = seeds === null ? describe.skip : describe;

describeSeeds('Seeds: parseArticle against the human gold (../shared)', () => {
  it('finds seed files', () => {
    expect(seeds?.length ?? 0).toBeGreaterThan(0);
  });

  for (const seed of seeds ?? []) {
    describe(seed.key, () => {
      let parsed: { article: Article; comments: Comment[] } | null = null;
      let failure = 'not parsed';
      let aspects: Aspect[] = [];

      beforeAll(() => {
        // Act
        const result = parseArticle(seed.bytes, { key: seed.key });
        if (result.ok) {
          parsed = { article: result.article, comments: result.comments };
          aspects = scoreArticle(seed.gold, result.article, result.comments, { body: 0.99, commentText: 0.99, strict: false });
        } else {
          failure = `${result.error.code}: ${result.error.message}`;
        }
      });

      it('parses without error', () => {
        expect(parsed === null ? failure : 'ok').toBe('ok');
      });

      for (const name of ASPECT_NAMES) {
        it(`matches the gold ${name}`, () => {
          // Assess
          const aspect = aspects.find((a) => a.name === name);
          expect(aspect === undefined ? failure : aspect.actual).toEqual(aspect === undefined ? 'parsed' : aspect.expected);
        });
      }
    });
  }
});
