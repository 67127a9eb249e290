import { toLines } from '#core/lines';
import { findBodyStart, shortTextStart } from '#core/steps/findBodyStart';

const PROSE = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';

describe('Function: findBodyStart', () => {
  it('returns the index of the first prose line after the title, byline and date', () => {
    // Prepare
    const lines = toLines(['Harbour tolls rise for visiting yachts', 'By Petra Holm', 'June 4, 2021', '', PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(start).toBe(3);
  });

  it('starts at a forum\'s first post, not after the "Post by" line of the first reply', () => {
    // Prepare
    const rows = ['Mackerel off the north pier', 'Post by tidalrunner » Mon Jul 08, 2024 7:42 pm', '', 'Had about forty in two hours off the end of the north pier this evening, mostly on feathers.', '', 'Re: Mackerel off the north pier', 'Post by shorelinepete » Mon Jul 08, 2024 9:15 pm', '', PROSE];

    // Act
    const start = findBodyStart(toLines(rows.join('\n')));

    // Assess
    expect(start).toBe(2);
  });

  it('keeps a one-paragraph post as the text when only its footer byline and short comments follow', () => {
    // Prepare
    const rows = ['Harbour notes', '', PROSE, '', 'Posted by Jane Doe | June 4, 2021', '', 'Ann said...', 'Same here, it was late.', 'June 4, 2021 at 10:05 PM'];

    // Act
    const start = findBodyStart(toLines(rows.join('\n')));

    // Assess
    expect(start).toBe(1);
  });

  it('skips a long byline that carries a date', () => {
    // Prepare
    const byline = 'Posted by Petra Holm and Idris Kane on June 4, 2021 at 10:05 am.';
    const lines = toLines(['Harbour tolls rise', byline, PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(start).toBe(2);
  });

  it('skips a photo caption that reads like a sentence', () => {
    // Prepare
    const caption = 'Yachts moored at the east pontoon of the marina on a quiet Sunday morning. (Photo: Lena Fisk)';
    const lines = toLines(['Harbour tolls rise', caption, PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(start).toBe(2);
  });

  it('returns lines.length when the text holds no prose', () => {
    // Prepare
    const lines = toLines(['Harbour tolls rise', 'Home', 'Contact'].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(start).toBe(lines.length);
  });

  it('returns 0 when the text starts with prose', () => {
    // Act
    const start = findBodyStart(toLines(PROSE));

    // Assess
    expect(start).toBe(0);
  });

  it('starts the text at a short opening sentence under the byline and date', () => {
    // Prepare
    const lines = toLines(['Harbour tolls rise', '', 'By Petra Holm', 'June 4, 2021', '', 'It was a quiet morning.', '', PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]!.text).toBe('It was a quiet morning.');
  });

  it.each(['Commuters boarding a route taxi in the city on Thursday.', 'A photomontage of the proposed hotel.'])(
    'keeps "%s" under the byline and date in the header: a short sentence naming what a picture shows is its caption',
    (caption) => {
      // Prepare
      const lines = toLines(['Harbour tolls rise', '', 'By Petra Holm', 'June 4, 2021', '', caption, '', PROSE].join('\n'));

      // Act / Assess
      expect(lines[findBodyStart(lines)]!.text).toBe(PROSE);
    },
  );

  it('starts the text at a one-sentence lead that opens with a wire\'s dateline, however short', () => {
    // Prepare
    const lead = '(세종=연합뉴스) 이지훈 기자 = 세종시가 공영자전거를 늘린다.';
    const lines = toLines(['세종시 공영자전거 확대', '', '이지훈 기자', '', lead, '', PROSE].join('\n'));

    // Act / Assess
    expect(lines[findBodyStart(lines)]!.text).toBe(lead);
  });

  it('keeps a question on the first line in the header as the headline', () => {
    // Prepare
    const lines = toLines(['Will the harbour fees rise again before the summer season opens?', '', PROSE].join('\n'));

    // Act / Assess
    expect(findBodyStart(lines)).toBe(1);
  });
});

describe('Function: shortTextStart', () => {
  it('starts a short text after the title and the byline and date under it', () => {
    // Prepare
    const lines = toLines(['Pier café reopens', 'By Jane Doe', 'June 4, 2021', '', 'The café reopened on Saturday.', 'New owners, same view.'].join('\n'));

    // Act
    const start = shortTextStart(lines);

    // Assess
    expect(start).toBe(3);
  });
});

describe('Function: findBodyStart (a question headline over a sentence deck)', () => {
  it('keeps the deck in the header when the byline follows it', () => {
    // Prepare
    const rows = [
      'What is the Northgate water levy, and will you have to pay it?',
      'A new charge on household water bills takes effect in July. Here is who pays, how much, and where the money goes.',
      '',
      'By Simone Achterberg and Paul Nakamura-Reyes',
      'Published March 3, 2025, 7:30 a.m. EST',
      '',
      'Residents of Northgate County will see a new line on their water bills starting in July, after a 5-2 vote.',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]?.text).toMatch(/^Residents/u);
  });
});

describe('Function: findBodyStart (deck, then a bare name and a date)', () => {
  it('keeps the deck, the name and the date in the header when the article follows them', () => {
    // Prepare
    const rows = [
      'Our cities are paving over their best flood defence', '',
      'Wetlands are cheaper than walls and work better. So why do councils keep choosing concrete?', '',
      'Miriam Osei', 'Fri 22 Sep 2023 07.00 BST', '',
      'Every autumn the same ritual plays out in riverside towns, and the same sandbag walls go up again.', '',
      'I have spent twenty years measuring how water moves through cities, and the evidence is overwhelming.', '',
      'A single hectare of wetland can hold thousands of cubic metres of water and release it slowly for weeks.', '',
      'Yet planning committees keep approving houses on exactly this kind of land, with a wall further down.',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]?.text).toMatch(/^Every autumn/u);
  });

  it('still reads a short post whose "Name / date" pairs are comments as starting at its first line', () => {
    // Prepare
    const rows = [
      'Anyone else hear the foghorn testing at six this morning? It went on for twenty minutes.', '',
      'Pete Lowe', 'March 3, 2024', 'Yes, woke the whole street.', '',
      'Ann Marr', 'March 3, 2024', 'They test it every first Sunday of the month.',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(start).toBe(0);
  });
});

describe('Function: findBodyStart (a forum post\'s title under its byline)', () => {
  it('reads a headline under "Posted by" and the time as the title, with the flair under it', () => {
    // Prepare
    const rows = [
      'r/homebrewing', 'Posted by u/barleywine_betty', '3 yr. ago', '',
      'Stuck fermentation at 1.030 on my first imperial stout – what now?', 'Help', '',
      'Brewed a 10.5% imperial stout three weeks ago. Pitched two packs of a clean ale yeast at 19°C.',
      '', 'I have tried rousing the yeast and moving the fermenter to a warmer room. No change.',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]?.text).toMatch(/^Brewed/u);
  });
});

describe('Function: findBodyStart (decks and newsletter boxes)', () => {
  it('keeps a short deck over a caption in the header when the page\'s date follows a cookie notice above the headline', () => {
    const rows = ['We use cookies to improve your experience on this site and to show you relevant offers.', 'OK', '', 'Thursday, 16/1/2025, 07:30', '', 'Three electric bus lines to the airport', '', 'From January 20, three new electric bus lines will link the airport with the city.', '', 'A test bus on the ring road. Photo: Thanh Lam', '', PROSE];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(6);
  });

  it('keeps the deck, the author and "Updated …, first published …" in the header', () => {
    const text = [PROSE, 'The committee has raised about half of the money through raffles, a quiz night and a crowdfunding page.', 'Volunteers said the roof had leaked over the stage for three winters in a row.', 'The shire council will consider a grant application at its meeting next month.'];
    const rows = ['Volunteers race to save century-old hall before winter', 'A $180,000 shortfall stands between the hall committee and a new roof, but locals are not giving up.', 'Jess Farrow', 'Journalist', 'Updated April 17 2024 - 9:05am, first published April 16 2024 - 6:00pm', 'Share', ...text];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(6);
  });

  it('keeps a deck directly under the headline in the header when a caption with its credit under it, the byline and the date follow', () => {
    const deck = 'The board wants to move all 41 pupils to the town school this autumn. – This will break the whole village, says one parent, Johanna Ek.';
    const rows = ['Parents furious at plan to close Westbrook school', deck, '', 'Westbrook school was built in 1912. It would close this summer under the plan.', 'Foto: Per-Olof Nyström', '', 'Av Karin Lindqvist', 'Publicerad tisdag 5 mars 2024 kl. 14.32', '', PROSE];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(6);
  });

  it('keeps a short sentence set apart under the headline as the deck when a caption follows it, not a long first paragraph', () => {
    const deck = 'The transport department says the pilot will cost about one million and replace three routes.';
    const lede = 'The Eastside branch of the public library will stop opening on Sundays from April 7, library officials confirmed last week, ending seven-day service at the branch for the first time since it reopened after renovations.';
    const page = (first: string): string[] => ['Tallinn to trial on-demand minibuses from June', '', first, '', 'A demonstration vehicle on the square. Source: City Government', '', PROSE];

    expect([findBodyStart(toLines(page(deck).join('\n'))), findBodyStart(toLines(page(lede).join('\n')))]).toEqual([3, 1]);
  });

  it('skips the motto under "Discover more from …" and starts after a sentence headline, its deck, the author and the date', () => {
    const rows = [
      'The Harbor Ledger',
      '',
      'Discover more from The Harbor Ledger',
      'Independent reporting on housing and city hall in Port Alder.',
      'Over 6,000 subscribers',
      '',
      'The vacancy tax raised $4.1 million. Almost none of it has been spent.',
      'A year after voters approved it, the levy sits in a reserve account. I went through the ledger.',
      '',
      'Maya Odu',
      'Apr 11, 2024',
      '',
      PROSE,
      '',
      'Fourteen months later, the first half of that pitch seems to be working, and the second has not started.',
      '',
      'According to the city’s finance reports, the tax brought in $4.1 million in its first year of collection.',
      '',
      'The council said it wanted a full year of data before it committed any of the money to construction.',
    ];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(8);
  });

  it('reads a sentence under the headline, before the share bar, as the deck', () => {
    const rows = [
      'Schools stay closed tomorrow as smog reaches unhealthy levels',
      'The emergency committee kept primary and lower secondary schools online for Tuesday as the air stays still.',
      '',
      'Share    Telegram    WhatsApp    Print',
      '',
      PROSE,
      '',
      'The average air quality index over the past day stood at 183, with nineteen stations in the red.',
    ];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(3);
  });

  it('keeps a first paragraph stacked under the headline when more text follows it', () => {
    const rows = ['Harbour tolls rise for visiting yachts', PROSE, '', 'The board said the money would pay for new pontoons and a second fuel berth at the marina.'];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(1);
  });
});

describe('Function: findBodyStart (letters)', () => {
  it('starts the text at a letter’s salutation under the byline', () => {
    const rows = ['Principal’s Corner: conferences and testing', 'Posted on: 03/08/2024', 'Author: Dana Okoro', '', 'Dear families,', '', PROSE];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(3);
  });
});

describe('Function: findBodyStart (letters to the editor)', () => {
  it('starts the text at "To the Editor:" under the writer’s name and the date', () => {
    const rows = ['Letter: Schools need textbooks, not speeches', '', 'Sarkis Touma, Watertown, Mass.', '', 'January 22, 2022', '', 'To the Editor:', '', PROSE];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(3);
  });
});

describe('Function: findBodyStart (a report\'s opening section heading)', () => {
  it('starts the text at "Introduction" over the first paragraph, not after it', () => {
    // Prepare
    const lines = toLines(['Water and patience on the river', '', 'By Ana Ruiz', 'Published: 7 June 2023', '', 'Download PDF', '', 'Introduction', '', PROSE, '', PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]!.text).toBe('Introduction');
  });

  it('leaves another short line over the first paragraph in the header', () => {
    // Prepare
    const lines = toLines(['Water and patience on the river', '', 'By Ana Ruiz', 'Published: 7 June 2023', '', 'Download PDF', '', PROSE, '', PROSE].join('\n'));

    // Act
    const start = findBodyStart(lines);

    // Assess
    expect(lines[start]!.text).toBe(PROSE);
  });
});

describe('Function: findBodyStart (a theme\'s comment count over the text)', () => {
  it('does not start the text at "13 Comments on <headline>." in the post meta', () => {
    const lines = toLines(['Beavers are back. Not everyone is pleased.', '', 'By Priya Raman', 'June 6, 2023', '13 Comments on Beavers are back. Not everyone is pleased.', '', PROSE].join('\n'));

    expect(findBodyStart(lines)).toBe(4);
  });
});

describe('Function: findBodyStart (a headline in title case)', () => {
  it('starts the text after a title-cased headline that ends with a full stop', () => {
    // Prepare
    const lines = toLines(
      [
        'Thursday, March 4, 2021',
        '',
        'Bangladesh Is Leaving the LDC Club. Washington Should Notice.',
        '',
        'Last week a United Nations committee recommended, for the second and final time, that the country leave the group of least developed countries.',
      ].join('\n'),
    );

    // Act / Assess
    expect(findBodyStart(lines)).toBe(2);
  });
});

describe('Function: findBodyStart (a long deck over the byline)', () => {
  it('keeps a deck of two sentences over "Par …" in the header', () => {
    // Prepare
    const deck = "Le conseil municipal a voté lundi soir un budget de 6,4 millions d'euros pour remettre à neuf l'équipement, vieux de près de cinquante ans. Les nageurs devront se replier sur les piscines voisines.";
    const first = "La piscine des Forges fermera ses portes le 1er avril, a confirmé le maire lors d'une séance du conseil municipal lundi soir, et rouvrira au plus tôt à l'automne de l'année suivante.";
    const lines = toLines(['La piscine des Forges fermera dix-huit mois', '', deck, '', 'Par Claire Morand', 'Publié le 3 mars 2021 à 16h11', '', first].join('\n'));

    // Act / Assess
    expect(lines[findBodyStart(lines)]?.text).toBe(first);
  });
});

describe('Function: findBodyStart (an author bio in the sidebar above the headline)', () => {
  it('starts the text after the headline, its deck and the date, not at the bio', () => {
    const rows = ['bitfeld.dev', '', 'Jonas B', '', 'Backend-Entwickler in Leipzig. Schreibt über CI, Linux und zu viele YAML-Dateien.', 'Folgen', '', 'Von Jenkins zu Forgejo Actions: unser CI-Umzug in sechs Wochen', '', 'Was gut lief, was wehgetan hat und warum wir den alten Build-Server trotzdem vermissen.', '', 'Veröffentlicht: 22. Januar 2024', '', 'Unser Jenkins lief seit 2016 und hat drei Umzüge des Rechenzentrums und zwei Teamleiter überlebt.'];
    const lines = toLines(rows.join('\n'));

    expect(lines[findBodyStart(lines)]!.text).toBe(rows[13]);
  });
});

describe('Function: findBodyStart (a ticker of headlines over the header)', () => {
  it('takes a line of headlines set apart by bullets for no text', () => {
    const lines = toLines(
      ['BREAKING: Senate passes harbour levy  •  Ferry strike called off after late talks  •  Port of Varna posts record quarter', '', 'Harbour tolls rise for visiting yachts', 'By Petra Holm', 'June 4, 2021', '', PROSE].join('\n'),
    );

    expect(lines[findBodyStart(lines)]!.text).toBe(PROSE);
  });
});

describe('Function: findBodyStart (a headline of two sentences over a deck set apart, a name and a date)', () => {
  it('starts the text after the date', () => {
    const lines = toLines(
      [
        'The Tide Table', 'Home', 'Issues', 'About', 'Sign in Subscribe', '', 'Harbour life', '',
        'The mooring waiting list is nine years long. I went looking for the back door.', '',
        'Our harbour has 140 berths and 600 names on the list. I spent a month finding out how the list really moves — and who moves it.', '',
        'Petra Holm', 'Feb 2, 2024 — 7 min read', '', PROSE, '', PROSE, '', PROSE, '', PROSE,
      ].join('\n'),
    );

    expect(findBodyStart(lines)).toBe(10);
  });

  it('takes a lead paragraph over the authors\' bare names and the picture\'s caption for header, not the first paragraph', () => {
    // Prepare
    const lead = 'Porodnice v nemocnici skončí k poslednímu březnu. Vedení to zdůvodňuje nedostatkem lékařů i klesajícím počtem porodů.';
    const rows = ['Nemocnice zavře porodnici', '12. února 2024 6:00', '', lead, '', 'Petra Dvořáková, Tomáš Krejčí', '', 'Porodní sál nemocnice. | foto: Michal Šula, MAFRA', '', PROSE];

    // Act
    const start = findBodyStart(toLines(rows.join('\n')));

    // Assess
    expect(start).toBe(5);
  });
});

describe('Function: findBodyStart (a dump without blank lines)', () => {
  it('starts after the header when a breadcrumb trail ending in the headline stands over it', () => {
    const rows = [
      'Home', 'City', 'India', 'More Cities',
      'News / City News / Harbour News / Harbour board raises mooring fees for visiting yachts by ten ...',
      'Harbour board raises mooring fees for visiting yachts by ten percent',
      'TNN / Updated: Mar 12, 2024, 14:35 IST',
      `HARBOURTON: ${PROSE}`,
      PROSE,
    ];

    expect(findBodyStart(toLines(rows.join('\n')))).toBe(7);
  });
});
