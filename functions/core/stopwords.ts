/**
 * The most frequent function words of languages written in Latin script. Counting them in a few
 * sentences identifies the language of running text quickly and reliably; words shared by several
 * languages are kept, since the counts decide.
 */
export const STOPWORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it was on with as by at from his her they this have are be has had were which an not but their said will would who been its about after',
  de: 'der die das und ist nicht den von zu mit sich des auf für ein eine dem im auch als an werden aus er hat dass sie nach wird bei einer um noch wie über so zum war haben nur oder aber vor zur bis',
  fr: 'le la les de des et est un une du en que qui dans pour pas sur au par avec ne il elle sont se plus ce cette mais ont été aux ses leur comme nous vous',
  es: 'el la los las de del y en que es un una por con para se no su al lo como más pero sus le ha fue son este esta entre sobre también desde',
  it: 'il la le di del della che è e un una per non sono con si da gli nel alla anche come più ma ha dei delle questo nella ed',
  pt: 'o a os as de do da dos das e que em um uma para com não por se mais na no ao como mas foi ele ela são pelo pela também',
  nl: 'de het een en van is dat op te in niet zijn met voor er aan ook als maar bij door dan nog wordt werd uit naar over hij zij',
  sv: 'och att det som en på är av för med till den har inte de om ett men var jag sig från vi så kan när',
  da: 'og at det som en på er af for med til den har ikke de om et men var jeg sig fra vi så kan når blev',
  no: 'og at det som en på er av for med til den har ikke de om et men var jeg seg fra vi så kan når ble',
  fi: 'ja on ei se että oli hän mutta kun niin myös ovat joka tai sen ole kuin mitä jo vain siitä',
  pl: 'i w nie na się z do jest że to o jak a po ale przez dla są od tak co za jego już być',
  cs: 'a v se na je že to s z do o k ve jako by pro ale jsou jeho po tak při jen už než který která které také však nebo podle když byl byla bylo jsme bude mezi ze kde až',
  az: 'və bu bir ilə üçün də da ki isə olan olub edib həm daha çox sonra qədər kimi ən tərəfindən edilib olacaq edir artıq lakin görə',
  tr: 've bir bu da de için ile olarak çok daha gibi ama en o ne var kadar sonra olan olduğu',
  ro: 'și în de la a cu pe că o un este nu care din mai se sunt pentru ca dar fost sau',
  hu: 'a az és hogy nem is egy meg de van ez mint csak már volt el ha még minden',
  id: 'dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh',
  sk: 'a v na je že to sa s z do o k vo ako by pre ale jeho po tak pri len už než ktorý ktorá ktoré tiež alebo podľa keď bol bola bolo sme sú aj som',
  sl: 'in je v na se da za z so ki ne pa tudi bo še ali kot iz po pri ter bil bila bilo kar lahko smo',
  hr: 'i je u na se da za od su to s iz ili kao koji koja koje nakon bio bila bilo će ne',
  lt: 'ir kad yra į su iš bet kaip tai buvo nuo per jo jos už apie dar taip pat bus gali',
  lv: 'un ir ar uz no par kas ka lai arī bet tas to kā vai bija būs tiek pēc līdz jau',
  et: 'ja on ei et see oli ka kui ta mis aga siis või nagu veel oma seda pärast juba kes',
  ca: 'el la els les de del i a en que és un una per amb no es va dels al com més però ha seu seva ja també són aquest aquesta hi ho',
  vi: 'và của là có được trong cho các những với không một người này đã để khi từ đến cũng như theo vào tại sẽ',
  sw: 'na ya wa kwa ni za katika la kuwa hiyo hii alisema pia lakini kama cha huo wake baada hadi kutoka ambao ambayo zaidi',
  ha: 'da ta ya ba wanda cikin ga kuma shi ne ce daga domin amma sun za yake wannan akan wajen',
  zu: 'ukuthi futhi kodwa uma noma kanye ngoba lapho ngesikhathi kusho wathi lokhu lesi leli kakhulu',
  xh: 'ukuba kwaye kodwa xa okanye ngoba apho ngexesha uthe esi eli oku nje kakhulu ukuze',
  af: 'die en van is in het dat nie op vir met te om sy word was aan hulle ook deur maar wat sal',
  cy: 'y yr ac yn ar am fod mae wedi ei eu gan bod ond hefyd roedd fel oedd hyn',
  ga: 'agus ar go bhí sé sí ag ach mar do níl tá seo sin air gu bha tha bho aig chan ann',
  eu: 'eta da ez du dira zen ere bat baina izan dute zuen hori beste egin behar ditu oso bere',
  is: 'og að er sem til það var um við með ekki en af fyrir hann hún þeir eru verður hefur tað ikki fyri hon hevur',
  mt: 'il li ta fil ma għal minn huwa hija kien biex dan din kif wara bħala jew għandu',
  sq: 'dhe të në që për me një nga është ka se janë do nuk si por edhe ishte',
  tl: 'ang ng sa na at mga ay si ni para hindi kay pag ito siya nang may mula',
  so: 'iyo ka ee oo in la waxa ay ku soo uu ah waa ayaa kale si ayuu',
  jv: 'lan ing kang ora iku iki karo saka kanggo wis bakal uga marang dening kaya',
  su: 'jeung nu teh anu ka ti ieu eta henteu oge dina ku keur geus bakal pikeun',
  lb: 'an de vun der am ass et eng op mat fir net ze och sinn hun gëtt sech awer',
  mg: 'ny sy ary amin ho an izay tamin ka fa no dia ireo tsy efa hoe io ity',
  ht: 'ak nan pou li yo te ki se pa la sou nou ou gen men tou kòm lè sa',
  mi: 'te ki ngā he me ka kua ko nei tēnei rātou hoki ana engari',
  sn: 'uye kuti ne mu na kana asi zvakare iye vanhu kune nokuti pane izvi',
  ny: 'ndi kuti ku pa mu wa za la ya kapena koma chifukwa anthu iye ali',
  om: 'fi kan akka irraa ni keessatti isaan inni ture jedhe garuu waliin',
  rw: 'na ya mu ku muri kandi ko ni cyangwa ariko kugira abantu iyi uyu ibi',
  lg: 'mu ku era nti okuva abantu kino ekyo bwe nga oba naye kubanga kyokka gwe eri ssaako',
  tn: 'le go ka ya mo ba gore wa fa jaaka gape ke ne bo ga se ho hore ha jwaloka hape tse la tla tsa empa mme',
  sm: 'le ma ua na sa lea ai mo ia foi ina ona latou se ni',
  to: 'ʻa ʻi ko mo ke ki naʻe ne pea ʻo he ʻe kuo ʻoku ʻaki ʻenau kae',
  eo: 'la kaj de en estas al ke por pri kun ne sed ĉe tiu li ŝi oni ili estis estos ankaŭ kiu kiuj',
  co: 'u hè chì cù sò micca dinò ancu issu issa di per una un da ma più sta stu',
  la: 'et in est non ad cum sed ut qui quae quod de ex ab sunt esse etiam enim per eius hoc',
  br: 'ar an al eo ha hag da gant war evit ez en deus int met ne ket zo bet ur un eus',
  ku: 'û li di de ji bi ku ew ya yê jî ne ev vê wê hatiye',
  uz: 'va bu bilan uchun ham bir edi esa deb lekin yoki kabi qilib haqida',
  tk: 'we bu bilen üçin hem bir edi bolsa diýip emma ýaly bolan hakynda boýunça',
  qu: 'chay kay pi manta ta qa mi pas hina kan ichaqa runa wan',
};

