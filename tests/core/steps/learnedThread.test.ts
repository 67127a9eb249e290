import { toLines } from '#core/lines';
import { parseArticle } from '#core/pipeline';
import { isLearnedControl, learnedBlockAt } from '#core/steps/learnedThread';
import { readCommentHeader } from '#core/steps/readCommentHeader';

const ARTICLE = [
  'Ny lalana vaovao any Ambatolampy',
  '',
  'Nanomboka ny asa fanamboarana ny lalana mampitohy ny tanàna sy ny tsena lehibe tamin’ny alatsinainy lasa teo.',
  '',
  'Nilaza ny ben’ny tanàna fa ho vita alohan’ny fararano ny asa raha tsy misy fahatarana amin’ny fitaovana.',
  '',
  'Hevitra (3)',
  '',
];

/** Texts of the learned blocks' first lines and of the learned control rows. */
function learned(rows: readonly string[]): { blocks: string[]; controls: string[] } {
  const lines = toLines(rows.join('\n'));
  return {
    blocks: lines.filter((_, i) => learnedBlockAt(lines, i) !== null).map((l) => l.text),
    controls: lines.filter((_, i) => isLearnedControl(lines, i)).map((l) => l.text),
  };
}

describe('Function: learnedBlockAt / isLearnedControl', () => {
  it('learns a short row repeated under two name-headed blocks as the controls, whatever its words', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Lova R.',
      '3 ora lasa izay',
      'Tsara ny vaovao fa mila manara-maso ny kalitaon’ny asa isika.',
      'Mamaly   👍 4',
      '',
      'Haja Andriamanana',
      'Tsy nisy nampahafantatra anay mialoha ny fanakatonana ny lalana.',
      'Mamaly   👍 11',
    ];

    // Act
    const { blocks, controls } = learned(rows);

    // Assess
    expect(blocks).toEqual(['Lova R.', 'Haja Andriamanana']);
    expect(controls).toEqual(['Mamaly 👍 4', 'Mamaly 👍 11']);
  });

  it('takes a short line with a count under the name for the stamp, and prose there for the text', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Lova R.',
      '3 ora lasa izay',
      'Tsara ny vaovao.',
      'Mamaly',
      '',
      'Haja Andriamanana',
      'Tsy nisy nampahafantatra anay mialoha ny fanakatonana ny lalana.',
      'Faly aho.',
      'Mamaly',
    ];
    const lines = toLines(rows.join('\n'));
    const start = (text: string): number => lines.findIndex((l) => l.text === text);

    // Act
    const first = learnedBlockAt(lines, start('Lova R.'));
    const second = learnedBlockAt(lines, start('Haja Andriamanana'));

    // Assess
    expect(first).toEqual({ author: 'Lova R.', span: 2, stamp: '3 ora lasa izay' });
    expect(second).toEqual({ author: 'Haja Andriamanana', span: 1, stamp: null });
  });

  it('reads a stamp without figures by the last word its blocks share ("wákàtí mẹ́ta sẹ́yìn")', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Kúnlé Adéwálé',
      'wákàtí mẹ́ta sẹ́yìn',
      'Ọ̀rọ̀ yìí dáa gan-an, a dúpẹ́ fún ìròyìn náà.',
      'Fèsì',
      '',
      'Ṣadé Olú',
      'ìṣẹ́jú márùn-ún sẹ́yìn',
      'Ẹ jọ̀wọ́ ẹ tẹ̀lé ọ̀rọ̀ yìí, kí ẹ sì sọ fún wa.',
      'Fèsì',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const block = learnedBlockAt(
      lines,
      lines.findIndex((l) => l.text === 'Ṣadé Olú'),
    );

    // Assess
    expect(block).toEqual({ author: 'Ṣadé Olú', span: 2, stamp: 'ìṣẹ́jú márùn-ún sẹ́yìn' });
  });

  it('strips a reply arrow, a bracketed tag and a trailing verb from the name', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Rubén Huillca nin:',
      'Sulpayki kay willakuymanta, ñuqaykupas kikillantam ñak’arichkayku.',
      'Kutichiy',
      '',
      '    ↳ Maribel Condori (Kutichiy)',
      '    Kallpachakuychik, pronto les enviamos frazadas desde Lima.',
      '    Kutichiy',
    ];

    // Act
    const { blocks } = learned(rows);
    const lines = toLines(rows.join('\n'));
    const authors = lines.map((_, i) => learnedBlockAt(lines, i)?.author).filter((a) => a !== undefined);

    // Assess
    expect(blocks).toHaveLength(2);
    expect(authors).toEqual(['Rubén Huillca', 'Maribel Condori']);
  });

  it('heads a comment of two paragraphs with the name over the first', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Lova R.',
      'Tsara ny vaovao fa mila manara-maso ny kalitaon’ny asa isika.',
      'Mamaly',
      '',
      'mas_bayu ngendika:',
      '2 jam kepungkur',
      'Muga-muga taun ngarep ana festival uga.',
      '',
      'Matur nuwun wis nulis kabar iki.',
      'Mamaly',
    ];

    // Act
    const { blocks } = learned(rows);

    // Assess
    expect(blocks).toEqual(['Lova R.', 'mas_bayu ngendika:']);
  });

  it('learns no control from a photographer\'s credit repeated under two captions', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Naujas maršrutas',
      'Kol funikulierius neveiks, gyventojai galės patekti laiptais arba autobusu.',
      'Nuotr. Mindaugo Stankaus',
      '',
      'Senoji stotis',
      'Funikulieriaus vagonai bus išvežti į restauravimo dirbtuves.',
      'Nuotr. Mindaugo Stankaus',
    ];

    // Act
    const { controls } = learned(rows);

    // Assess
    expect(controls).toEqual([]);
  });

  it('reads the date on the name\'s line or in the control row, whose figures vary from comment to comment', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Rosemène P. — 14 Mawrth 2024 11:20',
      'Bravo pou jèn yo! Se konsa nou pral chanje peyi a.',
      'Reponn | Renmen (23)',
      '',
      'Frantz D. · awa 3 gara aga',
      'Dakò nèt. Mwen pral pote kèk liv pou yo samdi a.',
      'Reponn | Renmen (5)',
      '',
      'Ti Jean',
      'Mwen te grandi nan katye sa, mwen kontan wè bagay konsa.',
      '15 Mawrth 2024 09:05 · Reponn · Renmen 4',
    ];
    const lines = toLines(rows.join('\n'));
    const blocks = lines.map((_, i) => learnedBlockAt(lines, i)).filter((b) => b !== null);

    // Act
    const stamps = blocks.map((b) => [b.author, b.stamp]);

    // Assess
    expect(stamps).toEqual([
      ['Rosemène P.', '14 Mawrth 2024 11:20'],
      ['Frantz D.', 'awa 3 gara aga'],
      ['Ti Jean', '15 Mawrth 2024 09:05 · Reponn · Renmen 4'],
    ]);
  });

  it('reads the commenter from a byline after the stamp ("date, written by Name")', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Kuwa 7/03/2025 saa 15:02, Yanditswe na Gasana',
      'Iki ni igikorwa cyiza cyane, twifuza ko bahashyira irindi.',
      'Subiza',
      '',
      'Kuwa 8/03/2025 saa 09:03, Yanditswe na Mutoni',
      'Murakoze ku nkuru nziza, nibakomeze bakore cyane.',
      'Subiza',
    ];
    const lines = toLines(rows.join('\n'));

    // Act
    const blocks = lines.map((_, i) => learnedBlockAt(lines, i)).filter((b) => b !== null);

    // Assess
    expect(blocks.map((b) => [b.author, b.stamp])).toEqual([
      ['Gasana', 'Kuwa 7/03/2025 saa 15:02'],
      ['Mutoni', 'Kuwa 8/03/2025 saa 09:03'],
    ]);
  });

  it('learns nothing from one block alone', () => {
    // Prepare
    const rows = [...ARTICLE, 'Lova R.', 'Tsara ny vaovao fa mila manara-maso ny kalitaon’ny asa isika.', 'Mamaly'];

    // Act
    const { blocks, controls } = learned(rows);

    // Assess
    expect(blocks).toEqual([]);
    expect(controls).toEqual([]);
  });

  it('learns nothing from teasers closed by "Read more", nor from listings without a sentence', () => {
    // Prepare
    const teasers = [
      ...ARTICLE,
      'Harbour Board',
      'The board met again on Friday to discuss the new tolls for visiting yachts.',
      'Read more',
      '',
      'Ferry Timetable',
      'Winter sailings start next week with two fewer crossings on Sundays.',
      'Read more',
    ];
    const listing = [...ARTICLE, 'Concert in the Park', 'Saturday 3 pm', 'Free entry', '', 'Film Night', 'Friday 7 pm', 'Free entry'];

    // Act
    const fromTeasers = learned(teasers);
    const fromListing = learned(listing);

    // Assess
    expect(fromTeasers.blocks).toEqual([]);
    expect(fromListing.blocks).toEqual([]);
  });
});

