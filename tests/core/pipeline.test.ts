import { parseArticle, PARSE_ERROR_CODES, PARSER_VERSION } from '#core';
import type { Article, Comment, ParseResult } from '#core';

const ok = (result: ParseResult): { article: Article; comments: Comment[] } => {
  if (!result.ok) throw new Error(`expected a parse, got ${result.error.code}: ${result.error.message}`);
  return result;
};
const text = (...rows: string[]): string => rows.join('\n');
const thread = (comments: Comment[]): Array<[string | null, string, string | null, number]> =>
  comments.map((c) => [c.author, c.commentId, c.parentId, c.depth]);

const P1 = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';
const P2 = 'The board said the money would pay for new pontoons and a second fuel berth at the marina.';

describe('Function: parseArticle', () => {
  it('reads a news story with source id, byline, date, caption, dateline and body', () => {
    // Prepare
    const input = text(
      'Code : 3912',
      '',
      'Harbour tolls rise for visiting yachts',
      '',
      'Yachts at the east pontoon. (Photo: Lena Fisk)',
      'Yachts at the east pontoon. (Photo: Lena Fisk)',
      'Yachts at the east pontoon. (Photo: Lena Fisk)',
      '',
      'By Petra Holm',
      'Saturday 10 March 2012 13:11',
      '',
      `PORTSMOUTH (Reuters) - ${P1}`,
      '',
      P2,
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article).toEqual(
      expect.objectContaining({
        title: 'Harbour tolls rise for visiting yachts',
        sourceId: '3912',
        authors: ['Petra Holm'],
        publishedAt: '2012-03-10T13:11:00',
        dateline: { locations: ['PORTSMOUTH'], agency: 'Reuters' },
        captions: ['Yachts at the east pontoon. (Photo: Lena Fisk)'],
        body: `${P1}\n\n${P2}`,
        language: 'en',
        commentCount: 0,
        parserVersion: PARSER_VERSION,
      }),
    );
    expect(article.wordCount).toBeGreaterThan(30);
    expect(comments).toEqual([]);
  });

  it('keeps a "said:" that closes a body sentence in the body', () => {
    // Prepare
    const quote = 'An adviser to the harbour master, Idris Kane, said:';
    const input = text('Harbour tolls rise', '', P1, '', quote, '', '“The pontoons are older than I am.”', '', P2);

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
    expect(article.body).toContain(quote);
    expect(article.body).toContain(P2);
  });

  it('reads a numbered thread nested by indentation', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      P2,
      '',
      '3 Responses',
      '',
      '  1. Ann Lee said:',
      '      Long overdue, the east pontoon is falling apart.',
      '',
      '      2. Bo Marsh said:',
      '          It is fine, the fees are the problem.',
      '',
      '  3. Cy Oduya said:',
      '      Will visiting dinghies pay too?',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article.body).toBe(`${P1}\n\n${P2}`);
    expect(thread(comments)).toEqual([
      ['Ann Lee', '0001', null, 0],
      ['Bo Marsh', '0001.0001', '0001', 1],
      ['Cy Oduya', '0002', null, 0],
    ]);
    expect(comments.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(comments[1]!.text).toBe('It is fine, the fees are the problem.');
    expect(article.commentCount).toBe(3);
  });

  it('reads a WordPress thread with the name on the line before "says:" and drops "Reply"', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      '2 thoughts on “Harbour tolls rise”',
      '',
      'Ann Lee',
      'says:',
      'August 3, 2019 at 4:11 am',
      'Long overdue.',
      'Reply',
      '',
      'Bo Marsh says:',
      'August 3, 2019 at 6:30 am',
      'Too expensive for small boats.',
      'Log in to Reply',
      '',
      'Leave a Reply',
      'Your email address will not be published.',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article.body).toBe(P1);
    expect(comments).toEqual([
      { commentId: '0001', parentId: null, depth: 0, position: 1, author: 'Ann Lee', postedAt: '2019-08-03T04:11:00', text: 'Long overdue.' },
      { commentId: '0002', parentId: null, depth: 0, position: 2, author: 'Bo Marsh', postedAt: '2019-08-03T06:30:00', text: 'Too expensive for small boats.' },
    ]);
  });

  it('reads a link post (a title and a score line over a thread, no sentence of its own) as header and thread, with an empty body', () => {
    // Prepare
    const input = text(
      'Show HN: A tide table that runs on a microcontroller (example.org)',
      '214 points by kelpforest 5 hours ago | hide | past | favorite | 63 comments',
      '',
      'tidegauge 4 hours ago | next [–]',
      '',
      'How do you handle ports that are not in the public tables?',
      '',
      'kelpforest 4 hours ago | parent | next [–]',
      '',
      'You can fit the constants from a month of your own readings.',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article).toEqual(expect.objectContaining({ title: 'Show HN: A tide table that runs on a microcontroller', authors: ['kelpforest'], body: '' }));
    expect(thread(comments)).toEqual([
      ['tidegauge', '0001', null, 0],
      ['kelpforest', '0001.0001', '0001', 1],
    ]);
  });

  it('reads a German thread with "sagt:", "28. Juli 2019 um 13:39" and "Antworten"', () => {
    // Prepare
    const input = text(
      'Radweg an der Lindenallee wird breiter',
      '',
      'Der Gemeinderat hat am Dienstag beschlossen, den Radweg an der Lindenallee auf drei Meter zu verbreitern.',
      '',
      'Klaus Bär sagt:',
      '28. Juli 2019 um 13:39',
      'Endlich, der Weg ist viel zu schmal.',
      'Antworten',
      '',
      'Jutta Lenz schreibt:',
      '28. Juli 2019 um 14:02',
      'Und wer bezahlt das?',
      'Antworten',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article.language).toBe('de');
    expect(comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['Klaus Bär', '2019-07-28T13:39:00', 'Endlich, der Weg ist viel zu schmal.'],
      ['Jutta Lenz', '2019-07-28T14:02:00', 'Und wer bezahlt das?'],
    ]);
  });

  it('reads a Blogger thread and drops "ReplyDelete"', () => {
    // Prepare
    const input = text(
      'Moth trap results for June',
      '',
      'Posted by Hollin Warden',
      '',
      'Seventeen species came to the trap on the warmest night of the month, including two hawk-moths.',
      '',
      '3 comments:',
      '',
      'Moth Watcher',
      'June 4, 2021 at 9:15 AM',
      'Lovely catch this week.',
      'ReplyDelete',
      '',
      'Ann Lee',
      'June 5, 2021 at 7:02 PM',
      'Which trap do you use?',
      'ReplyDelete',
      '',
      'Bo Marsh',
      'June 6, 2021 at 8:40 AM',
      'Same species here.',
      'ReplyDelete',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article.authors).toEqual(['Hollin Warden']);
    expect(comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['Moth Watcher', '2021-06-04T09:15:00', 'Lovely catch this week.'],
      ['Ann Lee', '2021-06-05T19:02:00', 'Which trap do you use?'],
      ['Bo Marsh', '2021-06-06T08:40:00', 'Same species here.'],
    ]);
  });

  it('reads "Name • 3 years ago" comments with no absolute date', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      'tidewatcher • 3 years ago',
      'Same thing happened in our harbour.',
      '',
      'Ann Lee • 33 minutes ago',
      'Who decided this?',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['tidewatcher', null, 'Same thing happened in our harbour.'],
      ['Ann Lee', null, 'Who decided this?'],
    ]);
  });

  it('nests replies by a change of bullet', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      '• Ann Lee said:',
      'Long overdue.',
      '○ Bo Marsh said:',
      'Not at all.',
      '□ Ann Lee said:',
      'Look at the pontoons.',
      '• Cy Oduya said:',
      'Will dinghies pay too?',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(thread(comments)).toEqual([
      ['Ann Lee', '0001', null, 0],
      ['Bo Marsh', '0001.0001', '0001', 1],
      ['Ann Lee', '0001.0001.0001', '0001.0001', 2],
      ['Cy Oduya', '0002', null, 0],
    ]);
  });

  it('keeps two quote introductions ending in "said:" in the body', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      'Harbour master Ruth Ellery said:',
      '',
      '“The pontoons are older than most of the boats that tie up to them.”',
      '',
      'Yacht club chair Tomas Brill said:',
      '',
      '“Our members will simply sail on to the next harbour along the coast.”',
      '',
      'The board will review the fees again after one season of operation.',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
    expect(article.body).toContain('Yacht club chair Tomas Brill said:');
    expect(article.body).toContain('The board will review the fees again after one season of operation.');
  });

  it('keeps two bare "Name said:" quote introductions, their quotes and the text after them in the body', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
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
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
    expect(article.body).toContain('Mayor Ruth Ellery said:');
    expect(article.body).toContain('The board will review the fees again after one season of operation.');
  });

  it('reads a whole-page dump: menu, breadcrumb, deck, byline with date, share lines, tags, latest news and footer', () => {
    // Prepare
    const input = text(
      'Skip to content',
      'Coast Post',
      'Home',
      'News',
      'Sport',
      'Opinion',
      'Contact',
      'Home > News > Coast',
      'Harbour tolls rise for visiting yachts',
      'Board says pontoons need replacing',
      'By Petra Holm | June 4, 2021',
      'Share',
      'Tweet',
      P1,
      P2,
      'Tags: harbour, yachts',
      'Latest news',
      'Ferry strike called off',
      'New lighthouse museum',
      'Subscribe to our newsletter',
      '© 2021 Coast Post. All rights reserved.',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article).toEqual(
      expect.objectContaining({
        title: 'Harbour tolls rise for visiting yachts',
        subtitle: 'Board says pontoons need replacing',
        authors: ['Petra Holm'],
        publishedAt: '2021-06-04',
        body: `${P1}\n\n${P2}`,
      }),
    );
    expect(comments).toEqual([]);
  });

  it('reads a German story with "Von" byline, "Berlin (dpa) –" dateline and a nested "sagt:" thread', () => {
    // Prepare
    const input = text(
      'Radweg wird breiter',
      '',
      'Von Max Muster',
      '28. Juli 2019 um 13:39',
      '',
      'Berlin (dpa) – Der Gemeinderat hat am Dienstag beschlossen, den Radweg an der Lindenallee auf drei Meter zu verbreitern.',
      '',
      'Die Arbeiten sollen im Herbst beginnen und bis zum Frühjahr dauern.',
      '',
      '2 Kommentare',
      '',
      'Klaus Bär sagt:',
      '28. Juli 2019 um 15:10',
      'Endlich!',
      'Antworten',
      '',
      '    Jutta Lenz sagt:',
      '    28. Juli 2019 um 16:02',
      '    Und wer bezahlt das?',
      '    Antworten',
      '',
      'Schreibe einen Kommentar',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(article).toEqual(
      expect.objectContaining({
        authors: ['Max Muster'],
        publishedAt: '2019-07-28T13:39:00',
        dateline: { locations: ['Berlin'], agency: 'dpa' },
        language: 'de',
      }),
    );
    expect(article.body.startsWith('Der Gemeinderat')).toBe(true);
    expect(thread(comments)).toEqual([
      ['Klaus Bär', '0001', null, 0],
      ['Jutta Lenz', '0001.0001', '0001', 1],
    ]);
  });

  it('nests Blogger replies under "Replies" by indentation and drops "Delete"', () => {
    // Prepare
    const input = text(
      'Moth trap results',
      '',
      P1,
      '',
      '4 comments:',
      '',
      'Moth Watcher',
      'June 4, 2021 at 9:15 AM',
      'Lovely catch this week.',
      'ReplyDelete',
      'Replies',
      '    Hollin Warden',
      '    June 4, 2021 at 11:40 AM',
      '    Thanks, it was a warm night.',
      '    Delete',
      'Reply',
      '',
      'Bo Marsh',
      'June 6, 2021 at 8:40 AM',
      'Same species here.',
      'ReplyDelete',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(thread(comments)).toEqual([
      ['Moth Watcher', '0001', null, 0],
      ['Hollin Warden', '0001.0001', '0001', 1],
      ['Bo Marsh', '0002', null, 0],
    ]);
    expect(comments[1]!.text).toBe('Thanks, it was a warm night.');
  });

  it('nests "Name • 3 years ago" replies by indentation and keeps multi-paragraph text', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      'tidewatcher • 3 years ago',
      'Same thing happened in our harbour.',
      'Reply',
      '',
      '    Ann Lee • 3 years ago',
      '    Who decided this?',
      '    Reply',
      '',
      'Bo • 2 years ago',
      'First paragraph.',
      '',
      'Second paragraph.',
      'Reply',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(thread(comments)).toEqual([
      ['tidewatcher', '0001', null, 0],
      ['Ann Lee', '0001.0001', '0001', 1],
      ['Bo', '0002', null, 0],
    ]);
    expect(comments[2]!.text).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('keeps a numbered list inside a comment as part of its text', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      '  1. Ann Lee said:',
      '      Three problems:',
      '      1. Cost.',
      '      2. Noise.',
      '',
      '  2. Bo Marsh said:',
      '      Agreed on both.',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments.map((c) => c.author)).toEqual(['Ann Lee', 'Bo Marsh']);
    expect(comments[0]!.text).toContain('2. Noise.');
  });

  it('reads no comments from a comment-count heading and an empty reply form', () => {
    // Prepare
    const input = text('Harbour tolls rise', '', P1, '', '12 Comments', '', 'Leave a Reply', 'Your email address will not be published.', 'Post Comment');

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
    expect(article.body).toBe(P1);
  });

  it('reads no comment from a list of dated events stacked under the thread, not even the last one over a footer sentence', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise',
      '',
      P1,
      '',
      'Ann Lee says:',
      'Drove by the quay this morning and saw the crane lifting the new pontoons. Well done to everyone involved!',
      '        Bo Hart says:',
      'Harbour Open Day – April 20',
      'Annual General Meeting – May 4',
      'Lantern Walks Begin – May 25',
      'The Harbour Trust is a nonprofit organization. Gifts are tax-deductible to the extent allowed by law.',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments.map((c) => c.author)).toEqual(['Ann Lee']);
  });

  it('reads an Armenian Facebook thread (sort controls, "Like · Reply · 2 h") and ends it at a "News" list', () => {
    // Prepare
    const input = text(
      'Սևանա լճի մակարդակը նվազել է',
      '',
      'Սևանա լճի մակարդակը սեպտեմբերին նվազել է 9 սանտիմետրով, հայտնում են բնապահպանները։ Ջրառը շարունակվում է ոռոգման նպատակով։',
      '',
      '2 մեկնաբանություն',
      'Դասավորել ըստ',
      'Ամենահինը',
      'Ավելացնել մեկնաբանություն...',
      'Արմեն Հակոբյան',
      'Ամեն տարի նույն պատմությունն է։',
      'Հավանել · Պատասխանել · 2 ժ',
      '    Լուսինե Մարտիրոսյան',
      '    Ոռոգման հարցը իսկապես լուծված չէ։',
      '    Հավանել · Պատասխանել · 1 ժ',
      'Новости',
      'Москва',
      '3 марта',
      '11:40',
      'Курс драма обновил исторический максимум',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Արմեն Հակոբյան', 0],
      ['Լուսինե Մարտիրոսյան', 1],
    ]);
  });

  it('takes the site\'s motto under its name, over the page\'s date and menu, for the masthead, not the headline', () => {
    // Prepare
    const input = text(
      'HARBOUR WIRE',
      'Business and politics from the coast, the islands and the estuary',
      '',
      'Thursday, 14 March 2019 | USD/GBP 0.7600 | Brent 67.23',
      '',
      'Home  Ports  Ferries  Fishing  Islands  Markets  Opinion',
      '',
      'Energy',
      '',
      'Senators urge the ministry to keep the ferry subsidy for the northern islands',
      '',
      'Daniel Whitcombe, Reuters',
      'Published: 14 March 2019 16:07 GMT',
      '',
      P1,
    );

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect([article.title, article.publishedAt]).toEqual(['Senators urge the ministry to keep the ferry subsidy for the northern islands', '2019-03-14T16:07:00Z']);
  });

  it('reads no comment from a story list whose heading stands right above its first dated item', () => {
    // Prepare
    const input = text(P1, 'More from Harbour Wire', 'Harbour Wire · 5h', 'Ferry fares frozen for the winter', 'Harbour Wire · 8h');

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
  });

  it('keeps a numbered list inside the body', () => {
    // Prepare
    const input = text('Harbour tolls rise', '', P1, '', 'The board gave three reasons:', '', '1. Old pontoons.', '2. More fuel sold.', '3. Higher insurance.', '', P2);

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect(comments).toEqual([]);
    expect(article.body).toContain('2. More fuel sold.');
  });

  it('maps Persian digits in the text to ASCII', () => {
    // Prepare
    const input = text('Metro line ۷ opens', '', 'The new metro line carries ۱۲۰۰۰ passengers a day between the ۱۶ stations of the western district.');

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect(article.title).toBe('Metro line 7 opens');
    expect(article.body).toContain('12000 passengers');
  });

  it("keeps other scripts' digits as printed in the text, yet reads the date they write", () => {
    // Prepare
    const input = text(
      'नदी पर नया पुल ३१ मार्च तक',
      '',
      'प्रकाशित: १२ मार्च २०२४, १०:३०',
      '',
      'जिला प्रशासन ने बताया कि पुल की लंबाई ४२० मीटर है और इस पर १२ करोड़ रुपये खर्च होंगे। काम दो पालियों में चल रहा है।',
    );

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect(article.title).toBe('नदी पर नया पुल ३१ मार्च तक');
    expect(article.publishedAt).toBe('2024-03-12T10:30:00');
    expect(article.body).toContain('४२० मीटर');
    expect(article.body).toContain('१२ करोड़');
  });

  it('gives null and empty lists, never missing fields, for an article without metadata', () => {
    // Act
    const { article } = ok(parseArticle(P1));

    // Assess
    expect(article).toEqual(
      expect.objectContaining({ subtitle: null, authors: [], publishedAt: null, dateline: null, captions: [], sourceId: null }),
    );
  });

  it('returns the same content hash for the same input', () => {
    // Act
    const first = ok(parseArticle(text('Harbour tolls rise', '', P1)));
    const second = ok(parseArticle(new TextEncoder().encode(text('Harbour tolls rise', '', P1))));

    // Assess
    expect(first.article.contentHash).toBe(second.article.contentHash);
  });

  it.each([
    ['EMPTY', new Uint8Array(0)],
    ['EMPTY', ' \n\n\t \n'],
    ['BINARY', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ])('returns a typed %s error', (code, input) => {
    // Act
    const result = parseArticle(input);

    // Assess
    expect(result).toEqual({ ok: false, error: { code, message: expect.any(String) } });
    expect(PARSE_ERROR_CODES).toContain(code);
  });
});

