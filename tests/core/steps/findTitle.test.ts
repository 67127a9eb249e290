import { toLines } from '#core/lines';
import type { HeaderRole } from '#core/steps/findTitle';
import { findTitle } from '#core/steps/findTitle';

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

  it('returns -1 when no line can be a title', () => {
    // Prepare
    const { lines, roles } = header([['Home', 'nav'], ['June 4, 2021', 'date']]);

    // Act / Assess
    expect(findTitle(lines, roles)).toBe(-1);
  });
});