/**
 * Close relatives the function words above cannot tell apart: the family's first member is
 * detected, then these words, which only one of them writes, decide between them.
 */
export const RELATIVES: ReadonlyArray<Readonly<Record<string, string>>> = [
  { da: 'af blev efter meget nogle hvad mig dig sig mellem siger nu', no: 'av ble etter mye noen hva meg deg seg mellom sier ikkje nå' },
  // Ijekavian and ekavian spellings tell Croatian from Serbian: "cijene" / "cene", "vrijeme" / "vreme".
  { hr: 'što tko također tijekom prije tisuća sveučilište vijesti cijene cijena vrijeme mjesto mjesta djeca djece rijeka poslije lijepo uvijek', sr: 'šta ko takođe tokom pre hiljada univerzitet vesti cene cena vreme mesto mesta deca dece reka posle lepo uvek' },
  { pt: 'não em um uma pelo pela ao são também mais', gl: 'non en unha polo pola ao son tamén máis moi' },
  // Spanish and Catalan share "el", "la", "de", "que": their own words for "and", "the" (plural), "for", "with" tell them apart.
  // Occitan writes "e", "lo", "dins" and "amb" where they write "y"/"i", "el", "dentro"/"dins" and "con"/"amb".
  { es: 'y los las por con para su sus pero muy fue también este esta desde sobre', ca: 'i els les per amb seu seva però molt va també aquest aquesta dels fins', oc: 'e lo dins qu èra aquel aquela tanben pas fòrça sus coma' },
  // Irish and Scottish Gaelic share most function words; their words for "on", "to", "was", "is" and "from" differ.
  { ga: 'agus ar go bhí tá sé sí ó níl', gd: 'air gu bha tha e bho chan' },
  { is: 'það ekki fyrir hún eru verður hefur að', fo: 'tað ikki fyri hon hevur sum at eisini' },
  { id: 'karena bisa saat sudah adalah tersebut', ms: 'kerana boleh ketika telah ialah iaitu beliau' },
  { it: 'il è che con sono non anche questo della gli', co: 'u hè chì cù sò micca dinò ancu issu issa' },
  { tn: 'go gore fa jaaka gape mo', st: 'ho hore ha jwaloka hape tse' },
];