describe('Function: parseArticle (a dateline on a line of its own)', () => {
  it('joins "PLACE, 14 Mar. (AGENCY) -" to the paragraph under it and keeps it out of the captions', () => {
    // Prepare
    const input = text(
      'El embalse de Valdemora cae al 18% y la comarca restringe el riego',
      'Publicado: jueves, 14 marzo 2024 13:27',
      'Por Lucía Beltrán Ortega',
      'VALDEMORA, 14 Mar. (EUROPA PRESS) -',
      'El embalse de Valdemora ha caído al 18 por ciento de su capacidad, el nivel más bajo para un mes de marzo desde 1995.',
      'Las comunidades de regantes solo podrán abrir las compuertas por la noche a partir del lunes.',
    );

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect([article.dateline, article.captions, article.body.split('\n\n')[0]]).toEqual([
      { locations: ['VALDEMORA'], agency: 'EUROPA PRESS' },
      [],
      'El embalse de Valdemora ha caído al 18 por ciento de su capacidad, el nivel más bajo para un mes de marzo desde 1995.',
    ]);
  });
});

describe('Function: parseArticle (a tabloid page)', () => {
  it('reads the long headline over key-point bullets, a byline "for" the outlet, and "Name, Place, time" comments with arrowed reply markers', () => {
    // Prepare
    const input = text(
      "'I THOUGHT IT WAS AN OLD CURTAIN ROD': GRANDMOTHER, 67, DIGS UP 400-YEAR-OLD CAVALRY SWORD WHILE PLANTING POTATOES IN HER VILLAGE VEG PATCH",
      '',
      '• Pauline Ashdown was planting seed potatoes when her spade hit metal',
      '• Experts say the 3ft blade is a rare Civil War-era cavalry sword',
      '',
      'By KIERAN HOLLOWAY FOR CLARIONONLINE',
      '',
      'Published: 09:14 BST, 12 June 2024 | Updated: 11:02 BST, 12 June 2024',
      '',
      '1.2k shares      View comments (214)',
      '',
      P1,
      '',
      P2,
      '',
      'Share or comment on this article:',
      '',
      'SeaDog, Portsmouth, 2 hours ago',
      'Good on her. Hope the grandson gets a cut!',
      'Reply · 412 · Report',
      '',
      '    ↳ Reply to SeaDog',
      '    TerraFirma, Swindon, 1 hour ago',
      '    He should get the lot, he spotted the handle!',
      '    Reply · 96 · Report',
    );

    // Act
    const { article, comments } = ok(parseArticle(input));

    // Assess
    expect([article.title?.startsWith("'I THOUGHT"), article.authors, article.publishedAt, article.captions, article.body]).toEqual([
      true,
      ['Kieran Holloway'],
      '2024-06-12T09:14:00+01:00',
      [],
      `${P1}\n\n${P2}`,
    ]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['SeaDog', 0, 'Good on her. Hope the grandson gets a cut!'],
      ['TerraFirma', 1, 'He should get the lot, he spotted the handle!'],
    ]);
  });
});

