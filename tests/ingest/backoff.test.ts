import { fullJitterDelay } from '../../functions/ingest/backoff';

const policy = { baseDelayMs: 50, maxDelayMs: 1_000 };

describe('Function: fullJitterDelay', () => {
  it('doubles the ceiling per retry', () => {
    const almostOne = () => 0.999999;
    expect([1, 2, 3, 4].map((retry) => fullJitterDelay(retry, { ...policy, random: almostOne }))).toEqual([49, 99, 199, 399]);
  });

  it('never exceeds the cap', () => {
    expect(fullJitterDelay(30, { ...policy, random: () => 0.999999 })).toBe(999);
  });

  it('can wait zero (full jitter starts at 0)', () => {
    expect(fullJitterDelay(5, { ...policy, random: () => 0 })).toBe(0);
  });
});
