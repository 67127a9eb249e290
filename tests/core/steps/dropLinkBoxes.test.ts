import { toLines } from '#core/lines';
import { dropLinkBoxes } from '#core/steps/dropLinkBoxes';

const PROSE = 'When the club leader signed up in 1974, she figured she would do it for a year or two, until her own kids aged out of it.';
const texts = (rows: string[]): string[] => dropLinkBoxes(toLines(rows.join('\n'))).map((line) => line.text);

describe('Function: dropLinkBoxes', () => {
  it('drops a sidebar box above the text: its label, its items and the "View all" link', () => {
    const rows = ['Longtime 4-H leader honored', 'By Grace Holloway', 'Obituaries', 'Harold J. Vander Molen, 88, of Leroy', 'Marjorie Sanderson, 93, of Pine Hollow', 'View all obituaries »', PROSE];

    expect(texts(rows)).toEqual(['Longtime 4-H leader honored', 'By Grace Holloway', PROSE]);
  });

  it('leaves a box below the first paragraph to the steps that find the article\'s end', () => {
    const rows = [PROSE, 'Most Read', 'Road commission sets spring weight limits', 'Robotics team heads to state', 'View all »'];

    expect(texts(rows)).toEqual(rows);
  });

  it('leaves a "See more" link alone when no label heads short items above it', () => {
    const rows = ['Headline of the story', 'The council met on Tuesday to discuss the budget for next year.', 'See more'];

    expect(texts(rows)).toEqual(rows);
  });
});
