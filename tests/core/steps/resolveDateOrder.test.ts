import { toLines } from '#core/lines';
import { prefersDayFirst, resolveDateOrder } from '#core/steps/resolveDateOrder';
import type { RawComment } from '#core/steps/splitComments';

function commentAt(at: number, postedAt: string): RawComment {
  return { header: { at, span: 2, author: 'Ann', indent: 0, marker: null, number: null, postedAt, strength: 'weak', replyTo: null }, text: 'Hello.' };
}

describe('Function: prefersDayFirst', () => {
  it('is true when a slash date has a first number above 12', () => {
    expect(prefersDayFirst('Posted 23/05/2023 at noon')).toBe(true);
  });

  it('is true when dates are written "8 May 2023" rather than "May 8, 2023"', () => {
    expect(prefersDayFirst('Published 8 May 2023. Updated 9 May 2023.')).toBe(true);
  });

  it('is false for American dates', () => {
    expect(prefersDayFirst('Published May 8, 2023 and 05/23/2023')).toBe(false);
  });
});

describe('Function: resolveDateOrder', () => {
  it('reads an ambiguous "08/05/2023" comment date day first on a day-first page', () => {
    // Prepare
    const lines = toLines('Ann wrote:\n08/05/2023 17:20\nHello.');
    const comments = [commentAt(0, '2023-08-05T17:20:00')];

    // Act
    const [resolved] = resolveDateOrder(comments, lines, 'A page that writes 8 May 2023 and 9 May 2023.');

    // Assess
    expect(resolved!.header.postedAt).toBe('2023-05-08T17:20:00');
  });

  it('leaves dates alone on a month-first page and dates written with month names', () => {
    // Prepare
    const lines = toLines('Ann wrote:\nMay 8, 2023 5:20 pm\nHello.');
    const comments = [commentAt(0, '2023-05-08T17:20:00')];

    // Act
    const dayFirst = resolveDateOrder(comments, lines, 'Published 8 May 2023.');
    const monthFirst = resolveDateOrder(comments, lines, 'Published May 8, 2023.');

    // Assess
    expect(dayFirst[0]!.header.postedAt).toBe('2023-05-08T17:20:00');
    expect(monthFirst[0]!.header.postedAt).toBe('2023-05-08T17:20:00');
  });
});
