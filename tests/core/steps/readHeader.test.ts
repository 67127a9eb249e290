import { toLines } from '#core/lines';
import { DEFAULT_SETTINGS } from '#core/settings';
import { listedCategories, readHeader } from '#core/steps/readHeader';

const header = (...rows: string[]): ReturnType<typeof readHeader> => readHeader(toLines(rows.join('\n')), DEFAULT_SETTINGS.maxHeaderLineLength);

describe('Function: readHeader', () => {
  it('takes the first text line as the title', () => {
    // Act
    const result = header('Harbour tolls rise for visiting yachts');

    // Assess
    expect(result).toEqual({ title: 'Harbour tolls rise for visiting yachts', subtitle: null, captions: [], authors: [], publishedAt: null, updatedAt: null, sourceId: null, dateline: null });
  });

  it('reads a bare name over the outlet over the date as the byline', () => {
    // Act
    const result = header('Password manager says attackers copied encrypted backups', 'Priya Natarajan', 'TechLedger', 'Published 11:05 a.m. ET Sept. 4, 2023');

    // Assess
    expect([result.title, result.authors, result.publishedAt, result.captions]).toEqual([
      'Password manager says attackers copied encrypted backups',
      ['Priya Natarajan'],
      '2023-09-04T11:05:00-04:00',
      [],
    ]);
  });

  it('reads "Interview by" as a byline and leaves a release wire\'s sender out of the captions', () => {
    // Act
    const interview = header('Interview', '‘I wrote the novel on the night bus’: Ottoline Vance on her debut', 'The bus driver talks about shift work and dialect', 'Interview by Samir Quayle', 'Sat 2 Mar 2024 08.00 GMT');
    const release = header('Halvorsen Batteries to open a cell plant in Greyford', 'New facility will supply grid-storage cells', 'News provided by', 'Halvorsen Batteries Inc.', 'Feb 06, 2024, 08:00 ET');

    // Assess
    expect([interview.title, interview.authors, interview.subtitle]).toEqual([
      '‘I wrote the novel on the night bus’: Ottoline Vance on her debut',
      ['Samir Quayle'],
      'The bus driver talks about shift work and dialect',
    ]);
    expect([release.subtitle, release.captions, release.authors, release.publishedAt]).toEqual(['New facility will supply grid-storage cells', [], [], '2024-02-06T08:00:00-05:00']);
  });

  it('reads two bare names over a date as two authors, and a labelled update line as no caption', () => {
    // Act
    const result = header('Scheur in dijk bij Zevenhoven', 'Sanne de Wilde en Bram Kuipers', '28-01-24, 22:47', 'Laatste update: 29-01-24, 07:15', 'Deel dit artikel');

    // Assess
    expect([result.authors, result.publishedAt, result.captions]).toEqual([['Sanne de Wilde', 'Bram Kuipers'], '2024-01-28T22:47:00', []]);
  });

  it('takes "Laatst bijgewerkt: …" under the date for the update, no caption', () => {
    // Act
    const result = header('Veerpont vaart niet meer door de week', 'Door Sanne de Wilde', 'donderdag 13 juni 2024, 18.02 uur', 'Laatst bijgewerkt: vrijdag 14 juni 2024, 11.47 uur', 'Deel dit artikel');

    // Assess
    expect(result.captions).toEqual([]);
  });

  it('reads "Code : 3912" above the title as the source id, not the title', () => {
    // Act
    const result = header('Code : 3912', '', 'Harbour tolls rise for visiting yachts');

    // Assess
    expect(result.sourceId).toBe('3912');
    expect(result.title).toBe('Harbour tolls rise for visiting yachts');
  });

  it.each([
    ['Reference: HB-2024-031', 'HB-2024-031'],
    ['Item ID: 5520917', '5520917'],
    ['ID članka: 1328450', '1328450'],
    ['Artikel-Nr.: 31247', '31247'],
    ['Nachrichten-Code : 61477', '61477'],
  ])('reads "%s" under the date as the source id, so the headline over the date keeps its metadata', (label, id) => {
    // Act
    const result = header('Press release', '', 'Harbour tolls rise for visiting yachts', '', 'Published: 4 March 2024', label);

    // Assess
    expect([result.sourceId, result.title, result.publishedAt]).toEqual([id, 'Harbour tolls rise for visiting yachts', '2024-03-04']);
  });

  it('reads "Story Code: 71893" under the deck as the source id, so the headline over the deck stays the title', () => {
    // Act
    const result = header('Ports', 'Harbour tolls rise for visiting yachts', 'Owners of the larger boats say they will sail on to cheaper moorings', 'Story Code: 71893', 'Harbour Post 14 March 2024 11:20');

    // Assess
    expect([result.sourceId, result.title, result.subtitle]).toEqual(['71893', 'Harbour tolls rise for visiting yachts', 'Owners of the larger boats say they will sail on to cheaper moorings']);
  });

  it('takes the post\'s category list above the headline for no title when the page lists the same categories under the text', () => {
    // Act
    const result = readHeader(
      toLines(['Beskidy, Relacje z wypraw', '', 'Zimowe wejście na Skrzyczne od strony Lipowej', '', 'Opublikowano 14 stycznia 2024 przez Katarzyna Wróblewska'].join('\n')),
      DEFAULT_SETTINGS.maxHeaderLineLength,
      new Set(),
      listedCategories(toLines('Kategorie: Beskidy, Relacje z wypraw Tagi: zima, raczki')),
    );

    // Assess
    expect([result.title, result.subtitle, result.authors]).toEqual(['Zimowe wejście na Skrzyczne od strony Lipowej', null, ['Katarzyna Wróblewska']]);
  });

  it('takes a breadcrumb that ends in the headline for navigation, and "Article #113457" for the source id', () => {
    // Act
    const result = header('You are here: Home / Dzongkhags / Solar fencing cuts wild boar damage in Punakha paddies', '', 'Solar fencing cuts wild boar damage in Punakha paddies', 'Article #113457', 'By Tashi Dorji');

    // Assess
    expect([result.title, result.subtitle, result.sourceId]).toEqual(['Solar fencing cuts wild boar damage in Punakha paddies', null, '113457']);
  });

  it('passes over the section\'s label set between the deck and the byline, in a spaced script and in Thai', () => {
    // Act
    const latin = header('Harbour tolls rise for visiting yachts', '', 'Owners of the larger boats say they will sail on to cheaper moorings', '', 'Regional', 'By Petra Holm', '4 June 2021');
    const thai = header('ชาวสวนทุเรียนจันทบุรีผวา ช้างป่าบุกกินผลผลิตก่อนตัดขาย 3 คืนติด', '', 'เกษตรกรรวมตัวขอ อบต.ตั้งจุดเฝ้าระวัง', '', 'ภูมิภาค', 'ผู้เขียน: สมพงษ์ แก้วประเสริฐ', '17 พ.ค. 2567 - 10:15 น.');

    // Assess
    expect([latin.title, latin.subtitle]).toEqual(['Harbour tolls rise for visiting yachts', 'Owners of the larger boats say they will sail on to cheaper moorings']);
    expect([thai.title, thai.authors]).toEqual(['ชาวสวนทุเรียนจันทบุรีผวา ช้างป่าบุกกินผลผลิตก่อนตัดขาย 3 คืนติด', ['สมพงษ์ แก้วประเสริฐ']]);
  });

  it('dates the story from a meta row that names no author ("12 August 2024 · Season 6 · 58 min")', () => {
    // Act
    const result = header('Ep. 147 — The Hedgerow Comeback', '', '12 August 2024 · Season 6 · 58 min');

    // Assess
    expect([result.title, result.authors, result.publishedAt]).toEqual(['Ep. 147 — The Hedgerow Comeback', [], '2024-08-12']);
  });

  it('reads "Article No. 48213" between the deck and the date as the source id (a number label needs no colon)', () => {
    // Act
    const result = header('Grain quota raised at the port', '', 'Rail and port agree a plan to clear the backlog before spring', '', 'Article No. 48213', '12 March 2024, 10:47');

    // Assess
    expect([result.sourceId, result.title, result.subtitle, result.publishedAt]).toEqual(['48213', 'Grain quota raised at the port', 'Rail and port agree a plan to clear the backlog before spring', '2024-03-12T10:47:00']);
  });

  it('passes over a rates ticker and takes a name under the date as the byline, with a section label between id and date', () => {
    // Act
    const result = header('USD 3,398.50 | EUR 3,671.20 | CNY 470.15 | RUB 36.83', '', 'Code : 6417', 'Society', '2024-03-21 14:05', 'B.Oyunchimeg', '', 'Winter losses pass four million head as convoys struggle');

    // Assess
    expect([result.title, result.authors, result.publishedAt, result.sourceId]).toEqual(['Winter losses pass four million head as convoys struggle', ['B.Oyunchimeg'], '2024-03-21T14:05:00', '6417']);
  });

  it('takes no byline from a menu\'s last two items over a blog\'s date header', () => {
    // Act
    const result = header('Capitol Notebook', '', 'Home', 'About', 'Bill Tracker', 'Contact', '', 'Tuesday, March 19, 2024', '', 'Rental tax clears Senate committee 5-2');

    // Assess
    expect([result.title, result.authors, result.publishedAt]).toEqual(['Rental tax clears Senate committee 5-2', [], '2024-03-19']);
  });

  it('takes the agency under the title as the byline (no person), not the masthead over the page\'s date; a label and a time alone is no deck', () => {
    // Act
    const result = header('Heraldo del Ebro', 'Martes, 5 de marzo de 2024', '', 'MOVILIDAD', '', 'El tranvía alargará su horario hasta las 2.30', '', 'Europa Press', '5 de marzo de 2024, 14:20', 'Actualitzat a les 16:02 h');

    // Assess
    expect([result.title, result.authors, result.publishedAt, result.subtitle, result.captions]).toEqual(['El tranvía alargará su horario hasta las 2.30', [], '2024-03-05T14:20:00', null, []]);
  });

  it('passes over the masthead over the page\'s date and its menu, and reads "Data publicării:" under the title', () => {
    // Act
    const result = header('AGERPRES - Agenţia Naţională de Presă', 'Marţi, 11 Februarie 2025', 'RO | EN', 'Acasă   Actualitate   Politică   Economie', '', 'Acasă / Economie', '', 'Fermierii afectaţi de secetă vor primi despăgubiri', '', 'Data publicării: 11-02-2025 11:37', 'Data actualizare: 11-02-2025 12:10', '', 'Mărime text: A-  A+');

    // Assess
    expect([result.title, result.publishedAt, result.subtitle, result.captions]).toEqual(['Fermierii afectaţi de secetă vor primi despăgubiri', '2025-02-11T11:37:00', null, []]);
  });

  it('reads "Bakı, 5 mart, AZƏRTAC" alone under the share bar as the dateline, and a Vietnamese weekday before the date as no author', () => {
    // Act
    const result = header('Thứ Năm, 16/1/2025', '', 'Novruz yarmarkası açılıb', '', 'Paylaş   Facebook   X   Telegram', '', 'Bakı, 5 mart, AZƏRTAC');

    // Assess
    expect([result.title, result.authors, result.dateline, result.captions]).toEqual(['Novruz yarmarkası açılıb', [], { locations: ['Bakı'], agency: 'AZƏRTAC' }, []]);
  });

  it('keeps a headline naming a temperature, and takes a post\'s meta row and a contents list set apart by blank lines as no deck or captions', () => {
    // Act
    const result = header('Why my weather station reported −31 °C in a mild January', '', 'A cheap sensor and three weeks of wrong data.', '', 'January 28, 2024 · 5 min · Tomas Lindqvist | Suggest Changes', '', 'Table of Contents', '', 'The symptom', '', 'Why the checks didn’t catch it', '', 'What I have changed');

    // Assess
    expect([result.title, result.subtitle, result.captions]).toEqual(['Why my weather station reported −31 °C in a mild January', 'A cheap sensor and three weeks of wrong data.', []]);
  });

  it('reads each author of bylines printed as blocks of name and role, and "Ref: BE-2024-0917" as the source id', () => {
    // Act
    const result = header('Warehouse delays squeeze cashew farmers', '', 'Neema Mwakalinga', 'Senior Business Reporter', '', 'Baraka Lyimo', 'Correspondent, Mtwara', '', 'Tuesday March 12 2024', '', 'Ref: BE-2024-0917');

    // Assess
    expect([result.authors, result.sourceId, result.publishedAt]).toEqual([['Neema Mwakalinga', 'Baraka Lyimo'], 'BE-2024-0917', '2024-03-12']);
  });

  it.each([
    ['Show HN: Tideline – a self-hosted tide server (github.com/quillfeather)', 'Show HN: Tideline – a self-hosted tide server'],
    ["Municipal Fiber Network Outlasts Incumbent's Upgrade (cascadeledger.com) 87", "Municipal Fiber Network Outlasts Incumbent's Upgrade"],
  ])('takes the linked site a link board prints after the title off it: "%s"', (title, expected) => {
    expect(header(title, '142 points by quillfeather 3 hours ago').title).toBe(expected);
  });

  it('reads a Japanese wire page\'s agency line and comment count under the date as no captions', () => {
    const result = header('北京の日本料理店、5年で3割減 円安と駐在員減少が直撃', '2024年3月5日 14時32分 配信', '共同通信', 'コメント 9件');

    expect([result.title, result.captions, result.subtitle, result.publishedAt]).toEqual(['北京の日本料理店、5年で3割減 円安と駐在員減少が直撃', [], null, '2024-03-05T14:32:00']);
  });

  it('reads "Release No. 0061.24" as the source id, dots inside the number and all', () => {
    expect(header('Release No. 0061.24', 'Contact: USDA Press', 'USDA Helps Rural Water Systems Replace Lead Service Lines').sourceId).toBe('0061.24');
  });

  it('reads "News Release No. 2024-117" as the source id, and no author from the menu\'s "Contact Us" over it', () => {
    const read = header('Newsroom', 'Contact Us', '', 'News Release No. 2024-117', 'Released: Wednesday, June 12, 2024', '', 'City opens four cooling centres as heat advisory is extended');

    expect([read.sourceId, read.authors]).toEqual(['2024-117', []]);
  });

  it('reads "IANS, New Delhi" under the headline as the agency\'s credit: no author and no title', () => {
    const result = header('Wheat procurement target raised by a million tonnes', '', 'IANS, New Delhi', 'Tue, 02 Apr 2024 04:30 PM');

    expect([result.title, result.authors, result.captions, result.subtitle]).toEqual(['Wheat procurement target raised by a million tonnes', [], [], null]);
  });

  it('takes a newsroom role set apart under the name ("Environment correspondent, BBC West") for the byline\'s, not a caption', () => {
    const result = header('Flood barrier plan shelved as costs triple', '', '14 March 2024', '', 'Harriet Okonjo', '', 'Environment correspondent, BBC West');

    expect([result.authors, result.captions, result.subtitle]).toEqual([['Harriet Okonjo'], [], null]);
  });

  it('reads every name listed one to a line under "By" alone on its line', () => {
    const result = header('Battery recycler raises $48 million', '', 'By', '', 'Tomasz Reyna', '', 'Hallie Brand', '', 'Ines Ferro', '', 'March 4, 2024');

    expect([result.authors, result.publishedAt]).toEqual([['Tomasz Reyna', 'Hallie Brand', 'Ines Ferro'], '2024-03-04']);
  });

  it('reads each author of name-and-address blocks: a name over the address to write to is a byline', () => {
    const result = header('Three village libraries may close', '', 'Karin Sjöström', 'karin.sjostrom@example.se', 'Johan Ek', 'johan.ek@example.se', 'Publicerad 14 mars 2024 kl. 06.30');

    expect([result.authors, result.captions, result.subtitle]).toEqual([['Karin Sjöström', 'Johan Ek'], [], null]);
  });

  it('reads each author of name-and-role blocks stacked without a blank line between them', () => {
    const result = header('Rockfall risk: 600 residents may be cut off for weeks', '', 'Ingrid Solberg Haugen', 'Journalist', 'Even Myklebust', 'Journalist', 'Publisert 20. februar 2024 kl. 13:05');

    expect([result.authors, result.captions]).toEqual([['Ingrid Solberg Haugen', 'Even Myklebust'], []]);
  });

  it('reads "Raksta ID:" as the source id and "Zadnja posodobitev:" as an update, neither a caption', () => {
    // Act
    const result = header('Akmens tilts tiks slēgts', '', 'Raksta ID: 14291837', '5. marts 2024 14:20', 'Zadnja posodobitev: 5. 3. 2024, 17:45');

    // Assess
    expect([result.sourceId, result.captions, result.publishedAt]).toEqual(['14291837', [], '2024-03-05T14:20:00']);
  });

  it('skips a site menu above the title', () => {
    // Act
    const result = header('Home', 'World', 'Business', 'Sport', 'Contact', '', 'Harbour tolls rise for visiting yachts');

    // Assess
    expect(result.title).toBe('Harbour tolls rise for visiting yachts');
    expect(result.subtitle).toBeNull();
  });

  it('skips a breadcrumb trail above the title', () => {
    // Act
    const result = header('Home > Regions > Coast', 'Harbour tolls rise for visiting yachts');

    // Assess
    expect(result.title).toBe('Harbour tolls rise for visiting yachts');
  });

  it('reads the byline and the date line', () => {
    // Act
    const result = header('Harbour tolls rise for visiting yachts', 'By Petra Holm and Idris Kane', 'Saturday 10 March 2012 13:11');

    // Assess
    expect(result.authors).toEqual(['Petra Holm', 'Idris Kane']);
    expect(result.publishedAt).toBe('2012-03-10T13:11:00');
    expect(result.subtitle).toBeNull();
    expect(result.captions).toEqual([]);
  });

  it('takes a deck line under the title as the subtitle', () => {
    // Act
    const result = header('Harbour tolls rise for visiting yachts', 'Board says pontoons need replacing', 'By Petra Holm');

    // Assess
    expect(result.title).toBe('Harbour tolls rise for visiting yachts');
    expect(result.subtitle).toBe('Board says pontoons need replacing');
  });

  it('reads a "(Photo: X)" line as a caption', () => {
    // Act
    const result = header('Harbour tolls rise for visiting yachts', 'Yachts at the east pontoon. (Photo: Lena Fisk)');

    // Assess
    expect(result.captions).toEqual(['Yachts at the east pontoon. (Photo: Lena Fisk)']);
    expect(result.subtitle).toBeNull();
  });

  it('keeps a caption repeated three times once', () => {
    // Prepare
    const caption = 'The new fuel berth under construction. (Photo: AFP)';

    // Act
    const result = header('Harbour tolls rise for visiting yachts', caption, caption, caption);

    // Assess
    expect(result.captions).toEqual([caption]);
  });

  it('takes the first short line under the title as the subtitle and the rest as captions', () => {
    // Act
    const result = header(
      'Harbour tolls rise for visiting yachts',
      'Board says pontoons need replacing',
      'The east pontoon at low tide',
      'The fuel berth seen from the harbour wall',
    );

    // Assess
    expect(result.subtitle).toBe('Board says pontoons need replacing');
    expect(result.captions).toEqual(['The east pontoon at low tide', 'The fuel berth seen from the harbour wall']);
  });

  it('drops a " | Site" suffix from the title', () => {
    // Act
    const result = header('Harbour tolls rise for visiting yachts | Coast Post');

    // Assess
    expect(result.title).toBe('Harbour tolls rise for visiting yachts');
  });

  it('does not take a repeat of the title as subtitle or caption', () => {
    // Act
    const result = header('Harbour tolls rise', 'Harbour tolls rise');

    // Assess
    expect(result.subtitle).toBeNull();
    expect(result.captions).toEqual([]);
  });

  it('returns nulls and empty lists for no lines', () => {
    // Act
    const result = header();

    // Assess
    expect(result).toEqual({ title: null, subtitle: null, captions: [], authors: [], publishedAt: null, updatedAt: null, sourceId: null, dateline: null });
  });

  it('takes a long title-cased headline under the date for the title, not for two names with an affiliation', () => {
    // Act
    const result = header('News Flash', '', 'Posted on: March 4, 2025', '', 'Sewer Lining and Road Resurfacing Planned for Mill Lane Area');

    // Assess
    expect([result.title, result.authors]).toEqual(['Sewer Lining and Road Resurfacing Planned for Mill Lane Area', []]);
  });

  it('takes a department over the date for no author', () => {
    // Act
    const result = header('Public Works', '', 'Posted on: March 4, 2025', '', 'Sewer lining planned for the Mill Lane area this spring');

    // Assess
    expect(result.authors).toEqual([]);
  });

  it('takes "Name in Place" over a date line as the author Name', () => {
    // Act
    const result = header('Kelp farmers hope seaweed can replace lost fishing income', 'Ciara Lennon in Ballycastle', 'Sun 3 Mar 2024 14.12 GMT');

    // Assess
    expect(result.authors).toEqual(['Ciara Lennon']);
  });

  it('never takes a "Posted by" line for the title, and reads a "u/" handle as the author', () => {
    // Act
    const result = header('r/cycling', 'Posted by u/tramfan_88', '2 yr. ago', 'City approves protected bike lanes on Harbour Street');

    // Assess
    expect(result.title).toBe('City approves protected bike lanes on Harbour Street');
    expect(result.authors).toEqual(['tramfan_88']);
  });

  it('reads a bare name over the outlet it writes for as the byline, and the outlet as neither deck nor caption', () => {
    // Act
    const result = header('Coastal town votes to keep its last public toilets open', '4 hours ago', 'Maria Kettering', 'BBC News, Northshire');

    // Assess
    expect(result).toEqual(expect.objectContaining({ authors: ['Maria Kettering'], subtitle: null, captions: [] }));
  });

  it('takes "Reporting from Place" for byline furniture, never the headline', () => {
    // Act
    const result = header('Tiny beetles are eating the oldest oaks in the valley', 'By Tomas Albrecht', 'Reporting from Greywater Valley', 'Published June 4, 2023');

    // Assess
    expect(result).toEqual(expect.objectContaining({ title: 'Tiny beetles are eating the oldest oaks in the valley', authors: ['Tomas Albrecht'], captions: [] }));
  });

  it('takes a one-word label under the headline ("News", a post flair) for neither deck nor caption', () => {
    // Act
    const result = header('Ferry timetable cut to four sailings a day', 'News', 'Operator blames the refit of its second vessel');

    // Assess
    expect(result.subtitle).toBe('Operator blames the refit of its second vessel');
    expect(result.captions).toEqual([]);
  });

  it('takes a two-word label ("Key events") for no caption, but keeps a longer line', () => {
    // Act
    const result = header('Storm Isolde live: ferries cancelled as gusts reach 90mph', 'Key events', 'Waves break over the harbour wall at dawn');

    // Assess
    expect(result.subtitle).toBe('Waves break over the harbour wall at dawn');
    expect(result.captions).toEqual([]);
  });

  it('keeps a deck in a script written without spaces', () => {
    expect(header('港口渡轮时刻表调整', '运营商表示第二艘船正在维修').subtitle).toBe('运营商表示第二艘船正在维修');
  });

  it('reads "Baku, Azerbaijan, June 5" on its own line as the dateline, the agency from "By Name – Agency:"', () => {
    // Act
    const result = header('Caspian ferry line to link Baku and Turkmenbashi', 'Baku, Azerbaijan, June 5', 'By Leyla Mammadova – Trend:');

    // Assess
    expect(result).toEqual(
      expect.objectContaining({ title: 'Caspian ferry line to link Baku and Turkmenbashi', subtitle: null, authors: ['Leyla Mammadova'], dateline: { locations: ['Baku', 'Azerbaijan'], agency: 'Trend' } }),
    );
  });

  it('does not take "Region: Armenia" or "Theme: Society" for the deck', () => {
    // Act
    const result = header('Lake Sevan water level rises again', '16:45, 05.06.2021', 'Region: Armenia', 'Theme: Society');

    // Assess
    expect([result.subtitle, result.captions]).toEqual([null, []]);
  });

  it('does not take a lower-case blog motto above the headline for the title', () => {
    // Act
    const result = header('quiet bits — notes on small computers', '', 'A £40 weather station on the shed roof', '', 'Posted on 3 June 2021 at 21:40 by Hamid Farouk');

    // Assess
    expect(result.title).toBe('A £40 weather station on the shed roof');
  });

  it('still takes a headline that opens with a lower-case brand ("iPhone …")', () => {
    expect(header('iPhone sales slow in Europe', 'By Ann Lee').title).toBe('iPhone sales slow in Europe');
  });

  it('never takes a labelled date line it cannot read for the title', () => {
    // Act
    const result = header('Published: the fourteenth of Esfand', 'Electric buses start running in Shiraz next week');

    // Assess
    expect(result.title).toBe('Electric buses start running in Shiraz next week');
  });

  it('takes neither "Guest Contributor" over a date nor a lone agency line for an author or the deck', () => {
    // Act
    const contributor = header('Glendale school board votes on new curriculum', 'Guest Contributor', 'June 5, 2021');
    const agency = header('Aliyev says talks will resume in July', 'APA', 'Baku, 4 June 2021');

    // Assess
    expect([contributor.authors, contributor.subtitle]).toEqual([[], null]);
    expect([agency.authors, agency.subtitle, agency.publishedAt]).toEqual([[], null, '2021-06-04']);
  });

  it('still reads a name over a newsroom role as the byline ("Lewis McAra" / "Chief football writer")', () => {
    expect(header('Dunmarnock sign striker on loan', 'Lewis McAra', 'Chief football writer').authors).toEqual(['Lewis McAra']);
  });
});

