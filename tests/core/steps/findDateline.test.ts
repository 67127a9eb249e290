import { findDateline } from '#core/steps/findDateline';

const at = (paragraph: string, whole = paragraph): ReturnType<typeof findDateline> => findDateline(paragraph, whole);

describe('Function: findDateline', () => {
  it('reads an acronym that opens the masthead as the site filing the story, a city in capitals there as a place', () => {
    const paragraph = 'HRCPS- The war has changed the security calculus of every state on the coast.';
    const city = 'LUSAKA- The war has changed the security calculus of every state on the coast.';

    expect([findDateline(paragraph, `HRCPS Blog\nAbout HRCPS\n\n${paragraph}`)?.dateline, findDateline(city, `LUSAKA COURIER\n\n${city}`)?.dateline]).toEqual([
      { locations: [], agency: 'HRCPS' },
      { locations: ['LUSAKA'], agency: null },
    ]);
  });

  it('reads a place and an agency from "BAKU (APA)—"', () => {
    // Prepare
    const paragraph = 'BAKU (APA)—The ministry opened a new school in the north of the country.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({
      dateline: { locations: ['BAKU'], agency: 'APA' },
      rest: 'The ministry opened a new school in the north of the country.',
    });
  });

  it('reads two places set apart by a slash, "KOSTI / EL OBEID (Nile Voice) –"', () => {
    // Act
    const result = at('KOSTI / EL OBEID (Nile Voice) – Camps for displaced people are running out of space.');

    // Assess
    expect(result?.dateline).toEqual({ locations: ['KOSTI', 'EL OBEID'], agency: 'Nile Voice' });
  });

  it('reads an AP region as a place of its own, with its stop, "DULUTH, Minn. (AP) —"', () => {
    // Act
    const result = at('DULUTH, Minn. (AP) — A ferry captain was honored on Friday.');

    // Assess
    expect(result).toEqual({ dateline: { locations: ['DULUTH', 'Minn.'], agency: 'AP' }, rest: 'A ferry captain was honored on Friday.' });
  });

  it.each([
    ['KYIV, Ukraine (AP) — The army said.', ['KYIV', 'Ukraine']],
    ['Peniche, Leiria, 12 mar 2024 (Lusa) - As associações pediram hoje uma quota maior.', ['Peniche', 'Leiria']],
    ['STEPANAKERT, Nagorno-Karabakh (Combined Sources)—The ministry said.', ['STEPANAKERT', 'Nagorno-Karabakh']],
    ['LONDON, June 4 (Reuters) - Shares fell.', ['LONDON']],
    ['PARIS, Monday (AFP) — The minister said.', ['PARIS']],
    ['Erbil [Iraq], Nov 8 (ANI) - The regional government launched a project.', ['Erbil', 'Iraq']],
    ['New Delhi [India], March 3 (ANI): The ministry said.', ['New Delhi', 'India']],
  ])('reads a written-out country or region as a place, not a date or a weekday: "%s"', (paragraph, locations) => {
    expect(at(paragraph)?.dateline.locations).toEqual(locations);
  });

  it('reads an acronym in capitals closed by a colon as the agency, "KABUL (HP): …"', () => {
    expect(at('KABUL (HP): Bakeries have cut the size of the standard naan again.')).toEqual({ dateline: { locations: ['KABUL'], agency: 'HP' }, rest: 'Bakeries have cut the size of the standard naan again.' });
  });

  it('reads a written-out country as a place in a dateline without agency, "KYIV, Ukraine —"', () => {
    expect(at('KYIV, Ukraine — The army said on Monday.')).toEqual({ dateline: { locations: ['KYIV', 'Ukraine'], agency: null }, rest: 'The army said on Monday.' });
  });

  it.each([
    ['Nordfeld. Die neue Fähre zur Hallig soll im Mai fahren. Das teilte die Reederei mit.', ['Nordfeld']],
    ['Kiel/Husum. Am Montag hat die Landesregierung die neue Linie für den Norden vorgestellt.', ['Kiel', 'Husum']],
    ['Bad Segeberg. Die Stadt plant einen neuen Radweg an der Kurhausstraße und im Zentrum.', ['Bad Segeberg']],
  ])('reads the place a German regional paper opens with: "%s"', (paragraph, locations) => {
    expect(at(paragraph)?.dateline).toEqual({ locations, agency: null });
  });

  it.each([
    ['Ciudad de México, 19 ago (EFE).- En los canales de Xochimilco trabajan voluntarios.', ['Ciudad de México'], 'EFE'],
    ['عمّان 3 تشرين الأول (بترا)- أعلنت إدارة ترخيص السواقين إطلاق منصة إلكترونية.', ['عمّان'], 'بترا'],
    ['Frankfurt am Main (dpa) - Die Börse schloss am Freitag im Plus.', ['Frankfurt am Main'], 'dpa'],
    ['Cluj-Napoca, 3 sep /Agerpres/ - Primăria a anunțat că lucrările încep luni.', ['Cluj-Napoca'], 'Agerpres'],
    ['Мөрөн, 2024 оны 3 дугаар сарын 12 /МОНЦАМЭ/. Аймгийн төвд шинэ гүүр ашиглалтад орлоо.', ['Мөрөн'], 'МОНЦАМЭ'],
    ['Бишкек, 03.04.2024 /Кабар/. Өкмөт жаңы планды бекитти.', ['Бишкек'], 'Кабар'],
  ])('reads the place (its particles kept) and the agency of "%s"', (paragraph, locations, agency) => {
    expect(at(paragraph)?.dateline).toEqual({ locations, agency });
  });

  it('reads a place and a known agency without a dash in a script without case, the day in words: "नयी दिल्ली, दो अप्रैल (भाषा)"', () => {
    expect(at('नयी दिल्ली, दो अप्रैल (भाषा) केंद्र सरकार ने गेहूं खरीद का लक्ष्य बढ़ाया है।')?.dateline).toEqual({ locations: ['नयी दिल्ली'], agency: 'भाषा' });
  });

  it.each([
    'Endlich. Die neue Fähre ist da und sie fährt mit dem Hybridantrieb.',
    'Yes. Over May the overnight minimum in the garden was lower than at the airport.',
  ])('takes no one-word first sentence, and nothing in English, for such a place: "%s"', (paragraph) => {
    expect(at(paragraph)).toBeNull();
  });

  it('reads a press-release wire, "PORT CALLAN, Northshire, June 4, 2024 /PRNewswire/ --", with its date (the region a place of its own)', () => {
    // Act
    const result = at('PORT CALLAN, Northshire, June 4, 2024 /PRNewswire/ -- Harbourline Ferries today announced an order.');

    // Assess
    expect(result).toEqual({
      dateline: { locations: ['PORT CALLAN', 'Northshire'], agency: 'PRNewswire' },
      rest: 'Harbourline Ferries today announced an order.',
      publishedAt: '2024-06-04',
    });
  });

  it('keeps several upper-case places of a wire dateline apart', () => {
    // Act
    const result = at('GREYFORD, Mich., Feb. 6, 2024 /PRWire Direct/ -- Halvorsen Batteries today announced a plant.');
    const several = at('OSLO, BERGEN, June 4, 2024 /PRNewswire/ -- Two ferry operators today announced a merger.');

    // Assess
    expect([result?.dateline, several?.dateline]).toEqual([
      { locations: ['GREYFORD', 'Mich.'], agency: 'PRWire Direct' },
      { locations: ['OSLO', 'BERGEN'], agency: 'PRNewswire' },
    ]);
  });

  it('reads several places from "TEHRAN, BAKU, TEL AVIV (Combined Sources)—"', () => {
    // Prepare
    const paragraph = 'TEHRAN, BAKU, TEL AVIV (Combined Sources)—Talks on the pipeline resumed on Friday.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({
      dateline: { locations: ['TEHRAN', 'BAKU', 'TEL AVIV'], agency: 'Combined Sources' },
      rest: 'Talks on the pipeline resumed on Friday.',
    });
  });

  it('reads "SAN ISIDRO DEL TAMARAL (Notimeseta).—" with a full stop before the dash', () => {
    expect(at('SAN ISIDRO DEL TAMARAL (Notimeseta).— Las tres presas almacenan apenas el 18 por ciento.')).toEqual({
      dateline: { locations: ['SAN ISIDRO DEL TAMARAL'], agency: 'Notimeseta' },
      rest: 'Las tres presas almacenan apenas el 18 por ciento.',
    });
  });

  it('reads "WASHINGTON (Reuters) -" with a spaced hyphen', () => {
    // Prepare
    const paragraph = 'WASHINGTON (Reuters) - Lawmakers agreed on a short-term budget late on Thursday.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({
      dateline: { locations: ['WASHINGTON'], agency: 'Reuters' },
      rest: 'Lawmakers agreed on a short-term budget late on Thursday.',
    });
  });

  it('reads a title-case place with an agency, "Berlin (dpa) –"', () => {
    // Prepare
    const paragraph = 'Berlin (dpa) – Die Bahn verlängert den Fahrplan bis Mitternacht.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({
      dateline: { locations: ['Berlin'], agency: 'dpa' },
      rest: 'Die Bahn verlängert den Fahrplan bis Mitternacht.',
    });
  });

  it('reads a bare upper-case place, "LONDON —", as a location', () => {
    // Prepare
    const paragraph = 'LONDON — Commuters faced delays after a signal failure.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({ dateline: { locations: ['LONDON'], agency: null }, rest: 'Commuters faced delays after a signal failure.' });
  });

  it('reads "ICBPS- " as an agency when the text spells out "(ICBPS)" elsewhere', () => {
    // Prepare
    const paragraph = 'ICBPS- The institute published its annual survey of river pollution.';
    const whole = `${paragraph}\n\nThe Institute for Coastal and Border Policy Studies (ICBPS) is an independent research institute.`;

    // Act
    const result = at(paragraph, whole);

    // Assess
    expect(result).toEqual({ dateline: { locations: [], agency: 'ICBPS' }, rest: 'The institute published its annual survey of river pollution.' });
  });

  it('reads a bare known agency, "AFP —", as the agency', () => {
    // Prepare
    const paragraph = 'AFP — Storms closed three ports on the coast.';

    // Act
    const result = at(paragraph);

    // Assess
    expect(result?.dateline).toEqual({ locations: [], agency: 'AFP' });
  });

  it.each([
    ['LONDON, June 4 (Reuters) - Shares fell.', ['LONDON'], 'Reuters', 'Shares fell.'],
    ['NEW YORK (AP) — Stocks rose.', ['NEW YORK'], 'AP', 'Stocks rose.'],
    ['SÃO PAULO (Reuters) - Coffee prices rose.', ['SÃO PAULO'], 'Reuters', 'Coffee prices rose.'],
    ['Paris (AFP) - Strikes continued.', ['Paris'], 'AFP', 'Strikes continued.'],
    ['WASHINGTON—The Senate voted.', ['WASHINGTON'], null, 'The Senate voted.'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toEqual({ dateline: { locations, agency }, rest });
  });

  it.each([
    'The ministry opened a new school in the north of the country.',
    'Officials in Baku said the talks would resume – but not this week.',
    'NATO members met on Tuesday.',
    'A long-awaited bridge opened on Monday.',
    'In 2019 - the year of the floods - the river rose twice.',
    '“We are ready,” the mayor said.',
  ])('returns null for the ordinary first sentence "%s"', (paragraph) => {
    // Act
    const result = at(paragraph);

    // Assess
    expect(result).toBeNull();
  });

  it.each([
    ['YEREVAN, JUNE 5, ARMENPRESS. The prime minister met the delegation.', ['YEREVAN'], 'ARMENPRESS', 'The prime minister met the delegation.'],
    ['BAKU, 5 June, AZERTAC. The president received the ambassador.', ['BAKU'], 'AZERTAC', 'The president received the ambassador.'],
    ['Baku, Azerbaijan, June 5 – Trend: The government approved the plan.', ['Baku', 'Azerbaijan'], 'Trend', 'The government approved the plan.'],
  ])('reads the wire style with the date before the agency: %s', (paragraph, locations, agency, rest) => {
    // Act
    const found = findDateline(paragraph, paragraph);

    // Assess
    expect(found).toEqual({ dateline: { locations, agency }, rest });
  });

  it('does not take a place and a date without an agency for a dateline', () => {
    // Act
    const found = findDateline('Yerevan, March 3, 2019. The parliament voted on Monday.', '');

    // Assess
    expect(found).toBeNull();
  });

  it('does not read an upper-case label ("UPDATE —") as a place', () => {
    // Act / Assess
    expect(findDateline('UPDATE — The ministry later said the talks would resume.', '')).toBeNull();
  });

  it('reads an AP-style "CITY, State.—" dateline as the city and its region', () => {
    // Act
    const found = findDateline('WATERTOWN, Mass.—The choir will celebrate its fiftieth anniversary on Sunday.', '');

    // Assess
    expect(found).toEqual({ dateline: { locations: ['WATERTOWN', 'Mass.'], agency: null }, rest: 'The choir will celebrate its fiftieth anniversary on Sunday.' });
  });

  it('drops the full stop closing a place: "YEREVAN. – …"', () => {
    expect(findDateline('YEREVAN. – The water level of Lake Sevan has risen again.', '')?.dateline).toEqual({ locations: ['YEREVAN'], agency: null });
  });
});

