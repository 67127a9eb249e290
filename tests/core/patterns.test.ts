import * as patterns from '#core/patterns';

/** Every regex the patterns module exports, and the parts of each combined line test. */
function exportedRegexes(): [string, RegExp][] {
  return Object.entries(patterns).flatMap(([name, value]): [string, RegExp][] => {
    if (value instanceof RegExp) return [[name, value]];
    if (typeof value === 'object' && value !== null && 'parts' in value) return value.parts.map((part, k): [string, RegExp] => [`${name}[${k}]`, part]);
    return [];
  });
}

describe('Module: patterns', () => {
  it('keeps every regex under the size V8 still optimizes (a larger one slows the scan of every line about twice)', () => {
    // Assess
    const tooLarge = exportedRegexes()
      .filter(([, regex]) => regex.source.length > patterns.MAX_COMBINED_REGEX_CHARS)
      .map(([name, regex]) => `${name}: ${regex.source.length} chars`);
    expect(tooLarge).toEqual([]);
  });

  it('splits the furniture lines into parts that still read every line', () => {
    // Assess
    expect(patterns.BOILERPLATE_LINE.parts.length).toBeGreaterThan(1);
    expect(['Proudly powered by WordPress', 'Reposted from the Valley Gazette with permission.'].map((line) => patterns.BOILERPLATE_LINE.test(line))).toEqual([true, true]);
  });

  it('opens every furniture line with a known word or sign, never a wildcard, which would scan every line of every page', () => {
    // Arrange: a wildcard right after an anchor, at the start of the pattern or of a top-level alternative.
    const WILDCARD_OPENING = /(?:^|\|)\^(?:\\S|\.|\[\^)/u;

    // Assess
    expect(patterns.BOILERPLATE_LINES.filter((pattern) => WILDCARD_OPENING.test(pattern.source)).map((pattern) => pattern.source)).toEqual([]);
    expect(WILDCARD_OPENING.test(/^\S.{0,60} contributed reporting$/u.source)).toBe(true);
  });

  it('gives every unbounded phrase key a character outside ASCII, which the scan of ASCII lines relies on to skip them', () => {
    // Assess
    expect(patterns.BOILERPLATE_PHRASE_KEYS_UNBOUNDED.filter((key) => !/[^\0-\x7F]/u.test(key))).toEqual([]);
  });

  it('opens every bounded phrase key with a character \\b can bound (an ASCII word character): a key in another script belongs with the unbounded ones', () => {
    // Assess
    expect(patterns.BOILERPLATE_PHRASE_KEYS.filter((key) => !/^\w/u.test(key))).toEqual([]);
  });

  it('bounds the text-size widget by its longest form, which spares the pattern on longer lines', () => {
    // Arrange
    const longest = `${'Größe der Schriftart '.slice(0, 20)}: A-   A-   A-   A-`;

    // Assess
    expect(patterns.TEXT_SIZE_WIDGET.test(longest)).toBe(true);
    expect(longest.length).toBeLessThanOrEqual(patterns.TEXT_SIZE_WIDGET_MAX_CHARS);
    expect(patterns.TEXT_SIZE_WIDGET.test(`${longest.slice(0, 19)}x${longest.slice(19)}`)).toBe(false);
  });
});

describe('Patterns: labels of the region\'s news sites', () => {
  it.each([
    ['ژمارەی هەواڵ: 73590', '73590'],
    ['News ID: 73312', '73312'],
  ])('reads the article id of "%s"', (line, id) => {
    expect(patterns.SOURCE_ID_LINE.exec(line)?.[1]).toBe(id);
  });

  it.each(['Կարդացեք նաև՝ Երևանում ջրի սակագինը կարող է բարձրանալ', 'Shuningdek oʻqing: Buxoroda yangi turistik koʻcha ochildi', 'زیاتر بخوێنەوە: سلێمانی: نرخی ئاو زیاد دەکرێت'])(
    'reads "%s" as a read-also link',
    (line) => {
      expect(patterns.READ_ALSO_LINK.test(line)).toBe(true);
    },
  );

  it('reads a Sorani reply label as whom the comment answers', () => {
    expect(patterns.REPLY_TO_LINE.test('وەڵام بۆ: هێمن')).toBe(true);
  });
});