describe('Function: readHeader (dates and names above the title)', () => {
  it('takes the dated line with a time above the title over the page\'s "today", and an agency\'s name is no author', () => {
    // Act
    const result = header('Tessaly Press Agency', 'TPA', 'Tuesday, 7 November 2023', 'Code : 48213', 'Tuesday, 7 November 2023 - 14:26', 'Korvan port to add a second container terminal by 2026');

    // Assess
    expect([result.title, result.authors, result.publishedAt, result.sourceId]).toEqual(['Korvan port to add a second container terminal by 2026', [], '2023-11-07T14:26:00', '48213']);
  });
});

describe('Function: readHeader (a name between the headline and its deck)', () => {
  it('reads the name as the byline and keeps the headline as the title', () => {
    // Act
    const result = header('Opinion', 'The last bus out of Harrowfield tells you everything about how we value rural lives', 'Harriet Pellow', 'Cutting the 9.40pm service saved the county £38,000', 'Thu 14 Mar 2024 06.00 GMT');

    // Assess
    expect([result.title, result.authors, result.subtitle, result.publishedAt]).toEqual([
      'The last bus out of Harrowfield tells you everything about how we value rural lives',
      ['Harriet Pellow'],
      'Cutting the 9.40pm service saved the county £38,000',
      '2024-03-14T06:00:00Z',
    ]);
  });
});