describe('Function: parseArticle (lead, caption and credit before the dateline)', () => {
  it('finds a Persian agency dateline in the fourth paragraph; the lone credit is neither caption nor text', () => {
    // Prepare
    const input = text(
      'گردنه برفگیر پس از 36 ساعت بازگشایی شد',
      'راه ارتباطی کوهسار به مرکز استان پس از 36 ساعت انسداد، صبح امروز بازگشایی شد.',
      'ماشین‌آلات راهداری در حال برف‌روبی گردنه برفگیر',
      'ایرنا',
      'کوهسار- ایرنا- مدیر راهداری شهرستان کوهسار گفت: گردنه برفگیر از ساعت 7 صبح امروز برای تردد خودروهای سبک بازگشایی شد.',
      '',
      'به گفته او، خودروهای سنگین تا اطلاع ثانوی اجازه عبور ندارند و رانندگان باید زنجیر چرخ همراه داشته باشند.',
    );

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect(article.dateline).toEqual({ locations: ['کوهسار'], agency: 'ایرنا' });
    expect(article.captions).not.toContain('ایرنا');
    expect(article.body.startsWith('مدیر راهداری')).toBe(true);
  });

  it('drops a credit line standing alone under a caption', () => {
    // Prepare
    const input = text('Harbour fees rise', '', 'Yachts in the outer basin at dawn. (Photo: AFP)', 'Foto: Marit Hollender / dpa', '', P1, '', P2);

    // Act
    const { article } = ok(parseArticle(input));

    // Assess
    expect(article.captions).toEqual(['Yachts in the outer basin at dawn. (Photo: AFP)']);
  });
});

