import { toLines } from '#core/lines';
import type { HeaderRole } from '#core/steps/findTitle';
import { findTitle, titlesNamedByCommentHeadings } from '#core/steps/findTitle';

/** Lines and their roles, written as [text, role] pairs; '' is a blank line. */
function header(rows: ReadonlyArray<readonly [string, HeaderRole] | ''>): { lines: ReturnType<typeof toLines>; roles: HeaderRole[] } {
  const lines = toLines(rows.map((r) => (r === '' ? '' : r[0])).join('\n'));
  const roles = rows.filter((r): r is readonly [string, HeaderRole] => r !== '').map((r) => r[1]);
  return { lines, roles };
}

describe('Function: findTitle', () => {
  it('takes the first text line when nothing else speaks against it', () => {
    // Prepare
    const { lines, roles } = header([['Harbour fees rise for visiting yachts', 'text'], '', ['Sailors protest outside the office', 'text']]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(0);
  });

  it('skips the site name and menu above the headline', () => {
    // Prepare
    const { lines, roles } = header([
      ['Coast News', 'text'],
      ['Home', 'nav'],
      ['Politics', 'nav'],
      ['Sport', 'nav'],
      '',
      ['Harbour fees rise for visiting yachts', 'text'],
      ['By Petra Holm', 'byline'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(4);
  });

  it('prefers the headline the page-title line repeats over a section label', () => {
    // Prepare
    const { lines, roles } = header([
      ['Harbour fees rise for visiting yachts | Coast News', 'text'],
      ['Money › Harbours', 'nav'],
      ['Local News | Harbours', 'text'],
      '',
      ['Harbour fees rise for visiting yachts', 'text'],
      '',
      ['Owners say the increase will drive visitors away', 'text'],
      ['June 4, 2021', 'date'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(3);
  });

  it.each(['Weather: Port Ellis 54°F  Partly Cloudy', 'Port Ellis 12°C, light rain'])('does not take a weather widget with the sky’s state: "%s"', (widget) => {
    const { lines, roles } = header([
      [widget, 'text'],
      ['Saturday, April 20, 2024', 'date'],
      '',
      ['Harbour fees rise for visiting yachts', 'text'],
      ['By Ana Ruiz', 'byline'],
    ]);

    expect(findTitle(lines, roles)).toBe(2);
  });

  it('does not take a ticker or a weather widget', () => {
    // Prepare
    const { lines, roles } = header([
      ['BREAKING: Ferry services suspended', 'text'],
      ['Kiel 14°C', 'text'],
      ['Harbour fees rise for visiting yachts', 'text'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(2);
  });

  it('does not take a sentence that introduces what follows with a colon (a post quoting the story under its headline)', () => {
    // Prepare
    const { lines, roles } = header([
      ['Moreland Street Bridge to close for 14 months', 'text'],
      '',
      ['Paywalled, so here is the text for anyone who cannot read it:', 'text'],
      '',
      ['Moreland Street Bridge to close for 14 months', 'text'],
      '',
      ['By Dana Whitlow | April 30, 2024', 'byline'],
    ]);

    // Act / Assess
    expect(lines[findTitle(lines, roles)]!.text).toBe('Moreland Street Bridge to close for 14 months');
  });

  it('returns -1 when no line can be a title', () => {
    // Prepare
    const { lines, roles } = header([['Home', 'nav'], ['June 4, 2021', 'date']]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(-1);
  });
});

describe('Function: findTitle (key points, site names, metadata above)', () => {
  it('does not take a key point stacked under the headline for it', () => {
    const { lines, roles } = header([
      ['‘It is like living next to a jet engine’: families say a new depot has wrecked their sleep', 'text'],
      '',
      ['Residents say lorries reverse beeping from 2am', 'text'],
      ['One couple says their grandchildren will not stay over', 'text'],
      ['Council granted permission despite 212 objections', 'text'],
      '',
      ['By Chloe Ash', 'byline'],
    ]);

    expect(findTitle(lines, roles)).toBe(0);
  });

  it('does not count stacking in a dump without any blank lines', () => {
    const { lines, roles } = header([
      ['India News', 'text'],
      ['Civic body to fit 1,200 smart water meters in one ward after leakage audit', 'text'],
      ['The pilot aims to cut losses from 41 per cent to below 25 per cent', 'text'],
      ['PTI', 'byline'],
      ['Workers lay a new distribution line near the market on Saturday. (PTI Photo)', 'caption'],
    ]);

    expect(findTitle(lines, roles)).toBe(1);
  });

  it('prefers the headline under a byline and date to the site name with its domain above them', () => {
    const { lines, roles } = header([
      ['National Press Agency - NPA.it', 'text'],
      ['Home › Weather', 'nav'],
      ['Redazione NPA', 'byline'],
      ['14 giugno 2023', 'date'],
      ['News', 'text'],
      ['Heat: red alert in nine cities, peak expected on Friday', 'text'],
    ]);

    expect(findTitle(lines, roles)).toBe(5);
  });
});

describe('Function: findTitle (tickers, captions and post metadata)', () => {
  it('does not take the item under a "Breaking News" label for the headline, and looks past a caption to the byline', () => {
    const { lines, roles } = header([
      ['Breaking News', 'text'],
      ['Boil water notice lifted for Gatesville', 'text'],
      '',
      ['Water main break forces school closure and a boil notice for 4,000 homes', 'text'],
      ['Crews worked overnight to repair a line under Main Street.', 'text'],
      '',
      ['Crews repair the main on Thursday. (KQRV)', 'caption'],
      '',
      ['By Jenna Ruiz', 'byline'],
    ]);

    expect(findTitle(lines, roles)).toBe(2);
  });

  it('reads a date with a byline directly under it as the post’s metadata under its title, not a blog’s date header', () => {
    const { lines, roles } = header([
      ['News', 'text'],
      ['Principal’s Corner: conferences, testing and a big thank-you', 'text'],
      ['Posted on: 03/08/2024', 'date'],
      ['Author: Dana Okoro', 'byline'],
      ['Dear families,', 'text'],
    ]);

    expect(findTitle(lines, roles)).toBe(1);
  });
});

describe('Function: findTitle (a date over the deck, dated again under the byline)', () => {
  it('takes the headline over the date, not the deck: a blog’s date header is the only date above its post', () => {
    const { lines, roles } = header([
      ['Harbourline 3.1: tide tables, offline charts and a new export', 'text'],
      '',
      ['2024-05-21', 'date'],
      '',
      ['Version 3.1 reaches every account this week. Here is what changed, and what did not.', 'text'],
      '',
      ['Written by Ines Volkova and Tom Akers', 'byline'],
      ['May 21, 2024', 'date'],
    ]);

    expect(findTitle(lines, roles)).toBe(0);
  });
});

describe('Function: findTitle (the headline a comment heading names)', () => {
  it('takes the headline over a longer deck under it, past a short label over the byline, and so does the line "13 Comments on …" names', () => {
    const { lines, roles } = header([
      ['Environment', 'text'],
      '',
      ['Beavers are back on Cold Brook. Not everyone is pleased.', 'text'],
      '',
      ['A colony that moved in three winters ago has turned pasture into wetland, delighting ecologists.', 'text'],
      '',
      ['Post author', 'text'],
      ['By Priya Raman', 'byline'],
    ]);
    const named = titlesNamedByCommentHeadings(toLines('13 Comments on “Beavers are back on Cold Brook. Not everyone is pleased.”\n2 thoughts on Harbour fees'));

    expect([...named]).toEqual(['Beavers are back on Cold Brook. Not everyone is pleased.', 'Harbour fees']);
    expect(findTitle(lines, roles)).toBe(1);
    expect(findTitle(lines, roles, named)).toBe(1);
  });
});

describe('Function: findTitle (a date under the first line, a title-cased headline)', () => {
  it('takes the first line as the headline when a date stands directly under it', () => {
    // Prepare
    const { lines, roles } = header([
      ['Moldova and Gazprom Fail to Agree on Debt Audit', 'text'],
      ['03.03.2021', 'date'],
      '',
      ['Prime minister says the capital will not recognise the debts of the breakaway region', 'text'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(0);
  });

  it('does not hold a title-cased headline\'s full stop against it', () => {
    // Prepare
    const { lines, roles } = header([
      ['Notes on trade, development and statecraft', 'text'],
      ['Home About Papers Contact', 'nav'],
      '',
      ['Thursday, March 4, 2021', 'date'],
      '',
      ['Bangladesh Is Leaving the LDC Club. Washington Should Notice.', 'text'],
    ]);

    // Act / Assess: blank lines are no lines
    expect(findTitle(lines, roles)).toBe(3);
  });
});

describe('Function: findTitle (a masthead tops the page)', () => {
  it('takes the first text under the menu and the breadcrumb, over its dates and a share bar, for the headline', () => {
    const { lines, roles } = header([
      ['Home', 'nav'],
      ['Business', 'nav'],
      ['Sport', 'nav'],
      ['Home / Business', 'nav'],
      '',
      ['Mango exports target set at 150,000 tonnes as growers fret over the weather', 'text'],
      '',
      ['Published 12 March 2024 05:30pm', 'date'],
      ['Updated 12 March 2024 06:45pm', 'date'],
      '',
      ['Share', 'nav'],
      ['Facebook', 'nav'],
      '',
      ['An orchard outside the city. Photo: File', 'text'],
    ]);

    expect(findTitle(lines, roles)).toBe(4);
  });
});

describe('Function: findTitle (a list of recent posts over the post)', () => {
  it('takes the headline under a list of links, not the list\'s last link over it', () => {
    // Prepare
    const { lines, roles } = header([
      ['Recent posts', 'nav'],
      ['Quayside 2.0 released', 'text'],
      ['Meet the maintainers of the tide tables', 'text'],
      ['Quayside 1.9: offline charts arrive', 'text'],
      '',
      ['Quayside 2.0 released', 'text'],
      '',
      ['May 4, 2024 · Ines Carvalho', 'byline'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(4);
  });

  it('still takes a headline over its deck when a kicker sits on the line above', () => {
    // Prepare
    const { lines, roles } = header([
      ['Menu', 'nav'],
      '',
      ['BIN THERE, DONE THAT', 'text'],
      ['Family fined £80 for putting the wheelie bin out two hours early', 'text'],
      '',
      ['The mother of two says she was treated like a criminal over the grey bin.', 'text'],
      '',
      ['By Kirsty Hanlon', 'byline'],
    ]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(2);
  });
});
