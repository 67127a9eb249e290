import { toLines } from '#core/lines';
import { dropConsentBanner } from '#core/steps/dropConsentBanner';

const texts = (raw: string): string[] => dropConsentBanner(toLines(raw)).map((l) => l.text);

describe('Function: dropConsentBanner', () => {
  it.each([
    ['Käytämme evästeitä sivuston toiminnan varmistamiseen ja mainontaan. Voit muuttaa asetuksia milloin tahansa.', 'Hyväksy kaikki   Vain välttämättömät   Asetukset'],
    ['当サイトではクッキーを使用しています。引き続き閲覧する場合、同意したものとみなします。', '同意する'],
    ['Az oldal sütiket használ a jobb felhasználói élmény érdekében.', 'Elfogadom   Beállítások'],
  ])('drops a notice with its buttons under it at the top of the page: "%s"', (notice, buttons) => {
    expect(texts([notice, buttons, '', 'Harbour Daily', '', 'Ferry fares rise again'].join('\n'))).toEqual(['Harbour Daily', 'Ferry fares rise again']);
  });

  it('drops a notice whose buttons follow it on its own line, a wide gap apart, in a language without a cookie word it knows', () => {
    const raw = ['Ta stran uporablja piškotke za boljšo izkušnjo. Z nadaljnjo uporabo se strinjate.   Sprejmi   Več o tem', '', 'Harbour Daily', '', 'Ferry fares rise again'].join('\n');

    expect(texts(raw)).toEqual(['Harbour Daily', 'Ferry fares rise again']);
  });

  it('keeps a first paragraph that ends in a wide gap and a figure', () => {
    const raw = ['The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.   Page 2', '', 'More text.'].join('\n');

    expect(texts(raw)).toHaveLength(2);
  });

  it('keeps a first paragraph with a short line under it that is followed by more text', () => {
    const raw = ['The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.', 'By Ana Ruiz', 'June 4, 2021', '', 'More text.'].join('\n');

    expect(texts(raw)).toEqual(['The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.', 'By Ana Ruiz', 'June 4, 2021', 'More text.']);
  });

  it('keeps a notice-like sentence further down the page when it speaks of no cookies', () => {
    const raw = ['Harbour Daily', '', 'Menu', '', 'We updated our terms of service. You can read them later.', 'Accept', '', 'Text.'].join('\n');

    expect(texts(raw)).toHaveLength(5);
  });
});

describe('Function: dropConsentBanner (what is no banner)', () => {
  it('keeps a caption with its credit line under it at the top', () => {
    const raw = ['Harbour fees rise', 'Yachts in the outer basin at dawn, seen from the pier.', 'Foto: Marit Hollender / dpa', '', 'Text.'].join('\n');

    expect(texts(raw)).toHaveLength(4);
  });
});

describe('Function: dropConsentBanner (a heading over the notice)', () => {
  it('drops "We value your privacy" with the notice and buttons under it', () => {
    expect(texts('We value your privacy\nWe and our partners use cookies and process personal data such as IP addresses.\nAGREE    MORE OPTIONS\n\nRiverside Leader')).toEqual(['Riverside Leader']);
  });

  it('drops a banner whose buttons stand one to a line in a dump without blank lines, as long as they ask for consent', () => {
    const banner = 'Your privacy is important to us\nWe and our 847 partners store and/or access information on a device, such as cookies.\nAccept all\nReject all\nManage preferences\nDaily Beacon\nHome';
    const story = 'Harbour tolls rise\nThe harbour board agreed on Tuesday to raise mooring fees by ten percent.\nRead more\nNews';

    expect([texts(banner), texts(story)]).toEqual([['Daily Beacon', 'Home'], ['Harbour tolls rise', 'The harbour board agreed on Tuesday to raise mooring fees by ten percent.', 'Read more', 'News']]);
  });
});

describe('Function: dropConsentBanner (under the masthead and the menu)', () => {
  it('drops a cookie block with its buttons further down the top of the page', () => {
    const raw = ['Kempen Vandaag', 'Nieuws   Regio   Sport', '', 'Wij gebruiken cookies', 'Wij en onze partners gebruiken cookies om je een betere ervaring te bieden.', 'Alles accepteren   Instellingen', '', 'Headline of the story'].join('\n');

    expect(texts(raw)).toEqual(['Kempen Vandaag', 'Nieuws Regio Sport', 'Headline of the story']);
  });

  it('drops a notice about the reader\'s data over its consent buttons, set in the menu without blank lines', () => {
    const raw = ['Havelland-Bote', 'Lokales', 'Sport', 'Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren.', 'Alle akzeptieren', 'Einstellungen', '', 'Headline of the story'].join('\n');

    expect(texts(raw)).toEqual(['Havelland-Bote', 'Lokales', 'Sport', 'Headline of the story']);
  });

  it('drops a notice whose buttons close its line ("… Accetta tutti | Rifiuta")', () => {
    const raw = ['ValNews', '', 'Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti | Rifiuta | Personalizza', '', 'Headline of the story'].join('\n');

    expect(texts(raw)).toEqual(['ValNews', 'Headline of the story']);
  });

  it('keeps a paragraph about biscuits: a cookie story has no buttons', () => {
    const raw = ['Bakery wins prize', '', 'The cookie bakery on Mill Street won the county prize for the third year running.', '', 'More text follows here.'].join('\n');

    expect(texts(raw)).toHaveLength(3);
  });
});

describe('Function: dropConsentBanner (long buttons set apart by wide gaps)', () => {
  it('drops a cookie block under the skip link whose button row is longer than a plain row may be', () => {
    const raw = [
      'Skip to main content',
      '',
      'Cookies on the Harbourside Borough website',
      'We use a few necessary cookies to keep this site running. We would also like to measure how you use it.',
      'Accept analytics cookies   Reject analytics cookies   View cookies',
      '',
      'Harbourside Borough',
    ].join('\n');

    expect(texts(raw)).toEqual(['Skip to main content', 'Harbourside Borough']);
  });
});

describe('Function: dropConsentBanner (Catalan)', () => {
  it('drops a notice that names "galetes" under the menu, with its buttons', () => {
    const raw = ['Diari del Port', '', 'Portada', 'Cultura', 'Esports', '', 'Utilitzem galetes pròpies i de tercers per millorar els nostres serveis. Si continueu navegant, n\'accepteu l\'ús.', 'Accepta', 'Configura', '', 'El moll nou obre dilluns'].join('\n');

    expect(texts(raw)).toEqual(['Diari del Port', 'Portada', 'Cultura', 'Esports', 'El moll nou obre dilluns']);
  });
});
