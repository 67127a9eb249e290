import { toLines } from '#core/lines';
import { prefersDayFirst, resolveCommentYears, resolveDateOrder, resolveDottedOrder, resolvePublishedOrder, writesDottedMonthFirst } from '#core/steps/resolveDateOrder';
import type { RawComment } from '#core/steps/splitComments';

function commentAt(at: number, postedAt: string | null, postedMonthDay: string | null = null): RawComment {
  return { header: { at, span: 2, author: 'Ann', indent: 0, marker: null, number: null, postedAt, postedMonthDay, strength: 'weak', replyTo: null, removed: false }, text: 'Hello.' };
}

describe('Function: prefersDayFirst', () => {
  it.each(['Thứ năm, 7/3/2024, 19:20 (GMT+7)', 'jueves, 7/3/2024 - 14:05', 'Publicado el 12 de marzo de 2024 · 14:05', '5 febbraio 2024 | 07:48'])('is true for a day-first language\'s weekday before a slash date or month name: "%s"', (text) => {
    expect(prefersDayFirst(text)).toBe(true);
  });

  it('is true when a slash date has a first number above 12', () => {
    expect(prefersDayFirst('Posted 23/05/2023 at noon')).toBe(true);
  });

  it('is true when dates are written "8 May 2023" rather than "May 8, 2023"', () => {
    expect(prefersDayFirst('Published 8 May 2023. Updated 9 May 2023.')).toBe(true);
  });

  it('is false for American dates', () => {
    expect(prefersDayFirst('Published May 8, 2023 and 05/23/2023')).toBe(false);
  });
});

describe('Function: resolveDateOrder', () => {
  it('reads an ambiguous "08/05/2023" comment date day first on a day-first page', () => {
    // Prepare
    const lines = toLines('Ann wrote:\n08/05/2023 17:20\nHello.');
    const comments = [commentAt(0, '2023-08-05T17:20:00')];

    // Act
    const [resolved] = resolveDateOrder(comments, lines, 'A page that writes 8 May 2023 and 9 May 2023.');

    // Assess
    expect(resolved!.header.postedAt).toBe('2023-05-08T17:20:00');
  });

  it('leaves dates alone on a month-first page and dates written with month names', () => {
    // Prepare
    const lines = toLines('Ann wrote:\nMay 8, 2023 5:20 pm\nHello.');
    const comments = [commentAt(0, '2023-05-08T17:20:00')];

    // Act
    const dayFirst = resolveDateOrder(comments, lines, 'Published 8 May 2023.');
    const monthFirst = resolveDateOrder(comments, lines, 'Published May 8, 2023.');

    // Assess
    expect(dayFirst[0]!.header.postedAt).toBe('2023-05-08T17:20:00');
    expect(monthFirst[0]!.header.postedAt).toBe('2023-05-08T17:20:00');
  });

  it('reads comment dates day first when the article\'s own date was found written day first, whatever the page\'s month names say', () => {
    const lines = toLines('Ann wrote:\n08/05/2023 17:20\nHello.');
    const comments = [commentAt(0, '2023-08-05T17:20:00')];

    expect(resolveDateOrder(comments, lines, 'LIMASSOL, May 8 (CNA)', true)[0]!.header.postedAt).toBe('2023-05-08T17:20:00');
    expect(resolveDateOrder(comments, lines, 'LIMASSOL, May 8 (CNA)')[0]!.header.postedAt).toBe('2023-08-05T17:20:00');
  });

  it('reads an English page\'s "12/03/2024" day first when that keeps the thread right after its story, and month first otherwise', () => {
    const lines = toLines('Sipho wrote:\n12/03/2024 15:03\nStill no water.');
    const comments = [commentAt(0, '2024-12-03T15:03:00')];
    const page = 'Joburg water outage enters fifth day';

    expect(resolveDateOrder(comments, lines, page, false, '2024-03-12T14:20:00+02:00')[0]!.header.postedAt).toBe('2024-03-12T15:03:00');
    expect(resolveDateOrder(comments, lines, page, false, '2024-12-02T09:00:00')[0]!.header.postedAt).toBe('2024-12-03T15:03:00');
    expect(resolveDateOrder(comments, lines, page)[0]!.header.postedAt).toBe('2024-12-03T15:03:00');
  });
});

describe('Function: prefersDayFirst without years', () => {
  it.each([
    ['defence sources said on 5 September', true],
    ['officials said on September 5', false],
    ['10 decorations, 2 novels and 4 junior staff', false],
  ])('reads "%s" as day first: %s', (text, expected) => {
    expect(prefersDayFirst(text)).toBe(expected);
  });
});

