import fc from 'fast-check';
import { collapseSpaces, normalizeSpan, normalizeText } from '#core/steps/normalizeText';

describe('Function: normalizeText', () => {
  it('composes decomposed characters to NFC', () => {
    // Prepare
    const decomposed = 'Cafe\u0301 Mu\u0308ller';

    // Act
    const result = normalizeText(decomposed);

    // Assess
    expect(result).toBe('Café Müller');
    expect(result).toBe(result.normalize('NFC'));
  });

  it('turns CRLF and lone CR line ends into LF', () => {
    // Prepare
    const text = 'first\r\nsecond\rthird\n';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('first\nsecond\nthird\n');
  });

  it('replaces no-break, thin and narrow no-break spaces with plain spaces', () => {
    // Prepare
    const text = 'ten\u00A0euros, 5\u2009km and 20\u202F%';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('ten euros, 5 km and 20 %');
  });

  it('removes zero-width characters, soft hyphens and stray byte-order marks', () => {
    // Prepare
    const text = '\uFEFFwater\u200Bfront re\u00ADopens to\u200Cday\u200D\u2060';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('waterfront reopens today');
  });

  it('maps Persian digits to ASCII digits', () => {
    // Prepare
    const text = 'Line ۱۲۳ opens in ۱۴۰۳';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('Line 123 opens in 1403');
  });

  it('maps Arabic-Indic digits to ASCII digits', () => {
    // Prepare
    const text = 'Gate ١٢٣ and ٠٩';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('Gate 123 and 09');
  });

  it.each(['প্রকাশ: ০৫ মার্চ ২০২৪', '५ मार्च २०२४', '๕ มี.ค. ๒๕๖๗', '２０２４年３月５日'])(
    "keeps other scripts' decimal digits as printed: \"%s\"",
    (text) => {
      expect(normalizeText(text)).toBe(text);
    },
  );

  it('keeps leading indentation so comment nesting can be read', () => {
    // Prepare
    const text = '1. Ann said:\n    Nice piece.\n        2. Bo said:';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('1. Ann said:\n    Nice piece.\n        2. Bo said:');
  });

  it('turns a tab of indentation into four spaces', () => {
    // Prepare
    const text = '\tindented reply';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('    indented reply');
  });

  it('keeps curly quotes, guillemets and dashes as they are', () => {
    // Prepare
    const text = '“Yes,” she said — it’s «fine» – really‘s -- ok';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe(text);
  });

  it('drops stray control characters but keeps line breaks', () => {
    // Prepare
    const text = 'bell\u0007 here\nand\u0001 there';

    // Act
    const result = normalizeText(text);

    // Assess
    expect(result).toBe('bell here\nand there');
  });

  it('is idempotent', () => {
    // Prepare
    const text = ' \u00A0Ca\u0301fe\u200B\r\n\t۱۲ – “ok”\r';

    // Act
    const once = normalizeText(text);
    const twice = normalizeText(once);

    // Assess
    expect(twice).toBe(once);
  });

  it('keeps the zero-width non-joiner inside Persian words and the joiner inside emoji sequences', () => {
    // Act
    const persian = normalizeText('راه\u200Cاندازی می\u200Cکند');
    const emoji = normalizeText('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');

    // Assess
    expect(persian).toBe('راه\u200Cاندازی می\u200Cکند');
    expect(emoji).toBe('family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });

  it('drops a joiner or non-joiner next to ASCII text, a space or the end', () => {
    expect(normalizeText('\u200Cstart x \u200C y end\u200D')).toBe('start x  y end');
  });
});

describe('Function: normalizeText, line by line', () => {
  it('rests on a Unicode fact: code units below U+0300 are NFC-stable and end no canonical decomposition', () => {
    // Prepare
    const unstableLow: number[] = [];
    const lowInsideDecomposition: number[] = [];

    // Act
    for (let cp = 0; cp < 0x300; cp++) if (String.fromCharCode(cp).normalize('NFC') !== String.fromCharCode(cp)) unstableLow.push(cp);
    for (let cp = 0x300; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const decomposed = String.fromCodePoint(cp).normalize('NFD');
      for (let i = 1; i < decomposed.length; i++) if (decomposed.charCodeAt(i) < 0x300) lowInsideDecomposition.push(cp);
    }

    // Assess
    expect(unstableLow).toEqual([]);
    expect(lowInsideDecomposition).toEqual([]);
  });

  it('gives the same text as the definition applied to the whole file at once', () => {
    // Prepare: Latin text with combining marks, Persian, odd spaces, controls, joiners and line breaks
    const piece = fc.constantFrom('e', 'A', ' ', '\n', '\r', '\r\n', '\t', '\u0301', '\u0308', '\u00A0', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2028', '\u0085', '\u000C', '\u0007', 'ی', '۱', '٣', 'é', '\u1100', '\u1161', '\u{1F468}', '•', '’');
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

    // Assess
    fc.assert(fc.property(text, (t) => normalizeText(t) === normalizeSpan(t)), { numRuns: 500 });
  });

  it('leaves Latin lines without odd characters as they are', () => {
    expect(normalizeText('plain ASCII\nand Latin-1: café')).toBe('plain ASCII\nand Latin-1: café');
  });
});

describe('Function: collapseSpaces', () => {
  it('collapses runs of white space to one space and trims the ends', () => {
    // Prepare
    const text = '  two   spaces\tand  a tab  ';

    // Act
    const result = collapseSpaces(text);

    // Assess
    expect(result).toBe('two spaces and a tab');
  });
});
