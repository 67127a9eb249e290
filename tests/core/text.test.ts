import fc from 'fast-check';
import { endsSentence, isNameLike, isTitleCased, wordCount, words } from '#core/text';

describe('Function: words', () => {
  it('splits text into words of letters and digits, keeping inner apostrophes and hyphens', () => {
    // Act
    const result = words('It’s a well-known fact: 3 ferries, 12 routes!');

    // Assess
    expect(result).toEqual(['It’s', 'a', 'well-known', 'fact', '3', 'ferries', '12', 'routes']);
  });

  it('returns no words for punctuation only', () => {
    // Act
    const result = words(' — … !? ');

    // Assess
    expect(result).toEqual([]);
  });
});

describe('Function: wordCount', () => {
  it('counts the same words that words() finds', () => {
    // Prepare
    const text = 'Über 20 Bürger kamen – trotz Regen.';

    // Act
    const count = wordCount(text);

    // Assess
    expect(count).toBe(words(text).length);
    expect(count).toBe(6);
  });

  it('counts runs of letters and digits joined by single apostrophes, dots or hyphens', () => {
    // Prepare: the definition as a regex, against texts dense in joiners and non-Latin letters
    const definition = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gv;
    const piece = fc.constantFrom('a', 'Z', '7', 'ü', 'ش', '۳', "'", '’', '.', '-', ' ', '\n', ',', '\u{1F30A}', '–');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

    // Assess
    fc.assert(fc.property(text, (t) => wordCount(t) === (t.match(definition)?.length ?? 0)), { numRuns: 500 });
  });
});

describe('Function: isNameLike', () => {
  it.each(['Jane Doe', 'Anna van der Berg', 'raz', 'john_doe77', 'Mohammed Al Rashid', 'J. R. Hartley', 'Plot 47', 'Irakli Ch.', 'Anna Zs.', 'Γιώργος Τσ.', 'Bishal K.C.', 'सरिता के.सी.', 'सरिता', 'გიორგი მ.', 'Nena iz Grbavice', 'נועה בן־שושן', '山田 花子'])('accepts "%s" as a name', (name) => {
    // Act
    const result = isNameLike(name);

    // Assess
    expect(result).toBe(true);
  });

  it.each([
    'he',
    'The minister',
    'the spokesman for the ministry of transport',
    'Jane Doe.',
    'Stop It.',
    'Veröffentlicht',
    'Launched',
    '',
    'one two three four five six seven',
    'Officials',
    '50',
    '94% Upvoted',
    'Categories',
    'Tags',
    'Contact Us',
    'About Us',
    '夏から運行開始 観光客にも乗りやすく',
    'às',
    'um',
    'شیئر کریں',
    'Share on Facebook',
    // Thai writes a sentence as one run without spaces.
    'แต่ก็เห็นด้วยว่าต้องทำแหล่งอาหารในป่าควบคู่กันไป',
  ])('rejects "%s"', (text) => {
    // Act
    const result = isNameLike(text);

    // Assess
    expect(result).toBe(false);
  });

  it('rejects a possessive, which names a thing: "Hillwalker\'s Notebook"', () => {
    expect(isNameLike("Hillwalker's Notebook")).toBe(false);
  });
});

describe('Function: endsSentence', () => {
  it.each(['It rained.', 'Really?', '“Go home!”', 'And then…', 'ዘመቻው ዛሬ ተጀመረ።', 'Կենտրոնը կբացվի։', 'ဈေးကွက် ဖွင့်ပြီ။', 'កសិករប្រមូលផល។', 'یہ منصوبہ مکمل ہو گیا۔'])('is true for "%s"', (text) => {
    // Assess
    expect(endsSentence(text)).toBe(true);
  });

  it.each(['Latest news', 'Discussion:', 'Share this'])('is false for "%s"', (text) => {
    // Assess
    expect(endsSentence(text)).toBe(false);
  });
});

describe('Function: isNameLike (an initial in a script without case)', () => {
  it('reads "رضا م." as a name', () => {
    expect(isNameLike('رضا م.')).toBe(true);
  });
});

describe('Function: wordCount (marks on letters)', () => {
  it('keeps vowel signs and viramas on the word of their letter, as words() does', () => {
    const texts = ['ମୁଖ୍ୟ ପୃଷ୍ଠା', 'नदी पर नया पुल', 'ప్రకాశం బ్యారేజీ'];
    expect(texts.map(wordCount)).toEqual([2, 4, 2]);
    expect(texts.map((t) => words(t).length)).toEqual([2, 4, 2]);
  });
});

describe('Function: wordCount (scripts written without spaces)', () => {
  it('counts two Japanese or Chinese characters as a word, and Latin words as before', () => {
    expect([wordCount('北空知交通は19日発表した'), wordCount('The bus is late.'), wordCount('新华社 Xinhua 报道')]).toEqual([7, 4, 4]);
  });
});

describe('Function: isNameLike (Georgian)', () => {
  it('reads a Georgian full name as a name (the script has no case in running text)', () => {
    expect(isNameLike('ნინო ბერიძე')).toBe(true);
  });
});

describe('Function: isTitleCased', () => {
  it('is true for a headline in title case, even with a full stop', () => {
    expect(isTitleCased('Bangladesh Is Leaving the LDC Club. Washington Should Notice.')).toBe(true);
  });

  it('is false for a sentence, and for a short label', () => {
    expect([isTitleCased('The council said on Tuesday that the plan would go ahead.'), isTitleCased('Latest News')]).toEqual([false, false]);
  });
});

describe('Function: isNameLike (menu links and handles)', () => {
  it.each(['About Moira', 'Contact Jane'])('takes the menu link "%s" for no name', (text) => {
    expect(isNameLike(text)).toBe(false);
  });

  it('takes a handle closed by an initial, "Kerstin_W.", for a name', () => {
    expect(isNameLike('Kerstin_W.')).toBe(true);
  });
});