describe('Function: readHeader (a press portal)', () => {
  it('reads a company over the date as no author, and a deck with slash-separated parts as the deck', () => {
    // Act
    const result = header('Pressemitteilung', 'Stadtwerke Elbmarsch GmbH', '19.02.2024 – 10:00', 'Stadtwerke Elbmarsch starten Bürgerbeteiligung am Solarpark', 'Anteile ab 250 Euro / Zeichnung ab 2. April möglich / Informationsabend am 7. März');

    // Assess
    expect([result.title, result.authors, result.subtitle]).toEqual(['Stadtwerke Elbmarsch starten Bürgerbeteiligung am Solarpark', [], 'Anteile ab 250 Euro / Zeichnung ab 2. April möglich / Informationsabend am 7. März']);
  });
});

describe('Function: readHeader (a table of contents)', () => {
  it('reads "In this article" and the headings under it as neither deck nor captions', () => {
    // Act
    const result = header('What is the water levy, and will you have to pay it?', 'A new charge on water bills takes effect in July.', 'By Simone Achterberg', 'In this article', 'What is the levy?', 'How much will it cost?');

    // Assess
    expect([result.subtitle, result.captions]).toEqual(['A new charge on water bills takes effect in July.', []]);
  });
});

describe('Function: readHeader (ids and vote arrows)', () => {
  it('reads a press release number as the source id and takes a vote arrow off the title', () => {
    // Act
    const release = header('Press release number: 041/25', 'Harbour car park closes for resurfacing in April');
    const board = header('▲ Ask TN: How do you keep a long-running side project alive?', '214 points by quietgecko 5 hours ago');

    // Assess
    expect([release.sourceId, release.title, board.title]).toEqual(['041/25', 'Harbour car park closes for resurfacing in April', 'Ask TN: How do you keep a long-running side project alive?']);
  });
});