describe('Function: parseArticle (a forum thread and a page time over the dateline)', () => {
  it('reads a forum thread’s first post as the article and the later numbered posts as comments', () => {
    const result = ok(
      parseArticle(
        text(
          'Harbour wall to be repaired this summer',
          '',
          '#1 Posted by Ruth Marr on 14/05/2023 at 8:40pm',
          '',
          P1,
          '',
          'The board said the money would pay for new pontoons and a second fuel berth at the marina.',
          '',
          'A final decision on the fuel berth is expected in the autumn, after a public consultation.',
          '',
          'Work on the wall itself will start in June and should last about ten weeks, the engineers said.',
          '',
          'The slipway will stay open throughout, but the car park will close for the whole of July.',
          '',
          'There is a drop-in session at the sailing club on May 20 for anyone who wants to ask questions.',
          '',
          '#2 Posted by quayside_jo on 14/05/2023 at 9:12pm',
          'Thanks Ruth, about time they fixed it.',
          '',
          '#3 Posted by Tam on 15/05/2023 at 7:02am',
          'Will the car park really close for all of July?',
        ),
      ),
    );

    expect([result.article.authors, result.article.publishedAt, thread(result.comments)]).toEqual([
      ['Ruth Marr'],
      '2023-05-14T20:40:00',
      [
        ['quayside_jo', '0001', null, 0],
        ['Tam', '0002', null, 0],
      ],
    ]);
  });

  it('takes no caption from the page’s time printed between the deck and the dateline', () => {
    const result = ok(parseArticle(text('Victoria win by eight wickets', '', 'Updated 47 minutes ago', '', 'AAP', '', `MELBOURNE, March 16 (AAP) - ${P1}`)));

    expect([result.article.captions, result.article.dateline]).toEqual([[], { locations: ['MELBOURNE'], agency: 'AAP' }]);
  });
});