describe('Function: resolvePublishedOrder', () => {
  const header = toLines('Navy picks new patrol boats\n06/09/2021');

  it('reads an ambiguous slash date day first on a page that writes "5 September"', () => {
    expect(resolvePublishedOrder('2021-06-09', header, 'Navy picks new patrol boats\n06/09/2021\nSources said on 5 September.')).toBe('2021-09-06');
  });

  it('keeps the month-first reading on a page that writes "September 5"', () => {
    expect(resolvePublishedOrder('2021-06-09', header, 'Navy picks new patrol boats\n06/09/2021\nSources said on September 5.')).toBe('2021-06-09');
  });

  it('leaves a date that was not written as a slash date alone', () => {
    expect(resolvePublishedOrder('2021-06-09', toLines('June 9, 2021'), 'June 9, 2021. Sources said on 5 September.')).toBe('2021-06-09');
  });
});

describe('Function: resolveCommentYears', () => {
  it("places a day printed without its year in the article's year, or the next one when it comes earlier", () => {
    // Prepare
    const comments = [commentAt(0, null, '03-14'), commentAt(2, null, '03-15T09:30:00'), commentAt(4, null, '01-02'), commentAt(6, '2023-12-01')];

    // Act
    const resolved = resolveCommentYears(comments, '2024-03-14T08:00:00');

    // Assess
    expect(resolved.map((c) => c.header.postedAt)).toEqual(['2024-03-14', '2024-03-15T09:30:00', '2025-01-02', '2023-12-01']);
  });

  it('leaves such a day unknown when the article has no date', () => {
    expect(resolveCommentYears([commentAt(0, null, '03-14')], null)[0]!.header.postedAt).toBeNull();
  });
});

describe('Function: resolvePublishedOrder (the story names its day in words)', () => {
  it('reads "04/03/2021" as 4 March under a dateline "LIMASSOL, March 4", even on a page that writes months first', () => {
    const lines = toLines('Tram study approved\n04/03/2021 16:11\nLIMASSOL, March 4 (CNA) - The council backed the study.');

    expect(resolvePublishedOrder('2021-04-03T16:11:00', lines, 'Tram study approved\n04/03/2021 16:11\nLIMASSOL, March 4 (CNA) - The council backed the study.')).toBe('2021-03-04T16:11:00');
  });
});

describe('Function: resolveDateOrder (a printed weekday settles the order)', () => {
  it('keeps "Sun, 03/07/2021" as 7 March on a page that writes dates day first', () => {
    const lines = toLines('Ann\nSun, 03/07/2021 - 15:40\nHello.');

    expect(resolveDateOrder([commentAt(0, '2021-03-07T15:40:00')], lines, 'A page that writes 8 May 2023.', true)[0]!.header.postedAt).toBe('2021-03-07T15:40:00');
    expect(resolvePublishedOrder('2021-03-07', toLines('Sun, 03/07/2021 - 10:12'), 'A page that writes 8 May 2023.')).toBe('2021-03-07');
  });
});

describe('Function: prefersDayFirst (the page language)', () => {
  it('is true for a page in Portuguese with only ambiguous slash dates, false for the same in English', () => {
    const pt = 'A chuva forte de segunda-feira deixou ruas alagadas em vários bairros da cidade, e a prefeitura diz que os trabalhos continuam. 12/03/2024 09h41';
    const en = 'Heavy rain on Monday left streets flooded in several parts of the city, and the council says the work goes on. 12/03/2024 09:41';

    expect([prefersDayFirst(pt), prefersDayFirst(en)]).toEqual([true, false]);
  });
});

describe('Function: writesDottedMonthFirst / resolveDottedOrder / resolveDateOrder (dotted dates written month first)', () => {
  const page = 'Ferry fares to rise\nPublished: 03.12.24, 18:40\n\nTalkbacks\nAvi (03.12.24)\nToo much.\n\nNoa (03.13.24)\nFair.';

  it('tells a page that writes "03.13.24" (month first) from one that writes "13.03.24" (day first)', () => {
    expect([writesDottedMonthFirst(page), writesDottedMonthFirst('Published 13.03.24 and 03.12.24'), writesDottedMonthFirst('Published 03.12.24')]).toEqual([true, false, false]);
  });

  it("reads the article's ambiguous dotted date month first on such a page", () => {
    // The date parser read "03.12.24" day first: 3 December.
    expect(resolveDottedOrder('2024-12-03T18:40:00', toLines(page), page)).toBe('2024-03-12T18:40:00');
    expect(resolveDottedOrder('2024-12-03T18:40:00', toLines(page.replace('03.13.24', '13.03.24')), page.replace('03.13.24', '13.03.24'))).toBe('2024-12-03T18:40:00');
  });

  it('reads ambiguous dotted comment dates month first on such a page', () => {
    // Prepare
    const lines = toLines(page);
    const comments = [commentAt(3, '2024-12-03'), commentAt(5, '2024-03-13')];

    // Act
    const resolved = resolveDateOrder(comments, lines, page);

    // Assess
    expect(resolved.map((c) => c.header.postedAt)).toEqual(['2024-03-12', '2024-03-13']);
  });
});