describe('Function: readHeader (held-out header layouts)', () => {
  it('reads unpunctuated lines stacked under the headline as key points: no deck, no captions', () => {
    const result = header(
      '‘It is like living next to a jet engine’: families say a new depot has wrecked their sleep',
      '',
      'Residents say lorries reverse beeping from 2am',
      'One couple says their grandchildren will not stay over',
      'Council granted permission despite 212 objections',
      '',
      'By Chloe Ash for the Daily Beacon',
    );

    expect([result.title, result.subtitle, result.captions, result.authors]).toEqual([
      '‘It is like living next to a jet engine’: families say a new depot has wrecked their sleep',
      null,
      [],
      ['Chloe Ash'],
    ]);
  });

  it('reads a field label and its value ("From:" / an agency) as metadata, not as title or caption', () => {
    const result = header('£62 million to help 40 communities hold back floodwater', 'Schemes will restore wetlands upstream of homes.', 'From:', 'Department for Rivers and Environment Agency', 'Published', '4 March 2024');

    expect([result.title, result.subtitle, result.captions, result.publishedAt]).toEqual([
      '£62 million to help 40 communities hold back floodwater',
      'Schemes will restore wetlands upstream of homes.',
      [],
      '2024-03-04',
    ]);
  });

  it('adds the time printed on the line under a date', () => {
    const result = header('Redazione NPA', '14 giugno 2023', '18:05', 'Heat: red alert in nine cities, peak expected on Friday');

    expect([result.title, result.publishedAt, result.authors]).toEqual(['Heat: red alert in nine cities, peak expected on Friday', '2023-06-14T18:05:00', []]);
  });

  it('reads an office under the byline as part of it, "University Communications"', () => {
    const result = header('Everyday noise linked to faster hearing loss', 'By Ada Obi', 'University Communications', 'March 28, 2024 at 10:05 am');

    expect([result.authors, result.captions, result.publishedAt]).toEqual([['Ada Obi'], [], '2024-03-28T10:05:00']);
  });

  it('reads "Name · Outlet ·" as the byline', () => {
    const result = header('Rural ERs closed 312 times last year', 'Listen Live', 'Kirsten Ahe · TCN News ·', 'Posted: Feb 08, 2024 4:00 AM MST');

    expect([result.title, result.authors]).toEqual(['Rural ERs closed 312 times last year', ['Kirsten Ahe']]);
  });
});