describe('Function: parseArticle (credits the dateline explains)', () => {
  it('reads "Name | Credit" under the headline as the author when the dateline names that credit as its agency', () => {
    const result = ok(parseArticle(text('Tram line to reopen after repairs', '', 'Lejla Mrkonjić | Ferna', '', `MOSTAR (Ferna) - ${P1}`, '', P2)));

    expect([result.article.authors, result.article.subtitle, result.article.captions]).toEqual([['Lejla Mrkonjić'], null, []]);
  });

  it('dates the story by its dateline rather than by a later "Last Updated" line', () => {
    const result = ok(parseArticle(text('Lake survey finds encroached plots', '', 'Last Updated: Thursday, May 5, 2022 10:25', '', `TANSEN, May 4, 2022: ${P1}`, '', P2)));

    expect(result.article.publishedAt).toBe('2022-05-04');
  });
});

describe('Function: parseArticle (a blog thread signed under each comment)', () => {
  it('reads "Posted by: Name | date" under each text as that comment\'s author and time', () => {
    const result = ok(
      parseArticle(
        text(P1, '', P2, '', 'Comments', '', 'When will the second pontoon open?', '', 'Posted by: Kila Ambo | 08 November 2022 at 11:02 AM', '', 'Good news for the club.', '', 'Posted by: Rita Wari | 09 November 2022 at 08:20 AM', '', 'Post a comment'),
      ),
    );

    expect([result.article.body, result.comments.map((c) => [c.author, c.postedAt, c.text])]).toEqual([
      `${P1}\n\n${P2}`,
      [
        ['Kila Ambo', '2022-11-08T11:02:00', 'When will the second pontoon open?'],
        ['Rita Wari', '2022-11-09T08:20:00', 'Good news for the club.'],
      ],
    ]);
  });
});

describe('Function: parseArticle (a Spanish WordPress thread)', () => {
  it('reads "Name dijo:" comments nested by tabs and stops at "Deja un comentario Cancelar respuesta"', () => {
    const result = ok(
      parseArticle(
        text(P1, '', P2, '', 'Lupe Cárdenas dijo:', '3 marzo, 2021 a las 6:40 pm', 'Una semana sin agua.', '', 'Responder', '', '\tJorge Méndez dijo:', '\t3 marzo, 2021 a las 7:15 pm', '\tIgual en El Moral.', '', '\tResponder', '', 'Deja un comentario Cancelar respuesta', 'Comentario'),
      ),
    );

    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Lupe Cárdenas', 0, 'Una semana sin agua.'],
      ['Jorge Méndez', 1, 'Igual en El Moral.'],
    ]);
  });
});

describe('Function: parseArticle (a caption printed again with its credit)', () => {
  it('keeps the copy with the credit, and takes neither copy for the deck', () => {
    const result = ok(parseArticle(text('Rural broadband plan approved', '', 'Crews mark a route along the township road on Tuesday.', 'Crews mark a route along the township road on Tuesday.(WKRB)', '', P1, '', P2)));

    expect([result.article.subtitle, result.article.captions]).toEqual([null, ['Crews mark a route along the township road on Tuesday.(WKRB)']]);
  });
});

describe('Function: parseArticle (a picture\'s screen-reader labels on lines of their own)', () => {
  it('takes the line under "Image caption," for a caption, the credit under "Image source," for neither, and the headline above them for the title', () => {
    const result = ok(parseArticle(text('Regions', 'Heron colony returns to the estuary', 'Published', '12 January 2024', 'Image source,', 'Tidewater Trust', 'Image caption,', 'Birds nest in the alders by the sluice', 'By Nora Pike', P1, '', P2)));

    expect([result.article.title, result.article.captions, result.article.body.includes('Tidewater')]).toEqual(['Heron colony returns to the estuary', ['Birds nest in the alders by the sluice'], false]);
  });
});

describe('Function: parseArticle (a think tank\'s header: reading time and the authors\' bios over the text)', () => {
  it('takes neither the reading time nor the bio line for a caption or text', () => {
    const result = ok(
      parseArticle(
        text('Ports Need More Than Dredgers', '', 'By Dr. Alan Brecker and Ines Vauquelin', 'October 3, 2024', 'Estimated reading time: 7 minutes', '', 'Alan Brecker is a Senior Fellow at the institute. Ines Vauquelin is a Research Associate.', '', P1, '', P2),
      ),
    );

    expect([result.article.authors, result.article.captions, result.article.body]).toEqual([['Alan Brecker', 'Ines Vauquelin'], [], `${P1}\n\n${P2}`]);
  });
});

describe('Function: parseArticle (a Croatian WordPress blog)', () => {
  it('reads "Objavljeno … autor Name", the "Name kaže:" thread with its "Odgovori" links, and drops the share heading and the comment form', () => {
    const H1 = 'Na Lastovo smo stigli katamaranom iz Splita, nakon gotovo pet sati plovidbe po mirnom moru.';
    const H2 = 'U listopadu je otok gotovo prazan, a konobe rade samo vikendom i uz najavu.';
    const result = ok(
      parseArticle(
        text(
          'Lastovo izvan sezone', '', 'Objavljeno 9. listopada 2023. autor Iva Kovač — 2 komentara', '', H1, '', H2, '', 'Podijeli ovo:', 'Facebook   WhatsApp   E-pošta', '',
          '2 komentara na “Lastovo izvan sezone”', '', 'Marko Babić kaže:', '10. listopada 2023. u 08:15', 'Odlično napisano, idemo na proljeće.', 'Odgovori', '',
          '    Iva Kovač kaže:', '    10. listopada 2023. u 09:40', '    Hvala, javi kako je bilo!', '    Odgovori', '',
          'Komentiraj Otkaži odgovor', 'Vaša adresa e-pošte neće biti objavljena. Obavezna polja su označena sa *',
        ),
      ),
    );

    expect([result.article.authors, result.article.publishedAt, result.article.body]).toEqual([['Iva Kovač'], '2023-10-09', `${H1}\n\n${H2}`]);
    expect(result.comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Marko Babić', 0, '2023-10-10T08:15:00', 'Odlično napisano, idemo na proljeće.'],
      ['Iva Kovač', 1, '2023-10-10T09:40:00', 'Hvala, javi kako je bilo!'],
    ]);
  });
});