describe('Function: learnedBlockAt / isLearnedControl (numbered names, worded stamps, spaced layouts)', () => {
  it('strips the thread number and a stamp without figures from the name ("1.1 Name — maola atatu apitawo")', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      '1. Tsiory Rakoto — ora telo lasa',
      'Tsara ny vaovao fa mila manara-maso ny kalitaon’ny asa isika.',
      'Mamaly | Tiako (4)',
      '',
      '   1.1 Haja Andriamanana — ora roa lasa',
      '   Tsy nisy nampahafantatra anay mialoha ny fanakatonana ny lalana.',
      '   Mamaly | Tiako (11)',
    ];

    // Act
    const lines = toLines(rows.join('\n'));
    const authors = lines.map((_, i) => learnedBlockAt(lines, i)?.author).filter((a) => a !== undefined);

    // Assess
    expect(authors).toEqual(['Tsiory Rakoto', 'Haja Andriamanana']);
  });

  it('reads a spaced thread (a blank line between name, stamp, text and controls) by the stamp under each name, and drops a reply marker', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Lova R.',
      '',
      'Ora 5 lasa izay',
      '',
      'Tsara ny vaovao fa mila manara-maso ny kalitaon’ny asa isika.',
      '',
      'Mamaly · Tiako 8',
      '',
      '    ↪ Mamaly an’i Lova R.',
      '',
      '    Haja Andriamanana',
      '',
      '    Ora 2 lasa izay',
      '',
      '    Tsy nisy nampahafantatra anay mialoha ny fanakatonana ny lalana.',
      '',
      '    Mamaly · Tiako 2',
    ];

    // Act
    const { blocks, controls } = learned(rows);

    // Assess
    expect(blocks).toEqual(['Lova R.', 'Haja Andriamanana']);
    expect(controls).toEqual(['Mamaly · Tiako 8', '↪ Mamaly an’i Lova R.', 'Mamaly · Tiako 2']);
  });

  it('learns no spaced row from a repeated name and date, nor a block headed by "Reply"', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Janet Orr  2023-10-09T09:12',
      '',
      'The smell of the place will stay with me, and I hope the building finds a new use soon.',
      '',
      'Reply',
      '',
      'Pete Sandison  2023-10-10T08:03',
      '',
      'The roof figure seems high and the trust should have asked for a second quote first.',
      '',
      'Reply',
      '',
      'Fiona Lennox  2023-10-10T11:26',
      '',
      'We got three quotes, and the asbestos in the sheeting explains most of the cost here.',
      '',
      'Reply',
      '',
      'Pete Sandison  2023-10-10T12:15',
      '',
      'Fair enough, I did not know about the asbestos in the sheeting at all, thanks.',
    ];

    // Act
    const { blocks } = learned(rows);

    // Assess
    expect(blocks).toEqual([]);
  });
});

