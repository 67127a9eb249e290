import { toLines } from '#core/lines';
import { signaturesFirst } from '#core/steps/signaturesFirst';

const texts = (rows: string[]): string[] => signaturesFirst(toLines(rows.join('\n'))).map((line) => line.text);

describe('Function: signaturesFirst', () => {
  it('moves each signature printed under a comment above the text it signs', () => {
    const rows = ['Closing paragraph of the post.', '', 'Comments', '', 'First comment.', '', 'Posted by: Ana Kila | 08 November 2022 at 11:02 AM', '', 'Second comment,', 'in two lines.', '', 'Posted by: Joe Ware | 08 November 2022 at 01:47 PM', '', 'Post a comment'];

    expect(texts(rows)).toEqual([
      'Closing paragraph of the post.',
      'Comments',
      'Posted by: Ana Kila | 08 November 2022 at 11:02 AM',
      'First comment.',
      'Posted by: Joe Ware | 08 November 2022 at 01:47 PM',
      'Second comment,',
      'in two lines.',
      'Post a comment',
    ]);
  });

  it('keeps the thread\'s feed notice above the first text where it stands, and moves only the texts', () => {
    const rows = ['Comments', 'Feed You can follow this conversation by subscribing to the comment feed for this post.', 'First comment.', 'Posted by: Ana Kila | 08 November 2022 at 11:02 AM', 'Second comment.', 'Posted by: Joe Ware | 08 November 2022 at 01:47 PM', 'Verify your Comment'];

    expect(texts(rows)).toEqual([
      'Comments',
      'Feed You can follow this conversation by subscribing to the comment feed for this post.',
      'Posted by: Ana Kila | 08 November 2022 at 11:02 AM',
      'First comment.',
      'Posted by: Joe Ware | 08 November 2022 at 01:47 PM',
      'Second comment.',
      'Verify your Comment',
    ]);
  });

  it('keeps the text under its signature, with the blank line above it, so the splitter reads a header over text', () => {
    const lines = signaturesFirst(toLines(['Comments', '', 'Great.', '', 'Posted by: Ana Kila | 08 November 2022 at 11:02 AM', '', 'Agreed.', '', 'Posted by: Joe Ware | 09 November 2022 at 08:20 AM'].join('\n')));

    expect(lines.map((line) => line.blankBefore)).toEqual([0, 1, 0, 1, 0]);
  });

  it('leaves headers alone that stand over their texts, with only the comment form\'s links between the heading and the first', () => {
    const rows = ['Reader comments (2)', 'Sign in to comment | Community guidelines', '', 'Posted by Juma Salim | 12/03/2024 08:12', 'The same thing happened in 2018.', '', 'Posted by MtwaraBoy | 12/03/2024 09:30', '@Juma Salim exactly.'];

    expect(texts(rows)).toEqual(rows.filter((row) => row !== ''));
  });

  it('leaves a page alone with one signature (a footer byline) or no thread heading above the signatures', () => {
    const one = ['Text of the post.', '', 'Posted by: Ana Kila | 08 November 2022 at 11:02 AM'];
    const noHeading = ['First.', '', 'Posted by: Ana Kila | 08 November 2022 at 11:02 AM', '', 'Second.', '', 'Posted by: Joe Ware | 09 November 2022 at 08:20 AM'];

    expect(texts(one)).toEqual(one.filter((row) => row !== ''));
    expect(texts(noHeading)).toEqual(noHeading.filter((row) => row !== ''));
  });
});

describe('Function: signaturesFirst (a long file under a signed thread)', () => {
  it('keeps 400,000 lines after the signatures (no spread of them into one call)', () => {
    const rows = ['Comments', '', 'Good news.', 'Posted by: Ann Lee | 08 November 2022 at 11:02 AM', '', 'Bad news.', 'Posted by: Bo Ek | 08 November 2022 at 11:05 AM', '', ...Array.from({ length: 400_000 }, (_, i) => `Line ${i} of the archive.`)];

    const moved = signaturesFirst(toLines(rows.join('\n')));

    expect([moved.length, moved[1]!.text, moved[moved.length - 1]!.text]).toEqual([400_005, 'Posted by: Ann Lee | 08 November 2022 at 11:02 AM', 'Line 399999 of the archive.']);
  });
});