describe('Function: parseArticle (a Spanish Facebook comments widget)', () => {
  it('splits the thread and leaves the occupation line under a name out of the comment', () => {
    // Prepare
    const input = text(
      'Harbour tolls rise for visiting yachts',
      '',
      P1,
      '',
      P2,
      '',
      'Comentarios',
      '',
      'Raúl Benítez',
      'Trabaja en Puerto General San Martín',
      'Hace años que se viene avisando y nadie dragó nada.',
      'Me gusta · Responder · 5 · 3 h',
      '',
      'Mónica Fernández',
      'Docente en Escuela N° 1332',
      'Lo del agua potable me preocupa más que los barcos.',
      'Me gusta · Responder · 11 · 2 h',
    );

    // Act
    const { comments } = ok(parseArticle(input));

    // Assess
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['Raúl Benítez', 'Hace años que se viene avisando y nadie dragó nada.'],
      ['Mónica Fernández', 'Lo del agua potable me preocupa más que los barcos.'],
    ]);
  });
});

describe('Function: parseArticle (an agency credit under the text, comment headers with towns and reply prefixes)', () => {
  it('takes "Name, AGENCY" under the text as the author when the dateline names that agency', () => {
    const result = ok(parseArticle(text('Drip irrigation spreads in the south', '', `Tashkent (UzA) — ${P1}`, '', P2, '', 'Dilnoza Rakhimova, UzA')));

    expect([result.article.authors, result.article.dateline]).toEqual([['Dilnoza Rakhimova'], { locations: ['Tashkent'], agency: 'UzA' }]);
  });

  it('reads "Name | Town" over a date and "Reply to Name — Name | date" headers, nesting the reply', () => {
    const result = ok(parseArticle(text(
      'Canal water arrives late again', '', P1, '', P2, '', 'Comments (3)', '',
      'Gul Nawaz | Bannu', 'March 11, 2024 at 9:41 am', 'Same story every year.', 'Reply', '',
      'Bekzod T. | 06.03.2024 17:05', 'Will small farms get the loans?', '',
      'Reply to Bekzod T. — Sherzod Mamatqulov | 06.03.2024 18:41', 'Small farms got loans last year.',
    )));

    expect(thread(result.comments)).toEqual([
      ['Gul Nawaz', '0001', null, 0],
      ['Bekzod T.', '0002', null, 0],
      ['Sherzod Mamatqulov', '0002.0001', '0002', 1],
    ]);
    expect(result.comments.map((c) => c.text)).toEqual(['Same story every year.', 'Will small farms get the loans?', 'Small farms got loans last year.']);
  });
});

describe('Function: parseArticle (a Thai page\'s update line)', () => {
  it('takes "อัปเดตล่าสุด: …" under the date for the update: no caption', () => {
    // Prepare
    const paragraph = 'ชาวสวนทุเรียนในอำเภอโป่งน้ำร้อนต้องผลัดเวรกันเฝ้าสวนตลอดทั้งคืน หลังจากโขลงช้างป่าออกมาหากินในสวนติดต่อกันเป็นสัปดาห์ที่สาม ทำให้ผลผลิตเสียหายไปแล้วหลายตัน';
    const text = ['ช้างป่าบุกสวนทุเรียน ชาวบ้านผลัดเวรเฝ้า', '', 'เกษตรกรรวมตัวขอ อบต.ตั้งจุดเฝ้าระวัง', '', 'ภูมิภาค', 'ผู้เขียน: สมพงษ์ แก้วประเสริฐ', '17 พ.ค. 2567 - 10:15 น.', 'อัปเดตล่าสุด: 17 พ.ค. 2567 - 13:40 น.', 'แชร์', '', paragraph, '', `${paragraph} อีกครั้ง`].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    expect(result.ok && [result.article.captions, result.article.publishedAt]).toEqual([[], '2024-05-17T10:15:00']);
  });
});

describe('Function: parseArticle (removed comments)', () => {
  const article = ['Harbour tolls rise for visiting yachts', '', 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent from May.', '', 'The board said the money would pay for new pontoons and a second fuel berth at the marina.', '', '3 Comments', ''];

  it('drops a removed comment nobody answered, and keeps one with replies under it', () => {
    // Prepare
    const text = [
      ...article,
      'Ann Lee says:',
      'March 12, 2024 at 9:31 am',
      'Long overdue, and the new berth is welcome.',
      '',
      'This comment has been deleted.',
      '',
      'Bo Strand says:',
      'March 12, 2024 at 10:02 am',
      'Too expensive for the smaller boats.',
      '',
      'This comment has been deleted.',
      '',
      '    Cy Hart says:',
      '    March 12, 2024 at 11:15 am',
      '    Whatever it said, I agree.',
    ].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    expect(result.ok && result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Ann Lee', 0, 'Long overdue, and the new berth is welcome.'],
      ['Bo Strand', 0, 'Too expensive for the smaller boats.'],
      [null, 0, 'This comment has been deleted.'],
      ['Cy Hart', 1, 'Whatever it said, I agree.'],
    ]);
  });
  it('drops a named comment whose whole text is the removal notice ("Name said..." / "This comment has been removed by the author.")', () => {
    // Prepare
    const text = [
      ...article,
      'Ann Lee said...',
      'Long overdue, and the new berth is welcome.',
      '12 March 2024 at 09:31',
      '',
      'Bo Strand said...',
      'This comment has been removed by the author.',
      '12 March 2024 at 10:02',
      '',
      'Cy Hart said...',
      'Too expensive for the smaller boats, I think.',
      '12 March 2024 at 11:15',
    ].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    expect(result.ok && result.comments.map((c) => c.author)).toEqual(['Ann Lee', 'Cy Hart']);
  });
});

describe('Function: parseArticle (categories the sidebar lists under the thread; session 24)', () => {
  it('takes the post\'s categories under its byline for no caption when the sidebar below the comments lists them', () => {
    // Prepare
    const text = [
      'Star party draws a crowd on the common',
      'Posted on 13 August 2024 by Kath Ridley',
      'Events, Observing Reports',
      '',
      'More than sixty people came to the common on Monday night to watch the meteor shower with the society, the largest turnout the group has had in years.',
      '',
      'The cloud cleared just after eleven, and by midnight members had counted forty-one meteors between them.',
      '',
      '2 thoughts on “Star party draws a crowd on the common”',
      '',
      'Ann Lee says:',
      'August 14, 2024 at 9:12 am',
      'Lovely night, thank you for the tea.',
      'Reply',
      '',
      'Categories',
      'Events',
      'Loan Scopes',
      'Observing Reports',
    ].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    expect(result.ok && [result.article.captions, result.article.subtitle, result.comments.length]).toEqual([[], null, 1]);
  });
});

