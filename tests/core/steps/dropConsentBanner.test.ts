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

  it('keeps a first paragraph with a short line under it that is followed by more text', () => {
    const raw = ['The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.', 'By Ana Ruiz', 'June 4, 2021', '', 'More text.'].join('\n');

    expect(texts(raw)).toEqual(['The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.', 'By Ana Ruiz', 'June 4, 2021', 'More text.']);
  });

  it('keeps a notice-like sentence further down the page', () => {
    const raw = ['Harbour Daily', '', 'Menu', '', 'We use cookies to improve the site. You can change this later.', 'Accept', '', 'Text.'].join('\n');

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
});
