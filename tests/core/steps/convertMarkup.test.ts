import { convertMarkup, htmlToText, looksLikeHtml } from '#core/steps/convertMarkup';
import { parseArticle } from '#core';

const PARAGRAPH = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';

describe('Function: convertMarkup', () => {
  it('passes plain text through unchanged', () => {
    // Prepare
    const text = `Harbour fees rise\n\n${PARAGRAPH}`;

    // Act
    const converted = convertMarkup(text);

    // Assess
    expect(converted).toBe(text);
  });

  it('turns HTML blocks into lines and drops scripts, styles and tags', () => {
    // Prepare
    const html = `<!DOCTYPE html><html><head><script>var p = "<p>hidden</p>";</script><style>p { color: red }</style></head>
      <body><h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><p>Sailors &amp; owners objected.</p></body></html>`;

    // Act
    const text = htmlToText(html);

    // Assess
    expect(text).not.toContain('hidden');
    expect(text).not.toContain('color');
    expect(text).not.toMatch(/<[a-z]/u);
    expect(text).toContain('Sailors & owners objected.');
    expect(text.indexOf('Harbour fees rise')).toBeLessThan(text.indexOf(PARAGRAPH));
  });

  it('recognises HTML only by its opening, not by a stray tag in text', () => {
    // Assess
    expect(looksLikeHtml('<!doctype html><html></html>')).toBe(true);
    expect(looksLikeHtml('Prices <b>rose</b> sharply')).toBe(false);
  });

  it('parses a schema.org NewsArticle in JSON with its nested comments', () => {
    // Prepare
    const json = JSON.stringify({
      headline: 'Council approves the new bridge',
      author: [{ name: 'Ana Ruiz' }, { name: 'Tom Berg' }],
      datePublished: '2022-03-01T10:00:00Z',
      articleBody: `${PARAGRAPH}\n\nConstruction starts in May and should take two years to complete.`,
      comments: [{ author: 'Lia', text: 'About time.', replies: [{ author: 'Max', text: 'Agreed, finally.' }] }],
    });

    // Act
    const result = parseArticle(json);

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.title).toBe('Council approves the new bridge');
    expect(result.article.authors).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect(result.article.publishedAt).toBe('2022-03-01T10:00:00Z');
    expect(result.article.body).toContain('Construction starts in May');
    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Lia', 0, 'About time.'],
      ['Max', 1, 'Agreed, finally.'],
    ]);
  });

  it('leaves JSON that is not an article as text', () => {
    // Prepare
    const json = '{"temperature": 21, "unit": "C"}';

    // Act
    const converted = convertMarkup(json);

    // Assess
    expect(converted).toBe(json);
  });
});
