import { toLines } from '#core/lines';
import { findBodyStart } from '#core/steps/findBodyStart';
import { findCommentZone } from '#core/steps/findCommentZone';

const ARTICLE = [
  'Harbour tolls rise for visiting yachts',
  '',
  'By Petra Holm',
  '',
  'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent from May.',
  '',
  'The board said the money would pay for new pontoons and a second fuel berth at the marina.',
];

/** Finds the zone in an inline text, with the prose start computed the way the pipeline does. */
function zoneOf(rows: readonly string[]): { zone: ReturnType<typeof findCommentZone>; texts: string[] } {
  const lines = toLines(rows.join('\n'));
  return { zone: findCommentZone(lines, findBodyStart(lines)), texts: lines.map((l) => l.text) };
}

describe('Function: findCommentZone', () => {
  it('returns null when no comment header follows the body', () => {
    // Act
    const { zone } = zoneOf(ARTICLE);

    // Assess
    expect(zone).toBeNull();
  });

  it('starts the zone at the first numbered header after the article', () => {
    // Prepare
    const rows = [...ARTICLE, '', '2 Responses', '', '  1. Ann Lee said:', '      Long overdue.', '', '  2. Bo said:', '      Too expensive.'];

    // Act
    const { zone, texts } = zoneOf(rows);

    // Assess
    expect(zone).not.toBeNull();
    expect(texts[zone!.start]).toBe('2 Responses');
    expect(zone!.headers.map((h) => h.author)).toEqual(['Ann Lee', 'Bo']);
  });

  it('opens a WordPress thread from one "Name says:" header with a date', () => {
    // Prepare
    const rows = [...ARTICLE, '', 'Ann Lee says:', 'August 3, 2019 at 4:11 am', 'Long overdue.', 'Reply'];

    // Act
    const { zone, texts } = zoneOf(rows);

    // Assess
    expect(zone).not.toBeNull();
    expect(texts[zone!.start]).toBe('Ann Lee says:');
  });

  it('opens a Blogger thread from three "Name / date" pairs', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      '',
      'Moth Watcher',
      'June 4, 2021 at 9:15 AM',
      'Lovely catch.',
      'ReplyDelete',
      '',
      'Ann Lee',
      'June 5, 2021 at 7:02 PM',
      'Which trap do you use?',
      'ReplyDelete',
      '',
      'Bo Marsh',
      'June 6, 2021 at 8:40 AM',
      'Same here.',
      'ReplyDelete',
    ];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone?.headers.map((h) => h.author)).toEqual(['Moth Watcher', 'Ann Lee', 'Bo Marsh']);
  });

  it('does not take a byline and a date above the article for a comment', () => {
    // Prepare
    const rows = [
      'Harbour tolls rise for visiting yachts',
      '',
      'Petra Holm',
      'June 4, 2021',
      '',
      ...ARTICLE.slice(4),
    ];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone).toBeNull();
  });

  it('returns null for a "said:" closing a sentence inside the body', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      '',
      'The chair of the yacht club, Idris Kane, said:',
      '',
      '“Our members will simply sail to the next harbour along the coast.”',
      '',
      'The new fees will be reviewed again after one season.',
    ];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone).toBeNull();
  });

  it('returns null for two "Name said:" quote introductions followed by more article text', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      '',
      'Mayor Ruth Ellery said:',
      '',
      '“The pontoons are older than most of the boats that use them.”',
      '',
      'Tomas Brill said:',
      '',
      '“Our members will simply sail on to the next harbour.”',
      '',
      'The board will review the fees again after one season of operation.',
    ];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone).toBeNull();
  });

  it('returns null for a numbered list inside the body', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      '',
      'The board listed three reasons:',
      '',
      '  1. Pontoons are thirty years old.',
      '  2. Fuel demand has doubled.',
      '  3. Insurance costs rose.',
      '',
      'A final decision on the fuel berth is expected in the autumn.',
    ];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone).toBeNull();
  });

  it('ignores a lone "Name says:" without a date when nothing marks a thread', () => {
    // Prepare
    const rows = [...ARTICLE, '', 'Simon says:', 'Touch your nose.'];

    // Act
    const { zone } = zoneOf(rows);

    // Assess
    expect(zone).toBeNull();
  });

  it('accepts a lone "Name says:" after a comment-section heading', () => {
    // Prepare
    const rows = [...ARTICLE, '', 'Comments', '', 'Ann Lee says:', 'Long overdue.'];

    // Act
    const { zone, texts } = zoneOf(rows);

    // Assess
    expect(zone).not.toBeNull();
    expect(texts[zone!.start]).toBe('Ann Lee says:');
  });
});