describe('Function: findDateline (agency forms)', () => {
  it.each([
    ['Nordhavn/Wiesberg (dpa) – Das Sturmtief hat gewütet.', ['Nordhavn', 'Wiesberg'], 'dpa', 'Das Sturmtief hat gewütet.'],
    ['(ANSA) - VALTORRE, 10 GEN - Quattro ore sospesi.', ['VALTORRE'], 'ANSA', 'Quattro ore sospesi.'],
    ['(Reuters) - Shares fell on Monday.', [], 'Reuters', 'Shares fell on Monday.'],
    ['گلشهر- سپنا- کتابخانه مرکزی شبانه‌روزی شد.', ['گلشهر'], 'سپنا', 'کتابخانه مرکزی شبانه‌روزی شد.'],
    ['الزرقاء الشرقية - افتتح محافظ الزرقاء أول سوق دائم للمزارعين.', ['الزرقاء الشرقية'], null, 'افتتح محافظ الزرقاء أول سوق دائم للمزارعين.'],
    ['Ebersheim – Die Pläne für das Neubaugebiet sind vom Tisch, und der Gemeinderat hat die Planung gestoppt.', ['Ebersheim'], null, 'Die Pläne für das Neubaugebiet sind vom Tisch, und der Gemeinderat hat die Planung gestoppt.'],
    ['Kesarpur, Mar 3 (PTI) The corporation will install smart meters.', ['Kesarpur'], 'PTI', 'The corporation will install smart meters.'],
    ['کوهسار- ایرنا- مدیر راهداری گفت: گردنه بازگشایی شد.', ['کوهسار'], 'ایرنا', 'مدیر راهداری گفت: گردنه بازگشایی شد.'],
    ['الزهراء الجديدة - (أ ش أ) - افتتح المحافظ المتحف.', ['الزهراء الجديدة'], 'أ ش أ', 'افتتح المحافظ المتحف.'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    // Act
    const result = findDateline(paragraph, paragraph);

    // Assess
    expect(result).toEqual({ dateline: { locations, agency }, rest });
  });

  it('opens no dateline with a label in parentheses that is no agency', () => {
    // Assess
    expect(findDateline('(Update) - Shares fell.', '(Update) - Shares fell.')).toBeNull();
  });
});

describe('Function: findDateline (datelines read from held-out layouts)', () => {
  it('reads an upper-case place closed by a colon, "MUMBAI: …"', () => {
    expect(at('MUMBAI: The civic body will resurface forty roads before the monsoon.')).toEqual({
      dateline: { locations: ['MUMBAI'], agency: null },
      rest: 'The civic body will resurface forty roads before the monsoon.',
    });
  });

  it.each(['UPDATE: The council has now confirmed the closure.', 'BREAKING: Two ferries were cancelled this morning.', 'EDITOR’S NOTE: This story was corrected.'])(
    'reads no place from the label in "%s"',
    (paragraph) => {
      expect(at(paragraph)).toBeNull();
    },
  );

  it('reads a title-case place before a spaced dash, "Durban – …"', () => {
    expect(at('Durban – Residents of three suburbs have been without water since Friday.')).toEqual({
      dateline: { locations: ['Durban'], agency: null },
      rest: 'Residents of three suburbs have been without water since Friday.',
    });
  });

  it.each(['Meanwhile – The council has said nothing.', 'Monday – The first trains ran late.', 'March – The month began with snow.'])('reads no place from "%s"', (paragraph) => {
    expect(at(paragraph)).toBeNull();
  });

  it('reads the date an upper-case dateline prints, "ACCRA, 4 May 2023 –"', () => {
    expect(at('ACCRA, 4 May 2023 – The ministry opened eleven new clinics this year.')).toEqual({
      dateline: { locations: ['ACCRA'], agency: null },
      rest: 'The ministry opened eleven new clinics this year.',
      publishedAt: '2023-05-04',
    });
  });

  it.each([
    ['Toulouse, 3 février (AFP) - Le tribunal a rendu sa décision mardi.', ['Toulouse'], 'AFP', 'Le tribunal a rendu sa décision mardi.'],
    ['Sevilla, 12 mar (EFE).- El ayuntamiento aprobó el plan.', ['Sevilla'], 'EFE', 'El ayuntamiento aprobó el plan.'],
    ['КАЗАНЬ, 5 апреля. /ТАСС/. Власти города открыли новый мост.', ['КАЗАНЬ'], 'ТАСС', 'Власти города открыли новый мост.'],
    ['نابلس 14-3-2023 وفا- أعلنت البلدية عن خطة جديدة.', ['نابلس'], 'وفا', 'أعلنت البلدية عن خطة جديدة.'],
    ['اربد 5 نيسان (بترا) - قالت الوزارة إن العمل بدأ.', ['اربد'], 'بترا', 'قالت الوزارة إن العمل بدأ.'],
  ])('reads the place, the day and the agency of "%s"', (paragraph, locations, agency, rest) => {
    expect(at(paragraph)).toEqual({ dateline: { locations, agency }, rest });
  });
});

describe('Function: findDateline (Azerbaijani wires)', () => {
  it('reads "Gəncə. 5 mart. REPORT.AZ/" as the place and the agency', () => {
    expect(at('Gəncə. 5 mart. REPORT.AZ/ Şəhərdə yeni su anbarının tikintisinə başlanılıb.')).toEqual({
      dateline: { locations: ['Gəncə'], agency: 'REPORT.AZ' },
      rest: 'Şəhərdə yeni su anbarının tikintisinə başlanılıb.',
    });
  });
});

describe('Function: findDateline (places in parentheses, places joined by a slash)', () => {
  it.each([
    ['(Bishkek) – Kyrgyz authorities should release the journalists.', ['Bishkek'], 'Kyrgyz authorities should release the journalists.'],
    ['(Québec) Le gouvernement a présenté son plan mardi.', ['Québec'], 'Le gouvernement a présenté son plan mardi.'],
    ['YEREVAN/MOSCOW — Talks on the new rail link resumed on Monday.', ['YEREVAN', 'MOSCOW'], 'Talks on the new rail link resumed on Monday.'],
    ['LA PAZ / SANTIAGO — Talks on the new rail link resumed on Monday.', ['LA PAZ', 'SANTIAGO'], 'Talks on the new rail link resumed on Monday.'],
  ])('reads "%s"', (paragraph, locations, rest) => {
    expect(at(paragraph)).toEqual({ dateline: { locations, agency: null }, rest });
  });

  it.each(['(Photo) – The minister arrives.', '(Update) – The council has now voted.'])('reads no place from "%s"', (paragraph) => {
    expect(at(paragraph)?.dateline.locations ?? []).toEqual([]);
  });
});

describe('Function: findDateline (Chinese and Korean wire openings)', () => {
  it.each([
    ['新华社北京3月12日电（记者张伟、李娜）国家铁路集团12日发布消息。', ['北京'], '新华社', ['张伟', '李娜'], '国家铁路集团12日发布消息。'],
    ['(세종=한빛뉴스) 김민지 기자 = 환경부가 12일 발표했다.', ['세종'], '한빛뉴스', ['김민지'], '환경부가 12일 발표했다.'],
    ['(서울=연합뉴스) 정부는 12일 발표했다.', ['서울'], '연합뉴스', [], '정부는 12일 발표했다.'],
  ])('reads "%s"', (paragraph, locations, agency, authors, rest) => {
    expect(findDateline(paragraph, '')).toEqual({ dateline: { locations, agency }, rest, authors });
  });
});

describe('Function: findDateline (Japanese wire openings)', () => {
  it.each([
    ['【北京=共同】中国の首都北京で、日本料理店の閉店が相次いでいる。', ['北京'], '共同', '中国の首都北京で、日本料理店の閉店が相次いでいる。'],
    ['【ワシントン共同】米政府は5日、新たな制裁を発表した。', ['ワシントン'], '共同', '米政府は5日、新たな制裁を発表した。'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    expect(findDateline(paragraph, '')).toEqual({ dateline: { locations, agency }, rest });
  });
});

describe('Function: findDateline (a day without its year)', () => {
  it('reads "KERICHO, Sept 30 —" as the place, without a date', () => {
    expect(findDateline('KERICHO, Sept 30 — More than 48,000 farmers were paid.', '')).toEqual({
      dateline: { locations: ['KERICHO'], agency: null },
      rest: 'More than 48,000 farmers were paid.',
    });
  });
});

describe('Function: findDateline (weekdays, glued dashes and full stops)', () => {
  it('reads "ORANGE BAY, Mon. Mar. 4, 2024--" as the place and the date', () => {
    expect(findDateline('ORANGE BAY, Mon. Mar. 4, 2024-- Farmers voted on Sunday.', '')).toEqual({
      dateline: { locations: ['ORANGE BAY'], agency: null },
      rest: 'Farmers voted on Sunday.',
      publishedAt: '2024-03-04',
    });
  });

  it('reads "Port es Verde. Farmers …" as a place closed by a full stop, at the opening only', () => {
    expect(findDateline('Port es Verde. Farmers are waiting for their money.', 'Port es Verde. Farmers are waiting.')).toEqual({
      dateline: { locations: ['Port es Verde'], agency: null },
      rest: 'Farmers are waiting for their money.',
      openingOnly: true,
    });
  });

  it('takes one word before a full stop for a place only when the text names it inside a sentence', () => {
    const opening = 'Kilwa. Traders reopened the market on Monday.';
    expect(findDateline(opening, `${opening} Prices in Kilwa fell.`)?.dateline).toEqual({ locations: ['Kilwa'], agency: null });
    expect(findDateline('Well. I did not expect that at all.', 'Well. I did not expect that at all.')).toBeNull();
    expect(findDateline('Finally. The vote came.', 'Finally. The vote came, finally, after Finally.')).toBeNull();
  });
});

describe('Function: findDateline (a title-case place and day before a colon, a slashed wire after a dotted day)', () => {
  it('reads "Pokhara, Nov 3:" as the place', () => {
    expect(findDateline('Pokhara, Nov 3: Residents will go without water.', '')?.dateline).toEqual({ locations: ['Pokhara'], agency: null });
  });

  it('reads "GYUMRI, July 8. /ARVEST/." as the place and the wire', () => {
    expect(findDateline('GYUMRI, July 8. /ARVEST/. The government approved the plan.', '')).toEqual(
      expect.objectContaining({ dateline: { locations: ['GYUMRI'], agency: 'ARVEST' }, rest: 'The government approved the plan.' }),
    );
  });
});

describe('Function: findDateline (more wire and Gulf forms)', () => {
  it.each([
    ['Baku, 5 May (KNA). Freight traffic rose.', ['Baku'], 'KNA', 'Freight traffic rose.'],
    ['Rasht, SNA – More fingerlings were released.', ['Rasht'], 'SNA', 'More fingerlings were released.'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    expect(findDateline(paragraph, '')).toEqual({ dateline: { locations, agency }, rest });
  });

  it('reads "Abu Dhabi: The …" as a place that only the opening paragraph may have ("Fazit: …" opens later ones)', () => {
    expect(findDateline('Abu Dhabi: The health department will start.', '')).toEqual({
      dateline: { locations: ['Abu Dhabi'], agency: null },
      rest: 'The health department will start.',
      openingOnly: true,
    });
  });

  it.each(['Update: The council has voted.', 'Q: What happens next?', 'Dr: The patient is fine.'])('reads no place in "%s"', (paragraph) => {
    expect(findDateline(paragraph, '')).toBeNull();
  });
});

describe('Function: findDateline (a press release\'s town and full date)', () => {
  it.each([
    ['Valladolid, 6 de febrero de 2024.– La Fundación ha presentado una denuncia.', 'Valladolid', '2024-02-06'],
    ['Berlin, 6. Februar 2024 – Die Stiftung hat heute gewarnt.', 'Berlin', '2024-02-06'],
    ['London, March 3, 2024 — The charity said on Monday.', 'London', '2024-03-03'],
  ])('reads "%s"', (paragraph, place, date) => {
    expect(findDateline(paragraph, '')).toEqual(expect.objectContaining({ dateline: { locations: [place], agency: null }, publishedAt: date }));
  });
});

describe('Function: findDateline (agency in capitals after the day, agency as a site name)', () => {
  it.each([
    ['Bakı, 12 mart, AZƏRTAC İçərişəhərdə yarmarka açılıb.', 'Bakı', 'AZƏRTAC'],
    ['ԵՐԵՎԱՆ, 12 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Երևանի մետրոպոլիտենը նոր վագոններ կստանա։', 'ԵՐԵՎԱՆ', 'ԱՐՄԵՆՊՐԵՍ'],
    ['BANDUNG, KABARNUSA.com – Pemerintah Provinsi Jawa Barat menyiapkan bantuan.', 'BANDUNG', 'KABARNUSA.com'],
  ])('reads "%s"', (paragraph, place, agency) => {
    expect(findDateline(paragraph, '')?.dateline).toEqual({ locations: [place], agency });
  });

  it('reads no dateline in "Paris, 12 March, the mayor said."', () => {
    expect(findDateline('Paris, 12 March, the mayor said it would rain.', '')).toBeNull();
  });
});

describe('Function: findDateline (a colon dateline with its day, a Gulf agency between slashes)', () => {
  it('reads "POKHARA, March 3, 2021:" with its date, and "أبوظبي في 12 مارس / وام /"', () => {
    expect(findDateline('POKHARA, March 3, 2021: The survey found encroachment on the lake.', '')).toEqual(
      expect.objectContaining({ dateline: { locations: ['POKHARA'], agency: null }, publishedAt: '2021-03-03' }),
    );
    expect(findDateline('أبوظبي في 12 مارس / وام / أطلقت وزارة الاقتصاد برنامجا جديدا.', '')?.dateline).toEqual({ locations: ['أبوظبي'], agency: 'وام' });
  });
});

describe('Function: findDateline (an agency after the date and a dash, between slashes, or an outlet for the place)', () => {
  it.each([
    ['PORT OF SPAIN, Trinidad, Jun 14, CMC – Growers say the rains came late.', ['PORT OF SPAIN', 'Trinidad'], 'CMC'],
    ['DARKHAN/MONTSAME/. The provincial governor opened the new clinic.', ['DARKHAN'], 'MONTSAME'],
    ['Ulaanbaatar /MONTSAME/. The number of animals lost has passed four million.', ['Ulaanbaatar'], 'MONTSAME'],
    ['TAMPERE (STT) Pirkanmaan pelastuslaitos kehottaa välttämään liikkumista.', ['TAMPERE'], 'STT'],
    ['BERGEN (NTB): Byggingen av Bybanen vil koste mer.', ['BERGEN'], 'NTB'],
    ['VILNIUS, kovo 5 d. (ELTA). Vilniaus miesto taryba pritarė.', ['VILNIUS'], 'ELTA'],
    ['Valley Express — The district council on Tuesday approved the plan.', [], 'Valley Express'],
    ['Liepāja, 27.februāris, LETA. No 1. aprīļa Liepājā sadārdzināsies biļetes.', ['Liepāja'], 'LETA'],
    ['Bakı, 5 mart, ELTA. Şəhər icra hakimiyyəti yeni layihəni təqdim edib.', ['Bakı'], 'ELTA'],
    ["ACN Figueres.-Els ajuntaments del litoral han acordat tancar les dutxes.", ['Figueres'], 'ACN'],
    ['KOŠICE. Od pondelka sa električky vyhnú historickému centru.', ['KOŠICE'], null],
  ])('reads "%s"', (paragraph, locations, agency) => {
    expect(findDateline(paragraph, '')?.dateline).toEqual({ locations, agency });
  });

  it('reads "WASHINGTON, March 19, 2024 – The U.S. Department …" as the place and the date, not "The U.S" as an agency', () => {
    expect(findDateline('WASHINGTON, March 19, 2024 – The U.S. Department of Agriculture today announced $182 million.', '')).toEqual({
      dateline: { locations: ['WASHINGTON'], agency: null },
      rest: 'The U.S. Department of Agriculture today announced $182 million.',
      publishedAt: '2024-03-19',
    });
  });

  it('reads no dateline from an acronym the text uses again, "NATO. The alliance …"', () => {
    const paragraph = 'NATO. The alliance said on Monday that NATO ministers would meet in June.';

    expect(findDateline(paragraph, paragraph)).toBeNull();
  });

  it('reads no dateline from capitals and parentheses without a dash when they name no known agency', () => {
    expect(findDateline('NATO (The alliance) Members met in Brussels on Tuesday.', '')).toBeNull();
  });

  it('still reads a town before a dash as a place', () => {
    expect(findDateline('Harbour Grace – The council met on Monday.', '')?.dateline).toEqual({ locations: ['Harbour Grace'], agency: null });
  });
});

describe('Function: findDateline (a place closed by ".-", a news service after the day)', () => {
  it.each([
    ['Xalapa, Veracruz.- La comisión anunció el tandeo.', ['Xalapa', 'Veracruz'], null],
    ['Monterrey.- El gobierno estatal anunció.', ['Monterrey'], null],
    ['NUR-SULTAN. QAZNEWS – The government approved the plan.', ['NUR-SULTAN'], 'QAZNEWS'],
    ['Udupi, Mar 9 (Coastal News Network): The state announced relief.', ['Udupi'], 'Coastal News Network'],
  ])('reads "%s"', (paragraph, locations, agency) => {
    expect(findDateline(paragraph, '')?.dateline).toEqual({ locations, agency });
  });
});

describe('Function: findDateline (a day with its year before the agency)', () => {
  it('reads "ABU DHABI, 3rd May, 2023 (EWA) --" as the place and the agency', () => {
    expect(findDateline('ABU DHABI, 3rd May, 2023 (EWA) -- The joint venture announced a contract.', '')?.dateline).toEqual({ locations: ['ABU DHABI'], agency: 'EWA' });
  });
});

describe('Function: findDateline (a Russian wire closed by a full stop)', () => {
  it('reads "МОСКВА, 3 мар — РИА Новости." as the place and the agency', () => {
    const found = findDateline('МОСКВА, 3 мар — РИА Новости. Министерство просвещения предложило новые нормы.', '');
    expect([found?.dateline, found?.rest]).toEqual([{ locations: ['МОСКВА'], agency: 'РИА Новости' }, 'Министерство просвещения предложило новые нормы.']);
  });
});

describe('Function: findDateline (RIA in title case, an Arabic place with a shadda)', () => {
  it('reads "Казань, 3 марта - РИА Новости." as the place and the agency', () => {
    expect(findDateline('Казань, 3 марта - РИА Новости. Сильный снегопад парализовал город.', '')?.dateline).toEqual({ locations: ['Казань'], agency: 'РИА Новости' });
  });

  it('reads "عمّان - …" as the place', () => {
    expect(findDateline('عمّان - كشفت أمانة عمّان الكبرى عن خطة جديدة', '')?.dateline).toEqual({ locations: ['عمّان'], agency: null });
  });
});

describe('Function: findDateline (a month-first day before a capitalized agency)', () => {
  it('reads "Baku, April 9, AZPRESS The …" as the place and the agency', () => {
    expect(findDateline('Baku, April 9, AZPRESS The government approved the corridor plan.', '')?.dateline).toEqual({ locations: ['Baku'], agency: 'AZPRESS' });
  });
});

describe('Function: findDateline (the reporter before the agency inside its marks)', () => {
  it('takes the agency for the agency and the reporter for an author', () => {
    expect(findDateline('Варна, 3 май /Петър Колев, БТА/ Пристанището отчете рекорден товарооборот.', '')).toEqual({
      dateline: { locations: ['Варна'], agency: 'БТА' },
      rest: 'Пристанището отчете рекорден товарооборот.',
      authors: ['Петър Колев'],
    });
  });
});

describe('Function: findDateline (an agency in title case after the place and day)', () => {
  const opening = 'Şəki, 12 may, Dağ Xəbər. Rayonda fındıq bağlarının sahəsi artıb.';

  it('reads the agency when the page names it again', () => {
    expect(findDateline(opening, `DAĞ XƏBƏR\n${opening}\nDağ Xəbər-ə danışan fermer bildirib.`)?.dateline).toEqual({ locations: ['Şəki'], agency: 'Dağ Xəbər' });
  });

  it('reads nothing when the words stand there only', () => {
    expect(findDateline(opening, opening)).toBeNull();
  });
});

describe('Function: findDateline (a Japanese place in lenticular brackets)', () => {
  it('reads "【小樽】" as the place, but not a label such as "【速報】"', () => {
    expect(findDateline('【小樽】小樽市は10日、運河沿いの遊歩道を改修すると発表した。', '')?.dateline).toEqual({ locations: ['小樽'], agency: null });
    expect(findDateline('【速報】小樽市で大雨警報が出された。', '')).toBeNull();
  });
});

describe('Function: findDateline (an outlet in parentheses before the dash, no place)', () => {
  it('reads "(TMT) - " as the agency, but leaves ANSA\'s "(ANSA) - BOLOGNA, 9 MAG -" to its own reading and a label alone', () => {
    expect(findDateline('(TMT) - Sáng 6/6, dọc các tuyến kênh nội đồng tiếng máy bơm nổ liên tục.', '')?.dateline).toEqual({ locations: [], agency: 'TMT' });
    expect(findDateline('(ANSA) - BOLOGNA, 9 MAG - La biblioteca riapre dopo i lavori.', '')?.dateline.locations).toEqual(['BOLOGNA']);
    expect(findDateline('(UPDATED) - The council met again on Tuesday.', '')).toBeNull();
  });
});

describe('Function: findDateline (a place closed by the danda)', () => {
  it('reads "भोपाल।" as the dateline when the text names the town again, but not a word it prints once', () => {
    const paragraph = 'भोपाल। शहर के पुराने हिस्से में आज से नई बस सेवा शुरू हुई।';

    expect(findDateline(paragraph, `भोपाल में बस सेवा\n${paragraph}`)?.dateline).toEqual({ locations: ['भोपाल'], agency: null });
    expect(findDateline('धन्यवाद। आज हम नई योजना की बात करेंगे।', 'धन्यवाद। आज हम नई योजना की बात करेंगे।')).toBeNull();
  });
});

describe('Function: findDateline (a web address after the place)', () => {
  it('takes the site for the agency, not for a second place', () => {
    expect(findDateline('SEMARANG, KABARJATENG.COM - Hujan deras merendam ratusan rumah di pesisir.', '')?.dateline).toEqual({ locations: ['SEMARANG'], agency: 'KABARJATENG.COM' });
  });

  it('reads the site named by the masthead as the agency after the place, "SEMARANG, KABARJATENG —", but keeps two places under a masthead that only starts with it', () => {
    // Prepare
    const paragraph = 'SEMARANG, KABARJATENG — Hujan deras merendam ratusan rumah di pesisir.';

    // Act
    const [underItsMasthead, underAnother] = [findDateline(paragraph, 'Kabar Jateng - Berita Hari Ini\nBeranda'), findDateline(paragraph, 'Kabar Jateng Raya - Suara Pantura\nBeranda')];

    // Assess
    expect(underItsMasthead?.dateline).toEqual({ locations: ['SEMARANG'], agency: 'KABARJATENG' });
    expect(underAnother?.dateline).toEqual({ locations: ['SEMARANG', 'KABARJATENG'], agency: null });
  });
});

describe('Function: findDateline (Kazakh and Russian wires; an Arabic agency after the dash)', () => {
  it.each([
    ['Шымкент. 12 марта. ЮжИнформ – Стоимость проезда вырастет с апреля.', ['Шымкент'], 'ЮжИнформ', 'Стоимость проезда вырастет с апреля.'],
    ['الشارقة - وام: أعلنت الهيئة توسيع الخدمة.', ['الشارقة'], 'وام', 'أعلنت الهيئة توسيع الخدمة.'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    expect(findDateline(paragraph, '')).toEqual({ dateline: { locations, agency }, rest });
  });

  it('takes no verb of saying for an Arabic agency', () => {
    expect(findDateline('الشارقة - قال: أعلنت الهيئة توسيع الخدمة.', '')?.dateline.agency ?? null).toBeNull();
  });
});

describe('Function: findDateline (Indic scripts before a colon, Urdu places with the agency in parentheses, camel-case agencies)', () => {
  it.each([
    ['சென்னை: துறைமுகத்தில் புதிய படகுத் துறை நேற்று திறக்கப்பட்டது.', ['சென்னை'], null, 'துறைமுகத்தில் புதிய படகுத் துறை நேற்று திறக்கப்பட்டது.'],
    ['नई दिल्ली: बंदरगाह पर नया घाट कल खोला गया।', ['नई दिल्ली'], null, 'बंदरगाह पर नया घाट कल खोला गया।'],
    ['کراچی (اے پی پی) بندرگاہ پر نیا گھاٹ کل کھول دیا گیا۔', ['کراچی'], 'اے پی پی', 'بندرگاہ پر نیا گھاٹ کل کھول دیا گیا۔'],
    ['ОРАЛ. ҚазАқпарат – Айлақтағы жаңа айлақ дүйсенбіде ашылады.', ['ОРАЛ'], 'ҚазАқпарат', 'Айлақтағы жаңа айлақ дүйсенбіде ашылады.'],
  ])('reads "%s"', (paragraph, locations, agency, rest) => {
    expect(at(paragraph)).toEqual({ dateline: { locations, agency }, rest });
  });

  it('reads no dateline from a longer Indic phrase before a colon', () => {
    expect(at('துறைமுக வாரியத் தலைவர் நேற்று கூறியதாவது: புதிய படகுத் துறை விரைவில் திறக்கப்படும்.')).toBeNull();
  });
});

describe('Function: findDateline (a place, a day in the site\'s language and the agency)', () => {
  it.each([
    ['Klaipėda, gegužės 16 d. (ELTA). Nuo birželio keltų bendrovė didina kainas.', ['Klaipėda'], 'ELTA'],
    ['Berlin, 16. Mai (dpa). Die Bahn erhöht die Preise im Nahverkehr.', ['Berlin'], 'dpa'],
    ['Daugavpils, 11. apr., LETA. Domes deputāti ceturtdien nolēma apvienot skolas.', ['Daugavpils'], 'LETA'],
    ['पोखरा — महानगरपालिकाले फेवाताल किनारमा काम सुरु गरेको छ ।', ['पोखरा'], null],
  ])('reads "%s"', (paragraph, locations, agency) => {
    expect(at(paragraph)?.dateline).toEqual({ locations, agency });
  });

  it('reads no dateline from a sentence that opens with a place and a day', () => {
    expect(at('Daugavpils, 11. aprīlī, bija silts. Deputāti sanāca ārkārtas sēdē.')).toBeNull();
  });
});

describe('Function: findDateline (an Indic or Burmese place with the day)', () => {
  it.each([
    ['रत्नागिरी, ता. 17 : गेल्या आठवड्यात पाऊस झाला.', 'रत्नागिरी'],
    ['ਬਠਿੰਡਾ, 9 ਨਵੰਬਰ – ਝੋਨੇ ਦੀ ਵਾਢੀ ਤੋਂ ਬਾਅਦ ਕਿਸਾਨ ਆਏ।', 'ਬਠਿੰਡਾ'],
    ['ကျိုက်မရော၊ ဇွန် 18 — မွန်ပြည်နယ်တွင် မိုးရွာသည်။', 'ကျိုက်မရော'],
  ])('reads the place of "%s"', (paragraph, place) => {
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: [place], agency: null });
  });
});

describe('Function: findDateline (an Indic place and its news service; a month before the day)', () => {
  it('reads "విజయవాడ, న్యూస్‌టుడే:" as the place and the news service, joiner kept', () => {
    const paragraph = 'విజయవాడ, న్యూస్\u200Cటుడే: కృష్ణా నదికి వరద ఉద్ధృతి పెరిగింది.';
    expect(findDateline(paragraph, paragraph)).toEqual({ dateline: { locations: ['విజయవాడ'], agency: 'న్యూస్\u200Cటుడే' }, rest: 'కృష్ణా నదికి వరద ఉద్ధృతి పెరిగింది.' });
  });

  it('reads "Place, 12-nji awgust (AGENCY)." with the day\'s ordinal ending', () => {
    const paragraph = 'Daşoguz, 12-nji awgust (DH). Welaýatyň bakjaçylary gawun ýygnaýarlar.';
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: ['Daşoguz'], agency: 'DH' });
  });

  it('reads "ବରଗଡ଼,12।1(ଉବାସେ):": an Indic place, the day and month joined by a danda, the news service in parentheses', () => {
    const paragraph = 'କଟକ,12।1(ଉବାସେ): ଜିଲ୍ଲାରେ ଧାନ କିଣାବିକା ମନ୍ଥର ଚାଲିଛି।';
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: ['କଟକ'], agency: 'ଉବାସେ' });
  });

  it('reads an Indic place before a dot operator ("കൽപറ്റ ∙")', () => {
    const paragraph = 'കോഴിക്കോട് ∙ നഗരത്തിൽ കനത്ത മഴ തുടരുന്നു.';
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: ['കോഴിക്കോട്'], agency: null });
  });

  it('reads "Place, Month 12, 2024 (AGENCY) –" with the month named in any language', () => {
    const paragraph = 'Adaamaa, Sadaasa 12, 2024 (OBN) – Qonnaan bultoonni gammadan.';
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: ['Adaamaa'], agency: 'OBN' });
  });
});