describe('Function: readHeader (ids beside dates, transcripts)', () => {
  it('reads the source id printed beside the date, "2023-11-07 08:30 | ID: 88412"', () => {
    const result = header('Dam levels fall to a ten-year low', '2023-11-07 08:30   |   ID: 88412');

    expect([result.sourceId, result.publishedAt]).toEqual(['88412', '2023-11-07T08:30:00']);
  });

  it('takes no caption from a video transcript line in capitals', () => {
    const result = header('Water main break forces school closure', 'By Jenna Ruiz', 'JENNA: WE ARE LIVE ON MAIN STREET WHERE CREWS HAVE BEEN DIGGING SINCE NOON...');

    expect(result.captions).toEqual([]);
  });
});

describe('Function: readHeader (a byline over two lines, ids closing a date line)', () => {
  it('reads "and Marcus Feld" under "By Danielle Okoro" as the second author', () => {
    const found = header('Metro board delays railcar deal', '', 'By Danielle Okoro', 'and Marcus Feld', '', 'March 3, 2021 at 4:11 p.m.');

    expect([found.authors, found.captions]).toEqual([['Danielle Okoro', 'Marcus Feld'], []]);
  });

  it('takes the id closing a date line after a space ("编号：DF2024…")', () => {
    const found = header('今年全国铁路计划投产新线1000公里以上', '2024-03-12 07:31:46 来源：新华社 编号：DF20240312000571');

    expect([found.sourceId, found.publishedAt]).toEqual(['DF20240312000571', '2024-03-12T07:31:46']);
  });
});

describe('Function: readHeader (bylines without a label)', () => {
  it('reads a bare name under the headline and over the picture as the byline, not the masthead in capitals', () => {
    const found = header('ALA-TOO TODAY', 'Kyrgyzstan news agency', '', 'Bishkek to move street vendors away from the bazaar', '', 'Asel Toktogulova', '', 'Street traders near the bazaar. Photo: Ala-Too Today');

    expect([found.title, found.authors]).toEqual(['Bishkek to move street vendors away from the bazaar', ['Asel Toktogulova']]);
  });

  it('reads "Name | Outlet" over the date as the author', () => {
    const found = header('Duhok farmers say dam water came too late', '', 'Hawre Aziz | Zagros Post', 'Published: 16 May 2024, 15:20 GMT');

    expect([found.authors, found.captions]).toEqual([['Hawre Aziz'], []]);
  });

  it('keeps the headline over its deck when the place in capitals stands between the deck and the agency', () => {
    const found = header('Hazelnut growers rally in Giresun over new price', '', 'Farmers say the state price barely covers their costs after a season of frost', '', 'GİRESUN', 'Anadolu Agency', 'August 11 2023 16:07:00');

    expect([found.title, found.subtitle]).toEqual(['Hazelnut growers rally in Giresun over new price', 'Farmers say the state price barely covers their costs after a season of frost']);
  });
});

describe('Function: readHeader (menus and tables of contents)', () => {
  it('takes neither a menu item over another ("All Posts" / "Shop News") for a name over its outlet', () => {
    const result = header('All Posts', 'Shop News', 'Events', 'Search', 'Rosa Delgado', 'Apr 5, 2022', 'Spring service slots are open, and a new mechanic joins the team');

    expect(result.authors).toEqual(['Rosa Delgado']);
  });

  it('takes the entries a blank line under "Inhaltsverzeichnis" for contents, not captions', () => {
    const result = header('Ein Winter am Dorfbach: Pegelmessung mit dem Raspberry Pi', '', 'Inhaltsverzeichnis', '', '    Warum überhaupt?', '    Die Hardware', '    Was die Daten zeigen');

    expect(result.captions).toEqual([]);
    expect(result.subtitle).toBeNull();
  });
});

describe('Function: readHeader (a published and an updated time on one line)', () => {
  it('dates the story by the published segment, and keeps a time in the next segment when no update is named', () => {
    expect(header('Floods hit the coast', 'Last Updated: Mar 03, 2021 19:20 ET | First published: Mar 03, 2021 12:05 ET').publishedAt).toBe('2021-03-03T12:05:00-05:00');
    expect(header('Hafen meldet Rückgang', 'Veröffentlicht am 14.03.2023 | 17:45 Uhr').publishedAt).toBe('2023-03-14T17:45:00');
  });
});

describe('Function: readHeader (an update line alone)', () => {
  it('keeps a revision date apart from the publication date, for the pipeline to use when nothing else dates the story', () => {
    const result = header('Dam inspection finds cracks in spillway', 'Last Updated: Friday, May 7, 2021 09:40');

    expect(result.publishedAt).toBeNull();
    expect(result.updatedAt).toBe('2021-05-07T09:40:00');
  });
});

describe('Function: readHeader (an update line naming the first publication time)', () => {
  it('dates the story by "first published 2:30pm", on the day of the update', () => {
    const result = header('Council drops parking meters', 'By Jo Hartley', 'Updated March 3 2021 - 4:11pm, first published 2:30pm');

    expect([result.publishedAt, result.captions, result.subtitle]).toEqual(['2021-03-03T14:30:00', [], null]);
  });
});

describe('Function: readHeader (a desk in the plural under a byline)', () => {
  it('takes "Highlands & Islands Reporters" under two names for the byline\'s second line, no caption', () => {
    const result = header('Ferry crews vote to strike', 'By Fiona Gall and Ruairi Munro', 'Highlands & Islands Reporters', '14 May 2024, 06:30');

    expect([result.authors, result.captions, result.subtitle]).toEqual([['Fiona Gall', 'Ruairi Munro'], [], null]);
  });
});

describe('Function: readHeader (a name under a byline that names only the site\'s account)', () => {
  it('takes the bare name under "Posted on … by gcss_admin" for the author', () => {
    const result = header('Georgia’s pipeline dilemma', 'Posted on 2 February 2021 by gcss_admin', 'Nino Kvaratskhelia');

    expect([result.authors, result.publishedAt, result.subtitle]).toEqual([['Nino Kvaratskhelia'], '2021-02-02', null]);
  });
});