describe('Function: findCommentZone (a byline that looks like a comment header)', () => {
  const essay = [
    'Every autumn the same ritual plays out in riverside towns, and the same sandbag walls go up again.',
    'I have spent twenty years measuring how water moves through cities, and the evidence is overwhelming.',
    'A single hectare of wetland can hold thousands of cubic metres of water and release it slowly for weeks.',
    'Yet planning committees keep approving houses on exactly this kind of land, with a wall further down.',
    'Part of the problem is accounting, because a wall is a project with a ribbon and a wetland is not.',
    'The other part is trust: councillors can point to a barrier, but not to the flood that did not happen.',
  ];

  it('starts the thread at the first comment, not at a "Name / date" pair over the whole article', () => {
    // Prepare
    const rows = [
      'Our cities are paving over their best flood defence', '',
      'Wetlands are cheaper than walls and work better. So why do councils keep choosing concrete?', '',
      'Miriam Osei', 'Fri 22 Sep 2023 07.00 BST', '',
      ...essay.flatMap((p) => [p, '']),
      'Comments (2)', '',
      'WendSider', '22 Sep 2023 8:14', 'I live in Hasleby and the meadow scheme has made a real difference.', '',
      'Tamsin A', '22 Sep 2023 10:55', 'As a planning officer I would add that we have little power to refuse.',
    ];

    // Act
    const { zone, texts } = zoneOf(rows);

    // Assess
    expect(zone?.headers.map((h) => h.author)).toEqual(['WendSider', 'Tamsin A']);
    expect(texts[zone?.start ?? -1]).toBe('Comments (2)');
  });
});

describe('Function: findCommentZone (a heading that counts the thread)', () => {
  const thread = ['Ann Lee says:', 'March 12, 2024 at 9:31 am', 'Long overdue, and the new berth is welcome.', '', 'Bo Strand says:', 'March 12, 2024 at 10:02 am', 'Too expensive for the smaller boats.'];

  it('starts the zone at a heading whose count matches the thread, in any language, with the policy under it', () => {
    // Prepare
    const rows = [...ARTICLE, '', 'Sylwadau (2)', 'Cofiwch fod yn gwrtais. Bydd sylwadau sarhaus yn cael eu dileu.', '', ...thread];

    // Act
    const { zone, texts } = zoneOf(rows);

    // Assess
    expect(texts[zone?.start ?? -1]).toBe('Sylwadau (2)');
  });

  it('reads the count before the words too ("6 viðmerkingar")', () => {
    // Act
    const { zone, texts } = zoneOf([...ARTICLE, '', '3 viðmerkingar', 'Raða eftir Elstu', '', ...thread]);

    // Assess
    expect(texts[zone?.start ?? -1]).toBe('3 viðmerkingar');
  });

  it('leaves a line whose count does not match the thread to the article', () => {
    // Act
    const { zone, texts } = zoneOf([...ARTICLE, '', 'Photos (24)', '', ...thread]);

    // Assess
    expect(texts[zone?.start ?? -1]).toBe('Ann Lee says:');
  });
});

describe('Function: findCommentZone (page furniture after the article)', () => {
  it('opens no thread from topic tags over headlines closed by a "Sign up" button', () => {
    // Act
    const { zone } = zoneOf([...ARTICLE, '', 'Read Next', 'Legal', 'Crypto lender founder seeks new trial', 'Litigation', 'Grain cooperative settles suit', '', 'Get a daily digest of legal news', 'Sign up']);

    // Assess
    expect(zone).toBeNull();
  });
});

describe('Function: findCommentZone (the site\'s cards of other posts under the thread)', () => {
  it('ends the thread at "You might also like": a card\'s "Author Jan 21, 2024" line is no comment', () => {
    const rows = [
      ...ARTICLE,
      '',
      '3 comments',
      '',
      'Rosa Alvarado',
      '2 weeks ago',
      'This finally fixed my smart TV phoning home.',
      'Reply',
      '',
      'Mark Kettley',
      '1 week ago',
      'Why this image and not the official one?',
      'Reply',
      '',
      'You might also like',
      '',
      'Guides',
      'A £40 UPS for a Raspberry Pi that actually works',
      'Petra Holm Jan 21, 2024',
      '',
      'Hardware',
      'Which SSD for the Pi 5? I tested four',
      'Petra Holm Jan 3, 2024',
    ];

    const { zone } = zoneOf(rows);

    expect(zone?.headers.map((h) => h.author)).toEqual(['Rosa Alvarado', 'Mark Kettley']);
  });
});
