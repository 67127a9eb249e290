import { toLines } from '#core/lines';
import { vBulletinPosts } from '#core/steps/vBulletinPosts';
import { parseArticle } from '#core';

const texts = (rows: readonly string[]): string[] => vBulletinPosts(toLines(rows.join('\n'))).map((line) => line.text);

describe('Function: vBulletinPosts', () => {
  it('turns "Old <date> #N" and the name under it into a "#N Posted by" header, and drops the post icon', () => {
    const rows = ['Old 14-03-2019, 21:42\t  #1', 'Graham P', 'Campaigns Officer', 'Join Date: Aug 2006', 'Posts: 4,312', 'Default Council to remove the contraflow', '', 'Some bad news.'];

    expect(texts(rows)).toEqual(['#1 Posted by Graham P on 14-03-2019, 21:42', 'Campaigns Officer', 'Join Date: Aug 2006', 'Posts: 4,312', 'Council to remove the contraflow', 'Some bad news.']);
  });

  it('reads a relative day ("Old Yesterday, 19:20 #6") and drops a bare "Default"', () => {
    expect(texts(['Old 14-03-2019, 21:42 #1', 'Ann', 'Default', '', 'Hello.', 'Old Yesterday, 19:20 #6', 'Kev B', 'Member', 'Default', '', 'Done mine.'])).toEqual([
      '#1 Posted by Ann on 14-03-2019, 21:42',
      'Hello.',
      '#6 Posted by Kev B on Yesterday, 19:20',
      'Member',
      'Done mine.',
    ]);
  });

  it('leaves a page without a first post untouched', () => {
    const lines = toLines(['Old 14-03-2019, 21:42 #2', 'Ann', 'Default'].join('\n'));

    expect(vBulletinPosts(lines)).toBe(lines);
  });
});

describe('Function: parseArticle (a vBulletin thread)', () => {
  it('reads post #1 as the article and the rest as comments, without member cards or quoted posts', () => {
    const post = (n: number, date: string, name: string, rows: string[]): string[] => [`Old ${date}\t  #${n}`, name, 'Senior Member', ' ', 'Join Date: Jan 2011', 'Posts: 1,208', ...rows, ' \tReply With Quote'];
    const page = [
      'Cyclists Forum > Local Riding > Campaigns',
      'Council to remove Mill Lane contraflow',
      '',
      ...post(1, '14-03-2019, 21:42', 'Graham Pettifer', ['Default Council to remove Mill Lane contraflow', '', 'The county council has published proposals to remove the contraflow cycle lane on Mill Lane and return the street to one-way traffic.', '', 'The consultation opened on Monday and closes on Friday 5 April, and members are asked to respond.']),
      ...post(2, '14-03-2019, 22:05', 'spokesman_pete', ['Default', '', 'Unbelievable. Eight parking spaces.']),
      ...post(3, '15-03-2019, 07:31', 'Lou_Ashby', ['Default', '', 'Quote:', 'Originally Posted by spokesman_pete View Post', 'Unbelievable. Eight parking spaces.', '', 'Exactly this. Fix the junction instead.']),
    ];
    const result = parseArticle(page.join('\n'));
    if (!result.ok) throw new Error(result.error.message);

    expect([result.article.title, result.article.authors, result.comments.map((c) => [c.author, c.text])]).toEqual([
      'Council to remove Mill Lane contraflow',
      ['Graham Pettifer'],
      [
        ['spokesman_pete', 'Unbelievable. Eight parking spaces.'],
        ['Lou_Ashby', 'Exactly this. Fix the junction instead.'],
      ],
    ]);
  });
});
