/**
 * Every hostile input (≤ 1 MB; the large ones run in scripts/hostile.ts) gives a typed parse
 * result: an article, or an error whose code is in the closed set. Never a throw, never INTERNAL.
 */
import { parseArticle } from '#core';
import { hostileCases } from './generate';
import { parseViolation } from './expectations';

const CASES = hostileCases('small');

describe('Hostile inputs: parseArticle', () => {
  it('has at least 40 small cases with distinct names', () => {
    // Assess
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('returns a typed result for %s', (_name, testCase) => {
    // Prepare
    const bytes = testCase.build();
    // Act
    const result = parseArticle(bytes, { key: testCase.key });
    // Assess
    expect(parseViolation(result, testCase.expect)).toBeNull();
  });
});
