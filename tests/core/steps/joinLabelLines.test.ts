import { toLines } from '#core/lines';
import { joinPictureLabels, joinReplyLabels } from '#core/steps/joinLabelLines';

describe('Function: joinPictureLabels', () => {
  it('joins "Image source," and "Image caption," on lines of their own to the line under them', () => {
    const lines = toLines(['Heron colony returns to the estuary', 'Image source,', 'Tidewater Trust', 'Image caption,', 'Birds nest in the alders by the sluice', 'By Nora Pike'].join('\n'));

    expect(joinPictureLabels(lines).map((l) => l.text)).toEqual([
      'Heron colony returns to the estuary',
      'Image source, Tidewater Trust',
      'Image caption, Birds nest in the alders by the sluice',
      'By Nora Pike',
    ]);
  });

  it('leaves a label alone when a blank line parts it from the next line, and returns the same lines when there is none', () => {
    const apart = toLines('Image caption,\n\nThe council met on Monday.');
    const plain = toLines('A line.\nAnother line.');

    expect(joinPictureLabels(apart).map((l) => l.text)).toEqual(['Image caption,', 'The council met on Monday.']);
    expect(joinPictureLabels(plain)).toBe(plain);
  });
});

describe('Function: joinReplyLabels', () => {
  it('joins a lone "Replying to" to the name under it, and leaves the other lines alone', () => {
    const lines = toLines(['Ellie Marchetti', 'Mar 20, 2023', 'Replying to', 'Mark Stevens', 'Bought it at the station.'].join('\n'));

    expect(joinReplyLabels(lines).map((l) => l.text)).toEqual(['Ellie Marchetti', 'Mar 20, 2023', 'Replying to Mark Stevens', 'Bought it at the station.']);
  });
});
