import { captionText, isBoilerplate, isBreadcrumb, isCaptionLine, isCommentActionLine, isCommentControl, isCreditOnly, isHeadlineTicker, isMenuItem, isProse, isShareLine, isTailMarker, isWeakTailMarker } from '#core/steps/classifyLine';

describe('Function: isProse', () => {
  it.each([
    'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.',
    'Der Gemeinderat hat am Dienstag beschlossen, den Radweg an der Lindenallee zu verbreitern.',
  ])('is true for the sentence "%s"', (text) => {
    // Assess
    expect(isProse(text)).toBe(true);
  });

  it.each(['Harbour tolls rise for visiting yachts', 'Related news', 'Share this', 'Boats at dawn. (Photo: AFP)'])('is false for "%s"', (text) => {
    // Assess
    expect(isProse(text)).toBe(false);
  });
});

describe('Function: isBoilerplate', () => {
  it.each([
    'Proudly powered by WordPress | Theme: Harbourline by Quaywork.',
    'Share',
    'Print',
    'Copyright © 2021 Coast Post',
    'Your email address will not be published. Required fields are marked *',
    'We use cookies to give you the best experience on our site.',
    'Sign up for our weekly newsletter',
    'Comments are welcomed and encouraged on this site, but some are edited.',
    'Skip to content',
    'Pingback: Cruise berth plan: what we know so far | The Quayside',
    'Story continues below advertisement',
    'Lesezeit: 3 Min.',
    'Artikel teilen',
    'SKIP ADVERTISEMENT',
    'Share full article',
    'Image source, Getty Images',
    'Photo credit: Northshire Council',
    'Image',
    '| Permalink | Comments (5)',
    'mit Material von dpa',
    'Lesen Sie auch Hafen-Umschlag sinkt im vierten Quartal erneut',
    'With files from The Canadian Press',
    'How does this story make you feel?',
    'Quelle: https://www.example.de/region/verkehr/artikel-123',
    'Haberi Paylaş',
    'صفحه اصلی',
    'Sie müssen angemeldet sein, um einen Kommentar zu schreiben. Jetzt anmelden oder kostenlos registrieren.',
    'About Us Contact Terms of Use Privacy Policy Do Not Sell or Share My Personal Information',
    'The Harbour Post reserves the right not to publish talkbacks that contain insults.',
    'Enlace permanente · 3 comentarios',
    'Watch: Skaters show off the temporary ramps',
    'Listen: Ines Carvalho discusses this essay on the Harbour Review Podcast.',
    'Episode 88 · Who Keeps the Tide Tables? · 41 min',
    'The views expressed by contributing columnists are their own and do not necessarily reflect those of The Harbour Review.',
    "Editor's note: Ines Carvalho is a former harbour commissioner. The views expressed are her own.",
    'The Review welcomes guest columns. Opinions expressed are those of the author and not necessarily of the Review.',
    'Have something to say? Letters to the editor should be 250 words or fewer.',
    'Want to respond? Send your letter (max. 400 words) to letters@review.example',
    'Audio playback is not supported on your browser. Please upgrade.',
    'Comments containing insults, or that are not in English, will not be published.',
    "Talkbacks are published subject to the site's terms of use. Please refrain from slander and incitement.",
    'Comments are published after review by the editor.',
    'تخطي إلى المحتوى الرئيسي',
    'النشر أيضاً على فيسبوك',
    'Um kommentieren zu können, müssen Sie angemeldet sein.',
    'Комментарии модерируются. Оскорбления и ссылки удаляются.',
    'Get breaking news from across the region delivered to your phone.',
    "Get real-time updates on the country's biggest stories. Click here to join.",
    'Get the TechLedger Daily newsletter',
    'Enter your email',
    'By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice.',
    'This article appeared in the May 2023 issue of Wayfare. Subscribe to get the magazine delivered to your door.',
    '← Previous post: A brass carriage clock with a mind of its own',
    'Comments on this page are now closed.',
    'Sort by: Oldest | Newest | Recommended',
    'Post Reply   Search this topic…   12 posts • Page 1 of 2',
    '(360) 555-0199 | press@harbourside.gov',
    'View all comments on the full site',
    'Send us your photos and videos on WhatsApp: 07700 900123',
    'Envie sua foto ou vídeo para o WhatsApp da Folha do Porto: (21) 99555-0100',
    'Sort: Top | Newest',
    'Add a comment...',
    '• 6 min read',
    '📲 Participe do canal do Portal Vale no WhatsApp',
    'Подпишитесь на наш канал в Telegram',
    "Google News'te takip et",
    'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter',
    'Meld je aan voor onze nieuwsbrief',
    'Kabul Et',
    '👁 2 341',
    '5 Beiträge • Seite 1 von 1',
    'Advertisement · Scroll to continue',
    '‹ Previous   Next ›',
    'Weiterer Text über ots.',
    '(red, APA, 14.3.2024)',
    'Diskutieren Sie mit!',
    'Fehler gefunden? Jetzt melden.',
    'Vergrößern des Bildes',
    'The views expressed are those of the author.',
    '(Reporting by Emre Yıldız in Ankara; Editing by Paul Lindqvist)',
    'Los comentarios publicados son de exclusiva responsabilidad de sus autores.',
    'اشتراک‌گذاری',
    'Veröffentlicht in Aktuelles, Streuobstwiese | Verschlagwortet mit Kurse, Obstbaumschnitt',
    'Die Kommentare im Forum geben nicht notwendigerweise die Meinung der Redaktion wieder.',
    'Type your email…',
    'Field Notes from Upper Carrow is a reader-supported publication. To receive new posts, consider becoming a subscriber.',
    'Write a comment...',
    'This entry was posted in News, Surveys and tagged avocets, spring count. Bookmark the permalink.',
    '(This story has not been edited by The Deccan Ledger staff and is auto-generated from a syndicated feed.)',
    'Bild-Download',
    'This document is subject to copyright.',
    'Did you make this recipe? Tag @saltandstove on Instagram and hashtag it!',
    'Zurück zu „Wärmepumpen“',
    'Mitglieder in diesem Forum: 0 Mitglieder und 14 Gäste',
    'Çerez Politikası: Sitemizde deneyiminizi geliştirmek için çerezler kullanılmaktadır.',
    'Disclaimer: Comments do not represent the views of the Harbour Post. We reserve the right to exclude comments.',
    'The Quayside welcomes comments that are respectful. Comments do not reflect the views of The Quayside.',
    'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.',
    'This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.',
    '*Reposted from the Valley Gazette with permission. Support local news: subscribe at gazette.example*',
    'Support local journalism: become a member today.',
    'Olvasási idő: kb. 4 perc',
    'Bekijk ook: zo ziet de werf er vandaag uit (video)',
    'Share on Facebook Email This Link Share on X (formerly Twitter) Share on Pinterest Share on LinkedIn',
    'Soil & Signal is listener-supported. If you value the show, join us on Patreon from £3 a month.',
    'This episode is supported by listeners on our Patreon. If you like the show, consider chipping in – even $3 a month helps.',
    'Styling with Markdown is supported',
    'Sign in with GitHub',
    'Galerii: 12 fotot',
    'เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน',
    'ยอมรับทั้งหมด',
    'ตั้งค่าคุกกี้',
    'Maging unang magustuhan ito.',
    '« Nakaraang Post: Brigada Eskwela 2023: Ang Bubong ng Room 2',
    'পাঠকের মন্তব্য নবকণ্ঠের নিজস্ব মত নয়।',
    'Use the comment form below to begin a discussion about this content.',
    'About the authors: Jallah Kollie covers the counties for The Sentinel.',
    'All reactions:',
    'Add message | Report',
    'To comment on this thread you need to create a MumsTalk account.',
    'OP posts:',
    'You\'ve reached the end of this thread.',
    'cobweb-and-candle reblogged this from lanternfishlibrary',
    'dogearedpaperback liked this',
    'Ask me anything',
    '#ashgrove #local history #libraries #archives #long post #my nan is a legend',
    'Date of stay: July 2023',
    'This review is the subjective opinion of a Tripcritic member and not of Tripcritic LLC.',
    'Ask WanderingWelshman about Harbour Lights Hotel',
    'This article originally appeared on The Harlow Courier-Gazette:',
    'Stack Exchange network consists of 183 Q&A communities including Stack Overflow, the largest, most trusted online community for developers to learn, share their knowledge, and build their careers.',
    '212 users here now',
    'Submit a new text post',
    'Submit a new link',
    'Stack Exchange Network',
    'Create a Website Account - Manage notification subscriptions, save form progress and more.',
    'To plant trees in memory, please visit the Sympathy Store.',
    'Sponsored by Fennimore & Sons Funeral Home.',
    'Offer a condolence or memory. Entries are reviewed by our staff before they appear.',
    'Read the full transcript',
    'Soil & Signal is listener-supported.',
    'Check price on Amazon',
    'Back to District News',
    'Click here to sign up for WNVT 13 News breaking news alerts and daily headlines.',
    'Прочетете още: Пловдив въвежда зелена зона за паркиране около Цар Симеоновата градина',
    'Сподели във Facebook',
    'Die Kommentarfunktion für diesen Artikel wurde deaktiviert.',
    'הנהלת האתר אינה אחראית לתוכן התגובות',
    'لینک کوتاه کپی شد',
    'Подели на Фејсбуку',
    'Уредништво задржава право да коментаре не објави',
    'Колонка є формою блогу, в якому викладено особисту думку автора. Редакція може не поділяти точку зору автора.',
    'Pred pridaním komentára si prečítajte pravidlá diskusie. Komentáre porušujúce pravidlá budú odstránené.',
    'வாசகர்களின் கருத்துகள் அவர்களது சொந்தக் கருத்துகளே. அவற்றுக்கு இந்த இதழ் பொறுப்பேற்காது.',
    'Get the Mirror in your inbox every Friday. Subscribe now.',
    'Like this story? Follow the Lusaka Courier on WhatsApp for breaking news.',
    'Artiklen fortsætter under annoncen',
    'Коментарите се одговорност на авторите.',
    'Prečítajte si tiež: Košice kúpia 24 nových električiek, prvé prídu na jeseň',
    'Máte tip na článok? Napíšte nám na tipy@vychodnenoviny.sk',
    'Iruzkinak moderatuak dira.',
    'Artiklit ei saa kommenteerida.',
    'Warning: this website is blocked in Belarus. Use a VPN or our mirror sites to read us safely.',
    'Harbour Free Wire is recognised as an "extremist formation" by the authorities.',
    'Sharing our materials inside the country may be dangerous. Protect yourself.',
    'Manama Gazette, Al Hoora Publishing House, PO Box 1402, Manama',
    'Reproduction of this news item is allowed when the source is mentioned.',
    'RIPRODUZIONE RISERVATA © Copyright ANSA',
    'TRENDING: Ferry captain cleared after harbour collision',
    'Per commentare è necessario effettuare il login. I commenti sono moderati.',
    'Dodając komentarz, akceptujesz regulamin forum.',
    'By posting a comment you agree to our house rules.',
    'Skopiuj link',
    'Press Release – Harbour Water Authority',
    'Harbour Watch is a nonprofit newsroom that investigates abuses of power.',
    'This article was produced for the Local Reporting Network in partnership with the Valley Courier.',
    'Notices are published as received. The Courier is not responsible for the content of press releases.',
    'Receba as principais notícias do dia no seu e-mail',
    'Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.',
    'Become a Harbour Letter supporter from £3 a month.',
    'Galeria (3 zdjęcia)',
    '字号：大 中 小 分享到：微信 微博 QQ空间',
    'Enjoyed this story? Follow Harbour Courier on Facebook and Instagram for more island news.',
  ])('is true for "%s"', (text) => {
    // Assess
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each([
    'The board will share the cost with the town council.',
    'Printing costs rose sharply last year.',
    'Harbour tolls rise for visiting yachts',
    'Followers of the club packed the stand, and the channel was dredged last spring.',
    'Trending downwards since spring, ferry fares are now back where they stood in 2019.',
    'Why did the club leave? Follow the money on Facebook, one fan wrote, and the board took note of the joke.',
    'Accept the offer, the union told its members on Friday.',
    'The council voted to support local news outlets with a small grant scheme.',
    'Back to the harbour came the fishing fleet, two days late.',
    'Sponsored by the rotary club, the race raised money for the lifeboat.',
    'To reply to the council, residents have until Friday.',
    '#1 in the league for the second year running',
    'Related Party Transactions Rise Again',
    'Trending Topics In Energy Policy',
  ])('is false for the article line "%s"', (text) => {
    // Assess
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isTailMarker', () => {
  it.each(['Related news', 'Latest news', 'Leave a Reply', 'Submit a Comment Cancel reply', 'თეგები: რთველი, კახეთი', 'მსგავსი სიახლეები', 'सबसे ज़्यादा पढ़ी गई', 'You may also be interested in:', 'Listener comments (5)', 'Media contact: Rosalind Achebe, Public Information Officer', 'More letters', 'Добави коментар', 'Más información', 'הוסיפו תגובה', 'Повезане вести', 'Поврзани вести', 'Lotutako albisteak', 'Add your comment', 'Přidat příspěvek Pravidla diskuse', 'Nejčtenější', 'External Links', 'Kategorie: Beskidy, Relacje z wypraw Tagi: zima', 'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ', '12 thoughts on “Harbour tolls rise”', 'Related posts', '3 Kommentare', 'Suggested Topics:', 'Media Contact:', 'Escribir un comentario', 'Back to the article', '###', '#', '-30-', '-0-', 'Read Next', 'More information: Lucia Brandt et al, Journal of Benthic Geochemistry (2025)', 'Provided by Carrow University', 'Notícies relacionades', 'Noticias relacionadas', 'Berita terkait', 'Tin liên quan', 'Temes: mobilitat, parc natural', 'Lämna ett svar', 'Published in Civic Notebook', 'Čítajte aj:', 'Pročitajte još:', 'Preberite še:', 'Taip pat skaitykite:', 'Lasi arī:', 'Læs også:', 'Tagovi: pijace, cene', 'Žymės: Vilnius', 'Atslēgvārdi: Rīga', 'Najčítanejšie', 'Mest læste', 'Potrebbe interessarti anche', 'Polecane', 'Zobacz też', '网友评论', 'עוד בחדשות 360', 'Související', 'தொடர்புடைய செய்திகள்'])(
    'is true for "%s"',
    (text) => {
      // Assess
      expect(isTailMarker(text)).toBe(true);
    },
  );

  it('is false for a sentence that starts with "Related"', () => {
    // Assess
    expect(isTailMarker('Related questions will be discussed at the next meeting.')).toBe(false);
  });
});

describe('Function: isCaptionLine', () => {
  it.each([
    'Yachts at the east pontoon. (Photo: Lena Fisk)',
    'Der neue Radweg. Foto: dpa',
    'Storm damage on the pier (AFP)',
    'The fuel berth / Reuters',
    'A ranger measures a bore hole in an old oak.Credit...Lena Marsh for The Daily Record',
    'Image caption, The toilets on the promenade were built in 1962',
    '[Image: Skaters at the old car park ramp]',
    'Bildunterschrift: Einsatzkräfte sichern die überflutete Uferstraße. Foto: dpa',
    'Die Wiese am Mühlbach bleibt vorerst unbebaut. © Sabine Lutz',
    'Ein Ersatzbus am Bahnhof Greifenau. (Quelle: Lena Hartwig/Rundblick)',
    'A family inspects the remains of their house after nearly 34 years. [Photo: Tamil Horizon, 12 September 2024]',
    'A section of the coastal highway bypass, which opened to traffic in March. Contributed',
    'A farmer sorts burnt grain outside his home. / Supplied',
    'Members of the cooperative sort nuts at the new plant on Monday. PHOTO/RONALD SSEMPIJJA',
    'Nowy rondo przy ulicy Kolejowej otwarto w piątek. Fot. Marek Zieliński',
    'កសិករកំពុងបេះគ្រាប់ម្រេចនៅក្នុងចម្ការ។ (រូបថត៖ សុខ ដារា)',
    'ນັກທ່ອງທ່ຽວຢ້ຽມຊົມວັດ. (ພາບ: ຂປລ)',
    'ახალი ხიდი ორშაბათს გაიხსნა. (ფოტო: ნინო ბერიძე)',
    'नए पुल पर सोमवार को यातायात शुरू हुआ। (फोटो: राकेश वर्मा)',
    'د ښار نوی پل دوشنبه پرانیستل شو. انځور: سپېده',
    'Վերանորոգվող կամուրջը Տարոնի փողոցում։ Լուսանկարը՝ Արմենպրես',
    'Ko te whare hou o te kura i te ata. Whakaahua: Hēmi Rua',
    'Abahinzi bazana umusaruro ku isoko. Ifoto: Intara Nshya',
    'Izingane zidlala enkundleni entsha. (Isithombe: Sipho Dube)',
    'Beeraley ku sugan beerta. Sawir: Geeska Maanta',
    'बागेत गळून पडलेले आंबे. (छायाचित्र : राजेश जाधव)',
    'દરિયાકાંઠે સિંહ પરિવાર. (તસવીર: ભરત પટેલ)',
  ])(
    'is true for "%s"',
    (text) => {
      // Assess
      expect(isCaptionLine(text)).toBe(true);
    },
  );

  it('is false for an ordinary sentence', () => {
    // Assess
    expect(isCaptionLine('The board will meet again in June.')).toBe(false);
    expect(isCaptionLine('Zobacz fot. 3 w galerii, gdzie widać nowy dach i parking.')).toBe(false);
  });

  it('gives a labelled caption without its label', () => {
    // Assess
    expect(captionText('Image caption, The toilets on the promenade were built in 1962')).toBe('The toilets on the promenade were built in 1962');
    expect(captionText('Boats at dawn. (Photo: AFP)')).toBe('Boats at dawn. (Photo: AFP)');
    expect(captionText('1 of 2 | Traffic crosses the bridge on Tuesday. (AP Photo/Jalen Ortiz)')).toBe('Traffic crosses the bridge on Tuesday. (AP Photo/Jalen Ortiz)');
    expect(captionText('[Photo] Boats at dawn. Ledger photo by Ana Ruiz')).toBe('Boats at dawn. Ledger photo by Ana Ruiz');
    expect(captionText('[Image: Image caption, Water reached the quay steps in January]')).toBe('Water reached the quay steps in January');
    expect(captionText('[Image: Skaters at the old car park ramp]')).toBe('Skaters at the old car park ramp');
  });
});

describe('Function: isMenuItem', () => {
  it('is true for a short label and false for a sentence', () => {
    // Assess
    expect(isMenuItem('World news')).toBe(true);
    expect(isMenuItem('The board met.')).toBe(false);
  });
});

describe('Function: isBreadcrumb', () => {
  it('is true for "Home > World > Europe" and false for prose', () => {
    // Assess
    expect(isBreadcrumb('Home > World > Europe')).toBe(true);
    expect(isBreadcrumb('ホーム ＞ 国際 ＞ 中国・台湾')).toBe(true);
    expect(isBreadcrumb('The board met on Tuesday.')).toBe(false);
  });

  it.each(['Sei qui: Home / Cronaca / Frane, il consiglio approva il piano da 2,4 milioni', 'Vous êtes ici : Accueil > Actualités > Port', 'Sie sind hier: Startseite > Lokales'])('is true for a trail its label names, "%s"', (text) => {
    expect(isBreadcrumb(text)).toBe(true);
  });

  it('keeps a body paragraph that ends with an agency credit out of the captions', () => {
    // Assess
    expect(isCaptionLine('The ministry said the talks would resume next week. Officials declined to comment further (AP)')).toBe(false);
    expect(isCaptionLine('Rescue workers search the rubble of a collapsed building in the old town (AFP)')).toBe(true);
  });

  it.each(['Facebook Twitter WhatsApp Email', 'Print Email', 'Share on Facebook'])('takes the toolbar "%s" for boilerplate', (line) => {
    // Assess
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe('Function: isWeakTailMarker', () => {
  it.each(['Comments', 'Comments (12)', 'Responses (4)', 'Kommentare 7', 'Discussion', 'نظرات', 'التعليقات', 'Commenti (3)', 'Comentários', 'Коментари (10)', 'Komentari 4', 'Read More'])('is true for the comment-section heading or related box "%s"', (text) => {
    expect(isWeakTailMarker(text)).toBe(true);
  });

  it.each(['Antworten', 'Replies', 'Comments on the plan were mixed.'])('is false for "%s"', (text) => {
    expect(isWeakTailMarker(text)).toBe(false);
  });
});

describe('Function: isCommentControl', () => {
  it.each(['Good comment? + 16 - Reply Report abuse', '+38 -4 Odpowiedz Zgłoś do moderacji', 'Популярные', 'VEYA DISQUS\'A KAYDOL', 'ارسال', 'Найкращі', 'Yuborish', 'Yoqdi 9', 'Հավանել · Պատասխանել · 2 ժ', 'Դասավորել ըստ', 'ناردن', 'הגיבו', 'Reply', 'Like (8)', 'Antworten', 'Melden', 'پاسخ', 'level 2', 'Reply • Share • 3d', 'Reply · Like · Nov 23', '답글 작성  공감 27  비공감 0', 'Like · Reply · 4 March 2026', 'Like · Reply · Marso 21, 2024 sa 5:02 PM', 'Reply · Like · Mar 3, 2024 at 9:15 am', 'Odpovědět   +14 / −2', 'Vis flere kommentarer', 'Näytä lisää kommentteja', 'Пријави', 'जवाब दें पसंद करें', 'উত্তর দিন পছন্দ', 'Responder · Gosto · 23', 'Препоручујем 38 Одговори Пријави', 'Ответить | Ветвь дискуссии', 'Erantzun · Gustuko dut (12)', 'پاسخ | گزارش تخلف', 'הצגת כל התגובות | סגירת כל התגובות', 'Comparteix ›', 'أعجبني · رد · 5 س', 'ترتيب حسب', 'نشر', 'برترین', 'پسندیدم · پاسخ · 3 ساعت', "אהבתי · הגב · 3 שע'", 'پسند کریں · جواب دیں · 5 گھنٹے'])('is true for the control line "%s"', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });

  it.each(['Same here.', 'Reply to the council by Friday', 'به گزارش خبرگزاری بندر'])('is false for "%s"', (text) => {
    expect(isCommentControl(text)).toBe(false);
  });
});

describe('Function: isBoilerplate (notices and furniture from held-out pages)', () => {
  it.each([
    'Download the full report (PDF, 2.4 MB)',
    'The views expressed in this publication are the author’s own.',
    'Special to the Harbour Courier',
    'Catch all the Latest News, Breaking News and Delhi News on Harbour Chronicle',
    'Download the HC app for latest updates',
    'Press shift question mark to access a list of keyboard shortcuts',
    'Download PDF (412 KB)',
    'When using materials, hyperlink to KNA is mandatory.',
    'This article was made possible in part through the Courier’s Regional Reporting Fund.',
    'Share on: Facebook | Twitter | WhatsApp | Telegram',
    'LEGGI ANCHE Casalmaggiore, chiude dopo 60 anni la storica latteria',
    'Abonează-te la newsletter',
    'Tilaa uutiskirje',
    'All talkbacks are subject to moderation. The Harbour Post is not responsible for the content of readers\' responses.',
    'Stay up-to-date with more news at Harbour Daily Telegram channel',
    'Join our WhatsApp channel for breaking news',
    'Citation: Kamau, W. and Obi, T. (2023). Paying the most for the least.',
    'Page 1 of 7  Next »',
    'Share on Facebook (opens in new tab)',
    'Sign in or register to join the conversation',
    'Log in or register to post comments',
    'Diesen Artikel vorlesen lassen ▶ 3:12 Min.',
    'Haberin Devamı',
    'Просмотров: 1 245',
    'Реклама',
    'Disclaimer: Comments are the views of readers and do not represent the Daily Post.',
    'Волжская правда © 2008–2021. Все права защищены.',
    'Accepteer cookies om deze inhoud te bekijken',
    'Vous pouvez lire Le Courrier sur un seul appareil à la fois',
    'Suscríbete a nuestro boletín y recibe cada mañana las noticias.',
    'Harbour Aid is a registered charity (No. 1187430).',
    'Get Latest News Live on Example Post, along with Breaking News.',
    'Discover more from The Harbor Ledger',
    'Over 6,000 subscribers',
    'نظر شما چیست؟',
    'PUBLICITAT',
    'Temps de lectura: 4 min',
    'Mărime text: A-  A+',
    'Spotted an error? Report it to our corrections desk.',
    'Komentiranje je za ta članek onemogočeno.',
    'Email the author',
    '▶ Listen to this article 2:41',
    'Independent journalism costs money.',
    'This story was produced with funding from the Local Journalism Initiative.',
    'כתבות נוספות באתר: כך תשמרו על חיות המחמד שלכם',
    'Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel.',
    'The Coastal Ledger republishes this story under licence from Reuters.',
    'This story is free to read. Members fund our journalism — join today.',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each([
    'The new tool opens in a new window, the developers said.',
    'Read his lips: the minister promised no new taxes.',
    'The download took nine minutes on the old line.',
    'The paper will republish this story in print on Sunday, its editor said.',
  ])('is false for the sentence "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isCaptionLine (credits and image descriptions)', () => {
  it.each([
    'The depot, seen from Mill Lane, sits 300 yards from the homes. Picture: Tom Fair/Daily Beacon',
    'A bore hole left by a beetle in an old oak.Credit...Lena Marsh for The Record',
    'Image of a restored floodplain meadow on the River Lune, Cumbria.',
    'آسمان آلوده تهران از بام برج میلاد (عکس: علی محمدپور)',
    'A demonstration vehicle at the city square. Source: Tallinn City Government',
  ])('is true for "%s"', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });

  it('is false for a list item that mentions an image, "Building the base Docker image: 9 minutes"', () => {
    expect(isCaptionLine('Building the base Docker image: 9 minutes, even when nothing in it had changed.')).toBe(false);
  });
});

describe('Function: isCommentControl (social widgets in more languages)', () => {
  it.each(['Me gusta · Responder · 2 sem', 'Ver 2 respuestas más', 'Cargar 6 comentarios más', 'Weitere Antworten anzeigen'])('is true for "%s"', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });

  it.each(['そう思う 128 そう思わない 12 違反報告', 'Gusto · Tumugon · 24 · 3 oras', 'Report abuse | Terms of use', 'Svara   Gilla (24)   Anmäl', 'Synes godt om · Svar · 14 · 5 t', 'Vastaa | Ilmoita asiaton', 'Atsakyti · Patinka 14 · Nepatinka 2', 'Odpovedať · 14 · Nahlásiť', 'Odpowiedz   Lubię to (31)   Zgłoś', 'השב   אהבתי (7)   דווח', 'Balas   Suka (21)   Lapor', 'Antwoorden   Vind ik leuk (31)', 'Antworten   24 Empfehlungen   Melden', 'Vastaa   Tykkää 42', 'Отговори   +34 / -1   Сигнализирай', 'Thích (45)   Trả lời   Báo vi phạm   3 giờ trước', 'Thích (31)   Trả lời   Báo vi phạm   06/06/2024 15:10', 'ចូលចិត្ត · ឆ្លើយតប · 3ម៉ោង', 'Like · Reply · 55min'])(
    'is a comment\'s own action line (it closes the comment) for "%s"',
    (text) => {
      expect(isCommentActionLine(text)).toBe(true);
    },
  );
});

describe('Function: isTailMarker (page furniture after the text)', () => {
  it.each(['Share this page', 'Updates to this page', 'Is this page useful?', 'Related resources', 'Lo más visto', 'Read more:', 'Read next', 'Тэгі: Ліда, рынак', 'Teglar: #Namangan #suv', 'Ознаке: пијаца, град'])('is true for "%s"', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it.each(['ข่าวที่เกี่ยวข้อง', 'Ämnen', 'Mer från Hudiksvall', 'Lajme të ngjashme', 'Etiketa: Shkodër, liqeni, protestë'])('is true for the Nordic, Albanian and Catalan "%s"', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (share bars and read-also links in more languages)', () => {
  it.each([
    'Video Player is loading.',
    'Current Time 0:00',
    'Remaining Time -2:14',
    'captions off, selected',
    'This is a modal window.',
    'An official website of the United States government',
    "Here's how you know",
    "A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.",
    "You've reached your limit of free articles.",
    'This article is available to Refrigerated Freight Today subscribers. Subscribe now for unlimited access.',
  ])('is true for a video player\'s controls, the .gov banner and a paywall notice: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['BASAHIN: NFA rice, balik-palengke na sa Metro Manila', 'Soma pia: Bei ya mahindi yashuka Dodoma', 'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System.', 'Del', 'Del på Facebook', 'Dela artikeln', 'Kopiera länk', 'Kopier lenke', 'Comparteix', 'Lexo edhe: Niveli i liqenit në rritje', 'Et pot interessar: Figueres aprova un pla d\'estalvi'])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (read-also links in regional languages)', () => {
  it.each([
    'Инчунин хонед: Дар Хуҷанд бозори нав кушода шуд',
    'Vakio koa: Hiakatra ny saran’ny rano amin’ny volana ho avy?',
    'بخوێنەرەوە: بڕیاری نوێ بۆ جووتیاران',
    'Ẹ tún ka: Ìjọba kéde ètò tuntun fún àwọn àgbẹ̀',
    'Окуңуз: Бишкекте нан кымбаттады',
    'Darllenwch hefyd: Cau ffordd am dair wythnos',
    'Och interessant: Nei Buslinnen zanter Méindeg',
    'LES EISINI: Nýggj ferðaætlan frá januar',
    'Kaytapas ñawinchay: Yachay wasikunapi qasa',
    'हेही वाचा: कोकणात पावसाचा इशारा',
    'આ પણ વાંચો: ગીરમાં નવી ગણતરી',
    'ਇਹ ਵੀ ਪੜ੍ਹੋ: ਮੰਡੀਆਂ ਵਿੱਚ ਨਵੀਂ ਫਸਲ',
    'Waca uga: Pasar Beringharjo rame',
    'Funda futhi: Amanzi abuyile eNseleni',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (forums, video players and more languages)', () => {
  it.each([
    'Reply With Quote   Thanks',
    'Last edited by Sev; 14 Oct 2021 at 11:02.',
    'Users browsing this thread: 1 (0 members and 1 guests)',
    'You may not post new threads',
    '« Previous: Church marks its 90th anniversary with a concert',
    'Have a tip? Write to our secure Telegram bot.',
    'Now Playing',
    '0:00 / 2:14',
    'This transcript was generated automatically and may contain errors.',
    'Ta strona używa plików cookies. Korzystając z serwisu, zgadzasz się na ich użycie.',
    'Vi använder cookies för att ge dig en bättre upplevelse.',
    'Saytımız kukilərdən istifadə edir.',
    'Щоб залишити коментар, увійдіть або зареєструйтесь.',
    'Lyssna på artikeln',
    'The district does not discriminate on the basis of race, color or national origin.',
    'Post your comment',
    'Comments are subject to approval and will be published within a day.',
    'Published in the print edition on May 9, 2022, under the title "Ferry talks stall".',
    'A version of this article appears in print on page 7 of the Sunday edition.',
    'Ikuti berita terbaru dari kami di Grup Telegram "Warta Kita", caranya klik link berikut.',
    'Posted at 09:40 AM in Local News | Permalink',
    '« Cup squad named | Main | Terminal upgrade on track »',
    'Our journalists work hard to provide local news to the community. This is how you can keep reading:',
    'Make sure you are signed up for our breaking and regular headlines newsletter',
    'Get the latest Riverton news in your inbox',
    'Get the Statehouse Bulletin in your inbox. Our free newsletter goes out every weekday morning while the legislature sits.',
    'Get Harbour Street Weekly in your inbox',
    'Reageren kan alleen met een geverifieerd account. Lees hier onze huisregels.',
    'Veuillez noter que les commentaires sont modérés.',
    'The views expressed in letters are those of the writers and not of the Harbour Tideline.',
    'This article is an English translation of an article first published in our French edition.',
    'Пошаљите коментар. Коментари који садрже увреде, псовке и говор мржње неће бити објављени.',
    'تبصرہ کرنے کے لیے لاگ ان کریں۔ ادارے کا تبصروں سے متفق ہونا ضروری نہیں۔',
    "Cet article a été produit avec l'aide financière du fonds pour les nouvelles locales.",
    'Disclaimer: Opinions expressed in the comments section are solely those of the readers and do not reflect the views of Coastline Online.',
    'Email address [Sign up]',
    'Bookmark rivertoncourier.com.au',
    'We care about the protection of your data. Read our Privacy Policy.',
    'Pular para o conteúdo',
    'Saltar al contenido',
    'Receba as notícias do Diário no seu WhatsApp. Clique aqui e entre no nosso canal.',
    'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *',
    'The Ledger is nonprofit and reader-funded. If this story was useful to you, please consider a gift of any size.',
    'Comments are subject to our community guidelines, which can be viewed here.',
    'Do you have a story for The Harbour Post news team?',
    "Enjoying The Long Commute? It's free, reader-supported and lands in your inbox every Tuesday.",
    'Get involved with the news in your community',
    'Send your stories and photos now',
    'Please report any comments that break our rules.',
    '👁 4 812   💬 9',
    'Kindly share this story:',
    'Like Business on Facebook, follow @LedgerBiz on Twitter to stay informed and join in the conversation.',
    'Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.',
    '– Story continues below –',
    'Source: Merlion Daily/nl(dt)',
    'Get WhatsApp alerts from Merlion Daily: Subscribe to our channel for the top stories.',
    'This audio is generated by an AI tool.',
    'Read a summary of this article on FAST.',
    'afitzgerald@leader.example',
    'Share on Facebook Share on X Share by email',
    'A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article.',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isTailMarker (more furniture headings)', () => {
  it.each(['Posted in Armenia, Featured | Tagged Armenia-Turkey, Vienna', 'Also on North Caucasus Monitor:', '__________________', 'Tagi: most, Warta', 'Attachments', 'Back to News', 'Czytaj też:', 'Meer nieuws uit de Achterhoek', 'RECENT BULLETINS', 'Also in Parliament:', 'Најчитаније', 'Post a Response'])(
    'is true for "%s"',
    (text) => {
      expect(isTailMarker(text)).toBe(true);
    },
  );
});

describe('Function: isProse (shouted lines)', () => {
  it('is false for a line in capitals only, a transcript or a shout', () => {
    expect(isProse('JENNA: WE ARE LIVE ON MAIN STREET WHERE CREWS HAVE BEEN DIGGING SINCE ABOUT NOON TODAY.')).toBe(false);
    // A script without case naming an acronym is no shout.
    expect(isProse('המתקן הוקם בשיטת BOT על ידי קונסורציום של שתי חברות ישראליות וחברה ספרדית, בהשקעה של כ־1.7 מיליארד שקל, והוא יופעל בידי הזכיין במשך עשרים וחמש שנה.')).toBe(true);
  });

  it('is true for a long paragraph in Japanese, which has no spaces to count words by', () => {
    expect(isProse('日本人駐在員が多く住む朝陽区の繁華街では、かつて十数軒の和食店が軒を連ねた通りに「閉店」「テナント募集」の張り紙が目立つ。ある店主は「客の半分以上が日本人だったが、この数年で目に見えて減った」と話す。円安で駐在員の手当が目減りし、外食を控える人が増えたことも響いている。')).toBe(true);
  });

  it('is true for a paragraph in Thai, which puts spaces between phrases only', () => {
    expect(isProse('ค่าฝุ่นละอองขนาดเล็กในเขตอำเภอเมืองเชียงใหม่เกินมาตรฐานเป็นวันที่ห้าติดต่อกัน ผู้ว่าราชการจังหวัดจึงออกคำสั่งห้ามเผาในที่โล่งทุกชนิดจนถึงสิ้นเดือนเมษายน')).toBe(true);
  });

  it('is true for a sentence in a script without case', () => {
    expect(isProse('افتُتحت اليوم أول محطة للطاقة الشمسية في المحافظة بقدرة إنتاجية كبيرة.')).toBe(true);
  });
});

describe('Function: isBoilerplate (newsletter blurbs)', () => {
  it('takes "Want the … in your inbox?" and "Recevez chaque matin l’essentiel …" for furniture, and keeps a sentence about the essentials', () => {
    expect(isBoilerplate('Want the bulletin in your inbox? We send one email a fortnight.')).toBe(true);
    expect(isBoilerplate('Recevez chaque matin l’essentiel de l’actualité du Tarn et de l’Aveyron.')).toBe(true);
    expect(isBoilerplate('L’essentiel, c’est que les habitants ont retrouvé un commerce au cœur du village chaque matin.')).toBe(false);
  });
});

describe('Function: isCaptionLine (numbered figures, pictures by courtesy)', () => {
  it.each([
    'Fig. 1 — The new lock gates on the morning they were lowered into place.',
    'Figure 2: Water levels at the weir over the last ten winters.',
    'Volunteers fitting the oak frame in February. Image courtesy of Dunmore College',
    'Tá na báid os cionn tríocha bliain d’aois. Grianghraf: Nuacht Chonamara',
    'Togalach ùr na sgoile mar a bhios e. Dealbh: Comhairle na Sgìre',
    'Bäsleşikde ýeňiji bolan gawun. Surat: Aýna Orazowa',
  ])('takes "%s" for a caption', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it('keeps a sentence that mentions a figure or a courtesy in the text', () => {
    expect(isCaptionLine('The figure of 12 boats was given to us as a courtesy by the harbour master.')).toBe(false);
  });
});

describe('Function: isCaptionLine (call letters and release photos)', () => {
  it.each(['Crews work to repair a water main on Thursday.(KQRV)', 'Robots being assembled at the new plant. (PRNewsfoto/Fenwick Robotics, Inc.)'])('is true for "%s"', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });
});

describe('Function: isCommentControl (vote buttons and more languages)', () => {
  it.each(['Odpowiedz  Zgłoś  👍 24  👎 3', 'Відповісти   👍 18', 'Balas · Suka (12)'])('is true for "%s"', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });
});

describe('Function: isWeakTailMarker (comment headings in more languages)', () => {
  it.each(['Komentarze (14)', 'Коментарі (6)', 'Kommentarer', 'Diskuse', 'Diskusia (5)', 'Komentáre (12)'])('is true for "%s"', (text) => {
    expect(isWeakTailMarker(text)).toBe(true);
  });
});

describe('Function: isTailMarker and isBoilerplate (labels ending in letters outside ASCII)', () => {
  it.each(['Додати коментар', 'Přidat komentář', 'Добавить комментарий'])('reads the comment form "%s" as a heading', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it.each(['Прослухати статтю', 'Poslechněte si článek'])('reads the audio button "%s" as boilerplate', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (appeals, links and counters)', () => {
  it.each([
    'You have 2 free articles remaining this month.',
    'Readers like you are keeping these stories free for everyone',
    'Help keep family & friends informed by sharing this article',
    'If you found this story useful, please support independent journalism.',
    'https://www.steppemonitor.org/europe/central-asia/kyrgyzstan',
    'abc.net.au/news/murray-river-growers-flood-cost/103812334',
    '1 284 views',
    'Share this via Facebook   Share this via X   Share this via WhatsApp   Share this via Email   More sharing options',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['For more information, please contact:', 'For more Steppe Rights Monitor reporting on Kyrgyzstan, please visit:'])('"%s" ends the text', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });
});

describe('Function: isCommentControl (load-more buttons)', () => {
  it.each(['Weitere Beiträge laden', 'Mehr Postings laden'])('is true for "%s"', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (comment rules, newsletter pitches, plugin credits)', () => {
  it.each([
    'Welcome to the conversation. Please keep comments respectful and on topic. Read our community guidelines.',
    'Mit Ihrem Kommentar stimmen Sie unseren Community-Richtlinien zu. Beleidigende Beiträge werden gelöscht.',
    'Our free weekday newsletter covers the towns of the valley. Sign up here.',
    'Facebook Kommentare-Plugin',
    'Facebook Comments Plugin',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each([
    'The council asked residents to keep the conversation going at the next public meeting.',
    'Subscribers to the harbour newsletter were the first to learn of the plan, which the board will sign off next week.',
  ])('is false for the article line "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isTailMarker (comment-form prompts with a note, section lists)', () => {
  it.each(['Post a comment — You must be signed in to comment.', 'Add a comment', 'More in Environment'])('is true for "%s"', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (toolbars, comment-system links, ad labels, slideshow counters, citation notes)', () => {
  it.each([
    'Print Send to friend',
    'Refresh comments list',
    'RSS feed for comments to this post',
    '— Advertisement —',
    'Photo gallery: 1 / 6',
    '3 of 12',
    'Cite as: Kapanadze, N. (2021). Black Sea Security After the Summit. Policy Brief.',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Print runs fell by half in 2012.', 'Two of the 12 ministers voted against the plan.'])('is false for the article line "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isBoilerplate (journal fields, release labels, localized downloads)', () => {
  it.each(['Current mood: rehearsed out', 'COMUNICADO DE PRENSA', 'Press release', 'Descargar comunicado (PDF, 212 KB)'])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['– FIN –', '— End —', '- Ende -'])('"%s" ends the text', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (form labels, moderation rules, footers with a copyright inside)', () => {
  it.each([
    'Comment *',
    'Website',
    'Comments are reviewed before publication. Please respect our community rules.',
    'Maghreb Horizon © 2021 – About – Advertise – Legal notice – Contact',
    'Disclaimer: The views expressed by readers are their own and do not reflect those of the paper.',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Comment by Hichem on 03.03.2021 at 18:05', 'Comment is free, but facts are sacred, the editor wrote in 1921.', 'Relatives outside the court in Bishkek, March 28, 2024. © 2024 Private'])(
    'is false for "%s"',
    (text) => {
      expect(isBoilerplate(text)).toBe(false);
    },
  );
});

describe('Function: isBoilerplate and isTailMarker (more languages)', () => {
  it.each([
    'Yorumlar kullanıcıların kendi görüşleridir. Site, hakaret içeren yorumları yayınlamama hakkını saklı tutar.',
    '* التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر بالضرورة عن رأي الموقع',
    'Baxış sayı: 1 247',
    'Przeczytaj również: Tramwaj na Górkę Narodową. Kiedy pierwsze kursy?',
  ])('"%s" is boilerplate', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['ÇOK OKUNANLAR', 'SON DAKİKA'])('"%s" ends the text', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it('takes "Daha fazla yorum yükle" for a control', () => {
    expect(isCommentControl('Daha fazla yorum yükle')).toBe(true);
  });
});

describe('Function: classifyLine (hearts in control rows, help prompts, scroll labels, Arabic tag lines)', () => {
  it('reads "Reply  Quote ♥ 6" as controls', () => {
    expect(isCommentControl('Reply  Quote ♥ 6')).toBe(true);
  });

  it.each(['Did this article help you? Share it with someone who needs it.', 'الكلمات المفتاحية: الإمارات، البرمجة'])('"%s" ends the text', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it('takes "SCROLL TO CONTINUE WITH CONTENT" for boilerplate', () => {
    expect(isBoilerplate('SCROLL TO CONTINUE WITH CONTENT')).toBe(true);
  });
});

describe('Function: isCaptionLine (a wire picture credit after the caption)', () => {
  it.each([
    'Fishermen haul nets at dawn near Manta on May 4, 2022. EFE/Lucía Párraga',
    'A voter casts a ballot in Tirana. REUTERS/Arben Koci',
    'A ferry leaves the harbour at Split, Croatia, May 2, 2023. REUTERS/Dario Vukic/File Photo',
    'A ferry leaves the harbour at Split, Croatia, May 2, 2023. REUTERS/Dario Vukic/File Photo Purchase Licensing Rights',
    'Crews clear a road near Provo, Utah, on Monday, June 3, 2024. (AP Photo/Tess Marlow)',
    'Crews clear a road near Provo, Utah. (AP Photo/Tess Marlow, File)',
  ])('is true for "%s"', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });

  it('is false for a sentence that names an alliance and a person with a slash between', () => {
    expect(isCaptionLine('The talks were held in Brussels between the alliance and the envoys of NATO and the EU.')).toBe(false);
    expect(isProse('Residents who use Telegram groups to share road news said the closures caught them out.')).toBe(true);
  });
});

describe('Function: isTailMarker (tag labels without a colon, in Portuguese)', () => {
  it.each(['TAGS', 'Tópicos: Ibura  chuvas  drenagem'])('is true for "%s"', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });
});

describe('Function: isTailMarker (a comment section headed by its rules)', () => {
  it('is true for "Comments: Our rules"', () => {
    expect(isTailMarker('Comments: Our rules')).toBe(true);
  });
});

describe('Function: isCaptionLine (tabloid captions)', () => {
  it.each(['A drone displayed at an arms fair in Istanbul (AA Photo)', 'Pictured: The grey wheelie bin at the centre of the row', 'The grey wheelie bin at the centre of the row Credit: Pulse Pictures / Alex Brennan'])('is true for "%s"', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });
});

describe('Function: isCommentControl (reactions by name)', () => {
  it('is true for "Reply Respect 22"', () => {
    expect(isCommentControl('Reply Respect 22')).toBe(true);
  });
});

describe('Function: isBoilerplate (long one-line menus, search boxes, form fields)', () => {
  it('is true for a one-line menu of eight sections longer than a short line', () => {
    expect(isBoilerplate('National | Province | Politics | Economy | Tourism | Opinion | Photo Gallery | Archive')).toBe(true);
  });

  it('is true for a search box placeholder with an ellipsis', () => {
    expect([isBoilerplate('Search...'), isBoilerplate('Search…')]).toEqual([true, true]);
  });

  it('is true for a comment form\'s "Name:" and "Send", false for a sentence about sending', () => {
    expect([isBoilerplate('Name:'), isBoilerplate('Send'), isBoilerplate('Send the bill back to the committee.')]).toEqual([true, true, false]);
  });

  it('is false for a headline that has one pipe', () => {
    expect(isBoilerplate('Harbour fees rise again | Opinion from the quayside on why visiting yachts will stay away this year')).toBe(false);
  });
});

describe('Function: isCreditOnly', () => {
  it('is true for a parenthesized "Pic by" credit and a "Foto:" line', () => {
    expect([isCreditOnly('(Pic by Kasun Perera)'), isCreditOnly('Foto: Marit Hollender / dpa'), isCreditOnly('צילום: רשות הטבע והגנים'), isCreditOnly('Φωτ.: Eurokinissi'), isCreditOnly('Submitted photo'), isCreditOnly('Nuotr. Marius Jankūnas (ELTA)')]).toEqual([true, true, true, true, true, true]);
  });

  it('is true for a shouted "PHOTOGRAPHER / PAPER" credit, and false for a mixed-case byline with an agency', () => {
    expect([isCreditOnly('PRIYA RAGHU / THE LAKEHEAD STANDARD'), isCreditOnly('Olle Bergkvist / TT')]).toEqual([true, false]);
  });

  it('is false for a blog caption that is a credit ("Photo by X on Unsplash") and for a sentence', () => {
    expect([isCreditOnly('Photo by Jonah Kell on Unsplash'), isCreditOnly('The photo by the river was taken in May.')]).toEqual([false, false]);
  });
});

describe('Function: isTailMarker (more furniture headings)', () => {
  it('ends the article at "Also in this issue:" and at a wire\'s "End Item"', () => {
    expect([isTailMarker('Also in this issue:'), isTailMarker('End Item'), isTailMarker('انتهای پیام/')]).toEqual([true, true, true]);
  });
});

describe('Function: isCommentControl (a Spanish widget with a spaced time)', () => {
  it('is true for "Me gusta · Responder · 5 · 3 h"', () => {
    expect(isCommentControl('Me gusta · Responder · 5 · 3 h')).toBe(true);
  });
});

describe('Function: isBoilerplate and isTailMarker (post categories and share labels)', () => {
  it('takes "Share this news" for a share bar', () => {
    expect(isBoilerplate('Share this news')).toBe(true);
  });

  it('takes a theme\'s "Posted in Agriculture, Press Releases" for the end of the post', () => {
    expect(isTailMarker('Posted in Agriculture, Press Releases')).toBe(true);
    expect(isTailMarker('Posted in 2019, the video drew a million views within a week.')).toBe(false);
  });
});

describe('Function: isBoilerplate (held-out furniture, session 11)', () => {
  it.each([
    'Contact Curtis Embry at 765-555-0143 or follow him on Twitter @CEmbryLedger.',
    'Reach Ana Ruiz at aruiz@ledger.example.com.',
    'BlogThis!',
    'Comments Off on Review: The quartet’s new record is a quiet triumph',
    '#postgres #backups #ops',
    'The Local Journalism Initiative is funded by the Government of Canada.',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['The project is supported by a $42 million grant from the state fund.', 'Contact with the crew was lost at 4 a.m.', 'We tagged it #1 on the list.'])('is false for the sentence "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isBoilerplate and isCaptionLine (skip links, widgets and credits in more languages)', () => {
  it.each(['Aller au pied de page', 'Ga naar de inhoud', 'Przejdź do treści', 'İçeriğe geç', 'Перейти к содержанию', 'پرش به محتوای اصلی', 'Lecture : 4 min.', 'حجم الخط: أ+ أ-'])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('ends the article at Arabic tags', () => {
    expect(isTailMarker('الوسوم: الباص السريع   أمانة عمّان')).toBe(true);
  });

  it('reads a Persian caption with its credit after a dash', () => {
    expect(isCaptionLine('مسافران نوروزی در سالن پرواز داخلی فرودگاه - عکس: آرشیو')).toBe(true);
  });
});

describe('Function: isBoilerplate and isTailMarker (Turkish, German, Portuguese furniture)', () => {
  it.each(["Bunlar da ilginizi çekebilir: İzmir'de riskli yapı tespitlerinde rekor başvuru", 'Die wichtigsten Nachrichten aus Graz – jeden Morgen kostenlos in Ihrem Postfach.', 'Faça login para comentar.', 'Veja mais notícias da região no Vale em Foco'])('is boilerplate or a read-also line: "%s"', (text) => {
    expect(isBoilerplate(text) || isTailMarker(text)).toBe(true);
  });

  it('ends the article at "Zum Thema"', () => {
    expect(isTailMarker('Zum Thema')).toBe(true);
  });
});

describe('Function: isCaptionLine and isBoilerplate (a dashed wire credit, short links, keywords)', () => {
  it.each(['Security personnel stand guard at the border crossing point in Taftan. — Reuters/File', 'Workers clear the site on Monday. — AFP'])('reads "%s" as a caption', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });

  it('takes a short link for boilerplate and a keywords line for the end of the article', () => {
    expect([isBoilerplate('Short link: tchr.ir/x4Kp'), isTailMarker('KEYWORDS: defense industry, exports, drones')]).toEqual([true, true]);
  });
});

describe('Function: captionText and isBoilerplate (wire and newspaper furniture)', () => {
  it('drops the wire\'s "Purchase Licensing Rights" link from a caption', () => {
    expect(captionText('A farmer inspects a crop, February 28, 2024. REUTERS/Joseph Otieno Purchase Licensing Rights')).toBe('A farmer inspects a crop, February 28, 2024. REUTERS/Joseph Otieno');
  });

  it.each(['Email this story', 'Sie müssen angemeldet sein, um kommentieren zu können.'])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (a thread\'s moderation notice, a page tool)', () => {
  it.each(['Your comment is awaiting moderation.', 'Add to favorites'])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (credits, embeds and pitches around the text)', () => {
  it.each([
    "Don't miss the latest news from around Brackmoor. Follow BrackmoorLive on Facebook, X and Instagram.",
    'Listen • 3:54',
    '*With additional reporting by Ciarán Mac Giolla Rua',
    "WMVR's Lena Morrow contributed data analysis for this story.",
    'View this post on Instagram',
    'A post shared by Straits Portal (@straitsportal)',
  ])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('is false for a sentence about contributions', () => {
    expect(isBoilerplate('The council contributed £2 million to the scheme, officials said.')).toBe(false);
  });
});

describe('Function: isBoilerplate and isTailMarker (German, French, Dutch and Swedish page notices)', () => {
  it.each(['Diskutieren Sie mit! Bitte beachten Sie unsere Netiquette.', 'Vous devez être connecté pour commenter.', 'Du må være innlogget for å kommentere. Vi forbeholder oss retten til å fjerne innlegg som bryter med våre retningslinjer.', 'Tips oss om en sak: tips@vestavisa.no', 'Comments have been disabled for this article.', 'Ready for more?', 'Du skal være logget ind for at deltage i debatten. Læs vores debatregler.', 'Reageren kan enkel met een geregistreerd account. Lees onze huisregels.', 'Accedi o registrati per commentare. I commenti sono moderati e pubblicati entro 24 ore.', 'Jiunge na chaneli yetu ya WhatsApp upate habari zetu papo kwa papo.', 'Gabung di saluran WhatsApp kami.', 'Er zijn nog geen reacties. Wees de eerste die reageert!', 'Heb je een tip voor de redactie?', 'Dela   Spara   Lyssna'])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Schlagworte: Weilburg', 'Meer over dit onderwerp:', 'İLGİLİ HABER: Meteoroloji uyardı', 'टैग: भोपाल, नगर निगम, सड़क', 'About the Contributor', 'Từ khóa: xâm nhập mặn, Bến Tre'])('ends the article: "%s"', (text) => {
    expect(isTailMarker(text) || isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isCaptionLine and isBoilerplate ("Image credit:", a desk\'s edit note)', () => {
  it('reads "… vessel. Image credit: Latvian Ministry of Defence" as a caption', () => {
    expect(isCaptionLine('Artist impression of the completed vessel. Image credit: Latvian Ministry of Defence')).toBe(true);
  });

  it('reads a short caption closed by the photographer\'s name in capitals, and not a sentence closed by one shouted word', () => {
    expect([
      isCaptionLine('El embalse de El Pintado, con la cola casi seca a mediados de noviembre. MANUEL ORTIZ'),
      isCaptionLine('The council voted on the plan on Tuesday evening. UPDATE'),
    ]).toEqual([true, false]);
  });

  it('reads an Urdu caption credited after a dash glued to its last word ("…ہیں— فوٹو: …")', () => {
    expect(isCaptionLine('گلشن اقبال کے ایک پارک میں رضاکار پودے لگا رہے ہیں— فوٹو: صدائے وطن')).toBe(true);
  });

  it('reads a Swahili caption credited "Picha na …"', () => {
    expect(isCaptionLine('Mkulima wa parachichi akionyesha matunda yaliyoanza kuoza shambani kwake. Picha na Rehema Mwakyusa')).toBe(true);
  });

  it('reads a map\'s or graphic\'s credit in parentheses and a credit after "PHOTO |" as a caption\'s, not a sentence that names a map', () => {
    expect([
      isCaptionLine('The route of the planned link, which crosses two farms, was moved after the consultation. (Map: Harlow County Council)'),
      isCaptionLine('Water levels at the reservoir since 2019. (Graphic: Jana Holt)'),
      isCaptionLine('The regional health officer speaks to growers at the depot opening. PHOTO | COURTESY'),
      isCaptionLine('The council published a map of the route on Tuesday, and residents can comment until June.'),
    ]).toEqual([true, true, true, false]);
  });

  it('takes "[Edited by Camille Roux]" for boilerplate', () => {
    expect(isBoilerplate('[Edited by Camille Roux]')).toBe(true);
  });
});

describe('Function: isHeadlineTicker', () => {
  it('is true for headlines set apart by bullets or bars, and false for a menu or a line of sentences', () => {
    expect(isHeadlineTicker('Senate passes harbour levy • Ferry strike called off after late talks • Port of Varna posts record quarter')).toBe(true);
    expect(isHeadlineTicker('Home | World | Business | Sport')).toBe(false);
    expect(isHeadlineTicker('The levy passed. | The strike ended after talks. | The port posted a record.')).toBe(false);
  });
});

describe('Function: isBoilerplate (a labelled menu, a reproduction notice)', () => {
  it('takes "Trending: a | b | c" and a notice against reproducing the article for boilerplate, and keeps a sentence about reproducing results', () => {
    expect(isBoilerplate('Trending: Budget vote | Project 9B | River ferry trials | Monsoon')).toBe(true);
    // Indic labels hold vowel signs and may stand before a spaced colon or a dash.
    expect(isBoilerplate('शेअर करा : फेसबुक | व्हॉट्सॲप | ट्विटर | ई-मेल')).toBe(true);
    expect(isBoilerplate('မျှဝေရန် - Facebook | Viber | Telegram')).toBe(true);
    expect(isBoilerplate('Co-roinn: Facebook | X | Post-d')).toBe(true);
    expect(isBoilerplate('Roinn an t-alt seo:  Facebook  X  WhatsApp  Ríomhphost')).toBe(true);
    expect(isBoilerplate('Diele: Facebook | WhatsApp | X | Kopiearje keppeling')).toBe(true);
    expect(isBoilerplate('NOTE: Articles by Harbour Review cannot be reproduced partially or fully without written permission.')).toBe(true);
    expect(isBoilerplate('The team said the findings may not be reproduced in colder lakes.')).toBe(false);
  });
});

describe('Function: isBoilerplate (reading times and Blogger\'s share row in more languages)', () => {
  it.each(['3 minute de citit', '5 min čtení', '4 min czytania', 'Küldés e-mailben   BlogThis!   Megosztás az X-en'])('takes "%s" for boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe('Function: isBoilerplate (a recipe card\'s furniture)', () => {
  it.each(['4.89 from 37 votes', 'Print Recipe Pin Recipe Rate Recipe', 'Pin this recipe for later!', 'Prep Time 30 minutes mins', 'Total Time 2 hours hrs 45 minutes mins', 'Calories: 312kcal | Carbohydrates: 41g | Protein: 3g', 'Tried this recipe?Mention @spoon or tag #spoonbakes!'])(
    'takes "%s" for boilerplate',
    (line) => {
      expect(isBoilerplate(line)).toBe(true);
    },
  );

  it('keeps a sentence about cooking time', () => {
    expect(isBoilerplate('Cook time depends on the size of the pears and how cold the dough is.')).toBe(false);
  });
});

describe('Function: isBoilerplate (update notes and reader polls)', () => {
  it.each(['Updated 3/27/25 at 6:02 PM EDT with additional comment from the Army.', 'Do you like the content of this article?'])('takes "%s" for boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe('Function: isCaptionLine (a file photo credited in parentheses)', () => {
  it('is true for "(File photo: Reuters)" closing a caption', () => {
    expect(isCaptionLine('Trucks wait at the border crossing between the two countries. (File photo: Reuters)')).toBe(true);
  });
});

describe('Function: isCreditOnly (an owner before the photo in parentheses)', () => {
  it('is true for "(U.S. Army photo by Sgt. Marcus Hale)"', () => {
    expect(isCreditOnly('(U.S. Army photo by Sgt. Marcus Hale)')).toBe(true);
  });
});

describe('Function: isCaptionLine (credits in parentheses: who supplied or took the picture)', () => {
  it.each(['Her sons both play in the town minor hockey program. (Submitted by Julie Arceneau)', 'The president stands outside the arena on Monday. (Alexandra Beaulac/CBC)'])('is true for "%s"', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it('is false for a sentence ending in two places in parentheses', () => {
    expect(isCaptionLine('The mayor met the premier (Ontario/Quebec).')).toBe(false);
  });
});

describe('Function: isBoilerplate (a broadcaster\'s and a republisher\'s notes)', () => {
  it.each([
    'Social Sharing',
    'Estimated 4 minutes',
    'The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.',
    'Republish this article',
    'This story was originally published by The Ledger and is republished here under a Creative Commons license (CC BY-ND 4.0).',
    'Our Privacy Notice explains more about how we use your data, and your rights.',
  ])('takes "%s" for boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it('keeps a subheading "Three thoughts" (a comment heading says "3 thoughts on …")', () => {
    expect(isTailMarker('Three thoughts')).toBe(false);
    expect(isTailMarker('3 thoughts on “Rovers 2-1 Kidsgrove”')).toBe(true);
  });
});

describe('Function: isBoilerplate (messenger pitches, sources, policies and notices in more languages)', () => {
  it.each([
    '📲 Receba as notícias do Portal do Vale no WhatsApp',
    'Recibí las noticias de El Costero en tu WhatsApp. Sumate a nuestro canal',
    'Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Полтави',
    'تابعوا أخبار الخليج عبر تطبيق واتساب وقناتنا على تيليجرام',
    'Źródło: Gazeta Pomorska, Sanepid Gdańsk',
    'Haberle ilgili daha fazlası:',
    'Yorumlar moderatör onayından sonra yayınlanır. Hakaret içeren yorumlar onaylanmaz.',
    'کلیه حقوق این سایت متعلق به خبرگزاری است.',
    'Bądź na bieżąco! Zapisz się do naszego newslettera i otrzymuj najważniejsze wiadomości.',
  ])('takes "%s" for boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it('keeps a sentence that names a messenger app', () => {
    expect(isBoilerplate('The minister said the group had used Telegram to coordinate the protests in the capital.')).toBe(false);
  });

  it('takes "Keywords : …" with a space before the colon for the end of the text', () => {
    expect(isTailMarker('Keywords : Caspian Sea , legal regime')).toBe(true);
  });
});

describe('Function: isCreditOnly and isCaptionLine (credits in Turkish, Arabic and Spanish)', () => {
  it('takes "Fotoğraf: DHA" and "من المصدر" alone for credits, and "(Gentileza …)" for a caption\'s', () => {
    expect([isCreditOnly('Fotoğraf: DHA'), isCreditOnly('من المصدر')]).toEqual([true, true]);
    expect(isCaptionLine('Camiones esperan para ingresar a una terminal. (Gentileza Cámara de Puertos)')).toBe(true);
    expect(isCaptionLine('Голова ОСББ показує новий тепловий пункт (фото з архіву редакції)')).toBe(true);
    expect(isCaptionLine('Naujasis tiltas per upę, vizualizacija. (Miesto savivaldybės nuotr.)')).toBe(true);
    expect(isCaptionLine('Το λιμάνι των Χανίων το πρωί της Δευτέρας. (Φωτ.: Νίκος Παπαδάκης)')).toBe(true);
  });
});

describe('Function: isBoilerplate (a local paper\'s support pitch and funding note)', () => {
  it.each(['Help us keep local news local', 'The Coast Observer is independent and locally owned. Become a supporter from $5 a month.', 'LDR is local body journalism co-funded by RNZ and NZ On Air.'])('takes "%s" for boilerplate', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });
});

describe('Function: isBoilerplate (a text-size widget, in capitals only)', () => {
  it('takes "Schriftgröße A A A" for boilerplate and keeps a headline of short words ("Harbour a a", found by the fixed-point property)', () => {
    expect([isBoilerplate('Schriftgröße A A A'), isBoilerplate('Mărime text: A- A+'), isBoilerplate('Harbour a a')]).toEqual([true, true, false]);
  });

  it('keeps a sentence opening "A a a …" (found by the fixed-point property) and still drops the widget written without spaces', () => {
    expect([isBoilerplate('A a a harbour harbour agreed harbour harbour harbour harbour.'), isBoilerplate('AAA')]).toEqual([false, true]);
  });
});

describe('Function: classifyLine (comment headings, controls and share bars across languages)', () => {
  it.each(['Komentarji (10)', 'Մեկնաբանություններ (4)', 'Komentāri', 'Kommentaarid 3', 'Athugasemdir', 'Maoni (5)', 'Пікірлер', 'Izohlar', 'ความคิดเห็น', '5 ummæli', 'Kummenti (6)'])('reads "%s" as a heading that may open the comments', (text) => {
    expect(isWeakTailMarker(text)).toBe(true);
  });

  it.each(['Write a reply', 'Líkar við · Svara · 3 klst. · Breytt', 'Պատասխանել', 'Wieġeb   Irrapporta', 'Жауап беру', 'जवाफ दिनुहोस्', 'პასუხი'])('reads "%s" as a comment\'s controls', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });

  it.each(['Aqra wkoll', 'Көп оқылғандар', 'Më të lexuarat', 'Тақырыпқа қатысты', 'Fleira áhugavert', 'ყველაზე კითხვადი', 'धेरै पढिएका'])('reads "%s" as the label of a list of other articles', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it('reads the French "lettre d’information" as a newsletter pitch', () => {
    expect(isBoilerplate('Abonnez-vous à notre lettre d’information')).toBe(true);
  });

  it.each(['Aqsam:   Facebook   X   WhatsApp   Email', 'Deila   Tísta   Senda í tölvupósti', 'Бөлісу:   WhatsApp   Telegram   Facebook', 'Deli   Tvitni   Pošlji po e-pošti   Natisni'])('reads "%s" as a share bar', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isShareLine (a label in any language, then the networks)', () => {
  it.each(['ያጋሩ፦ Facebook  Telegram  Twitter  WhatsApp', 'Raba wannan labari: Facebook  Twitter  WhatsApp  Telegram', 'මෙම පුවත බෙදා ගන්න: Facebook  WhatsApp  Viber  X', 'Printer Friendly Version   Email This Page', 'Printer-friendly version'])('is true for "%s"', (text) => {
    expect(isShareLine(text)).toBe(true);
  });

  it.each(['Follow us: Facebook', 'He said: Facebook and Twitter were slow to act', 'Sources: Reuters, AP'])('is false for "%s"', (text) => {
    expect(isShareLine(text)).toBe(false);
  });
});

describe('Function: isBoilerplate (notices and appeals under the text)', () => {
  it.each([
    'Disclaimer: Dividend rates in this newsletter are subject to change.',
    'Support our work: the observatory is an independent charity and relies on donors.',
    'Did you find this useful? Support the forecasters on Givealittle',
  ])('is true for "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (a newsletter\'s sign-off)', () => {
  it.each([
    ['Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.', true],
    ['Thanks for reading!', true],
    ['Danke fürs Lesen', true],
    ['Thanks for reading. There were two public meetings in the spring; we covered both of them here.', false],
  ])('is %s → %s', (text, expected) => {
    expect(isBoilerplate(text)).toBe(expected);
  });
});

describe('Function: isBoilerplate (review boxes, recipe buttons, forum counters; session 24)', () => {
  it.each([
    'Our Verdict: 4 out of 5 stars',
    'Rating: 3.5/5',
    'We check over 250 million products every day for the best prices',
    'Jump to Comments',
    'read 3 min',
    '418 views 14 likes 2 links 5 users',
    'You have selected 0 posts.',
    'cancel selecting',
  ])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Our verdict on the new ferry timetable is mixed at best.', 'Select all the seedlings that look healthy and pot them on.'])('keeps prose: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});

describe('Function: isBoilerplate (a newsletter callout between paragraphs; session 24)', () => {
  it('drops "Get the Ledger in your inbox every Tuesday and Friday. Subscribe for free."', () => {
    expect(isBoilerplate('Get the Ledger in your inbox every Tuesday and Friday. Subscribe for free.')).toBe(true);
  });
});

describe('Function: isCreditOnly (a labelled caption with its own credit; session 24)', () => {
  it('reads "Photo: <description> (<credit>)" as a caption, "Photo: <credit>" as a credit', () => {
    expect([isCreditOnly('Photo: Ministers at the signing ceremony in the old port (Harbour Ledger)'), isCreditOnly('Photo: Jan Roe (AFP)'), isCreditOnly('Photo: Reuters')]).toEqual([false, true, true]);
  });
});

describe('Function: isBoilerplate / isCommentControl (galleries, disclaimers, Blogger\'s German controls; session 24)', () => {
  it.each([
    'View gallery (4)',
    'Bildergalerie (12)',
    'This post was written by a community member and has not been reviewed by a medical professional.',
    'Dieser Beitrag enthält Affiliate-Links. Wenn du über diese Links einkaufst, erhalte ich eine kleine Provision.',
  ])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('keeps a sentence that says a plan has not been reviewed', () => {
    expect(isBoilerplate('The plan has not been reviewed by the council yet, the mayor said on Monday.')).toBe(false);
  });

  it.each(['Antworten Löschen', 'Löschen', 'Responder Eliminar'])('reads "%s" as a comment\'s controls', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });
});

describe('Function: isBoilerplate (thread buttons, tip lines, newsletter pitches; session 24)', () => {
  it.each([
    '41 more comments...',
    'Do you know more about the city’s transport contracts? Contact our reporters securely at tips@example.org.',
    "The day's most important stories, in your inbox every weekday morning.",
  ])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('keeps "She said the reporters could contact her securely."', () => {
    expect(isBoilerplate('She said the reporters could contact her securely.')).toBe(false);
  });
});

describe('Function: isBoilerplate / isBreadcrumb (ad slots, paywalls, licensing links, home trails; session 24)', () => {
  it.each([
    'This advertisement has not loaded yet, but your article continues below.',
    'Article content',
    'Subscribe now for unlimited access to The Harbour Herald.',
    'Already a subscriber? Log in',
    'Purchase Licensing Rights',
    'Read related topics:',
  ])('is boilerplate: "%s"', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('reads "Home / India / <headline with figures>" and "News / India News / …" as a breadcrumb', () => {
    expect(isBreadcrumb('Home / India / Railways to run 9,100 summer special trips')).toBe(true);
    expect(isBreadcrumb("News / India News / IMD forecasts 'above normal' monsoon for 2024")).toBe(true);
  });
});

describe('Function: classifyLine (furniture of WordPress and Disqus, translated)', () => {
  it.each(['Partager ›', 'Udostępnij ›', 'Compartir ›', 'Condividi ›'])('takes Disqus\'s translated share link "%s" for a control', (text) => {
    expect(isCommentControl(text)).toBe(true);
  });

  it('takes a German paper\'s vote row "12 Zustimmungen · 9 Ablehnungen" for a control', () => {
    expect(isCommentControl('12 Zustimmungen · 9 Ablehnungen')).toBe(true);
  });

  it.each([
    'Os comentários estão desativados neste artigo.',
    'Los comentarios están sujetos a moderación. El diario no se hace responsable de las opiniones vertidas por los lectores.',
    'I commenti sono chiusi.',
    'Los comentarios están cerrados para esta noticia.',
    'Komentarze są wyłączone.',
    'Reageren is niet meer mogelijk.',
    'Dit bericht is geplaatst in Brood en getagd beginners, desem.',
    'Meld je gratis aan voor onze nieuwsbrief.',
    'Kommentarsfunktionen är avstängd för den här artikeln.',
    'Nyhetsbrev: Få dagens viktigaste nyheter direkt i din inkorg varje morgon.',
    'Iscriviti alla newsletter per ricevere le notizie del territorio',
  ])('takes "%s" (comments switched off, a post\'s filing note, a newsletter pitch) for boilerplate', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it.each(['Gerelateerd', 'Relacionado', 'Correlati', 'Podobne wpisy', 'Kategoria: Remont | Tagi: ocieplenie, poddasze', 'Comparte esto:', 'Ämnen i artikeln', 'Mest läst', 'Verschlagwortet mit: Konsum, DDR'])('takes "%s" for the end of the article', (text) => {
    expect(isTailMarker(text)).toBe(true);
  });

  it.each(['Os comentários dos leitores foram muitos e variados, disse o presidente da câmara.', 'Gerelateerd aan de stikstofcrisis is ook het woningtekort.'])('leaves the sentence "%s" alone', (text) => {
    expect([isBoilerplate(text), isTailMarker(text)]).toEqual([false, false]);
  });
});

describe('Function: classifyLine (Disqus and TypePad furniture, agency photo credits)', () => {
  it.each([
    'LOG IN WITH',
    'OR SIGN UP WITH DISQUS ?',
    'Verify your Comment',
    'Previewing your Comment',
    'Posted by: |',
    'This is only a preview. Your comment has not yet been posted.',
    'Posted at 06:12 AM in Health, Port Moresby, Society | Permalink | Comments (5)',
  ])('takes "%s" for boilerplate', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('takes a caption credited "(PNA photo by …)" for a caption', () => {
    expect(isCaptionLine('HEALTH WORKERS. Barangay health workers spray a street in Cabatuan on Monday (March 11, 2024). (PNA photo by Gerard Tabanao)')).toBe(true);
  });
});

describe('Function: classifyLine (local news furniture)', () => {
  it.each([
    'This story has been updated to include comment from the county commission.',
    'Get the biggest stories from the valley straight to your inbox',
    'Share this Story: Court hears challenge to ban on overnight camping',
    'Join the conversation',
    'Community guidelines: Be civil. Stay on topic. No personal attacks.',
    'The Local Democracy Reporting Service is a public service news agency funded by the BBC and used by more than 1,000 news outlets.',
    'Share this update',
    'Comments are powered by giscus and stored in GitHub Discussions. Sign in with GitHub to join in.',
    "Editor's note: The Gazette welcomes letters of up to 350 words. Write to The Editor or email letters@example.org.",
  ])('takes "%s" for boilerplate', (text) => {
    expect(isBoilerplate(text)).toBe(true);
  });

  it('takes "… in this file photo. (Reuters)" for a caption, and not a paragraph closed by the agency', () => {
    expect([isCaptionLine('A container ship transits the strait in this file photo. (Reuters)'), isCaptionLine('Shipping fell sharply, officials said. (Reuters)')]).toEqual([true, false]);
  });

  it('takes a caption closed by "Courtesy of …" after its sentence for a caption', () => {
    expect(isCaptionLine('Dee Brinkman, center, holds the award alongside members of the club on Saturday. Courtesy of Tamarack County 4-H')).toBe(true);
  });
});
