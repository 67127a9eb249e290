import { lazy, memoized, patternNeeding } from '#core/memo';

describe('Function: memoized', () => {
  it('computes a short text once and answers again from memory, null and false included', () => {
    // Prepare
    const seen: string[] = [];
    const isEmpty = memoized((text: string) => {
      seen.push(text);
      return text.trim().length === 0 ? null : false;
    });

    // Act
    const answers = [isEmpty('Reply'), isEmpty('Reply'), isEmpty(' '), isEmpty(' ')];

    // Assess
    expect(answers).toEqual([false, false, null, null]);
    expect(seen).toEqual(['Reply', ' ']);
  });

  it('does not keep long texts: a paragraph is computed each time', () => {
    // Prepare
    let calls = 0;
    const length = memoized((text: string) => {
      calls++;
      return text.length;
    });
    const paragraph = 'word '.repeat(100);

    // Act
    length(paragraph);
    length(paragraph);

    // Assess
    expect(calls).toBe(2);
  });
});

describe('Function: lazy', () => {
  it('builds the value on first use and only once', () => {
    // Prepare
    let builds = 0;
    const value = lazy(() => {
      builds++;
      return /x/u;
    });

    // Act
    const before = builds;
    const first = value();
    const second = value();

    // Assess
    expect([before, builds]).toEqual([0, 1]);
    expect(second).toBe(first);
  });
});

describe('Function: patternNeeding', () => {
  it('builds the pattern on the first text holding the character it needs, and answers null without it', () => {
    // Prepare
    let builds = 0;
    const agency = patternNeeding('(', () => {
      builds++;
      return /^(\p{Lu}+) \((\p{Lu}+)\)/v;
    });

    // Act
    const without = agency.exec('BERLIN - The council met.');
    const buildsBefore = builds;
    const withIt = agency.exec('BERLIN (DPA) - The council met.');
    agency.exec('PARIS (AFP) - The council met.');

    // Assess
    expect([without, buildsBefore]).toEqual([null, 0]);
    expect(withIt?.slice(1)).toEqual(['BERLIN', 'DPA']);
    expect(builds).toBe(1);
  });
});
