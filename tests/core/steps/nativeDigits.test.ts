import { describe, expect, it } from '@jest/globals';
import { foldDigits, printedDigitsOf } from '#core/steps/nativeDigits';

describe('Function: foldDigits', () => {
  it.each([
    ['প্রকাশ: ০৫ মার্চ ২০২৪', 'প্রকাশ: 05 মার্চ 2024'],
    ['५ मार्च २०२४', '5 मार्च 2024'],
    ['๕ มี.ค. ๒๕๖๗', '5 มี.ค. 2567'],
    ['２０２４年３月５日', '2024年3月5日'],
    ['ဇွန် ၁၈', 'ဇွန် 18'],
  ])('reads "%s" with ASCII digits, one code unit for one', (text, expected) => {
    // Act
    const folded = foldDigits(text);

    // Assess
    expect(folded).toBe(expected);
    expect(folded).toHaveLength(text.length);
  });

  it('returns ASCII text unchanged', () => {
    const text = 'Posted 5 March 2024 at 10:30';
    expect(foldDigits(text)).toBe(text);
  });
});

describe('Function: printedDigitsOf', () => {
  it('has nothing to give back when the text holds only ASCII digits', () => {
    expect(printedDigitsOf('Gate 12, 5 March 2024')).toBeNull();
  });

  it("gives folded numbers the page's own digits back, separators and all", () => {
    // Prepare
    const page = 'सुमारे ४,२०० हेक्टर; १२:३० वाजता';
    const asPrinted = printedDigitsOf(page);

    // Act
    const shown = asPrinted?.(foldDigits(page));

    // Assess
    expect(shown).toBe(page);
  });

  it('keeps a number ASCII where the page prints it so most often', () => {
    // Prepare
    const page = 'COVID-19 ... COVID-19 ... १९ लोग ... ५ मार्च';
    const asPrinted = printedDigitsOf(page);

    // Act
    const shown = asPrinted?.('COVID-19, 19 और 5');

    // Assess
    expect(shown).toBe('COVID-19, 19 और ५');
  });

  it('gives back a word as the page prints it where the usual form of its number would make a word the page never prints', () => {
    // Prepare: "2" is printed once in ASCII and once in Myanmar digits, so the tie keeps ASCII.
    const page = '2. Bo\n၂¹ ok';
    const asPrinted = printedDigitsOf(page);

    // Act
    const shown = asPrinted?.('၂¹ ok'.replace('၂', '2'));

    // Assess
    expect(shown).toBe('၂¹ ok');
  });
});
