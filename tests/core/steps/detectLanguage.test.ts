import { detectLanguage } from '#core/steps/detectLanguage';

describe('Function: detectLanguage', () => {
  it('detects English', () => {
    // Prepare
    const text = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts, and the money will pay for new pontoons.';

    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe('en');
  });

  it('detects German', () => {
    // Prepare
    const text = 'Der Gemeinderat hat am Dienstag beschlossen, den Radweg an der Lindenallee zu verbreitern, weil immer mehr Menschen mit dem Fahrrad fahren.';

    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe('de');
  });

  it('detects Persian by its own letters', () => {
    // Prepare
    const text = 'خط هفت متروی تهران پس از چند سال تأخیر برای مسافران گشایش یافت و ایستگاه‌های جدید آماده شدند';

    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe('fa');
  });

  it('detects Arabic', () => {
    // Prepare
    const text = 'افتتح المجلس البلدي يوم الثلاثاء الجسر الجديد فوق النهر بعد سنوات من الانتظار والعمل المتواصل';

    // Act
    const language = detectLanguage(text);

    // Assess
    expect(language).toBe('ar');
  });

  it('returns null when the text is too short to tell', () => {
    // Act
    const language = detectLanguage('Hi there');

    // Assess
    expect(language).toBeNull();
  });
});

describe('Function: detectLanguage (Czech beside Polish, Azerbaijani beside Turkish)', () => {
  it.each([
    ['Kraj letos vydá na opravy silnic víc než loni, podle radních je třetina z nich v havarijním stavu a bude se opravovat také přes léto.', 'cs'],
    ['Miasto zapowiada, że remont mostu potrwa do jesieni, a objazd przez centrum nie zostanie skrócony, co się nie podoba kierowcom.', 'pl'],
    ['Şəhərdə yeni su anbarının tikintisinə başlanılıb və layihə üçün vəsait dövlət tərəfindən ayrılıb, işlər isə iki il çəkəcək.', 'az'],
    ['Belediye bu yıl için yeni bir metro hattı planlıyor ve hattın daha çok yolcu taşıması bekleniyor, ama ihale tarihi henüz belli değil.', 'tr'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (Catalan beside Spanish, Vietnamese, Bulgarian beside Russian)', () => {
  it.each([
    ['El parc natural preveu un aparcament a l’entrada de la ciutat i un bus cada vint minuts, però els veïns diuen que també cal més places.', 'ca'],
    ['El ayuntamiento prevé un aparcamiento a la entrada de la ciudad y un autobús cada veinte minutos, pero los vecinos piden más plazas.', 'es'],
    ['Hà Nội sẽ mở thêm ba tuyến xe buýt điện nối sân bay với trung tâm, và giá vé của các tuyến này được chia theo chặng.', 'vi'],
    ['Спасителите на плажа в Бургас са подготвени за сезона, като общината е наела още двадесет души и е купила нова лодка.', 'bg'],
    ['Спасатели на пляже в Бургасе готовы к сезону: город нанял ещё двадцать человек и купил новую лодку, сообщили в мэрии.', 'ru'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (Baltic, South Slavic and Nordic neighbours)', () => {
  it.each([
    ['Košická nemocnica otvorila nový urgentný príjem, čakanie sa má skrátiť na polovicu a pacienti budú ošetrení aj v noci.', 'sk'],
    ['Vzpenjača na Pohorje je zaprta že od januarja, mestni svet pa bo o njeni usodi odločal konec meseca, ko bo znan tudi načrt.', 'sl'],
    ['Obnova Gornjega grada trajat će još dvije godine, a cijene radova su porasle tijekom prošle godine, rekao je gradonačelnik.', 'hr'],
    ['Cene na beogradskim pijacama su porasle tokom zime, a prodavci kažu da će paradajz biti skuplji i posle Uskrsa.', 'sr'],
    ['Vilniaus taryba pritarė, kad bilietai brangs, bet moksleiviams ir senjorams kainos nesikeis, o tai yra gera žinia su sąlyga.', 'lt'],
    ['Akmens tilts tiks slēgts uz divām nedēļām, un satiksme no Pārdaugavas uz centru būs jāorganizē pa citiem tiltiem.', 'lv'],
    ['Rail Balticu raudteetammi ehitus Riia lähistel on edenenud kiiremini, kui oli plaanitud, ja see valmib juba järgmisel aastal.', 'et'],
    ['Letbanen i Odense kørte med flere passagerer end nogensinde i februar, og byrådet vil nu have flere afgange om aftenen.', 'da'],
    ['Bybanen til Åsane blir dyrere enn ventet, og byrådet må nå finne mer penger etter at kostnadsanslaget ble oppjustert.', 'no'],
    ['O muíño de Vilar volveu moer despois de corenta anos e os veciños non quixeron perder a primeira moenda da nova roda.', 'gl'],
    ['O moinho de Vilar voltou a moer depois de quarenta anos e os vizinhos não quiseram perder a primeira moagem da nova roda.', 'pt'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (Spanish beside Catalan)', () => {
  it('tells Spanish from Catalan by their own words', () => {
    const es = 'Habitantes de 43 colonias de la ciudad se quedarán sin servicio de agua durante 36 horas este fin de semana, debido a los trabajos de mantenimiento en el acueducto que abastece a la zona poniente y también a las colonias del sur, según informó el organismo por la mañana.';
    const ca = 'Els veïns de 43 barris de la ciutat es quedaran sense aigua durant 36 hores aquest cap de setmana, per les obres de manteniment a la canonada que abasteix la zona i també els barris del sud, segons va informar l’organisme amb un comunicat.';

    expect([detectLanguage(es), detectLanguage(ca)]).toEqual(['es', 'ca']);
  });
});