describe('Function: readHeader (bylines and dates set out over several lines)', () => {
  it('reads "Reporter:" over a name, a time under the date, and leaves the reporter\'s address out of the captions', () => {
    const result = header('Appeals board refuses 120 homes', 'Residents had raised concerns over traffic', 'Reporter:', 'Aine Fitzgerald', 'Email:', 'afitz@leader.example', '28 Feb 2024', '5:30 PM');

    expect([result.title, result.authors, result.publishedAt, result.captions]).toEqual(['Appeals board refuses 120 homes', ['Aine Fitzgerald'], '2024-02-28T17:30:00', []]);
  });

  it('reads two names with "&" on a line between them, and takes a date line in parentheses for the update', () => {
    const result = header('Hawker centre to close for upgrading', 'Natasha Lim', '&', 'Daryl Tan', '19 Apr 2024 04:11PM', '(Updated: 19 Apr 2024 06:30PM)');

    expect([result.title, result.authors, result.publishedAt, result.updatedAt]).toEqual(['Hawker centre to close for upgrading', ['Natasha Lim', 'Daryl Tan'], '2024-04-19T16:11:00', '2024-04-19T18:30:00']);
  });

  it('reads "Outlet / 05:40 AM October 02, 2023" as the date', () => {
    expect(header('Jeepney phaseout deadline extended', 'Philippine Sentinel / 05:40 AM October 02, 2023').publishedAt).toBe('2023-10-02T05:40:00');
  });
});

describe('Function: readHeader (a Turkish id label)', () => {
  it('reads "Haber Kodu: 784512" as the source id', () => {
    expect(header('Balon turları yeniden başladı', 'Haber Kodu: 784512').sourceId).toBe('784512');
  });
});

describe('Function: readHeader (a news service under the headline)', () => {
  it('reads "Courier News Service" over the date as the desk, not a caption', () => {
    const read = header('Omanisation made mandatory in 30 more professions', 'Courier News Service', 'Sunday, 11 February 2024 1:05 PM');

    expect([read.title, read.authors, read.captions, read.subtitle, read.publishedAt]).toEqual(['Omanisation made mandatory in 30 more professions', [], [], null, '2024-02-11T13:05:00']);
  });

  it('reads the outlet "with" its agency over the desk\'s city and the date as the credit, the line above it as the deck', () => {
    const read = header('Ferry line adds a night crossing to the islands', '', 'Operator says bookings doubled since the new terminal opened in March', '', 'HARBOUR DAILY POST WITH ANADOLU AGENCY', 'IZMIR', '01.02.2024 13:47 GMT+03:00');

    expect([read.title, read.subtitle, read.authors, read.captions, read.publishedAt]).toEqual(['Ferry line adds a night crossing to the islands', 'Operator says bookings doubled since the new terminal opened in March', [], [], '2024-02-01T13:47:00+03:00']);
  });

  it('reads "Web Desk | Outlet Online" as a desk\'s credit, no person and no deck', () => {
    const read = header('Ferry line adds a night crossing to the islands', '', 'Operator says bookings doubled since the new terminal opened in March', '', 'Web Desk | Harbour Post Online', 'March 8, 2024 | 06:12 PM');

    expect([read.title, read.subtitle, read.authors, read.captions, read.publishedAt]).toEqual(['Ferry line adds a night crossing to the islands', 'Operator says bookings doubled since the new terminal opened in March', [], [], '2024-03-08T18:12:00']);
  });
});

describe('Function: readHeader (a blog\'s author box over the post)', () => {
  it('reads a name over a one-line bio, then the headline over the date, as the author: the bio is neither title nor deck', () => {
    const read = header('The Blogs', 'Miriam Adler', 'Retired teacher, grandmother of five, learner of Welsh since 1981', '', 'Starting again with a language at seventy', '', 'Mar 10, 2024, 4:15 PM');

    expect([read.title, read.subtitle, read.authors, read.captions, read.publishedAt]).toEqual(['Starting again with a language at seventy', null, ['Miriam Adler'], [], '2024-03-10T16:15:00']);
  });

  it('keeps a kicker over the headline, with the reporter\'s name under it, out of the author box', () => {
    const read = header('Scores', 'Baseball', 'Football', 'Sign in', '', 'Minor League Baseball', 'Rivermen rally for three in the ninth, walk off Foxes in 11th', '', 'Jordan Pell', 'Sun, June 2, 2024, 11:48 PM');

    expect([read.title, read.authors]).toEqual(['Rivermen rally for three in the ninth, walk off Foxes in 11th', ['Jordan Pell']]);
  });
});

describe('Function: readHeader (kickers, two calendars, page labels, desks; session 11)', () => {
  it('takes the headline under a short kicker and over its deck, not the kicker', () => {
    const read = header('Kode 874512', '', 'Deputy minister announces', 'Nowruz flight capacity rises 30 percent as 400 extra flights are scheduled', 'The head of the civil aviation body said airlines must compensate passengers for delays of more than four hours.', '', 'Some first paragraph text.');

    expect(read.title).toBe('Nowruz flight capacity rises 30 percent as 400 extra flights are scheduled');
  });

  it('reads one moment printed in two calendars ("… 1402 - 14:05 | 13 Mar 2024 14:05")', () => {
    expect(header('Headline of the story here', 'چهارشنبه 23 اسفند 1402 - 14:05 | 13 Mar 2024 14:05').publishedAt).toBe('2024-03-13T14:05:00');
  });

  it('takes the page\'s "today" and a "Source:" line for neither date nor caption', () => {
    const read = header('امروز: چهارشنبه 23 اسفند 1402 - Wednesday 13 March 2024', 'Snow paralyses the city centre for a second day', 'Источник: РИА Новости');

    expect([read.publishedAt, read.captions, read.title]).toEqual([null, [], 'Snow paralyses the city centre for a second day']);
  });

  it('reads a newsroom desk as no author, "Yazan:" and a lone "Автор" label as bylines', () => {
    expect(header('Snow paralyses the city centre again', 'Автор: Редакция «Волга-Инфо»').authors).toEqual([]);
    expect(header('Binada çatlak paniği: 48 daire tahliye edildi', 'Yazan: Elif Karataş').authors).toEqual(['Elif Karataş']);
    expect(header('Ремонт колії на Підвальній стартує у квітні', 'Автор', 'Олена Гнатюк').authors).toEqual(['Олена Гнатюк']);
  });
});

describe('Function: readHeader (an institute posting, people writing)', () => {
  it('takes the people of "By A and B" over the think tank that posted the piece', () => {
    expect(header('Armenia diversifies its arms suppliers', 'Posted on March 11, 2024 by Caucasus Policy Forum', 'By Lilit Harutyunyan and Davit Mkrtchyan').authors).toEqual(['Lilit Harutyunyan', 'Davit Mkrtchyan']);
  });
});

describe('Function: readHeader (blog themes; session 11)', () => {
  it('reads the author and date from a meta row, under a deck or beside a comment link', () => {
    expect(header('Chasing a 40 ms stall in our pool', 'March 14, 2023 · 5 min · 861 words · Anika Sørlie')).toEqual(
      expect.objectContaining({ authors: ['Anika Sørlie'], publishedAt: '2023-03-14' }),
    );
    expect(header('Three Days, Four Ferries', 'Leave a Comment / Outer Hebrides, Travel / By Hannah Ferris / 12th September 2022')).toEqual(
      expect.objectContaining({ authors: ['Hannah Ferris'], publishedAt: '2022-09-12' }),
    );
  });

  it('takes no comment count for a name in a meta row', () => {
    expect(header('Why the corridor question keeps coming back', 'March 3, 2019 at 10:12 am  ·  Analysis  ·  5 Comments').authors).toEqual([]);
  });

  it('reads "7 Replies" under a short headline as its meta, and ends an indented menu at the headline set apart under it', () => {
    const read = header('Notes from the Back Bedroom', '', 'Small things, written down before I forget them', 'Menu', '', '    Home', '    About Me', '    Letters to Mum', '    Contact', '', 'The Button Tin', '7 Replies');

    expect(read.title).toBe('The Button Tin');
  });
});

