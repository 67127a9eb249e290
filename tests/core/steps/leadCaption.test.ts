import { leadCaptions } from '#core/steps/leadCaption';

const LEDE = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by a fifth from April, after two years of losses at the marina.';

describe('Function: leadCaptions', () => {
  it.each([
    'Waves break over the sea wall at Portnacloy during last week’s gale.',
    'Captain Mia Ferrante lifts the Shield in front of the travelling supporters.',
    'Volunteers fill sandbags outside the fire station on Sunday afternoon.',
    'Damsons in the colander, straight from the tree.',
  ])('takes a short descriptive sentence over a longer paragraph for a caption: "%s"', (caption) => {
    expect(leadCaptions([caption, LEDE])).toEqual([caption]);
  });

  it.each([
    ['a past tense', 'The club marked fifty years of the hill climb on Saturday.'],
    ['an auxiliary', 'Every household in the district will get a food caddy in May.'],
    ['a reporting verb', 'Fees at the marina rise by a fifth, the harbour board said.'],
    ['the first person', 'We spent the weekend at the harbour with the whole family.'],
    ['two sentences', 'Fees rise at the marina. Owners of larger boats object.'],
    ['a quotation', '“It is a fair rise,” argues the chair of the harbour board.'],
    ['too few words', 'Boats in the harbour.'],
  ])('keeps a first paragraph with %s in the text', (_, paragraph) => {
    expect(leadCaptions([paragraph, LEDE])).toEqual([]);
  });

  it('keeps the first paragraph when the text under it is no longer', () => {
    expect(leadCaptions(['Waves break over the sea wall at Portnacloy during last week’s gale.', 'More soon.'])).toEqual([]);
  });

  it('keeps a lone paragraph', () => {
    expect(leadCaptions(['Waves break over the sea wall at Portnacloy during last week’s gale.'])).toEqual([]);
  });

  it('takes the captions of pictures stacked over the text, one under another', () => {
    const captions = ['Pilgrims cross the stepping stones at Ballyteige on the second day.', 'The bishop blesses walkers at the start of the route outside the church.'];
    expect(leadCaptions([...captions, LEDE])).toEqual(captions);
  });

  it('takes no caption when a stacked one is as long as the text under them', () => {
    expect(leadCaptions(['Pilgrims cross the stepping stones at Ballyteige on the second day.', 'Walkers rest by the river.', 'Short text follows here.'])).toEqual([]);
  });
});
