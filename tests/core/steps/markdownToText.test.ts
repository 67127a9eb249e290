import { looksLikeMarkdown, markdownToText, stripShortcodes } from '#core/steps/markdownToText';

describe('Function: looksLikeMarkdown', () => {
  it('is true for text with two kinds of Markdown (a heading and a link)', () => {
    expect(looksLikeMarkdown('# Village hall roof fixed\n\nThrough [quiz nights](https://example.org/quiz) and a walk.')).toBe(true);
  });

  it.each(['#1 in the charts again', 'Prices rose **sharply** in May.', 'A list:\n* one\n* two', 'Plain text about the harbour.'])('is false for "%s"', (text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});

describe('Function: markdownToText', () => {
  it('keeps the words of headings, quotes, links and emphasis and drops images and URLs', () => {
    // Prepare
    const markdown = [
      '## What happens next',
      '![Volunteers on scaffolding](https://example.org/hall.jpg)',
      '> A **public meeting** on 14 September will decide, said *the chair*.',
      'Tickets via [the hall website](https://example.org/tickets "Tickets") or at the_shop_counter.',
      '* a list item stays a list item',
    ].join('\n');

    // Act
    const text = markdownToText(markdown);

    // Assess
    expect(text).toBe(
      [
        'What happens next',
        '',
        'A public meeting on 14 September will decide, said the chair.',
        'Tickets via the hall website or at the_shop_counter.',
        '* a list item stays a list item',
      ].join('\n'),
    );
  });

  it('reads a YAML front matter as the header: title, description as the deck, the authors of a list, the date', () => {
    // Prepare
    const markdown = ['---', 'title: "Harbour fees rise"', 'author:', '  - "[[Nora Lindqvist]]"', 'published: 2024-02-27', 'description: "Visiting yachts pay more from June"', 'tags:', '  - "clippings"', '---', 'The harbour board agreed on Tuesday to raise fees.'].join('\n');

    // Act
    const text = markdownToText(markdown);

    // Assess
    expect(text).toBe(['Harbour fees rise', '', 'Visiting yachts pay more from June', '', 'By Nora Lindqvist\n2024-02-27', '', 'The harbour board agreed on Tuesday to raise fees.'].join('\n'));
  });

  it('nests quoted replies by their quote level and drops an Obsidian callout\'s type', () => {
    // Prepare
    const markdown = ['> [!quote] **Marcy Dunn** · Feb 27, 2024', '> We tried this in 2021.', '>', '> > [!quote] **Nora Lindqvist** · Feb 27, 2024', '> > Did any department keep it?'].join('\n');

    // Act
    const text = markdownToText(markdown);

    // Assess
    expect(text.split('\n')).toEqual(['Marcy Dunn · Feb 27, 2024', 'We tried this in 2021.', '', '    Nora Lindqvist · Feb 27, 2024', '    Did any department keep it?']);
  });

  it('nests from the first quote level when only the replies are quoted, under unquoted comments', () => {
    // Prepare
    const markdown = ['**oak_and_ash** · 4 days ago', 'Our lindens were out early.', '', '> **Renata Osei** · 4 days ago', '> Lindens respond most.', '>', '> > **M. Delacroix** · 2 days ago', '> > Makes sense.'].join('\n');

    // Act
    const text = markdownToText(markdown);

    // Assess
    expect(text.split('\n').map((line) => line.trimEnd())).toEqual(['oak_and_ash · 4 days ago', 'Our lindens were out early.', '', '    Renata Osei · 4 days ago', '    Lindens respond most.', '', '        M. Delacroix · 2 days ago', '        Makes sense.']);
  });
});

describe('Function: stripShortcodes', () => {
  it('keeps a caption shortcode\'s text and drops media shortcodes, leaving other brackets alone', () => {
    // Act
    const text = stripShortcodes('[caption id="attachment_812" width="640"]The new slates[/caption]\n[gallery ids="1,2"]\nHe said [sic] it twice [1].');

    // Assess
    expect(text).toBe('The new slates\n\nHe said [sic] it twice [1].');
  });
});
