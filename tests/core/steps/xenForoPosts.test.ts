import { toLines } from '#core/lines';
import { xenForoPosts } from '#core/steps/xenForoPosts';

const card = (name: string, rank: string, date: string, number: number): string[] => [name, rank, 'Joined', 'Jun 2, 2019', 'Messages', '612', 'Reaction score', '388', '', date, '', `#${number}`, ''];

describe('Function: xenForoPosts', () => {
  it('turns each member card, date and post number into a "#N Posted by" line, and drops quoted posts and post footers', () => {
    const lines = toLines(
      [
        'Restoring a 1930s jack plane',
        'Thread starter planer_ted Start date Jan 9, 2024',
        '',
        ...card('planer_ted', 'Senior Member', 'Jan 9, 2024', 1),
        'Here is the full write-up of the plane I restored.',
        'Like',
        'Reply',
        'Reactions: OldOak, benchdog and 14 others',
        '',
        ...card('OldOak', 'Member', 'Jan 9, 2024', 2),
        'planer_ted said:',
        'ran in some thin epoxy',
        'Click to expand...',
        'Lovely job. What epoxy did you use?',
        '',
        'Deleted member 4411',
        'Guest',
        '',
        'Jan 10, 2024',
        '',
        '#3',
        '',
        'Mine chatters on figured oak.',
      ].join('\n'),
    );

    expect(xenForoPosts(lines).map((l) => l.text)).toEqual([
      'Restoring a 1930s jack plane',
      'By planer_ted on Jan 9, 2024',
      '#1 Posted by planer_ted on Jan 9, 2024',
      'Here is the full write-up of the plane I restored.',
      '#2 Posted by OldOak on Jan 9, 2024',
      'Lovely job. What epoxy did you use?',
      '#3 Posted by Deleted member 4411 on Jan 10, 2024',
      'Mine chatters on figured oak.',
    ]);
  });

  it('returns the same lines on a page without a first post number', () => {
    const lines = toLines('A line.\nJoined\nAnother line.');

    expect(xenForoPosts(lines)).toBe(lines);
  });
});
