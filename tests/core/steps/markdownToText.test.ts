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

describe('Function: markdownToText (Hugo and giscus)', () => {
  it('reads a TOML front matter (+++) as the header, the subtitle over the description, the cover table\'s caption as the picture\'s', () => {
    const text = ['+++', 'title = "The quiet return of the night train"', 'subtitle = "Sleeper services are full again."', 'description = "A reporter’s notes."', 'date = 2024-02-19T07:30:00-05:00', 'authors = ["Miriam Castellano"]', '', '[cover]', '  caption = "A train at dusk."', '+++', '', 'The train left at nine.'].join('\n');

    expect(markdownToText(text).split('\n').filter((line) => line !== '')).toEqual([
      'The quiet return of the night train',
      'Sleeper services are full again.',
      'By Miriam Castellano',
      '2024-02-19T07:30:00-05:00',
      '[Image: A train at dusk.]',
      'The train left at nine.',
    ]);
  });

  it('keeps a figure shortcode\'s caption as the picture\'s and drops the other shortcodes', () => {
    const text = '# Night trains\n\n{{< figure src="altona.jpg" caption="The Nightjet at Hamburg-Altona." >}}\n\n{{< newsletter-box text="Get Slow Travel in your inbox." >}}\n\nThe train left at nine.';

    expect(markdownToText(text)).toContain('[Image: The Nightjet at Hamburg-Altona.]');
    expect(markdownToText(text)).not.toContain('inbox');
  });

  it('nests replies quoted under unquoted comments when the quotes hold a reply\'s header (giscus)', () => {
    const text = '**railfan-lotte** commented on Feb 19, 2024\n\nSlept better than in most hotels.\n\n> **mcastellano** replied on Feb 19, 2024 · Author\n>\n> Same on the Stockholm run.';

    expect(markdownToText(text)).toContain('    mcastellano replied on Feb 19, 2024 · Author');
  });
});