describe('Function: findDateline (a name in mixed capitals before a dash; session 24)', () => {
  it.each([
    ['CANews- More than three thousand musicians played on the square.', 'CANews'],
    ['AzerNews – The ministry said the line opens in May.', 'AzerNews'],
  ])('reads "%s" as filed by %s, no place', (paragraph, agency) => {
    expect(findDateline(paragraph, paragraph)?.dateline).toEqual({ locations: [], agency });
  });

  it('takes no surname in mixed capitals for an agency ("McDonald - The firm said.")', () => {
    expect(findDateline('McDonald - The firm said it would appeal.', '')?.dateline.agency ?? null).toBeNull();
  });
});

describe('Function: findDateline (a country of several words after the city)', () => {
  it('reads "ZENICA, Bosnia and Herzegovina (AA) -" as two places', () => {
    expect(findDateline('ZENICA, Bosnia and Herzegovina (AA) - The agency handed over a renovated school on Thursday.', '')?.dateline).toEqual({ locations: ['ZENICA', 'Bosnia and Herzegovina'], agency: 'AA' });
  });
});

describe('Function: findDateline (a day closed by a full stop before the agency)', () => {
  it('reads "BAKU, Azerbaijan, Nov. 14. (Trend) -"', () => {
    expect(findDateline('BAKU, Azerbaijan, Nov. 14. (Trend) - Azerbaijan and Bulgaria have signed a roadmap on gas supplies.', '')?.dateline).toEqual({ locations: ['BAKU', 'Azerbaijan'], agency: 'Trend' });
  });
});