describe('Function: parseArticle (headers, threads and comment forms in Hebrew, Hindi, Arabic, Russian, Persian and English layouts; session 26)', () => {
  const HE_P1 = 'מועצת הנמל החליטה ביום שלישי להעלות את דמי העגינה ליאכטות בעשרה אחוזים, החל מהחודש הבא.';
  const HE_P2 = 'לדברי המועצה, הכסף ישמש לבניית רציפים חדשים ולהרחבת תחנת הדלק במרינה הצפונית.';

  it('reads numbered talkbacks under "טוקבקים": the heading and the open/close-all controls are no comment, the first title opens its text, a read-also line and the authors\' bio leave the body', () => {
    const input = text(
      'דמי העגינה במרינה יעלו בעשרה אחוזים',
      'שירה מזרחי, עומר דהן',
      'פורסם: 12.03.24, 09:15',
      '',
      HE_P1,
      '',
      'לכתבה המלאה: כל מה שצריך לדעת על המרינה החדשה',
      '',
      HE_P2,
      '',
      'שירה מזרחי היא כתבת הכלכלה של האתר. עומר דהן הוא כתב הצפון.',
      '',
      'טוקבקים',
      '3 תגובות לכתבה',
      'הוספת תגובה',
      'הצגת כל התגובות | סגירת כל התגובות',
      '1. סוף סוף מישהו מטפל בזה',
      'משה, חיפה | 12.03.24 | 10:02',
      'הרציפים הישנים מסוכנים כבר שנים.',
      'הגב',
      '2. ומה עם הדייגים?',
      'רונית | 12.03.24 | 10:40',
      'גם הם ישלמו יותר?',
      'הגב',
      '3. יקר מדי',
      'אלון | 12.03.24 | 11:05',
      'עוד מס על מי שכבר משלם הרבה.',
      'הגב',
    );

    const { article, comments } = ok(parseArticle(input));

    expect([article.title, article.authors, article.body]).toEqual(['דמי העגינה במרינה יעלו בעשרה אחוזים', ['שירה מזרחי', 'עומר דהן'], `${HE_P1}\n\n${HE_P2}`]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['משה, חיפה', 0, 'סוף סוף מישהו מטפל בזה\n\nהרציפים הישנים מסוכנים כבר שנים.'],
      ['רונית', 0, 'ומה עם הדייגים?\n\nגם הם ישלמו יותר?'],
      ['אלון', 0, 'יקר מדי\n\nעוד מס על מי שכבר משלם הרבה.'],
    ]);
  });

  it('reads "Name | role, town" as the byline, a "विस्तार" label before the caption as no caption, and the thread under "कमेंट्स (2)"', () => {
    const HI_P1 = 'बंदरगाह बोर्ड ने मंगलवार को नौकाओं के लंगर शुल्क में दस प्रतिशत की बढ़ोतरी को मंजूरी दी और कहा कि नई दरें अगले महीने से लागू होंगी।';
    const HI_P2 = 'बोर्ड के अनुसार इस राशि से नए घाट बनाए जाएंगे और उत्तरी मरीना में ईंधन केंद्र का विस्तार किया जाएगा।';
    const input = text(
      'बंदरगाह पर नौकाओं का शुल्क दस प्रतिशत बढ़ा',
      'राहुल मिश्रा | संवाददाता, कोच्चि',
      'प्रकाशित: मंगलवार, 12 मार्च 2024 09:15 AM (IST)',
      'विस्तार',
      '',
      'कोच्चि बंदरगाह पर खड़ी नौकाएं। फोटो: संवाद',
      '',
      `कोच्चि, 12 मार्च (भाषा) ${HI_P1}`,
      '',
      HI_P2,
      '',
      'कमेंट्स (2)',
      'अपनी राय लिखें',
      'सुरेश नायर  •  12 मार्च 2024, 10:10 AM',
      'यह फैसला मछुआरों के लिए भारी पड़ेगा।',
      'पसंद (4)   जवाब दें   रिपोर्ट करें',
      'अनीता  •  12 मार्च 2024, 11:20 AM',
      'घाटों की हालत सच में खराब है।',
      'पसंद (2)   जवाब दें   रिपोर्ट करें',
    );

    const { article, comments } = ok(parseArticle(input));

    expect([article.authors, article.captions, article.dateline]).toEqual([['राहुल मिश्रा'], ['कोच्चि बंदरगाह पर खड़ी नौकाएं। फोटो: संवाद'], { locations: ['कोच्चि'], agency: 'भाषा' }]);
    expect(comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['सुरेश नायर', '2024-03-12T10:10:00', 'यह फैसला मछुआरों के लिए भारी पड़ेगा।'],
      ['अनीता', '2024-03-12T11:20:00', 'घाटों की हालत सच में खराब है।'],
    ]);
  });

  it('reads "Your Comment" over the form\'s fields as the comment form: no author, no text', () => {
    const input = text('Harbour tolls rise for visiting yachts', '', 'Code : 48213', 'Publish Date : Monday 8 January 2024 - 11:25', '', P1, '', P2, '', 'Your Comment', '', 'Name', 'Email', 'Comment', 'Send', 'Comments that contain insults will not be published.');

    const { article, comments } = ok(parseArticle(input));

    expect([article.authors, article.body, comments]).toEqual([[], `${P1}\n\n${P2}`, []]);
  });

  it('drops a page template\'s unfilled placeholder, so the date line under the headline still dates the story', () => {
    const input = text('Harbour tolls rise for visiting yachts', '13 March 2024 03:51 pm - 5     - {{hitsCtrl.values.hits}}', 'By Nadeesha Perera', '', P1, '', P2);

    const { article } = ok(parseArticle(input));

    expect([article.title, article.publishedAt, article.authors]).toEqual(['Harbour tolls rise for visiting yachts', '2024-03-13T15:51:00', ['Nadeesha Perera']]);
  });

  it('reads "in Business, News" under the byline and date as the sections the post is filed in, no deck', () => {
    const input = text(
      'Home', 'News', 'Politics', 'Business', 'Sports', 'Columns', 'Subscribe', 'Home Business',
      'Harbour tolls rise for visiting yachts',
      'by NAN', '10th March 2024', 'in Business, News', 'Reading Time: 3 mins read', '0', 'Share on Facebook', 'Share on Twitter',
      'Yachts at the east pontoon. Photo: NAN',
      P1, P2,
    );

    const { article } = ok(parseArticle(input));

    expect([article.subtitle, article.captions]).toEqual([null, ['Yachts at the east pontoon. Photo: NAN']]);
  });

  it('reads a Russian forum thread: "ID новости", "Обсуждение (3)" as its heading, the moderation notice, "#1.1" replies nested by their outline number', () => {
    const RU_P1 = 'Городская дума одобрила повышение платы за стоянку яхт в порту на десять процентов с мая.';
    const RU_P2 = 'По словам чиновников, деньги пойдут на новые понтоны и второй топливный причал.';
    const input = text(
      'Плата за стоянку яхт вырастет на десять процентов',
      'ID новости: 51207',
      '05.02.2024 14:20',
      '',
      RU_P1,
      '',
      RU_P2,
      '',
      'Обсуждение (3)',
      'Комментарии модерируются. Оскорбления удаляются.',
      '#1 Алексей Н. | 05.02.2024 15:02',
      'Давно пора навести порядок в порту.',
      '[ответить] [цитировать]',
      '#1.1 vologjanka | 05.02.2024 15:20',
      'Алексей Н., порядок там был и раньше.',
      '[ответить] [цитировать]',
      '#2 Гость | 06.02.2024 09:05',
      'А парковку для машин сделают?',
      '[ответить] [цитировать]',
    );

    const { article, comments } = ok(parseArticle(input));

    expect([article.sourceId, article.body]).toEqual(['51207', `${RU_P1}\n\n${RU_P2}`]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Алексей Н.', 0, 'Давно пора навести порядок в порту.'],
      ['vologjanka', 1, 'Алексей Н., порядок там был и раньше.'],
      ['Гость', 0, 'А парковку для машин сделают?'],
    ]);
  });

  it('reads a Persian agency page: the kicker ("… خبر داد") over the headline, "صفحه نخست" a menu item, the reporter credited under "انتهای پیام"', () => {
    const FA_P1 = 'به گزارش خبرنگار ما، شورای شهر روز سه‌شنبه افزایش ده درصدی هزینه پهلوگیری قایق‌ها را تصویب کرد.';
    const FA_P2 = 'به گفته مسئولان، این درآمد صرف ساخت اسکله‌های تازه و جایگاه سوخت دوم می‌شود.';
    const input = text(
      'شنبه ۲۵ فروردین ۱۴۰۳',
      'صفحه نخست',
      'سیاسی',
      'اقتصادی',
      'کد خبر: ۸۴۱۷۲',
      '۲۵ فروردین ۱۴۰۳ - ۱۰:۲۳',
      'مدیرکل بنادر استان خبر داد',
      'هزینه پهلوگیری قایق‌ها در بندر ده درصد افزایش می‌یابد',
      FA_P1,
      FA_P2,
      'انتهای پیام',
      'خبرنگار: مریم صادقی',
    );

    const { article } = ok(parseArticle(input));

    expect([article.title, article.authors, article.sourceId]).toEqual(['هزینه پهلوگیری قایق‌ها در بندر ده درصد افزایش می‌یابد', ['مریم صادقی'], '84172']);
  });

  it('takes the categories a post\'s meta row names ("… in Arts & Culture, Armenia, Featured | 3 Comments") for no headline when the page prints them above it', () => {
    const input = text('Home', 'News', 'Subscribe', '', 'Arts & Culture, Armenia, Featured', 'Harbour Festival Draws Record Crowds as Small Producers Step Into the Spotlight', 'Posted by Ani Sarkis on October 7, 2024 in Arts & Culture, Armenia, Featured | 3 Comments', '', P1, '', P2);

    const { article } = ok(parseArticle(input));

    expect([article.title, article.authors]).toEqual(['Harbour Festival Draws Record Crowds as Small Producers Step Into the Spotlight', ['Ani Sarkis']]);
  });

  it('reads Blogger\'s "Posted by Name at 14:32" footer past the post\'s notes and share links: the author and the time of the day above the title', () => {
    const input = text(
      'Harbour Past & Present', '', 'Home', 'The Records', 'Contact', '',
      'Saturday, 9 March 2024',
      'The night the harbour office burned',
      '', P1, '', P2, '',
      'Notes', '',
      '[1] Harbour board minutes, 1884, p. 88.',
      '[2] A letter dated 24 January 1887, uncatalogued.',
      '',
      'Posted by Margaret Ellis at 14:32',
      'Email This', 'BlogThis!', 'Share to X', 'Labels: fires, harbour',
    );

    const { article } = ok(parseArticle(input));

    expect([article.title, article.authors, article.publishedAt]).toEqual(['The night the harbour office burned', ['Margaret Ellis'], '2024-03-09T14:32:00']);
  });

  it('takes a related headline with its date, above the thread\'s heading, for no comment', () => {
    const AR_P1 = 'وافق مجلس الميناء يوم الثلاثاء على رفع رسوم رسو اليخوت بنسبة عشرة في المئة اعتباراً من الشهر المقبل.';
    const AR_P2 = 'وقال المجلس إن العائدات ستخصص لبناء أرصفة جديدة وتوسعة محطة الوقود في المرسى الشمالي.';
    const input = text(
      'رفع رسوم رسو اليخوت في الميناء عشرة في المئة',
      'كتب: سامي فؤاد',
      'الثلاثاء، 12 مارس 2024 09:15 ص',
      '',
      AR_P1,
      '',
      AR_P2,
      '',
      'اقرأ أيضاً',
      'أسعار اللحوم والدواجن اليوم السبت 9 مارس 2024',
      'موعد افتتاح السوق الجديد في المدينة',
      'شارك الخبر',
      'التعليقات (2)',
      'أضف تعليقك',
      'محمود علي',
      '12/03/2024 - 10:15 ص',
      'الرسوم دي كتير على الصيادين.',
      'رد',
      'هالة',
      '12/03/2024 - 11:02 ص',
      'عندك حق والله.',
      'رد',
    );

    const { comments } = ok(parseArticle(input));

    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['محمود علي', 'الرسوم دي كتير على الصيادين.'],
      ['هالة', 'عندك حق والله.'],
    ]);
  });
});
