import { parseArticle } from '#core';
import { normalizeWs } from '../helpers/scoring';

interface NegativeCase {
  name: string;
  text: string;
  /** Passages that must survive in the body. */
  keep: string[];
}

const CASES: NegativeCase[] = [
  {
    name: 'a body sentence with "said:" mid-sentence',
    text: [
      'Library keeps its doors open on Sundays',
      '',
      'The borough council voted on Tuesday to keep the central library open on Sunday afternoons for another year.',
      '',
      'Speaking after the vote, the chair of the culture committee, Ruth Ellery, said: the cost is smaller than the outcry would have been.',
      '',
      'The head of the readers’ association, Tomas Brill, said:',
      '',
      '“We collected four thousand signatures in a fortnight, and the council listened.”',
      '',
      'The Sunday hours will be reviewed again next spring.',
    ].join('\n'),
    keep: [
      'Ruth Ellery, said: the cost is smaller than the outcry would have been.',
      'The head of the readers’ association, Tomas Brill, said:',
      'We collected four thousand signatures in a fortnight',
      'The Sunday hours will be reviewed again next spring.',
    ],
  },
  {
    name: 'a numbered list inside the article',
    text: [
      'Five candidates stand for the harbour board',
      '',
      'Voters in the port district will choose two members of the harbour board next month. The candidates are:',
      '',
      '  1. Dana Whitlock, a ferry engineer',
      '  2. Mohammed Aziz, who runs the fish market',
      '  3. Petra Novak, a retired pilot',
      '  4. Sean O’Leary, a councillor since 2014',
      '  5. Ilse Brandt, a marine biologist',
      '',
      'Polling stations open at seven in the morning and close at ten at night.',
    ].join('\n'),
    keep: ['Dana Whitlock, a ferry engineer', 'Ilse Brandt, a marine biologist', 'Polling stations open at seven'],
  },
  {
    name: 'a bulleted list inside the article',
    text: [
      'What the new recycling rules change',
      '',
      'From April, households in the valley sort their waste into four bins instead of two.',
      '',
      '• Glass goes into the green bin, without lids.',
      '• Paper and cardboard go into the blue bin.',
      '• Food scraps go into the small brown caddy.',
      '',
      'Collection days stay the same for most streets.',
    ].join('\n'),
    keep: ['Glass goes into the green bin, without lids.', 'Food scraps go into the small brown caddy.'],
  },
  {
    name: 'a comment-count heading with no comments under it',
    text: [
      'Night trains return to the coast line',
      '',
      'The operator will run a sleeper service between the capital and the coast three times a week from June.',
      '',
      'Tickets go on sale next Monday, with cabins for two or four passengers.',
      '',
      '3 Comments',
    ].join('\n'),
    keep: ['sleeper service between the capital and the coast', 'Tickets go on sale next Monday'],
  },
  {
    name: 'a comment form with no comments',
    text: [
      'Beekeepers report a strong spring',
      '',
      'Hives across the district came through the winter in better shape than in any of the last five years, the beekeepers’ society says.',
      '',
      'Members put the good start down to a mild February and fewer mites.',
      '',
      'Leave a Reply Cancel reply',
      '',
      'Your email address will not be published. Required fields are marked *',
      '',
      'Comment',
      '',
      'Name *',
      '',
      'Email *',
      '',
      'Website',
      '',
      'Post Comment',
    ].join('\n'),
    keep: ['Hives across the district came through the winter', 'a mild February and fewer mites'],
  },
  {
    name: 'a Q&A interview',
    text: [
      '“We built the first telescope from a drainpipe”',
      '',
      'The founder of the town’s astronomy club on forty years of clear and cloudy nights.',
      '',
      'Q: How did the club start?',
      '',
      'A: Three of us met at a night class in 1983. One had a lens, one had a drainpipe, and I had a garden with no street lights.',
      '',
      'Q: What has changed since then?',
      '',
      'A: The sky got brighter and the cameras got cheaper. Today a teenager with a phone can photograph what took us a whole winter.',
    ].join('\n'),
    keep: ['Q: How did the club start?', 'One had a lens, one had a drainpipe', 'A: The sky got brighter and the cameras got cheaper.'],
  },
];

describe('Negative cases: texts that must yield no comments', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('yields no comments', () => {
        // Act
        const result = parseArticle(c.text);

        // Assess
        expect(result.ok ? result.comments : result.error).toEqual([]);
      });

      it('keeps the text in the body', () => {
        // Act
        const result = parseArticle(c.text);

        // Assess
        const body = result.ok ? normalizeWs(result.article.body) : '';
        expect(c.keep.filter((k) => !body.includes(normalizeWs(k)))).toEqual([]);
      });
    });
  }
});