describe('Function: parseArticle (a thread known only by its repeated controls)', () => {
  it('splits the blocks into comments without their controls and nests the indented replies', () => {
    // Prepare
    const text = [
      ...ARTICLE,
      'Lova R.',
      '21/02/2024 amin’ny 09:14',
      'Efa telo andro izay tsy nisy jiro teto amin’ny faritra misy anay.',
      'Hamaly',
      '',
      '    Miora',
      '    ora 2 lasa izay',
      '    Toy izany koa eto, simba avokoa ny sakafo tao anaty vata fampangatsiahana.',
      '    Hamaly',
      '',
      'Njaka',
      'Misaotra ny mpanao gazety nitantara izany rehetra izany.',
      'Hamaly',
      '',
      'Apetraho ny hevitrao',
    ].join('\n');

    // Act
    const result = parseArticle(text);

    // Assess
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Lova R.', 0, 'Efa telo andro izay tsy nisy jiro teto amin’ny faritra misy anay.'],
      ['Miora', 1, 'Toy izany koa eto, simba avokoa ny sakafo tao anaty vata fampangatsiahana.'],
      ['Njaka', 0, 'Misaotra ny mpanao gazety nitantara izany rehetra izany.'],
    ]);
    expect(result.comments[0]!.postedAt).toBe('2024-02-21T09:14:00');
    expect(result.article.body).not.toContain('Lova');
  });

  it('leaves the known formats to their readers: "In reply to" over the replier\'s name opens no learned block', () => {
    // Prepare
    const rows = [
      ...ARTICLE,
      'Graham Pike',
      '14 September 2021, 17:52',
      'The bypass needs a second lane before anything else is built here.',
      'Recommend (48)    Reply',
      '',
      '    In reply to Graham Pike',
      '    Sheila Worth',
      '    14 September 2021, 18:20',
      '    A roundabout would help the junction more than a lane would.',
      '    Recommend (12)    Reply',
    ];
    const lines = toLines(rows.join('\n'));
    const at = (text: string): number => lines.findIndex((l) => l.text === text);

    // Act
    const onReplyTo = readCommentHeader(lines, at('In reply to Graham Pike'));
    const onName = readCommentHeader(lines, at('Sheila Worth'));

    // Assess
    expect(onReplyTo).toBeNull();
    expect(onName).toMatchObject({ author: 'Sheila Worth', postedAt: '2021-09-14T18:20:00' });
  });
});