describe('Function: readHeader (names closing the header under its date)', () => {
  it('reads "Name, Name" between the date lines and the text as the byline', () => {
    const read = header('Riga Daily', 'Port of Liepāja to add a second ferry berth', 'Updated: 12.04.2024 18:03', 'Published: 12.04.2024 14:27', '', 'Agnese Kalniņa, Toms Briedis');

    expect([read.title, read.authors, read.publishedAt, read.captions, read.subtitle]).toEqual(['Port of Liepāja to add a second ferry berth', ['Agnese Kalniņa', 'Toms Briedis'], '2024-04-12T14:27:00', [], null]);
  });
});

describe('Function: readHeader (the page\'s date above the title, the story\'s in a byline row under it)', () => {
  it('dates the story by the row under the title', () => {
    const read = header('Mon, Jun 3, 2024', '', 'Coast guards agree on a hotline', '', 'Jun 3, 2024 20:45 GMT+7 | Regional Desk');

    expect([read.title, read.publishedAt]).toEqual(['Coast guards agree on a hotline', '2024-06-03T20:45:00+07:00']);
  });
});

describe('Function: readHeader (the editor, a view counter and the news code in the meta)', () => {
  it('takes neither for a caption or an author', () => {
    const read = header('Откриха римска мозайка при ремонт на улица', '', '05.06.2024 14:12', 'Редактор: Мария Петрова', 'Преглеждания: 1 284', 'Код новости: 40918');

    expect([read.title, read.authors, read.captions, read.publishedAt, read.sourceId]).toEqual(['Откриха римска мозайка при ремонт на улица', [], [], '2024-06-05T14:12:00', '40918']);
  });

  it('reads the Ukrainian news code too ("Код новини")', () => {
    expect(header('Міст через Латорицю відкриють у червні', '', '15.05.2024 11:42', 'Код новини: 51270').sourceId).toBe('51270');
  });
});

describe('Function: readHeader (a post\'s tags under their label)', () => {
  it('takes neither the label nor the tags for the title', () => {
    const read = header('[personal profile] fernreader', '2022-10-03 09:14 pm', '', 'Entry tags:', 'books: the quiet year, libraries, personal', '', 'on mended books, and the people who mend them');

    expect(read.title).toBe('on mended books, and the people who mend them');
  });

  it('keeps a caption under an empty "Tags:" field', () => {
    const read = header('Ferry to return in June after dredging work', 'Tags:', '[Image: The chain ferry has been moored at Quay Lane since the autumn.]');

    expect(read.captions).toEqual(['The chain ferry has been moored at Quay Lane since the autumn.']);
  });
});

describe('Function: readHeader (a blog platform\'s author chip)', () => {
  it('reads the name over "Follow" as the author when no byline names one', () => {
    const read = header('Open in app', 'Sign in', '', 'I Sold My Car and Bought a Cargo Bike. Here Is the Bill.', 'A year of school runs, shopping and one flat tyre', '', 'Petra Holm', '', 'Follow', '', 'Mar 14, 2024');

    expect([read.title, read.authors]).toEqual(['I Sold My Car and Bought a Cargo Bike. Here Is the Bill.', ['Petra Holm']]);
  });

  it('never takes the chip\'s name for a caption', () => {
    const read = header('Ferry to return in June after dredging work', '', 'Repairs to the slipway took longer than planned', '', 'Petra Holm Vella', 'Follow', '12 March 2026 | 18:40', '6 min read');

    expect([read.subtitle, read.captions, read.authors]).toEqual(['Repairs to the slipway took longer than planned', [], ['Petra Holm Vella']]);
  });
});

describe('Function: readHeader (counters with icons)', () => {
  it('takes "👁 3 418 views   💬 7" for no caption', () => {
    const read = header('Parliament approves gas purchase on the regional exchange', 'Energy firm cleared to buy gas; households promised help', '03.01.2025, 14:20', '👁 3 418 views   💬 7');

    expect([read.subtitle, read.captions]).toEqual(['Energy firm cleared to buy gas; households promised help', []]);
  });
});

describe('Function: readHeader (an update time alone under the publish date)', () => {
  it('takes "Updated 5:40 AM" for no caption', () => {
    const read = header('Council weighs a seawall for the southern beaches', 'Kirsten Mallory and Jai Patel', 'February 10, 2025 - 10:25PM', 'Updated 5:40 AM');

    expect([read.captions, read.publishedAt]).toEqual([[], '2025-02-10T22:25:00']);
  });
});

describe('Function: readHeader (a newsroom desk over the date)', () => {
  it('takes the desk for a byline naming no one, and keeps the headline above the deck', () => {
    const read = header('«طرق الشارقة» توسّع خدمة الحافلات إلى ثلاث مناطق', 'الخدمة تبدأ مطلع أبريل في ثلاث مناطق جديدة', '', 'قسم المحليات', 'الثلاثاء 12 مارس 2024 - 10:45 ص');

    expect([read.title, read.subtitle, read.authors]).toEqual(['«طرق الشارقة» توسّع خدمة الحافلات إلى ثلاث مناطق', 'الخدمة تبدأ مطلع أبريل في ثلاث مناطق جديدة', []]);
  });

  it('reads a correspondent\'s role line under the byline', () => {
    const read = header('El río sigue bajando en el puerto', 'Por Federico Ledesma', 'Corresponsal en Rosario', '15 de abril de 2024 • 08:32');

    expect([read.authors, read.captions, read.subtitle]).toEqual([['Federico Ledesma'], [], null]);
  });
});

describe('Function: readHeader (a post meta\'s labels and values)', () => {
  it('takes no deck or caption from "Words in this article:" / "1.1k" or "Reading time ≈" / "4 min."', () => {
    const read = header('The old wash house reopens', '', 'By Chiara Benet', '12 April 2025', '', 'Words in this article:', '1.1k', '', 'Reading time ≈', '4 min.');

    expect([read.title, read.subtitle, read.captions]).toEqual(['The old wash house reopens', null, []]);
  });
});

describe('Function: readHeader (a press release\'s contact block)', () => {
  it('reads no author or title from the contact block over the headline', () => {
    // Act
    const result = header(
      'FOR IMMEDIATE RELEASE',
      'Tuesday, August 20, 2024',
      '',
      'Contact: Office of Communications',
      'Rhea Dalton, Public Information Officer',
      '(541) 555-0199 | rdalton@example.gov',
      '',
      'County opens two cooling centers as the heat advisory is extended',
      '',
      'The centers will be open from noon to 9 p.m. on Wednesday and Thursday at the library and the community hall.',
    );

    // Assess
    expect(result).toEqual(expect.objectContaining({ title: 'County opens two cooling centers as the heat advisory is extended', authors: [] }));
  });

  it('ends the contact block at the first line that is no name, address or number', () => {
    // Act
    const result = header('Contact: Press Office', 'Email: press@example.gov', 'Agency Helps Rural Towns Replace Lead Pipes in Nine States', 'The agency today announced new loans and grants for small water systems.');

    // Assess
    expect(result.title).toBe('Agency Helps Rural Towns Replace Lead Pipes in Nine States');
  });
});

