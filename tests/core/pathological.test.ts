import { performance } from 'node:perf_hooks';
import { parseArticle } from '#core';
import type { ParseResult } from '#core';

const MB = 1024 * 1024;
const TITLE = 'Harbour tolls rise';
const LEAD = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.';

/** Parses and logs the time taken; speed itself is measured by the benchmark, not asserted here. */
function timedParse(label: string, input: string): ParseResult {
  const started = performance.now();
  const result = parseArticle(input);
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms for ${(input.length / MB).toFixed(2)} M chars`);
  return result;
}

describe('Pathological inputs', () => {
  it('parses a 1 MB single line', () => {
    // Prepare
    const input = 'The tide came in over the old harbour wall again today. '.repeat(Math.ceil(MB / 56)).slice(0, MB);

    // Act
    const result = timedParse('1 MB single line', input);

    // Assess
    expect(result.ok).toBe(true);
  });

  it('reads a thread of 130,000 comments whole (no step may spread the headers into one call)', () => {
    // Prepare
    const thread = Array.from({ length: 130_000 }, (_, i) => `  ${i + 1}. Reader${i} said:\n      Far too expensive, number ${i}.`).join('\n\n');

    // Act
    const result = timedParse('130,000 comments', `${TITLE}\n\n${LEAD}\n\nDiscussion Policy\n\n${thread}\n`);

    // Assess
    expect(result.ok && result.comments.length).toBe(130_000);
  });

  it('parses a 1 MB single line without spaces or punctuation', () => {
    // Prepare
    const input = 'a'.repeat(MB);

    // Act
    const result = timedParse('1 MB of one letter', input);

    // Assess
    expect(typeof result.ok).toBe('boolean');
  });

  it('parses 10,000 nested bullets', () => {
    // Prepare: bullets change with every level and indentation grows up to 40 levels deep, then starts over
    const bullets = ['•', '○', '□', '☆', '-', '*'];
    const rows = [TITLE, '', LEAD, ''];
    for (let i = 0; i < 10_000; i++) {
      const depth = i % 40;
      rows.push(`${'  '.repeat(depth)}${bullets[depth % bullets.length]} Reader${i} said:`, `${'  '.repeat(depth + 1)}Reply number ${i}.`);
    }

    // Act
    const result = timedParse('10,000 nested bullets', rows.join('\n'));

    // Assess
    expect(result.ok).toBe(true);
  });

  it('parses a thread 10,000 replies deep (numbering restarting at 1 each time)', () => {
    // Prepare
    const rows = [TITLE, '', LEAD, ''];
    for (let i = 0; i < 10_000; i++) rows.push(`1. Reader${i} said:`, `    Reply number ${i}.`);

    // Act
    const result = timedParse('10,000 replies deep', rows.join('\n'));

    // Assess
    expect(result.ok).toBe(true);
  });

  it('parses 1 MB of "said:" lines', () => {
    // Prepare
    const line = 'Someone said:\n';
    const input = line.repeat(Math.ceil(MB / line.length));

    // Act
    const result = timedParse('1 MB of "said:" lines', input);

    // Assess
    expect(typeof result.ok).toBe('boolean');
  });

  it('parses 1 MB of numbered "said:" headers with text', () => {
    // Prepare
    const rows: string[] = [TITLE, ''];
    for (let i = 1, size = 0; size < MB; i++) {
      const header = `${i}. Reader said:`;
      rows.push(header, '    Fine.');
      size += header.length + 11;
    }

    // Act
    const result = timedParse('1 MB of numbered "said:" headers', rows.join('\n'));

    // Assess
    expect(result.ok).toBe(true);
  });

  it('parses 1 MB of "said:" without line breaks', () => {
    // Prepare
    const input = 'said: '.repeat(Math.ceil(MB / 6));

    // Act
    const result = timedParse('1 MB of "said:" on one line', input);

    // Assess
    expect(typeof result.ok).toBe('boolean');
  });
});
