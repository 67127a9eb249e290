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

describe('Function: detectLanguage (Latin-script languages told apart by their function words)', () => {
  it.each([
    ['Halmashauri ya jiji imesema kuwa barabara mpya ya kwenda sokoni itakamilika mwezi ujao, lakini wafanyabiashara wanasema kazi hiyo imechelewa sana.', 'sw'],
    ['Majalisar birnin ta ce za a kammala sabuwar hanyar zuwa kasuwa a wata mai zuwa, amma yan kasuwa sun ce aikin ya dade sosai kuma wannan ba daidai ba ne.', 'ha'],
    ['Umkhandlu wedolobha uthi umgwaqo omusha oya emakethe uzophothulwa ngenyanga ezayo, kodwa abahwebi bathi lo msebenzi uthathe isikhathi eside kakhulu futhi abanelisekile.', 'zu'],
    ['Die stadsraad het gesê dat die nuwe pad na die mark volgende maand klaar sal wees, maar die handelaars sê die werk het te lank geneem en hulle is nie tevrede nie.', 'af'],
    ['Mae\'r cyngor wedi dweud y bydd y ffordd newydd i\'r farchnad yn barod fis nesaf, ond mae\'r masnachwyr yn dweud bod y gwaith wedi cymryd gormod o amser.', 'cy'],
    ['Dúirt an chomhairle go mbeidh an bóthar nua chuig an margadh réidh an mhí seo chugainn, ach deir na trádálaithe go bhfuil an obair ag glacadh rófhada agus níl siad sásta.', 'ga'],
    ['Thuirt a\' chomhairle gum bi an rathad ùr chun a\' mhargaidh deiseil an ath mhìos, ach tha na ceannaichean ag ràdh gu bheil an obair air a bhith ro fhada agus chan eil iad toilichte.', 'gd'],
    ['Udalak esan du merkaturako errepide berria datorren hilean amaituko dela, baina saltzaileek diote lana oso luze joan dela eta ez daudela pozik egin den horrekin.', 'eu'],
    ['Borgarráðið sagði að nýi vegurinn að markaðnum yrði tilbúinn í næsta mánuði, en kaupmennirnir segja að verkið hafi tekið allt of langan tíma og þeir eru ekki sáttir.', 'is'],
    ['Býráðið segði, at nýggi vegurin til marknaðin verður liðugur í næsta mánaði, men handlarnir siga, at arbeiðið hevur tikið alt ov langa tíð, og teir eru ikki nøgdir við tað.', 'fo'],
    ['Il-kunsill qal li t-triq il-ġdida għas-suq se tkun lesta x-xahar id-dieħel, iżda l-bejjiegħa jgħidu li x-xogħol ħa wisq żmien u huma mhumiex kuntenti b\'dan.', 'mt'],
    ['Këshilli i qytetit tha se rruga e re për në treg do të përfundojë muajin e ardhshëm, por tregtarët thonë se puna ka zgjatur shumë dhe ata nuk janë të kënaqur.', 'sq'],
    ['Sinabi ng konseho ng lungsod na ang bagong kalsada papunta sa palengke ay matatapos sa susunod na buwan, ngunit sinasabi ng mga tindero na masyadong matagal ang trabaho.', 'tl'],
    ['Golaha magaalada ayaa sheegay in waddada cusub ee suuqa loo maro la dhammaystiri doono bisha soo socota, laakiin ganacsatadu waxay sheegeen in shaqadu ay aad u daahday.', 'so'],
    ['Majlis bandaraya berkata jalan baharu ke pasar akan siap bulan depan, tetapi para peniaga berkata kerja itu telah mengambil masa terlalu lama kerana kontraktor tersebut lewat.', 'ms'],
    ['Dewan kota mengatakan jalan baru menuju pasar akan selesai bulan depan, tetapi para pedagang mengatakan pekerjaan itu sudah terlalu lama karena kontraktor tersebut terlambat.', 'id'],
    ['U cunsigliu municipale hà dettu chì a strada nova versu u mercatu serà finita u mese chì vene, ma i cummercianti dicenu chì u travagliu hè duratu troppu è ùn sò micca cuntenti.', 'co'],
    ['Lo conselh municipal a dich que la rota novèla cap al mercat serà acabada lo mes que ven, mas los comerçants dison que lo trabalh a durat tròp e que son pas contents dins lo vilatge.', 'oc'],
    ['Khansele ya toropo e rile go tla nna le tsela e ntšha go ya kwa mmarakeng, mme barekisi ba re tiro e tsere nako e telele thata gore ba itumele ka yone.', 'tn'],
    ['Lekgotla la toropo le itse ho tla ba le tsela e ntjha ho ya mmarakeng, empa barekisi ba re mosebetsi o nkile nako e telele haholo hore ba thabe ka ona.', 'st'],
    ['Na fai mai le fono a le taulaga o le a maeʻa le auala fou i le maketi i le masina fou, ae fai mai le au faʻatau ua umi tele le galuega ma latou te le fiafia ai.', 'sm'],
    ['Naʻe pehē ʻe he kosilio ʻo e kolo ʻe ʻosi ʻa e hala foʻou ki he maketi ʻi he māhina kahaʻú, ka ʻoku pehē ʻe he kau fakatau kuo fuoloa ʻaupito ʻa e ngāue.', 'to'],
    ['La urba konsilio diris, ke la nova vojo al la foirejo estos preta la venontan monaton, sed la vendistoj diras, ke la laboro daŭris tro longe kaj ili ne estas kontentaj.', 'eo'],
    ['Senatus urbis dixit viam novam ad forum mense proximo perfectam esse, sed mercatores dicunt opus nimis diu durasse et non sunt contenti, quod etiam per hiemem laboratum est.', 'la'],
    ['Lavaret en deus ar c\'huzul-kêr e vo echu an hent nevez war-zu ar marc\'had ar miz a zeu, met ar varc\'hadourien a lavar eo bet re hir al labour hag int n\'int ket laouen.', 'br'],
    ['Olukiiko lw\'ekibuga lugambye nti oluguudo oluggya olugenda mu katale lujja kuggwa omwezi ogujja, naye abasuubuzi bagamba nti omulimu gutwalidde ddala ekiseera kinene era tebasanyuse.', 'lg'],
    ['Dewan kota nyarios yén jalan anyar ka pasar bakal réngsé bulan hareup, tapi para padagang nyarios yén pagawéan éta geus lila teuing jeung maranéhna henteu sugema kana hasilna.', 'su'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (scripts of one language, Devanagari and Ethiopic by their words and letters)', () => {
  it.each([
    ['নগর পরিষদ জানিয়েছে যে বাজারে যাওয়ার নতুন রাস্তাটি আগামী মাসে শেষ হবে, কিন্তু ব্যবসায়ীরা বলছেন কাজটি অনেক দেরি হয়েছে।', 'bn'],
    ['சந்தைக்குச் செல்லும் புதிய சாலை அடுத்த மாதம் முடிவடையும் என்று நகர சபை கூறியது, ஆனால் வியாபாரிகள் வேலை மிகவும் தாமதமானது என்கின்றனர்.', 'ta'],
    ['မြို့တော်ကောင်စီက ဈေးသို့သွားသော လမ်းသစ်ကို လာမည့်လတွင် ပြီးစီးမည်ဟု ပြောသော်လည်း ကုန်သည်များက အလုပ်သည် အလွန်ကြာမြင့်နေသည်ဟု ဆိုသည်။', 'my'],
    ['ក្រុមប្រឹក្សាក្រុងបាននិយាយថា ផ្លូវថ្មីទៅផ្សារនឹងបញ្ចប់នៅខែក្រោយ ប៉ុន្តែអ្នកលក់និយាយថាការងារនេះយឺតពេកហើយ។', 'km'],
    ['የከተማው ምክር ቤት ወደ ገበያው የሚወስደው አዲሱ መንገድ በሚቀጥለው ወር እንደሚጠናቀቅ ገልጿል፣ ነገር ግን ነጋዴዎቹ ሥራው በጣም እንደዘገየ ይናገራሉ።', 'am'],
    ['ቤት ምኽሪ ከተማ እቲ ናብ ዕዳጋ ዝወስድ ሓድሽ መገዲ ኣብ ዝመጽእ ወርሒ ክውዳእ እዩ ኢሉ፣ ግን ነጋዶ እቲ ስራሕ ኣዝዩ ከም ዝደንጎየ ኣብ ኣኼባ ይዛረቡ ኣለዉ።', 'ti'],
    ['नगर परिषद ने कहा है कि बाजार तक जाने वाली नई सड़क अगले महीने पूरी हो जाएगी, लेकिन व्यापारियों का कहना है कि काम में बहुत देर हो गई है और वे खुश नहीं हैं।', 'hi'],
    ['नगर परिषदेने सांगितले आहे की बाजारात जाणारा नवा रस्ता पुढील महिन्यात पूर्ण होईल, परंतु व्यापाऱ्यांचे म्हणणे आहे की काम खूप उशिरा झाले आहे आणि ते समाधानी नाहीत.', 'mr'],
    ['नगर परिषदले बजार जाने नयाँ सडक अर्को महिना सम्पन्न हुने बताएको छ, तर व्यापारीहरूले काम धेरै ढिलो भएको र उनीहरू सन्तुष्ट नभएको बताएका छन्।', 'ne'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('Function: detectLanguage (Cyrillic and Arabic-script alphabets by their own letters)', () => {
  it.each([
    ['Қалалық кеңес базарға апаратын жаңа жол келесі айда аяқталатынын айтты, бірақ саудагерлер жұмыс тым ұзаққа созылғанын айтады.', 'kk'],
    ['Шаардык кеңеш базарга баруучу жаңы жол кийинки айда бүтөрүн айтты, бирок соодагерлер иш өтө узакка созулганын айтышат.', 'ky'],
    ['Шәһәр советы базарга бара торган яңа юл киләсе айда төзелеп бетәчәген әйтте, ләкин сәүдәгәрләр эш бик озакка сузылды ди һәм алар риза түгел.', 'tt'],
    ['Ҡала советы баҙарға барған яңы юл киләһе айҙа тамамланасағын әйтте, ләкин сауҙагәрҙәр эш бик оҙаҡҡа һуҙылды ти.', 'ba'],
    ['Шӯрои шаҳр гуфт, ки роҳи нав ба бозор моҳи оянда ба анҷом мерасад, аммо тоҷирон мегӯянд, ки кор хеле дароз кашид.', 'tg'],
    ['Хотын зөвлөл захад хүрэх шинэ зам ирэх сард дуусна гэж мэдэгдсэн боловч худалдаачид ажил хэтэрхий удаан үргэлжилсэн гэж байна.', 'mn'],
    ['Гарадскі савет заявіў, што новая дарога да рынку будзе скончана ў наступным месяцы, але гандляры кажуць, што праца зацягнулася.', 'be'],
    ['Градскиот совет изјави дека новиот пат до пазарот ќе биде завршен следниот месец, но трговците велат дека работата трае предолго и не се задоволни.', 'mk'],
    ['Градско веће је саопштило да ће нови пут до пијаце бити завршен следећег месеца, али трговци кажу да је посао трајао предуго и да нису задовољни.', 'sr'],
    ['شہر کی کونسل نے کہا ہے کہ بازار جانے والی نئی سڑک اگلے مہینے مکمل ہو جائے گی، لیکن تاجروں کا کہنا ہے کہ کام میں بہت دیر ہو چکی ہے۔', 'ur'],
    ['د ښار شورا ویلي چې بازار ته نوې سړک به راتلونکې میاشت بشپړ شي، خو سوداګر وايي چې کار ډېر وځنډېد او دوی خوښ نه دي.', 'ps'],
    ['شەھەر كېڭىشى بازارغا بارىدىغان يېڭى يولنىڭ كېلەر ئايدا پۈتىدىغانلىقىنى ئېيتتى، لېكىن سودىگەرلەر خىزمەتنىڭ بەك ئۇزاققا سوزۇلغانلىقىنى ئېيتىدۇ.', 'ug'],
    ['ئەنجوومەنی شار ڕایگەیاند کە ڕێگای نوێی بازاڕ مانگی داهاتوو تەواو دەبێت، بەڵام بازرگانەکان دەڵێن کارەکە زۆر دواکەوتووە.', 'ku'],
    ['شهر جي ڪائونسل چيو آهي ته بازار ڏانهن ويندڙ نئون رستو ايندڙ مهيني مڪمل ٿيندو، پر واپارين جو چوڻ آهي ته ڪم ۾ تمام گهڻي دير ٿي چڪي آهي.', 'sd'],
  ])('detects the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
