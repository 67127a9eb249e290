import { toLines } from '#core/lines';
import { markGalleryCaptions } from '#core/steps/markGalleryCaptions';
import { parseArticle } from '#core';

describe('Function: markGalleryCaptions', () => {
  it('drops each slideshow counter and marks the line under it as a caption', () => {
    // Prepare
    const lines = toLines(['Headline', '', '1 / 2', 'Boats in the outer basin at dawn.', '2 of 2', 'The harbour office.', '', 'Text.'].join('\n'));

    // Act
    const marked = markGalleryCaptions(lines).map((l) => [l.text, l.blankBefore]);

    // Assess
    expect(marked).toEqual([
      ['Headline', 0],
      ['[Image: Boats in the outer basin at dawn.]', 1],
      ['[Image: The harbour office.]', 0],
      ['Text.', 1],
    ]);
  });

  it('marks as many lines as a "Gallery (1/3)" label counts', () => {
    // Prepare
    const lines = toLines(['Text.', '', 'Gallery (1/3)', 'Huts on stilts.', 'The café by the pier.', 'The lighthouse.', 'More text.'].join('\n'));

    // Act
    const marked = markGalleryCaptions(lines).map((l) => l.text);

    // Assess
    expect(marked).toEqual(['Text.', '[Image: Huts on stilts.]', '[Image: The café by the pier.]', '[Image: The lighthouse.]', 'More text.']);
  });

  it('leaves a fraction inside the text alone', () => {
    // Prepare
    const lines = toLines('Turnout was high.\n\n3 / 4\n\nof voters backed the plan.');

    // Act
    const marked = markGalleryCaptions(lines).map((l) => l.text);

    // Assess
    expect(marked).toEqual(['Turnout was high.', '3 / 4', 'of voters backed the plan.']);
  });

  it('keeps a slideshow caption once, although the page prints it again under the text', () => {
    // Prepare
    const caption = 'Bertil Agerholm, 84, lights the lamp at the foot of Chandler’s Steps, as he has done most evenings since 1961.';
    const paragraph = 'Orvel Quay has 117 gas street lamps, and every one of them is lit by hand, every evening of the year.';
    const text = ['The last lamplighters of Orvel Quay', '', '1 / 1', caption, '', paragraph, '', 'The town voted to keep them in 1974, in 1998 and again in 2016.', '', caption].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.captions).toEqual([caption]);
    expect(result.article.body).not.toContain('Bertil');
  });
});
