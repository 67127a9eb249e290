import { toLines, toParagraphs } from '#core/lines';

describe('Function: toLines', () => {
  it('keeps only non-blank lines with their index in the whole file', () => {
    // Prepare
    const text = 'Title\n\nFirst line\n\n\nSecond line\n';

    // Act
    const lines = toLines(text);

    // Assess
    expect(lines.map((l) => [l.index, l.text])).toEqual([
      [0, 'Title'],
      [2, 'First line'],
      [5, 'Second line'],
    ]);
  });

  it('counts the blank lines before each line, 0 for the first', () => {
    // Prepare
    const text = '\n\nTitle\nDeck\n\nBody\n\n\nFooter';

    // Act
    const lines = toLines(text);

    // Assess
    expect(lines.map((l) => l.blankBefore)).toEqual([0, 0, 1, 2]);
  });

  it('records leading indentation and collapses inner white space', () => {
    // Prepare
    const text = '    2.  Ann   Lee said:\n        Good   point.';

    // Act
    const lines = toLines(text);

    // Assess
    expect(lines.map((l) => [l.indent, l.text])).toEqual([
      [4, '2. Ann Lee said:'],
      [8, 'Good point.'],
    ]);
  });

  it('treats a line of spaces as blank', () => {
    // Prepare
    const text = 'One\n     \nTwo';

    // Act
    const lines = toLines(text);

    // Assess
    expect(lines.map((l) => [l.text, l.blankBefore])).toEqual([
      ['One', 0],
      ['Two', 1],
    ]);
  });

  it('returns no lines for white space only', () => {
    // Act
    const lines = toLines('  \n\n \n');

    // Assess
    expect(lines).toEqual([]);
  });
});

describe('Function: toLines (wide gaps)', () => {
  it('keeps the items a wide gap sets apart, and none for ordinary lines', () => {
    const lines = toLines('Jun Sato  Lena Ruiz • 2 years ago\nA line with single spaces  \n    Home  News  Sport');

    expect(lines.map((l) => [l.spacedItems, l.wideGapItems])).toEqual([
      [2, ['Jun Sato', 'Lena Ruiz • 2 years ago']],
      [1, null],
      [3, ['Home', 'News', 'Sport']],
    ]);
  });

  it('keeps a line repeated directly under itself once, comparing whole lines', () => {
    expect(toLines('Caption\nCaption\n  Caption\n\nCaption').map((l) => [l.index, l.text, l.indent])).toEqual([
      [0, 'Caption', 0],
      [2, 'Caption', 2],
      [4, 'Caption', 0],
    ]);
  });
});

describe('Function: toParagraphs', () => {
  it('separates paragraphs at blank lines', () => {
    // Prepare
    const lines = toLines('First paragraph here.\n\nSecond paragraph here.');

    // Act
    const paragraphs = toParagraphs(lines);

    // Assess
    expect(paragraphs).toEqual(['First paragraph here.', 'Second paragraph here.']);
  });

  it('joins a hard-wrapped line cut mid-sentence with the next one', () => {
    // Prepare
    const lines = toLines('The harbour board agreed on Tuesday to raise the mooring\nfees for visiting yachts by ten percent.');

    // Act
    const paragraphs = toParagraphs(lines);

    // Assess
    expect(paragraphs).toEqual(['The harbour board agreed on Tuesday to raise the mooring fees for visiting yachts by ten percent.']);
  });

  it('keeps a subheading and the paragraph on the next line as two paragraphs', () => {
    // Prepare
    const lines = toLines('Why the tolls went up\nThe operator says maintenance costs doubled in five years.');

    // Act
    const paragraphs = toParagraphs(lines);

    // Assess
    expect(paragraphs).toEqual(['Why the tolls went up', 'The operator says maintenance costs doubled in five years.']);
  });

  it('keeps two finished sentences on consecutive lines as two paragraphs', () => {
    // Prepare
    const lines = toLines('The meeting was held on Tuesday evening in the town hall.\nIt lasted for three hours and ended without a vote.');

    // Act
    const paragraphs = toParagraphs(lines);

    // Assess
    expect(paragraphs).toHaveLength(2);
  });

  it('returns no paragraphs for no lines', () => {
    // Act
    const paragraphs = toParagraphs([]);

    // Assess
    expect(paragraphs).toEqual([]);
  });
});
