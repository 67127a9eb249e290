import { toLines } from '#core/lines';
import { dropMarkLines } from '#core/steps/dropMarkLines';

describe('Function: dropMarkLines', () => {
  it('drops avatar alt texts and lone separators, and keeps every other line', () => {
    const lines = toLines(['Levan Chikovani', '•', '3 days ago', 'Same story every five years.', '', '    Avatar', '    Tamar G.', '    ·', '    2 days ago', '    Not this time — the 1990s were worse.'].join('\n'));

    expect(dropMarkLines(lines).map((l) => l.text)).toEqual(['Levan Chikovani', '3 days ago', 'Same story every five years.', 'Tamar G.', '2 days ago', 'Not this time — the 1990s were worse.']);
  });

  it('returns the same lines when there is nothing to drop', () => {
    const lines = toLines('A line.\nAnother line.');

    expect(dropMarkLines(lines)).toBe(lines);
  });
});

describe('Function: dropMarkLines (initials in place of a picture)', () => {
  it('drops "SA" over the handle "sam_a" whose parts it abbreviates', () => {
    expect(dropMarkLines(toLines(['SA', 'sam_a', '3 weeks ago'].join('\n'))).map((l) => l.text)).toEqual(['sam_a', '3 weeks ago']);
  });

  it('drops "DW" over "Deborah Wynn", and keeps "EU" over a line it does not abbreviate', () => {
    const lines = toLines(['DW', 'Deborah Wynn', '3d ago', '', 'EU', 'Ministers met on Monday.'].join('\n'));

    expect(dropMarkLines(lines).map((l) => l.text)).toEqual(['Deborah Wynn', '3d ago', 'EU', 'Ministers met on Monday.']);
  });
});

describe('Function: dropMarkLines (a journal comment\'s empty subject)', () => {
  it('drops "(no subject)" over a comment', () => {
    const lines = toLines(['(no subject)', '', 'quillpen', '2022-10-04 02:11 am (UTC)', 'Lovely post.'].join('\n'));

    expect(dropMarkLines(lines).map((l) => l.text)).toEqual(['quillpen', '2022-10-04 02:11 am (UTC)', 'Lovely post.']);
  });
});
