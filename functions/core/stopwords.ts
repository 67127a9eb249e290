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
  { es: 'y los las por con para su sus pero muy fue también este esta desde sobre', ca: 'i els les per amb seu seva però molt va també aquest aquesta dels fins' },
];
