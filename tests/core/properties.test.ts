import fc from 'fast-check';
import { parseArticle, PARSE_ERROR_CODES } from '#core';
import type { ParseResult } from '#core';
import { normalizeText } from '#core/steps/normalizeText';
import { words } from '#core/text';

const RUNS = 150;

/** A result or a typed error whose code is one of the contract's codes. */
function isWellFormed(result: ParseResult): boolean {
  if (result.ok) return typeof result.article.body === 'string' && Array.isArray(result.comments);
  return (PARSE_ERROR_CODES as readonly string[]).includes(result.error.code) && typeof result.error.message === 'string';
}

/** Lines that steer the parser into its comment, header and boilerplate paths. */
const markerLine = fc.constantFrom(
  '1. Ann Lee said:',
  '  2. Bo said:',
  '      1. Cy Oduya said:',
  '• Ann said:',
  '○ Bo said:',
  '- Cy says:',
  'Ann Lee says:',
  'says:',
  'Klaus Bär sagt:',
  'August 3, 2019 at 4:11 am',
  '28. Juli 2019 um 13:39',
  'tidewatcher • 3 years ago',
  'Reply',
  'ReplyDelete',
  'Antworten',
  'Related news',
  'Leave a Reply',
  'Code : 3912',
  'By Petra Holm and Idris Kane',
  'BAKU (APA)—Talks resumed.',
  'Boats at dawn. (Photo: AFP)',
  'Proudly powered by WordPress | Theme: Quay by Dock.',
  'level 2',
  'OP · 2 yr. ago',
  'tidegauge 3 hours ago | root | parent | next [–]',
  'Re: Ferry times',
  'Post by tidalrunner » Mon Jul 08, 2024 7:42 pm',
  'Antwort auf Ann Lee',
  '@Ann thanks for that',
  'Mar 14',
  'Karen commented on April 15, 2024 at 8:02 am',
  '14 de abril de 2024 a las 19:05',
  '[Image: Boats at dawn]',
  '# A heading',
  '**Bold** and [a link](https://example.org)',
  'Sponsored',
  'Media Contact:',
  'About Harbourline Ferries',
  'Posted by u/quay_watcher',
  '48',
  '',
  '    ',
);
const freeLine = fc.string({ unit: 'grapheme', maxLength: 120 });
const articleish = fc.array(fc.oneof(markerLine, freeLine), { maxLength: 40 }).map((rows) => rows.join('\n'));

describe('Property: parseArticle is total', () => {
  it('never throws on arbitrary strings and returns a result or a typed error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (input) => isWellFormed(parseArticle(input))),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary binary strings (any UTF-16 code unit, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (input) => isWellFormed(parseArticle(input))),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (input) => isWellFormed(parseArticle(input))),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary bytes behind a UTF-8 or UTF-16 byte-order mark', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 4000 }), (mark, rest) => isWellFormed(parseArticle(Uint8Array.from([...mark, ...rest])))),
      { numRuns: RUNS },
    );
  });

  it('never throws on line mixes of comment headers, dates, markers and free text', () => {
    fc.assert(
      fc.property(articleish, (input) => isWellFormed(parseArticle(input))),
      { numRuns: RUNS },
    );
  });
});

describe('Property: parseArticle invents no words', () => {
  it('takes every word of the body and of each comment from the normalized input', () => {
    fc.assert(
      fc.property(fc.oneof(articleish, fc.string({ unit: 'grapheme', maxLength: 1000 })), (input) => {
        const result = parseArticle(input);
        if (!result.ok) return true;
        const source = normalizeText(input);
        const produced = [result.article.body, ...result.comments.map((c) => c.text)];
        return produced.every((text) => words(text).every((word) => source.includes(word)));
      }),
      { numRuns: RUNS },
    );
  });
});

/** Plain words that mark nothing: no boilerplate, byline, caption, date or comment vocabulary. */
const VOCABULARY = [
  'harbour', 'board', 'fees', 'yachts', 'pontoon', 'marina', 'council', 'river', 'bridge', 'ferry', 'winter', 'summer',
  'workers', 'engineers', 'visitors', 'agreed', 'raised', 'built', 'opened', 'closed', 'planned', 'cost', 'money',
  'new', 'old', 'second', 'small', 'large', 'quiet', 'busy', 'coastal', 'local', 'the', 'a', 'of', 'for', 'to', 'and',
  'with', 'after', 'before', 'near', 'under', 'over', 'three', 'seven', 'many', 'few',
];
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** A sentence of prose reports, so it has a verb in the past tense (a short one without could be a photo caption). */
const PAST_TENSE_VERBS = ['agreed', 'raised', 'opened', 'closed', 'planned'];
const someWords = (min: number, max: number): fc.Arbitrary<string[]> => fc.array(fc.constantFrom(...VOCABULARY), { minLength: min, maxLength: max });
const sentence = fc
  .tuple(someWords(4, 10), fc.constantFrom(...PAST_TENSE_VERBS), someWords(5, 11))
  .map(([before, verb, after]) => `${capitalize([...before, verb, ...after].join(' '))}.`)
  .filter((s) => s.length >= 60);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' '));
const title = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 7 }).map((ws) => capitalize(ws.join(' ')));
const article = fc.record({ title, paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }) });

describe('Property: the body is a fixed point', () => {
  it('reads the generated paragraphs as the body, and parsing that body again yields the same body', () => {
    fc.assert(
      fc.property(article, ({ title: heading, paragraphs }) => {
        const first = parseArticle(`${heading}\n\n${paragraphs.join('\n\n')}\n`);
        if (!first.ok) return false;
        const again = parseArticle(first.article.body);
        return (
          first.article.title === heading &&
          first.article.body === paragraphs.join('\n\n') &&
          again.ok &&
          again.article.body === first.article.body
        );
      }),
      { numRuns: RUNS },
    );
  });
});