describe('Function: readHeader (held-out blog and club pages, session 24)', () => {
  it('takes "Events, Observing Reports" under the byline for the post\'s categories when the sidebar lists each under "Categories"', () => {
    // Act
    const result = readHeader(
      toLines(['Star party draws a crowd on the common', 'Posted on 13/08/2024 by Kath Ridley', 'Events, Observing Reports', '', 'A meteor over the common at midnight. Photo: Al Mercer'].join('\n')),
      DEFAULT_SETTINGS.maxHeaderLineLength,
      new Set(),
      listedCategories(toLines(['Archives', 'July 2024', '', 'Categories', 'Events', 'Loan Scopes', 'Observing Reports', '', 'Meta'].join('\n'))),
    );

    // Assess
    expect([result.title, result.subtitle, result.captions]).toEqual(['Star party draws a crowd on the common', null, ['A meteor over the common at midnight. Photo: Al Mercer']]);
  });

  it('reads a match report\'s result box ("Kelso Town 22 – 24 Hollinsbrook") as neither deck nor caption', () => {
    // Act
    const result = header('Seniors snatch late win at Kelso', 'Posted by Rhys Lowe | Sun 8th Sep 2024', '', 'Kelso Town 22 – 24 Hollinsbrook');

    // Assess
    expect([result.title, result.subtitle, result.captions]).toEqual(['Seniors snatch late win at Kelso', null, []]);
  });
});

describe('Function: readHeader (meta rows and trails of South and Central Asian portals)', () => {
  it('reads "A & B / TNN / Updated: …" as the byline and its date as the update, the published line below as the date', () => {
    // Act
    const result = header(
      'News / India News / Monsoon to be above normal in 2024, says IMD',
      'Monsoon to be above normal in 2024, says IMD',
      'Rohit Menon & Priya Iyer / TNN / Updated: Apr 6, 2024, 07:42 IST',
      'Published on: Apr 5, 2024, 22:10 IST',
    );

    // Assess
    expect([result.title, result.authors, result.publishedAt, result.updatedAt]).toEqual([
      'Monsoon to be above normal in 2024, says IMD',
      ['Rohit Menon', 'Priya Iyer'],
      '2024-04-05T22:10:00+05:30',
      '2024-04-06T07:42:00+05:30',
    ]);
  });

  it('reads the time of day printed as the meta row\'s next item, "06.04.2024 | 10:20 | Viewed: 1532"', () => {
    expect(header('High-speed trains to link Samarkand and Bukhara', '06.04.2024 | 10:20   |   Viewed: 1532   |   Comments: 5').publishedAt).toBe('2024-04-06T10:20:00');
  });
});

describe('Function: readHeader (a name and its role run together)', () => {
  it('reads "Eleanor Whitcombe Political editor" as a byline, not the title', () => {
    // Act
    const result = header('UK politics', 'Chancellor faces backbench revolt over plan to freeze disability benefits', 'Eleanor Whitcombe Political editor', 'Thu 7 Mar 2024 19.45 GMT');

    // Assess
    expect([result.title, result.authors]).toEqual(['Chancellor faces backbench revolt over plan to freeze disability benefits', ['Eleanor Whitcombe']]);
  });
});

describe('Function: readHeader (a magazine\'s header: issue rows, a short headline under the menu, the photographer; session 26)', () => {
  it('reads a short headline stacked over its deck under the menu and a paywall\'s count, the name and the issue\'s date row under them', () => {
    const read = header(
      'HARBOUR REVIEW', 'Current Issue', 'Archive', 'Essays', 'Subscribe', 'Sign in', '',
      'You have 2 free articles remaining this month. Subscribe for unlimited access.', '',
      'ESSAY / WORK', '',
      'The Tide Tables',
      'For two centuries, harbour clerks printed the tides a year ahead. What their ledgers tell us about the coast we lost.',
      '',
      'Ines Carvalho-Lund',
      'Spring 2024 · April 2, 2024',
    );

    expect([read.title, read.subtitle, read.authors, read.publishedAt]).toEqual([
      'The Tide Tables',
      'For two centuries, harbour clerks printed the tides a year ahead. What their ledgers tell us about the coast we lost.',
      ['Ines Carvalho-Lund'],
      '2024-04-02',
    ]);
  });

  it('reads "Photographs by …" under the byline as the photographer\'s credit, and "October 2024 issue · Published Sept. 24, 2024" as the date', () => {
    const read = header('The Last Ferry Clerk', 'When the harbour office closed, the town lost its memory of the tides.', '', 'By Sam Okafor', 'Photographs by Joel Ruiz', 'October 2024 issue · Published Sept. 24, 2024');

    expect([read.title, read.authors, read.captions, read.publishedAt]).toEqual(['The Last Ferry Clerk', ['Sam Okafor'], [], '2024-09-24']);
  });
});

describe('Function: readHeader (a time with its zone under the date, a news service under the caption)', () => {
  it('reads "7:08 AM MYT" under the date as its time, no caption', () => {
    const read = header('Raub durian growers turn to frozen exports', 'By Tan Siew Ling', 'Friday, 15 Mar 2024', '7:08 AM MYT');

    expect([read.publishedAt, read.captions]).toEqual(['2024-03-15T07:08:00+08:00', []]);
  });

  it('reads "Express News Service" under the picture\'s caption, over the date, as the desk', () => {
    const read = header(
      'Ghost nets to carpets: a women\'s collective turns fishing waste into a livelihood',
      'Started with six members in 2021, the collective now employs 43 women',
      'Members of the collective at work at the harbour (Photo | Albin Mathew, EPS)',
      'Express News Service',
      'Published: 16th March 2024 06:00 AM',
    );

    expect([read.title, read.subtitle, read.captions, read.authors]).toEqual([
      'Ghost nets to carpets: a women\'s collective turns fishing waste into a livelihood',
      'Started with six members in 2021, the collective now employs 43 women',
      ['Members of the collective at work at the harbour (Photo | Albin Mathew, EPS)'],
      [],
    ]);
  });
});

describe('Function: readHeader (an agency\'s masthead, a modified date beside the published one)', () => {
  it('reads "IRNA English" opening the page as the masthead, no author; "Published on … | Modified on …" dates the story by its first part', () => {
    const read = header('IRNA English', 'Islamic Republic News Agency', '', 'Home', 'Politics', 'Economy', '', 'Iran and Armenia agree to speed up a border crossing', '', 'Published on 14/11/2024 - 11:26 | Modified on 14/11/2024 - 15:02');

    expect([read.title, read.authors, read.publishedAt, read.captions]).toEqual(['Iran and Armenia agree to speed up a border crossing', [], '2024-11-14T11:26:00', []]);
  });
});

describe('Function: readHeader (a breaking-news ticker in Arabic over the headline)', () => {
  it('reads "عاجل: …" as the ticker, not the title', () => {
    const read = header('عاجل: وزارة الكهرباء تعلن جدول القطع المبرمج لمحافظات الجنوب', '', 'الميناء يرفع رسوم رسو اليخوت عشرة في المئة اعتباراً من الشهر المقبل', '', 'كتب: سامي فؤاد');

    expect(read.title).toBe('الميناء يرفع رسوم رسو اليخوت عشرة في المئة اعتباراً من الشهر المقبل');
  });
});

describe('Function: readHeader (a blog theme\'s meta row: categories, byline and date between slashes)', () => {
  it('reads "Plot Diary, Tomatoes / By Ruth Haworth / 14th April 2024" as the author and the date, not three authors', () => {
    const read = header('Blight-resistant tomatoes worth growing', 'Plot Diary, Tomatoes / By Ruth Haworth / 14th April 2024');

    expect([read.authors, read.publishedAt]).toEqual([['Ruth Haworth'], '2024-04-14']);
  });
});
