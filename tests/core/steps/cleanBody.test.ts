import { toLines, toParagraphs } from '#core/lines';
import { cleanBody } from '#core/steps/cleanBody';

const P1 = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';
const P2 = 'The board said the money would pay for new pontoons and a second fuel berth at the marina.';
const P3 = 'A final decision on the fuel berth is expected in the autumn, after a public consultation.';

/** Cleans an inline body and returns its paragraphs and captions. */
function clean(rows: readonly string[]): { paragraphs: string[]; captions: string[] } {
  const body = cleanBody(toLines(rows.join('\n')));
  return { paragraphs: toParagraphs(body.lines), captions: body.captions };
}

describe('Function: cleanBody', () => {
  it('keeps ordinary paragraphs in order', () => {
    // Act
    const { paragraphs } = clean([P1, '', P2, '', P3]);

    // Assess
    expect(paragraphs).toEqual([P1, P2, P3]);
  });

  it('cuts everything from a "Related news" heading on', () => {
    // Prepare
    const rows = [
      P1,
      '',
      P2,
      '',
      'Related news',
      '',
      'Ferry operator doubles summer sailings to the islands after record demand last year.',
      'New lighthouse museum opens its doors to visitors on the first weekend of June.',
    ];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a press release\'s "FOR IMMEDIATE RELEASE", its closing "About <Sender>" section and everything from "Media Contact:" on', () => {
    // Prepare
    const rows = [
      'FOR IMMEDIATE RELEASE',
      '',
      P1,
      '',
      P2,
      '',
      'About Harbourline Ferries',
      '',
      'Harbourline Ferries operates six routes between the mainland and the islands.',
      '',
      'Media Contact:',
      'Owen Petrie',
      'press@harbourline.example',
    ];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops the closing "About <Sender>, Inc." section, the company form\'s full stop included', () => {
    const { paragraphs } = clean([P1, '', P2, '', 'About Harbourline Ferries, Inc.', '', 'Harbourline Ferries, Inc. operates six routes between the mainland and the islands.']);

    expect(paragraphs).toEqual([P1, P2]);
  });

  it.each([
    'Pratite Lučki list na Facebooku i Instagramu.',
    'Ți-a plăcut articolul? Urmărește Gazeta Portului și pe Google News.',
    'I-LIKE ang aming Facebook page para sa pinakabagong balita!',
  ])('drops the outlet\'s call to follow it closing the text, in any language: "%s"', (call) => {
    expect(clean([P1, '', P2, '', call]).paragraphs).toEqual([P1, P2]);
  });

  it('keeps a closing sentence about a network when it holds a figure', () => {
    const closing = 'The video had been watched 40,000 times on TikTok by Sunday.';
    expect(clean([P1, '', closing]).paragraphs).toEqual([P1, closing]);
  });

  it('keeps an "About …" subheading whose section does not describe a sender', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'About the new berth', '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, 'About the new berth', P2]);
  });

  it('drops the links under a "Sponsored" label, up to the next blank line, and keeps a sentence after it', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'Sponsored', 'Compare mortgage rates in minutes', 'Why thousands are switching supplier this spring', '', P2]);
    const underLabel = clean([P1, '', 'Sponsored', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
    expect(underLabel.paragraphs).toEqual([P1, P2]);
  });

  it('reads "— Name" closing the article as its author, and keeps a dash before a name inside the text', () => {
    // Act
    const signed = cleanBody(toLines([P1, '', P2, '', '— Jane Doe'].join('\n')));
    const quoted = cleanBody(toLines([P1, '', '— Ann Lee', '', P2].join('\n')));

    // Assess
    expect(signed.bylines.map((b) => b.authors)).toEqual([['Jane Doe']]);
    expect(toParagraphs(signed.lines)).toEqual([P1, P2]);
    expect(quoted.bylines).toEqual([]);
  });

  it('cuts everything from a "Related news & articles" heading on', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'Related news & articles', 'Bridge tolls frozen', 'Marina expands']);

    // Assess
    expect(paragraphs).toEqual([P1]);
  });

  it('drops a "Proudly powered by WordPress | Theme" footer', () => {
    // Act
    const { paragraphs } = clean([P1, '', P2, '', 'Proudly powered by WordPress | Theme: Harbourline by Quaywork.']);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a publisher blurb set apart by two blank lines after the article', () => {
    // Prepare
    const blurb = 'The Coastal Affairs Institute (CAI) is a non-profit research centre that studies ports and shipping.';

    // Act
    const { paragraphs } = clean([P1, '', P2, '', '', blurb]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('keeps a closing paragraph that only looks like a description inside the article', () => {
    // Prepare
    const closing = 'The marina is the largest on this stretch of coast and employs forty people in the summer.';

    // Act
    const { paragraphs } = clean([P1, '', P2, '', closing]);

    // Assess
    expect(paragraphs).toEqual([P1, P2, closing]);
  });

  it('moves a "(Photo: X)" caption out of the text', () => {
    // Prepare
    const caption = 'Yachts moored at the east pontoon on Sunday. (Photo: Lena Fisk)';

    // Act
    const { paragraphs, captions } = clean([P1, '', caption, '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
    expect(captions).toEqual([caption]);
  });

  it('keeps a caption repeated three times once', () => {
    // Prepare
    const caption = 'The new fuel berth under construction. (Photo: AFP)';

    // Act
    const { paragraphs, captions } = clean([caption, caption, caption, '', P1, '', P2]);

    // Assess
    expect(captions).toEqual([caption]);
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops share and print lines', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'Share', 'Print', 'Email', 'Tweet', '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a cookie notice', () => {
    // Prepare
    const notice = 'We use cookies to improve your experience on our website. Accept all cookies';

    // Act
    const { paragraphs } = clean([P1, '', P2, '', notice]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('keeps a subheading and the paragraph on the next line as two paragraphs', () => {
    // Prepare
    const rows = [P1, '', 'Why the fees went up', P2, '', P3];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, 'Why the fees went up', P2, P3]);
  });

  it('drops a line that repeats the line before it', () => {
    // Act
    const { paragraphs } = clean([P1, '', P1, '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('keeps a body sentence that mentions related news in passing', () => {
    // Prepare
    const sentence = 'Related news from the port authority suggests that the fees could rise again next year.';

    // Act
    const { paragraphs } = clean([P1, '', sentence, '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, sentence, P2]);
  });

  it.each([
    ['Latest news', 'Ferry strike called off'],
    ['2 thoughts on “Harbour tolls rise”', 'Ann Lee says:'],
    ['Leave a Reply', 'Your email address will not be published.'],
    ['About the author', 'Petra Holm has covered the harbour for ten years.'],
  ])('cuts the tail from "%s" on', (marker, after) => {
    // Act
    const { paragraphs } = clean([P1, '', P2, '', marker, after]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a comment-policy notice', () => {
    // Prepare
    const rows = [P1, '', P2, '', 'Discussion Policy', 'Comments are welcomed and encouraged. Comments are moderated and may be removed if they are abusive.'];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a newsletter notice between paragraphs', () => {
    // Prepare
    const notice = 'Sign up for our daily newsletter to get the latest coastal news in your inbox.';

    // Act
    const { paragraphs } = clean([P1, '', notice, '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a sidebar menu of short link-like lines after the article', () => {
    // Prepare
    const rows = [P1, '', P2, '', 'Categories', 'Harbour', 'Ferries', 'Weather', 'Archives', 'June 2021', 'May 2021'];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('returns nothing for no lines', () => {
    // Act
    const { paragraphs, captions } = clean([]);

    // Assess
    expect(paragraphs).toEqual([]);
    expect(captions).toEqual([]);
  });

  it('drops "Story continues below advertisement" and a newsletter box with its pitch', () => {
    // Prepare
    const rows = [
      P1,
      'Story continues below advertisement',
      P2,
      'Sign up to Harbour Weekly',
      'Free weekly newsletter',
      'The stories that matter on the coast, every Friday morning',
      'Privacy Notice: Newsletters may contain info about charities and online ads.',
      'after newsletter promotion',
      P3,
    ];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2, P3]);
  });

  it('keeps a short line between two ordinary furniture lines that promote no newsletter', () => {
    // Prepare: a one-line paragraph between two advertisement markers is article text
    const rows = [P1, 'Advertisement', 'The vote is on Monday.', 'Advertisement', P2];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, 'The vote is on Monday.', P2]);
  });
});

describe('Function: cleanBody (read-also boxes)', () => {
  const P4 = 'Harbour staff will count the visiting boats again next summer to see whether the rise kept them away.';

  it.each([
    ['Lesen Sie auch', 'Neue Radwege an der K 17: Baustart verschiebt sich', 'Hafenfest fällt dieses Jahr aus'],
    ['Читайте также:', 'Тарифы на отопление вырастут с 1 июля', 'В городе откроют новую котельную'],
    ['LEIA TAMBÉM:', 'Chuva deixa 40 famílias desalojadas no litoral', 'Motorista fica ferido após carreta tombar'],
    ['LEÉ TAMBIÉN:', 'Reclaman por la quema de residuos en San Cayetano', 'Vecinos de la costa piden más controles'],
    ['İLGİLİ HABERLER', "Ege'de zeytinyağı fiyatları yeni sezonda düşecek mi?", 'Barajlarda doluluk yüzde 20’nin altına indi'],
    ['Lês ek', 'Nije fytspaden by de Fryske marren', 'Feart by Starum wer iepen'],
    ['Leugh cuideachd:', 'Aiseag ùr airson Bharraigh', 'Fèis ciùil a’ tilleadh don eilean'],
    ['Verenga zvakare:', 'Mvura yakawanda munzvimbo dzekumaodzanyemba', 'Chikoro chitsva chavhurwa'],
    ['ଆହୁରି ପଢ଼ନ୍ତୁ:', 'କଟକରେ ନୂଆ ସେତୁ ଖୋଲିଲା', 'ପୁରୀରେ ପର୍ଯ୍ୟଟକ ବଢ଼ିଲେ'],
  ])('drops a "%s" box and its headlines inside the text, and keeps a short subheading after them', (label, link1, link2) => {
    // Act
    const { paragraphs } = clean([P1, label, link1, link2, 'Pontoons first', P2, P3, P4]);

    // Assess
    expect(paragraphs).toEqual([P1, 'Pontoons first', P2, P3, P4]);
  });

  it('drops a one-line "Kapcsolódó cikk: …" link inside the text', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'Kapcsolódó cikk: Megkezdődött a kompszezon a tavon', '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops a headline given on the label\'s own line ("Lire aussi | …")', () => {
    // Act
    const { paragraphs } = clean([P1, '', 'Lire aussi | Déserts médicaux : les généralistes partent sans successeur', '', P2]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('drops "Read more" over one headline inside the text; over a sentence or two headlines it stays as it was read before', () => {
    const link = 'Garment exports to the EU fall 4 percent in January';
    const { paragraphs } = clean([P1, 'Read more', link, P2, P3]);
    const twoLinks = clean([P1, 'Read more', link, 'Gas crisis hits production at 300 factories', P2, P3]);

    expect(paragraphs).toEqual([P1, P2, P3]);
    expect(twoLinks.paragraphs).toContain(link);
  });

  it('leaves a box at the end of the page to the tail, and never drops a prose line after the label', () => {
    // Prepare
    const closing = 'The board meets again in March, when the consultation results will be published in full.';

    // Act
    const atEnd = clean([P1, P2, 'More on this story', 'Seaside toilets face closure', '', 'External sites are not our responsibility, the notice says.']);
    const proseAfterLabel = clean([P1, 'Read also', closing, P3]);

    // Assess
    expect(atEnd.paragraphs).toEqual([P1, P2]);
    expect(proseAfterLabel.paragraphs).toEqual([P1, closing, P3]);
  });
});

describe('Function: cleanBody (end marks)', () => {
  it('takes a wire desk\'s slug ("PTI VKH RSY") off the last paragraph', () => {
    // Act
    const { paragraphs } = clean([P1, '', `${P2} PTI VKH RSY`]);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('ends the article at a wire\'s "-0-" closing the last paragraph, and takes the mark off', () => {
    // Act
    const { paragraphs } = clean([P1, '', `${P2} -0-`, '', 'Latest news', 'Ferry fares rise in May']);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });
});

describe('Function: cleanBody (a wire credit)', () => {
  it('takes the reporters from "(Reporting by …; Editing by …)" and drops the line', () => {
    // Act
    const body = cleanBody(toLines([P1, '', P2, '', '(Reporting by Emre Yıldız in Ankara and Daniel Harper in Washington; Editing by Paul Lindqvist)'].join('\n')));

    // Assess
    expect([toParagraphs(body.lines), body.bylines.map((b) => b.authors)]).toEqual([[P1, P2], [['Emre Yıldız', 'Daniel Harper']]]);
  });
});

describe('Function: cleanBody (read-more boxes)', () => {
  it('drops a "Read more:" label with the headlines under it, and keeps the text after it', () => {
    const rows = [P1, '', 'Read more:', 'Village under siege from fly-tippers as rubbish piles up', 'Pensioner wins battle with council over hedge', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3]);
  });

  it('drops a "READ: …" link line inside the text', () => {
    expect(clean([P1, '', 'READ: Education department says 98% of schools now have transport', '', P2]).paragraphs).toEqual([P1, P2]);
  });

  it('drops an inline "Read next" box when the article goes on after it', () => {
    expect(clean([P1, '', 'Read next', 'Canal transits hit a February record', '', P2, '', P3]).paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('Function: cleanBody (reader polls)', () => {
  it('drops a poll with its question, options, buttons and count, and keeps the text around it', () => {
    const rows = [P1, '', 'POLL', 'Should councils build on green belt land?', '    Yes, we need the homes', '    No, protect the green belt', 'Vote   View results', '1,284 votes so far. Poll closes 21 March.', '', P2];

    expect(clean(rows).paragraphs).toEqual([P1, P2]);
  });
});

describe('Function: cleanBody (ids and related boxes inside the text)', () => {
  it('takes an article id printed under the text as the source id, not as text', () => {
    const body = cleanBody(toLines([P1, '', P2, '', 'Artikel-ID: 48219375'].join('\n')));

    expect([toParagraphs(body.lines), body.sourceId]).toEqual([[P1, P2], '48219375']);
  });

  it.each(['ID articolo: 4821377', 'ID artykułu: 4821377', 'ID del artículo: 4821377'])('reads the id under its label in another language, "%s"', (label) => {
    const body = cleanBody(toLines([P1, '', P2, '', label].join('\n')));

    expect([toParagraphs(body.lines), body.sourceId]).toEqual([[P1, P2], '4821377']);
  });

  it('drops a "RELATED NEWS" box between paragraphs when the article goes on', () => {
    const rows = [P1, '', 'RELATED NEWS', 'Reps urge emergency action on gully erosion', 'Assembly summons commissioner over roads', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3]);
  });

  it('drops a "RECOMMENDED" box and keeps the subheading under it when the article goes on', () => {
    const rows = [P1, '', 'RECOMMENDED', 'Port authority opens new grain terminal', 'Ferry fares to rise in spring', '', 'The opposition view', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, 'The opposition view', P2, P3]);
  });
});

describe('Function: cleanBody (endnotes)', () => {
  it('ends the text at a "Notes" heading over numbered references', () => {
    const rows = [P1, '', P2, '', 'Notes', '', '[1] Harbour Authority, Annual Report 2021 (Tallinn, 2022), pp. 14–17.', '[2] Interviews with port officials, March 2023.', '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2]);
  });

  it('keeps a "Sources" subheading over ordinary text', () => {
    expect(clean([P1, '', 'Sources', '', P2, '', P3]).paragraphs).toEqual([P1, 'Sources', P2, P3]);
  });
});

describe('Function: cleanBody (boxes with dates and a newsletter box before a section)', () => {
  it('drops a "Related Articles" box whose headlines each have a date under them', () => {
    const rows = [P1, '', 'Related Articles', 'Port authority opens new grain terminal', '12/01/2022 10:14 AM', 'Ferry fares to rise in spring', '11/15/2022 09:30 PM', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3]);
  });

  it('keeps the section after a newsletter box that ends with its "Subscribe" button', () => {
    const rows = [P1, '', 'Stay updated with the latest news!', 'Subscribe to The Harbour Post Newsletter', 'Your email', 'Subscribe', '', 'A busy winter', P2, '', P3, '', 'Advertisement', '', P1];

    expect(clean(rows).paragraphs).toEqual([P1, 'A busy winter', P2, P3, P1]);
  });
});

describe('Function: cleanBody (a headline list inside the text)', () => {
  it('drops a "Top Stories" list the article goes on under, for paragraphs', () => {
    const rows = [P1, '', 'Top Stories', 'Related: Port authority opens new grain terminal', 'Ferry fares to rise in spring', '', P2, '', P3, '', P1];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3, P1]);
  });

  it('drops a "Trending" row of tags inside the text, with the article going on for one paragraph under it', () => {
    const rows = [P1, '', 'Trending', '#Ferries   #Budget2024   #HarbourWorks', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3]);
  });

  it('still ends the text at a "Top Stories" list with one paragraph of furniture under it', () => {
    const rows = [P1, '', P2, '', 'Top Stories', 'Port authority opens new grain terminal', 'Ferry fares to rise in spring', '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2]);
  });
});

describe('Function: cleanBody (the publication date under the text)', () => {
  it('reads "Veröffentlicht am 19.02.2023 in …" under the last paragraph', () => {
    expect(cleanBody(toLines([P1, '', P2, '', 'Veröffentlicht am 19.02.2023 in Basteleien · Tags: sensoren'].join('\n'))).publishedAt).toBe('2023-02-19');
  });

  it('finds none without such a line', () => {
    expect(cleanBody(toLines([P1, '', P2].join('\n'))).publishedAt).toBeNull();
  });
});

describe('Function: cleanBody (a bare date under the last paragraph)', () => {
  it('reads "17/03/2021 - 11:45" right under the text as its date', () => {
    expect(cleanBody(toLines([P1, '', P2, '', '17/03/2021 - 11:45', '', 'Share this article:  Facebook   Twitter'].join('\n'))).publishedAt).toBe('2021-03-17T11:45:00');
  });
});

describe('Function: cleanBody (a summary box before the text)', () => {
  it('drops "Summary" and its bulleted points at the top of the text', () => {
    const rows = ['Summary', '• Growers lost half the crop.', '• Pesticides are on the way.', '', P1, '', P2];

    expect(clean(rows).paragraphs).toEqual([P1, P2]);
  });

  it('keeps a report\'s "Summary" section written in paragraphs', () => {
    const rows = ['Summary', P1, '', P2];

    expect(clean(rows).paragraphs).toEqual(['Summary', P1, P2]);
  });
});

describe('Function: cleanBody (a name after an initial signing the story)', () => {
  it('reads "Ts.Khulan" under the last paragraph as the author and drops it from the text', () => {
    const result = cleanBody(toLines([P1, '', P2, '', 'Ts.Khulan'].join('\n')));

    expect([result.bylines.map((b) => b.authors), result.lines.map((l) => l.text)]).toEqual([[['Ts.Khulan']], [P1, P2]]);
  });
});

describe('Function: cleanBody (a newsletter box with one line of pitch)', () => {
  it('drops the pitch under "Sign up for …" and keeps the article’s paragraph that follows it, quotes and all', () => {
    const quoted = 'Advocates said the change was overdue. "Detectors are only as good as the people behind them," said a former inspector who now consults for unions.';
    const rows = [P1, '', 'Sign up for the Morning Commute newsletter', '', 'Traffic and transit, every weekday morning.', '', quoted, '', 'Advertisement', '', P2];

    expect(clean(rows).paragraphs).toEqual([P1, quoted, P2]);
  });
});

describe('Function: cleanBody (a "READ MORE ON …" box inside the text)', () => {
  it('drops the label and the shouted-kicker headlines under it, and keeps the subheading that follows', () => {
    const rows = [P1, '', 'READ MORE ON STORM ISOLDE', '', 'BLACKOUT Thousands of homes without power as the storm batters the coast', '', 'FLY AWAY Garden trampoline soars over rooftops', '', 'Clean-up begins', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, 'Clean-up begins', P2, P3]);
  });
});

describe('Function: cleanBody (a caption over a company\'s copyright credit)', () => {
  it('reads "© Akkuyu Nükleer A.Ş." under a short line inside the text as the credit of that line, a caption', () => {
    const result = clean([P1, '', 'Technicians inspect fuel assemblies at the fresh fuel storage facility', '© Akkuyu Nükleer A.Ş.', '', P2, '', P3]);

    expect([result.paragraphs, result.captions]).toEqual([[P1, P2, P3], ['Technicians inspect fuel assemblies at the fresh fuel storage facility']]);
  });
});

describe('Function: cleanBody (a related-articles carousel inside the text)', () => {
  it('drops the label, its "Previous" / "1" / "Next" buttons, the headlines cut short with "..." and the share buttons, and keeps the text after it', () => {
    const rows = [P1, '', 'RELATED ARTICLES', 'Previous', '1', 'Next', 'Pensioner\'s garden windmill saved after village rallies...', 'Family told to remove \'eyesore\' shed in row over one inch...', 'Share this article', 'Share', '', P2, '', P3];

    expect(clean(rows).paragraphs).toEqual([P1, P2, P3]);
  });
});

describe('Function: cleanBody (a blog theme\'s entry footer)', () => {
  it('drops "This entry was posted by … on … and is filed under …" and reads its author and time', () => {
    const result = cleanBody(toLines([P1, '', P2, '', 'This entry was posted by Dilya Rahim on Thursday, April 20th, 2023 at 7:52 am and is filed under Water. You can follow any responses to this entry through the RSS 2.0 feed.'].join('\n')));

    expect([result.lines.map((l) => l.text), result.bylines]).toEqual([[P1, P2], [{ authors: ['Dilya Rahim'], publishedAt: '2023-04-20T07:52:00', time: '07:52:00' }]]);
  });
});

describe('Function: cleanBody (a caption over its credit line, a bare signature)', () => {
  it('takes a short line directly over "(Pic by …)" as the picture\'s caption', () => {
    // Act
    const { paragraphs, captions } = clean(['Vehicles queue at a filling station on Tuesday evening.', '(Pic by Kasun Perera)', '', P1, '', P2]);

    // Assess: the credit line goes with it (the pipeline keeps credits alone out of the captions)
    expect([paragraphs, captions[0]]).toEqual([[P1, P2], 'Vehicles queue at a filling station on Tuesday evening.']);
  });

  it('takes a short line over a "© Owner" credit as a caption when the text goes on under it, not at the end', () => {
    // Act
    const inside = clean([P1, '', 'Grapes waiting at a collection point', '© Valley Post', '', 'Prices and exports', '', P2]);
    const atEnd = clean([P1, '', 'The hearing continues on Monday.', '© Valley Post']);

    // Assess
    expect([inside.paragraphs, inside.captions]).toEqual([[P1, 'Prices and exports', P2], ['Grapes waiting at a collection point']]);
    expect([atEnd.paragraphs, atEnd.captions]).toEqual([[P1, 'The hearing continues on Monday.'], []]);
  });

  it('takes the captions of a slideshow after the last paragraph', () => {
    // Act
    const { paragraphs, captions } = clean([P1, '', P2, '', 'PHOTO GALLERY', '[Image: A cane truck queues at the mill gate.]', 'Picture: Jo Tui', '[Image: Cane waits beside the road.]', 'Picture: Jo Tui']);

    // Assess
    expect([paragraphs, captions]).toEqual([[P1, P2], ['A cane truck queues at the mill gate.', 'Cane waits beside the road.']]);
  });

  it('cuts a wire\'s "AGENCY/(AS - autor: Name, editor: …)" credit off the last paragraph and reads its author', () => {
    // Act
    const result = cleanBody(toLines([P1, '', `${P2} AGERPRES/(AS - autor: Mihaela Toma, editor: Andreea Rusu, editor online: Gabriela Badea)`].join('\n')));

    // Assess
    expect([result.lines.map((l) => l.text), result.bylines.map((b) => b.authors)]).toEqual([[P1, P2], [['Mihaela Toma']]]);
  });

  it('reads a theme\'s post footer ("Veröffentlicht am …" / "von Name") past the related posts, before an author box', () => {
    // Act
    const result = cleanBody(toLines([P1, '', P2, '', 'Ähnliche Beiträge', 'Hallenbad schließt im Sommer', '21. März 2023', '', 'Veröffentlicht am 14.09.2023 07:45', 'von Jonas Riedel', '', 'Jonas Riedel schreibt seit 2019 für den Lahntal-Boten über Stadtpolitik und alles, was im Rathaus passiert.'].join('\n')));

    // Assess
    expect([result.lines.map((l) => l.text), result.bylines]).toEqual([[P1, P2], [{ authors: ['Jonas Riedel'], publishedAt: '2023-09-14T07:45:00', time: null }]]);
  });

  it('takes a line over "Photo by …" / "Photo courtesy of …" for a caption, and drops the credit', () => {
    expect(clean([P1, '', 'MOORED. A ferry waits at the quay during the strike.', 'Handout photo from the Port Authority', '', P2]).captions).toEqual(['MOORED. A ferry waits at the quay during the strike.']);
    expect(clean([P1, '', 'Seed envelopes from the 1978 collection, still in their first labels.', 'Photo courtesy of the Herbarium', '', P2])).toEqual({
      paragraphs: [P1, P2],
      captions: ['Seed envelopes from the 1978 collection, still in their first labels.'],
    });
  });

  it('keeps a paragraph whose next line is text, not a credit', () => {
    expect(clean([P1, P2])).toEqual({ paragraphs: [P1, P2], captions: [] });
  });

  it('reads a full name alone under the last paragraph as the author signing off', () => {
    // Act
    const body = cleanBody(toLines([P1, '', P2, '', 'Jelena Marković'].join('\n')));

    // Assess
    expect([toParagraphs(body.lines), body.bylines.map((b) => b.authors)]).toEqual([[P1, P2], [['Jelena Marković']]]);
  });

  it('reads a name alone under the last paragraph as its signature over the story\'s tags and links, but not a name heading a block of tags', () => {
    const signed = cleanBody(toLines([P1, '', P2, '', 'Thanh Hằng', '', 'Zalo', 'Xe buýt điện', 'Đà Nẵng', 'giao thông công cộng'].join('\n')));
    const tagged = cleanBody(toLines([P1, '', P2, '', 'Caspian Sea', 'Sturgeon', 'Gilan', 'Environment'].join('\n')));

    expect([signed.bylines.map((b) => b.authors), tagged.bylines.map((b) => b.authors)]).toEqual([[['Thanh Hằng']], []]);
  });

  it('keeps a closing sentence whose opening words read as a name as text, no signature ("Large of for yachts …" is no "Large of" writing for yachts)', () => {
    const last = 'Large of for yachts visitors winter marina workers to over new marina marina river board few fees raised.';
    const body = cleanBody(toLines([P1, '', P2, '', last].join('\n')));

    expect([toParagraphs(body.lines), body.bylines]).toEqual([[P1, P2, last], []]);
  });

  it('reads the signature above a picture set after the text, its credit printed over its caption', () => {
    // Act
    const body = cleanBody(toLines([P1, '', P2, '', 'D.Tsetseg', '', 'Photo: Ministry of Energy', '', 'The minister and the delegation at the signing ceremony', '', 'Views: 1 024'].join('\n')));

    // Assess
    expect([toParagraphs(body.lines), body.bylines.map((b) => b.authors), body.captions]).toEqual([[P1, P2], [['D.Tsetseg']], ['The minister and the delegation at the signing ceremony']]);
  });

  it('reads names set apart by a dash under the last paragraph as the authors, above a share bar and a link back to the section', () => {
    // Act
    const body = cleanBody(toLines([P1, '', P2, '', 'Minh Khoa - Thu Trang', '', 'Chia sẻ   Facebook   Zalo   Sao chép liên kết', 'Trở lại Kinh doanh'].join('\n')));

    // Assess
    expect([toParagraphs(body.lines), body.bylines.map((b) => b.authors)]).toEqual([[P1, P2], [['Minh Khoa', 'Thu Trang']]]);
  });

  it('ends the text at a wire\'s "End Item" mark without taking it for a name', () => {
    // Act
    const body = cleanBody(toLines([P1, '', P2, '', 'End Item', '', 'Tags'].join('\n')));

    // Assess
    expect([toParagraphs(body.lines), body.bylines]).toEqual([[P1, P2], []]);
  });
});

describe('Function: cleanBody (a caption printed over and under its credit)', () => {
  it('keeps the caption once and drops the credit and the copy', () => {
    const caption = 'Parents fill the board room at the district office on Monday afternoon.';

    expect(clean([caption, 'Dana Pulver / Valley Ledger', caption, '', P1, '', P2])).toEqual({ paragraphs: [P1, P2], captions: [caption] });
  });

  it('leaves a credit printed under two pictures alone', () => {
    const credit = 'Picture: JOSAIA TUILAU';
    const { captions } = clean([P1, '', 'Cane waits beside the road.', credit, 'A truck queues at the gate.', credit]);

    expect(captions).not.toContain(credit);
  });
});

describe('Function: cleanBody (an id among the links under the text)', () => {
  it('reads "Article ID: 23918447 | Print | Report an error" as the source id and drops the line', () => {
    const body = cleanBody(toLines([P1, '', P2, '', 'Article ID: 23918447 | Print | Report an error'].join('\n')));

    expect([body.sourceId, toParagraphs(body.lines)]).toEqual(['23918447', [P1, P2]]);
  });
});

describe('Function: cleanBody (an id beside a view counter)', () => {
  it.each(['ન્યૂઝ આઈડી: 118452', 'Kòd atik: 118452', 'Press Note No. 118452', 'Notice # 118452', 'Habar belgisi: 118452', 'خەۋەر نومۇرى: 118452'])('reads "%s" as the source id', (line) => {
    expect(cleanBody(toLines([P1, '', line].join('\n'))).sourceId).toBe('118452');
  });

  it('reads "News ID: 118245 | Views: 1 024" as the source id', () => {
    expect(cleanBody(toLines([P1, '', 'News ID: 118245   |   Views: 1 024'].join('\n'))).sourceId).toBe('118245');
  });
});

describe('Function: cleanBody (a theme\'s entry footer under the share buttons)', () => {
  it('reads "This entry was posted in … on March 3, 2013 by Ruth Cawley." as the byline and date', () => {
    const body = cleanBody(toLines([P1, '', P2, '', 'Share this:', 'Twitter', '', 'This entry was posted in Family and tagged buttons on March 3, 2013 by Ruth Cawley. Bookmark the permalink.'].join('\n')));

    expect(body.bylines).toContainEqual(expect.objectContaining({ authors: ['Ruth Cawley'], publishedAt: '2013-03-03' }));
  });
});

describe('Function: cleanBody (a "More Coverage" box inside the text)', () => {
  it('drops the label and its headlines, and keeps the text under them', () => {
    expect(clean([P1, '', 'More Coverage', 'Storm closes 14 beach access tracks', 'Creek mouth reopened after sand build-up', '', P2, '', P3, '', P1]).paragraphs).toEqual([P1, P2, P3, P1]);
  });

  it('cuts at "Read more" over a list of headlines even when a comment policy\'s sentences follow the thread\'s heading', () => {
    // Prepare
    const rows = [P1, '', P2, '', 'Read more', 'Sennar farmers miss planting season for second year', 'Port Sudan: teachers strike over unpaid salaries', '', '18 Comments', '', 'Please keep discussions respectful and on topic. Hate speech will be removed.'];

    // Act
    const { paragraphs } = clean(rows);

    // Assess
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('reads the article id from the footer, beside a category label or under a box that ended the text', () => {
    // Act
    const labelled = cleanBody(toLines([P1, '', 'Article No. 44812 | Category: Business', '', 'Share this article: Facebook Twitter'].join('\n')));
    const underBox = cleanBody(toLines([P1, '', 'External Links', 'Governor\'s Office: Press release on land handover', '', 'Article ID: 41592 | Printable version | Email this article'].join('\n')));

    // Assess
    expect([labelled.sourceId, underBox.sourceId, toParagraphs(underBox.lines)]).toEqual(['44812', '41592', [P1]]);
  });

  it('keeps the captions of a gallery after the text, each with its credit on the line', () => {
    // Act
    const { paragraphs, captions } = clean([P1, '', P2, '', 'Photo gallery', '', 'Drawings of the planned lanes at the regulator\'s offices. Photo: Olivier Mugwiza / The Chronicle', '', 'Tags: Transport, Buses']);

    // Assess
    expect([paragraphs, captions]).toEqual([[P1, P2], ['Drawings of the planned lanes at the regulator\'s offices. Photo: Olivier Mugwiza / The Chronicle']]);
  });
});

describe('Function: cleanBody (article ids under the text, session 24)', () => {
  it.each([
    [["Identifiant de l'article", '', '20417'], '20417'],
    [['Article ID: 73150 · Filed under: Science · Cities'], '73150'],
  ])('takes %j under the text as the source id, not as text', (rows, id) => {
    const body = cleanBody(toLines([P1, '', P2, '', ...rows].join('\n')));

    expect([toParagraphs(body.lines), body.sourceId]).toEqual([[P1, P2], id]);
  });
});
