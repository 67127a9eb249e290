import { toLines } from '#core/lines';
import { dropForumProfiles } from '#core/steps/dropForumProfiles';
import { parseArticle } from '#core';

describe('Function: dropForumProfiles', () => {
  it('drops a member card (number, name, rank and fields) and keeps the post', () => {
    // Prepare
    const lines = toLines(['#2', 'SeaTroutSteve', 'Regular', 'Posts: 877', 'Joined: Sun Mar 14, 2010 6:22 pm', 'Re: Weir removal approved', 'Brilliant news.'].join('\n'));

    // Act
    const kept = dropForumProfiles(lines).map((l) => l.text);

    // Assess
    expect(kept).toEqual(['Re: Weir removal approved', 'Brilliant news.']);
  });

  it('leaves text without member fields alone, and a sentence above the fields', () => {
    // Prepare
    const lines = toLines(['The club met on Tuesday to vote on the weir.', 'Location: Aldermoor'].join('\n'));

    // Act
    const kept = dropForumProfiles(lines).map((l) => l.text);

    // Assess
    expect(kept).toEqual(['The club met on Tuesday to vote on the weir.']);
  });
});

describe('Function: parseArticle (a forum thread with member cards)', () => {
  it('reads the first post as the article, the title above it, and the replies by their "Post by" lines', () => {
    // Prepare
    const subject = 'Tolley weir removal finally approved: salmon back above Aldermoor by 2026?';
    const post = (n: number, name: string, rank: string, re: boolean, date: string, text: string): string[] => [
      '', `#${n}`, name, rank, 'Posts: 4312', 'Joined: Fri Feb 02, 2007 9:10 am', `${re ? 'Re: ' : ''}${subject}`, `Post by ${name} » ${date}`, 'Quote', '', text, 'Top',
    ];
    const input = [
      'Riverbend Anglers Forum', 'Board index ‹ River Reports', '', subject, 'Post Reply', '6 posts • Page 1 of 1',
      ...post(1, 'Hamish Cairnie', 'Site Admin', false, 'Tue Jun 13, 2023 8:47 pm', 'Some proper good news for once: the board has approved full removal of the old mill weir below the road bridge.'),
      ...post(2, 'SeaTroutSteve', 'Regular', true, 'Tue Jun 13, 2023 9:15 pm', 'Brilliant news. Thirty years I have been waiting for this.'),
    ].join('\n');

    // Act
    const result = parseArticle(input);

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect([result.article.title, result.article.authors, result.article.publishedAt]).toEqual([subject, ['Hamish Cairnie'], '2023-06-13T20:47:00']);
    expect(result.article.body).toMatch(/^Some proper good news/u);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([['SeaTroutSteve', 'Brilliant news. Thirty years I have been waiting for this.']]);
  });
});

describe('Function: dropForumProfiles (cards on one line)', () => {
  it('drops a card printed on one line, and keeps the post header above it', () => {
    const lines = toLines(['#2  Posted by Sev on 14 Oct 2021, 10:47', 'Member · Posts: 871 · Joined: Jun 2014', '', 'About time, the town needed it.'].join('\n'));

    expect(dropForumProfiles(lines).map((l) => l.text)).toEqual(['#2 Posted by Sev on 14 Oct 2021, 10:47', 'About time, the town needed it.']);
  });

  it('keeps a line with one field among other words', () => {
    const lines = toLines(['Opening hours · Location: Harbour Road'].join('\n'));

    expect(dropForumProfiles(lines).map((l) => l.text)).toEqual(['Opening hours · Location: Harbour Road']);
  });
});

describe('Function: dropForumProfiles (a card whose name and rank stand a blank line above its fields)', () => {
  it('drops the name and rank block with the fields, and keeps the post above it', () => {
    const lines = toLines(['Happy with this appointment.', '', 'Top', '', 'Deepdale Dave', 'Terrace Legend', '', 'Posts: 4812', 'Joined: Sat Mar 14, 2009 11:20 am'].join('\n'));

    expect(dropForumProfiles(lines).map((l) => l.text)).toEqual(['Happy with this appointment.', 'Top']);
  });

  it('keeps a closing sentence a blank line above the fields', () => {
    const lines = toLines(['Happy with this appointment.', '', 'See you at the ground.', '', 'Posts: 4812'].join('\n'));

    expect(dropForumProfiles(lines).map((l) => l.text)).toEqual(['Happy with this appointment.', 'See you at the ground.']);
  });
});
