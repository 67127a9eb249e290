import { readHtmlMetadata } from '#core/steps/htmlMetadata';
import { decodeEntities, flatText } from '#core/steps/htmlText';
import { htmlToText } from '#core/steps/htmlToText';
import { parseArticle } from '#core';

const PARAGRAPH = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';
const SECOND = 'Owners of the larger boats said the rise would push them to harbours further along the coast.';

const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function parsed(html: string) {
  const result = parseArticle(html);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('Function: readHtmlMetadata', () => {
  it('reads the headline, the people among the authors and the publish time from JSON-LD', () => {
    // Prepare
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harbour Courier' },
        {
          '@type': 'NewsArticle',
          headline: 'Harbour fees rise',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Organization', name: 'Courier Data Desk' }],
          datePublished: '2024-03-14T09:12:00+01:00',
          dateModified: '2024-03-15T10:00:00+01:00',
        },
      ],
    };

    // Act
    const metadata = readHtmlMetadata(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, ''));

    // Assess
    expect(metadata).toEqual({ titles: ['Harbour fees rise'], authors: ['Ana Ruiz'], publishedAt: '2024-03-14T09:12:00+01:00', description: null });
  });

  it('takes no author from JSON-LD that credits the site itself, and reads the meta tag\'s person instead', () => {
    // Prepare
    const ld = { '@type': 'BlogPosting', headline: 'Harbour fees rise', author: { '@type': 'Person', name: 'Harbour & Pine' }, publisher: { '@type': 'Organization', name: 'Harbour & Pine' } };
    const head = `<meta property="og:site_name" content="Harbour &amp; Pine"/><meta name="author" content="Caleb Thornquist"/><script type="application/ld+json">${JSON.stringify(ld)}</script>`;

    // Act
    const metadata = readHtmlMetadata(page(head, ''));

    // Assess
    expect(metadata.authors).toEqual(['Caleb Thornquist']);
  });

  it('tells a UTC publish time by the page\'s own clock when its published <time> is the same instant with the local offset, and only then', () => {
    // Prepare
    const ld = (datePublished: string): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour fees rise', datePublished })}</script>`;
    const time = '<time class="entry-date published" datetime="2024-03-04T06:02:00-05:00">March 4, 2024 6:02 am</time>';

    // Act
    const sameInstant = readHtmlMetadata(page(ld('2024-03-04T11:02:00+00:00'), time)).publishedAt;
    const otherInstant = readHtmlMetadata(page(ld('2024-03-04T12:30:00Z'), time)).publishedAt;

    // Assess
    expect([sameInstant, otherInstant]).toEqual(['2024-03-04T06:02:00-05:00', '2024-03-04T12:30:00Z']);
  });

  it('falls back to meta tags in either attribute order, splits an author list and skips profile URLs', () => {
    // Prepare
    const head = [
      '<title>Harbour fees rise | Harbour Courier</title>',
      '<meta content="Harbour fees rise" property="og:title">',
      '<meta name="author" content="Tomas Berg, Ana Ruiz">',
      '<meta property="article:author" content="https://example.com/staff/ana">',
      '<meta property="article:modified_time" content="2024-03-15T10:00:00Z">',
      '<meta property="article:published_time" content="2024-03-14T07:45:00Z">',
      '<meta name="description" content="Visiting yachts pay ten percent more &amp; owners object.">',
    ].join('');

    // Act
    const metadata = readHtmlMetadata(page(head, ''));

    // Assess
    expect(metadata).toEqual({
      titles: ['Harbour fees rise', 'Harbour fees rise | Harbour Courier'],
      authors: ['Tomas Berg', 'Ana Ruiz'],
      publishedAt: '2024-03-14T07:45:00Z',
      description: 'Visiting yachts pay ten percent more & owners object.',
    });
  });

  it('survives a broken JSON-LD block', () => {
    // Act
    const metadata = readHtmlMetadata(page('<script type="application/ld+json">{"headline": </script><meta property="og:title" content="Harbour fees rise">', ''));

    // Assess
    expect(metadata.titles).toEqual(['Harbour fees rise']);
  });
});

describe('Function: decodeEntities', () => {
  it('decodes numeric, listed and accented-letter entities and leaves unknown ones', () => {
    // Assess
    expect(decodeEntities('&#8217; &#x2014; &bull; &eacute;t&eacute; &Uuml;ber &ccedil;a &szlig; &nosuch;')).toBe('’ — • été Über ça ß &nosuch;');
    expect(decodeEntities('Reading time &asymp; 4 min &harr; &le; &ge;')).toBe('Reading time ≈ 4 min ↔ ≤ ≥');
  });
});

describe('Function: flatText', () => {
  it('keeps two elements that touch (a name, then a date) on separate lines, and inline markup inside a word', () => {
    // Act
    const text = flatText('<cite>Olwen Drabble</cite><span>March 14, 2024</span> <b>bold</b>ly said');

    // Assess
    expect(text).toBe('Olwen Drabble\nMarch 14, 2024 boldly said');
  });

  it('keeps a byline\'s names on one line when the element before the next name ends on "and"', () => {
    // Act
    const text = flatText('<span class="byline"><span class="author-split">by <span class="author"><a>Priya Castell</a></span> and </span><span class="author"><a>Joel Amber</a></span></span><time>March 4, 2024</time>');

    // Assess
    expect(text).toBe('by Priya Castell and Joel Amber\nMarch 4, 2024');
  });
});

describe('Function: htmlToText', () => {
  it('starts at the headline the metadata names and rewrites the header from the metadata', () => {
    // Prepare
    const html = page(
      '<title>Harbour fees rise | Harbour Courier</title><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-03-14T09:12:00+01:00">',
      `<header><h1 class="logo">Harbour Courier</h1><nav><a>Home</a><a>News</a></nav></header><main><article><h1>Harbour fees rise</h1><p>${PARAGRAPH}</p></article></main>`,
    );

    // Act
    const text = htmlToText(html);

    // Assess
    expect(text.startsWith('Harbour fees rise\n\nBy Ana Ruiz\n2024-03-14T09:12:00+01:00\n\n')).toBe(true);
    expect(text).not.toContain('Harbour Courier');
    expect(text).not.toContain('Home');
  });

  it('moves an element repeating the description up as the deck, but not a bare first paragraph', () => {
    // Prepare
    const withDeck = page('<meta name="description" content="Yachts pay more.">', `<h1>Harbour fees rise</h1><p class="article__dek">Yachts pay more.</p><p>${PARAGRAPH}</p>`);
    const lazyDescription = page(`<meta name="description" content="${PARAGRAPH}">`, `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><p>${SECOND}</p>`);

    // Act
    const deck = parsed(withDeck).article;
    const noDeck = parsed(lazyDescription).article;

    // Assess
    expect([deck.subtitle, deck.body]).toEqual(['Yachts pay more.', PARAGRAPH]);
    expect([noDeck.subtitle, noDeck.body]).toEqual([null, `${PARAGRAPH}\n\n${SECOND}`]);
  });

  it('marks figure and class-marked captions as captions and drops forms, asides and buttons', () => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><figure><img src="a.jpg"><figcaption>Yachts in the outer basin. Photo: Jo Lin</figcaption></figure><p>${PARAGRAPH}</p>` +
        '<aside><h3>Related</h3><a>Ferry timetable changes</a></aside><table class="tr-caption-container"><tr><td class="tr-caption">The harbour office at dawn.</td></tr></table>' +
        '<span class="itemImageCaption">Crates on the quay.</span>' +
        `<p>${SECOND}</p><form><label>Email</label><button>Sign me up</button></form>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.captions).toEqual(['Yachts in the outer basin. Photo: Jo Lin', 'The harbour office at dawn.', 'Crates on the quay.']);
    expect(article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
  });

  it('reads a hand-wrapped paragraph as one line, and keeps two elements on their own source lines apart', () => {
    // Prepare
    const html = page(
      '',
      '<h1>Harbour fees rise</h1>\n<p>The harbour board agreed on Tuesday\n   to raise <a href="/fees">mooring fees</a>\n   for visiting yachts.</p>\n<p><span class="author">Mia Lund</span>\n<span class="date">March 3, 2024</span></p>\n<p><span class="post-author">Hamish Reid</span> ·\n<time>7 January 2024</time> ·\n<span>14 minute read</span></p>',
    );

    // Act
    const lines = htmlToText(html).split('\n');

    // Assess
    expect(lines).toContain('The harbour board agreed on Tuesday to raise mooring fees for visiting yachts.');
    expect(lines).toEqual(expect.arrayContaining(['Mia Lund', 'March 3, 2024', 'Hamish Reid · 7 January 2024 · 14 minute read']));
    expect(flatText('<span>Civil engineer</span><span class="mx">·</span><span title="11 Apr 2023">11 Apr 2023</span>')).toBe('Civil engineer · 11 Apr 2023');
  });

  it('takes the exact machine time of a <time> element and drops a theme\'s modified time', () => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>Posted on <time class="entry-date published" datetime="2024-03-14T09:12:00-05:00">March 14, 2024 at 9:12 am</time><time class="updated" datetime="2024-03-15T10:00:00-05:00">March 15, 2024</time></p><p>${PARAGRAPH}</p>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.publishedAt).toBe('2024-03-14T09:12:00-05:00');
  });

  it('keeps the labels of a published and an updated <time> shown side by side, so the update is not taken for the publication', () => {
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><div class="dates"><time dateTime="2024-03-14T09:12:00-05:00">Published March 14, 2024 9:12 a.m. ET</time><time dateTime="2024-03-15T10:05:00-05:00">Updated March 15, 2024 10:05 a.m. ET</time></div><p>${PARAGRAPH}</p>`,
    );

    expect(parsed(html).article.publishedAt).toBe('2024-03-14T09:12:00-05:00');
  });

  it('takes the full date from a tooltip over "2 hours ago", and reads a one-word name set apart from it', () => {
    // Prepare
    const comment = (name: string, tooltip: string, text: string): string =>
      `<li class="post"><header><span class="author"><a>${name}</a></span> <span class="post-meta"><a class="time-ago" title="${tooltip}">2 hours ago</a></span></header><div class="post-message"><p>${text}</p></div></li>`;
    const html = page('', `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section id="comments"><h2>2 Comments</h2><ul>${comment('quietbyte', 'Thursday, March 14, 2024 1:02 PM', 'I would rather wait.')}${comment('MarrowJack', 'Thursday, March 14, 2024 2:15 PM', 'Is the Switch version late too?')}</ul></section>`);

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.postedAt])).toEqual([
      ['quietbyte', '2024-03-14T13:02:00'],
      ['MarrowJack', '2024-03-14T14:15:00'],
    ]);
  });

  it('nests replies held in reply containers (Drupal "indented") and drops the commenter\'s "(not verified)" note', () => {
    // Prepare
    const comment = (name: string, text: string): string =>
      `<div class="comment"><footer><span class="username">${name}</span> said:</footer><div class="content"><p>${text}</p></div></div>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section class="comments"><h2>Comments</h2>` +
        comment('Gus Tamberlin (not verified)', 'Ten percent is a lot for a small boat.') +
        `<div class="indented">${comment('marla_h', 'It was frozen for six years, though.')}<div class="indented">${comment('Gus Tamberlin', 'Fair point.')}</div></div>` +
        `${comment('Ted Ray', 'Will the money go to the pontoons?')}</section>`,
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Gus Tamberlin', 0, null],
      ['marla_h', 1, '0001'],
      ['Gus Tamberlin', 2, '0001.0001'],
      ['Ted Ray', 0, null],
    ]);
  });

  it('nests a reply that is itself the container: a BEM "comment--reply" article inside its parent\'s', () => {
    // Prepare
    const comment = (name: string, text: string, inner = '', modifier = ''): string =>
      `<article class="comment${modifier}"><header><p class="comment__author">${name}</p><p class="comment__date">January 10, 2024 at 7:52 am</p></header><div class="comment__content"><p>${text}</p></div>${inner}</article>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section class="comments"><h2>3 comments</h2>` +
        comment('Dolores Ancheta', 'Ten percent is a lot for a small boat.') +
        comment('Greg Paszek', 'Why now and not in 2021?', comment('Harlan Oduya', 'The board waited for the state budget.', '', ' comment--reply')) +
        '</section>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Dolores Ancheta', 0],
      ['Greg Paszek', 0],
      ['Harlan Oduya', 1],
    ]);
  });

  it('nests comments by the level their class names (Dreamwidth\'s "comment-depth-2", set side by side) without counting a level twice', () => {
    // Prepare
    const comment = (depth: number, name: string, text: string): string =>
      `<div class="comment-thread comment-depth-${depth}"><div class="comment comment-depth-${depth}"><p class="comment-poster">${name}</p><p class="datetime">March 3, 2024 at 9:${10 + depth} am</p><div class="comment-content">${text}</div></div></div>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><div id="comments"><h2>3 comments</h2>${comment(1, 'Dolores Ancheta', 'Ten percent is a lot for a small boat.')}${comment(2, 'Greg Paszek', 'It was frozen for six years.')}${comment(3, 'Harlan Oduya', 'Fair point.')}${comment(1, 'Ted Ray', 'Will the money go to the pontoons?')}</div>`,
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Dolores Ancheta', 0],
      ['Greg Paszek', 1],
      ['Harlan Oduya', 2],
      ['Ted Ray', 0],
    ]);
  });

  it('nests Remark42\'s "comment_level_0/1/2" articles and Isso\'s replies under "isso-follow-up"', () => {
    // Prepare
    const remark = (level: number, name: string, text: string): string =>
      `<article class="comment comment_level_${level}"><div class="comment__info"><span class="comment__username">${name}</span><a class="comment__time">2 avr. 2024 à 11:2${level}</a></div><div class="comment__text"><p>${text}</p></div></article>`;
    const isso = (name: string, text: string, replies = ''): string =>
      `<div class="isso-comment"><div class="isso-comment-header"><span class="isso-author">${name}</span> <time datetime="2024-02-29T08:14:00.000Z">4 settimane fa</time></div><div class="isso-text"><p>${text}</p></div><div class="isso-follow-up">${replies}</div></div>`;
    const body = `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p>`;

    // Act
    const remarkThread = parsed(page('', `${body}<section class="comments"><h2>3 commentaires</h2>${remark(0, 'Nicolas P.', 'Même démarche ici.')}${remark(1, 'Camille', 'Merci pour le retour.')}${remark(0, 'Yann', 'Et Matomo ?')}</section>`)).comments;
    const issoThread = parsed(page('', `${body}<section id="isso-thread"><h4>3 commenti</h4>${isso('Paolo Zeni', 'Ci sono stato domenica.', isso('Giulia', 'Vero, che silenzio.'))}${isso('Marta', 'Bellissimo.')}</section>`)).comments;

    // Assess
    expect(remarkThread.map((c) => [c.author, c.depth])).toEqual([
      ['Nicolas P.', 0],
      ['Camille', 1],
      ['Yann', 0],
    ]);
    expect(issoThread.map((c) => [c.author, c.depth])).toEqual([
      ['Paolo Zeni', 0],
      ['Giulia', 1],
      ['Marta', 0],
    ]);
  });

  it('takes the tooltip\'s full date over a relative time in another language ("2 godziny temu")', () => {
    expect(htmlToText('<div><a class="time-ago" title="czwartek, 21 marca 2024 09:12">2 godziny temu</a></div>').trim()).toBe('czwartek, 21 marca 2024 09:12');
  });

  it('reads Verbb-style comments: replies under data-role="replies", the arrow icon between author and addressee, the machine time of a <time> around a <small>', () => {
    // Prepare
    const comment = (name: string, addressee: string | null, iso: string, text: string, replies = ''): string =>
      `<article class="cc-i" data-role="comment"><header class="cc-i-header"><strong class="cc-i-author">${name}</strong>` +
      (addressee === null ? '' : `<span class="cc-icon cc-icon-right-arrow"><svg viewBox="0 0 448 512"><path d="M340 218l99-99"></path></svg></span><a class="cc-i-reply" href="#c1">${addressee}</a>`) +
      `<div class="cc-ll"><a href="#c"><time datetime="${iso}"><small>2 days ago</small></time></a></div></header><div class="cc-i-comment"><p>${text}</p></div><div data-role="replies">${replies}</div></article>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section class="comments-section"><h2>Comments (3)</h2>` +
        comment('Tamsin Rowe', null, '2024-03-02T09:02:00+00:00', 'The early sailing is useless for anyone with a job.', comment('The Harbour Post', 'Tamsin Rowe', '2024-03-02T10:40:00+00:00', 'The operator says a later sailing is coming.')) +
        comment('Pete Nankervis', null, '2024-03-03T08:20:00+00:00', 'Well-travelled boat.') +
        '</section>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.postedAt])).toEqual([
      ['Tamsin Rowe', 0, '2024-03-02T09:02:00Z'],
      ['The Harbour Post', 1, '2024-03-02T10:40:00Z'],
      ['Pete Nankervis', 0, '2024-03-03T08:20:00Z'],
    ]);
  });

  it('reads the Facebook plugin as saved: replies in its reply list, the time of day from the date\'s tooltip, a comment of two paragraphs', () => {
    // Prepare
    const stamp = (title: string, shown: string): string => `<abbr class="livetimestamp" data-utime="1" title="${title}">${shown}</abbr>`;
    const comment = (name: string, paragraphs: string[], when: string, replies = ''): string =>
      `<div class="_4uyl"><div class="UFIImageBlockContent"><div class="_30o4"><a class="UFICommentActorName" href="#">${name}</a></div>` +
      `<div class="_3-8m">${paragraphs.map((p) => `<div class="_30o4"><span>${p}</span></div>`).join('')}</div>` +
      `<div class="_2vq9"><a role="button">Répondre</a><span> · </span><a role="button">J’aime</a><span> · </span>${when}</div></div>` +
      (replies === '' ? '' : `<div class="_44ri _2pis">${replies}</div>`) +
      '</div>';
    const html = page(
      '',
      `<h1>Sécheresse dans les vignes</h1><p>${PARAGRAPH}</p><div class="fb-comments"><div>12 commentaires</div>` +
        comment('Martine Cabrol', ['Triste réalité pour les vignerons.'], stamp('mardi 23 juillet 2024 à 12:20', '23 juil. 2024'), comment('Pierre Vidal', ['Le prix du vin en vrac aussi.'], stamp('mardi 23 juillet 2024 à 12:57', '23 juil. 2024'))) +
        comment('Bernard Estève', ['Il faut aussi changer le cahier des charges.', 'Bon article en tout cas.'], stamp('mercredi 24 juillet 2024 à 08:10', '24 juil. 2024')) +
        '</div><footer>© Le Courrier 2024</footer>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.postedAt])).toEqual([
      ['Martine Cabrol', 0, '2024-07-23T12:20:00'],
      ['Pierre Vidal', 1, '2024-07-23T12:57:00'],
      ['Bernard Estève', 0, '2024-07-24T08:10:00'],
    ]);
  });

  it('nests replies in a container named in the site\'s language ("kommentar-antworten")', () => {
    // Prepare
    const comment = (name: string, text: string, replies = ''): string =>
      `<div class="kommentar"><div class="kommentar-kopf"><span class="kommentar-autor">${name}</span> <span class="kommentar-datum">14.02.2024 um 19:12 Uhr</span></div><div class="kommentar-text"><p>${text}</p></div>` +
      (replies === '' ? '' : `<div class="kommentar-antworten">${replies}</div>`) +
      '</div>';
    const html = page('', `<h1>Tempo 30 kommt</h1><p>${PARAGRAPH}</p><section class="wk-kommentare"><h2>Leserkommentare (3)</h2>${comment('Bernd L', 'Endlich wird es leiser.', comment('Marion S.', 'Die Lastwagen fahren trotzdem.'))}${comment('Karl W', 'Zu spät.')}</section>`);

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Bernd L', 0],
      ['Marion S.', 1],
      ['Karl W', 0],
    ]);
  });

  it('reads the machine time of a <time> around a permalink (WordPress block themes)', () => {
    const html = page('', `<h1>Soggy spring</h1><p>${PARAGRAPH}</p><section class="comments"><h2>2 comments</h2><div class="wp-block-comment-author-name">Margaret Lowe</div><div class="wp-block-comment-date"><time datetime="2024-04-18T09:15:00+00:00"><a href="https://example.org/2024/04/18/soggy-spring/#comment-41">April 18, 2024 at 9:15 am</a></time></div><p>Same here, the peas rotted.</p></section>`);

    expect(htmlToText(html)).toContain('2024-04-18T09:15:00+00:00');
  });

  it('nests Ghost comments-ui replies under data-testid="replies"', () => {
    // Prepare
    const comment = (name: string, text: string, replies = ''): string =>
      `<div data-testid="comment-component"><h4>${name}</h4><div><span title="Wednesday, 12 April 2023 at 07:48">12 Apr 2023</span></div>` +
      `<p data-testid="comment-content">${text}</p><button data-testid="reply-button">Reply</button>${replies === '' ? '' : `<div data-testid="replies">${replies}</div>`}</div>`;
    const html = page(
      '',
      `<h1>Ferry timetable rewritten</h1><p>${PARAGRAPH}</p><section class="article-comments"><span data-testid="count">3 comments</span><div data-testid="comments-list">` +
        comment('Maggie Doyle', 'Thank you for laying out the new times so clearly.', comment('Priya Ram', 'The county told us the early boat stays.')) +
        comment('Carol Finch', 'Cutting the midday boats makes no sense.') +
        '</div></section>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Maggie Doyle', 0],
      ['Priya Ram', 1],
      ['Carol Finch', 0],
    ]);
  });

  it('drops a related-stories box and the paywall pitch set between the paragraphs, and keeps the text after them', () => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><div class="inline-related"><span class="label">READ MORE</span><ul><li><a href="/a">Pontoon plan delayed again</a></li></ul></div>` +
        '<div class="b-interstitial-link"><span class="label">MORE HARBOUR COVERAGE:</span> <a href="/b">Ferry fares frozen for the winter</a></div>' +
        `<div class="ArticlePage-paywall"><div class="Paywall-meter">You have read 3 of 5 free articles.</div><p class="Paywall-cta">Unlimited digital access for just $1.</p></div><p>${SECOND}</p>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
  });

  it('prints a credit set right after the figcaption with the caption', () => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><figure><img src="a.jpg"><figcaption class="Figure-caption"><p>Boats at the visitor pontoon.</p></figcaption><div class="Figure-credit">(AP Photo/Kyle Brennan)</div></figure><p>${PARAGRAPH}</p>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.captions).toEqual(['Boats at the visitor pontoon. (AP Photo/Kyle Brennan)']);
  });

  it('reads Disqus\'s "in reply to" icon between a reply\'s author and the commenter answered', () => {
    // Prepare
    const comment = (name: string, addressee: string | null, tooltip: string, text: string): string =>
      `<li class="post"><header><span class="author"><a>${name}</a></span>` +
      (addressee === null ? '' : ` <span class="parent-link-container"><a class="parent-link" href="#c1"><i aria-label="in reply to" class="icon-forward"></i> ${addressee}</a></span>`) +
      ` <span class="post-meta"><a class="time-ago" title="${tooltip}">9 days ago</a></span></header><div class="post-message"><p>${text}</p></div></li>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section id="comments"><h2>2 Comments</h2><ul>${comment('Ferdia Walsh', null, 'Thursday, March 7, 2024 9:14 AM', 'At last.')}<ul class="children">${comment('MaamCrossMáire', 'Ferdia Walsh', 'Thursday, March 7, 2024 10:02 AM', 'Took long enough.')}</ul></ul></section>`,
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Ferdia Walsh', 0],
      ['MaamCrossMáire', 1],
    ]);
  });

  it('reads the Facebook comments plugin as saved: name, text and "Like · Reply" bar in blocks of their own, replies under aria-label="Comment reply"', () => {
    // Prepare
    const comment = (label: string, name: string, text: string, replies = ''): string =>
      `<div class="_3-8y _5nz1 clearfix" aria-label="${label}"><div class="_ohe lfloat"><img alt="" src="a.jpg"></div><div><span class="UFICommentActorName"><a>${name}</a></span>` +
      `<div class="_3-8m"><div class="_30o4"><span>${text}</span></div></div><div class="_2vq9"><a role="button">Like</a><span> · </span><a role="button">Reply</a><span> · </span><span>1d</span></div>${replies}</div></div>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><div class="fb-comments"><div class="_1mf7"><span>2 comments</span></div><div class="_4k-6">` +
        comment('Comment', 'Kerrie Lynch', 'Thank you to the harbour volunteers.', `<div class="_44ri">${comment('Comment reply', 'Rod Beattie', 'Stay safe, Kerrie.')}</div>`) +
        comment('Comment', 'Dave Hollis', 'Do not drive through the flooded road.') +
        '</div></div>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Kerrie Lynch', 0, 'Thank you to the harbour volunteers.'],
      ['Rod Beattie', 1, 'Stay safe, Kerrie.'],
      ['Dave Hollis', 0, 'Do not drive through the flooded road.'],
    ]);
  });

  it.each([
    ['Coral ("coral-depth-0", reply lists)', (depth: number, inner: string) => `<div class="coral coral-comment coral-depth-${depth}">${inner}</div>`, (replies: string) => `<div class="coral-replyList">${replies}</div>`],
    ['Vivvo (data-level="0", reply holders)', (depth: number, inner: string) => `<div class="comment_holder" data-level="${depth}">${inner}</div>`, (replies: string) => `<div class="comment_reply_holder">${replies}</div>`],
  ])('nests %s by levels counted from 0, counted once', (_name, comment, replies) => {
    // Prepare
    const own = (name: string, minute: number, text: string): string => `<p class="author">${name} March 6, 2024 6:${minute} AM</p><p>${text}</p>`;
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><section id="comments"><h2>3 comments</h2>` +
        comment(0, own('Dolores Ancheta', 10, 'Ten percent is a lot.') + replies(comment(1, own('Greg Paszek', 20, 'It was frozen for years.') + replies(comment(2, own('Harlan Oduya', 30, 'Fair point.')))))) +
        comment(0, own('Ted Ray', 40, 'Will the money go to the pontoons?')) +
        '</section>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Dolores Ancheta', 0],
      ['Greg Paszek', 1],
      ['Harlan Oduya', 2],
      ['Ted Ray', 0],
    ]);
  });

  it('keeps a role that goes on after a comma in an element of its own on the name\'s line', () => {
    expect(flatText('<span class="name"><a>Tomasz Wierzbicki</a></span><span class="role">, dziennikarz działu Gdańsk</span>')).toBe('Tomasz Wierzbicki, dziennikarz działu Gdańsk');
  });

  it('drops the author profile\'s blurb a theme sets beside the post', () => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><div class="sidebar"><h3 class="author__name">Rafael Silva</h3><div class="author__bio p-note"><p>Photographer, tinkerer, reluctant sysadmin.</p></div></div><p>${PARAGRAPH}</p>`,
    );

    // Act
    const text = htmlToText(html);

    // Assess
    expect([text.includes('reluctant sysadmin'), text.includes(PARAGRAPH)]).toEqual([false, true]);
  });
});

describe('Function: jsonToText (news API result)', () => {
  it('takes the outlet off the headline and the byline, and the truncation note off the text', () => {
    // Prepare
    const json = JSON.stringify([
      {
        source: { id: null, name: 'Coastline Wire' },
        author: 'Priya Landen, Coastline Wire',
        title: 'Harbour fees rise - Coastline Wire',
        publishedAt: '2024-03-14T08:12:00Z',
        content: `${PARAGRAPH} [+1934 chars]`,
      },
    ]);

    // Act
    const { article } = parsed(json);

    // Assess
    expect([article.title, article.authors, article.publishedAt, article.body]).toEqual([
      'Harbour fees rise',
      ['Priya Landen'],
      '2024-03-14T08:12:00Z',
      PARAGRAPH,
    ]);
  });
});

describe('Function: jsonToText (fields named in the site\'s own language)', () => {
  it('reads the article by the shape of its values: the longest text, the headline and deck before it, the first ISO date', () => {
    // Prepare
    const json = JSON.stringify({
      data: {
        artikel: {
          id: '3f1c9a7e-5b2d-4e08-9c6a-1d7e0b4f2a95',
          url: 'https://cms.example/api/content/artiklar/3f1c9a7e',
          flatData: {
            rubrik: 'Hamnavgifterna höjs för besökande segelbåtar',
            slug: 'hamnavgifterna-hojs',
            ingress: 'Hamnstyrelsen beslutade på tisdagen att höja avgifterna med tio procent från och med maj.',
            brodtext: `${PARAGRAPH}\n\n## Större båtar\n\n${SECOND} ${SECOND} ${SECOND}`,
            publicerad: '2025-06-02T05:30:00Z',
          },
        },
      },
    });

    // Act
    const { article } = parsed(json);

    // Assess
    expect([article.title, article.subtitle, article.publishedAt]).toEqual([
      'Hamnavgifterna höjs för besökande segelbåtar',
      'Hamnstyrelsen beslutade på tisdagen att höja avgifterna med tio procent från och med maj.',
      '2025-06-02T05:30:00Z',
    ]);
    expect(article.body.split('\n\n').slice(0, 2)).toEqual([PARAGRAPH, 'Större båtar']);
    expect(article.body).not.toContain('3f1c9a7e');
  });
});

describe('Function: htmlToText (author references and forum signatures)', () => {
  it('reads an author the JSON-LD graph names by reference ("@id")', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Harbour fees rise for visiting yachts', author: { '@id': 'https://coast.example/#/person/1' }, datePublished: '2021-03-02T07:45:00+00:00' },
        { '@type': 'Person', '@id': 'https://coast.example/#/person/1', name: 'Fiona Rae' },
      ],
    };

    expect(readHtmlMetadata(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '')).authors).toEqual(['Fiona Rae']);
  });

  it('drops a forum post’s signature', () => {
    const html = page('<title>Harbour fees rise for visiting yachts</title>', `<h1>Harbour fees rise for visiting yachts</h1><p>${PARAGRAPH}</p><div class="signature">Sailing the coast since 1979 | My photos</div><p>${SECOND}</p>`);

    expect(htmlToText(html)).not.toContain('Sailing the coast');
  });
});

describe('Function: htmlToText (more comment systems and header furniture)', () => {
  // A name and a date in the source's own indentation, as templates print them.
  const comment = (name: string, date: string, text: string): string =>
    `<div class="comment-box">\n\t\t\t<span class="comment-author">${name}</span>\n\t\t\t<span class="comment-date">${date}</span>\n<div class="comment-body"><p>${text}</p></div></div>`;

  it.each([
    ['Drupal 9 "comments__item-indent"', (inner: string) => `<div class="comments__item-indent">${inner}</div>`],
    ['BEM "comment__replies"', (inner: string) => `<div class="comment__replies">${inner}</div>`],
    ['a comment list inside a comment list (JComments)', (inner: string) => `<div class="comments-list jc-tree">${inner}</div>`],
  ])('nests replies in %s, whatever the source indentation', (_, replies) => {
    // Prepare
    const html = page(
      '',
      `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><p>${SECOND}</p><h2>Comments</h2><div class="comments-list">` +
        comment('Gus Tamberlin', '2021-10-12 11:40', 'Ten percent is a lot for a small boat.') +
        replies(comment('Marla Hughes', '2021-10-12 13:05', 'It was frozen for six years, though.')) +
        comment('Ted Ray', '2021-10-13 08:22', 'Will the money go to the pontoons?') +
        '</div>',
    );

    // Act
    const { comments } = parsed(html);

    // Assess
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Gus Tamberlin', 0],
      ['Marla Hughes', 1],
      ['Ted Ray', 0],
    ]);
  });

  it('takes the publish time from an RDFa content attribute, and the story id printed above the headline', () => {
    // Prepare
    const html = page(
      '',
      '<div class="news-info"><span class="news-code">News ID: 456789</span></div>' +
        `<h1>Harbour fees rise</h1><p>Submitted by webdesk on <span property="schema:dateCreated" content="2022-03-08T14:30:00-06:00">Tue, 03/08/2022 - 14:30</span></p><p>By Janet Walsh</p><p>${PARAGRAPH}</p><p>${SECOND}</p>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.publishedAt, article.sourceId, article.authors, article.captions]).toEqual(['2022-03-08T14:30:00-06:00', '456789', ['Janet Walsh'], []]);
  });
});

describe('Function: htmlToText (a bookmark card in the text)', () => {
  it('leaves out a linked page\'s preview card: its title, description and site name', () => {
    const card = '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Network Redesign | Transit Authority</div><div class="kg-bookmark-description">Find your new route.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Transit Authority</span></div></div></a></figure>';
    const text = htmlToText(page('<title>Buses</title>', `<article><p>${PARAGRAPH}</p>${card}<p>${SECOND}</p></article>`));

    expect(text).not.toContain('Network Redesign');
    expect(text).toContain(SECOND);
  });
});

describe('Function: htmlToText (a Blogger post)', () => {
  it('finds the post title the page title names after the blog\'s name, and the author and time in microdata', () => {
    const post =
      "<h1>Valley Notes</h1><div><a href='/'>Home</a></div><h2 class='date-header'><span>Sunday, September 17, 2023</span></h2>" +
      `<h3 class='post-title'>The old mill is coming down</h3><div class='post-body'><p>${PARAGRAPH}</p><p>${SECOND}</p></div>` +
      "<span class='post-author vcard'>Posted by <span itemprop='author' itemscope='itemscope'><meta content='https://example.org/p' itemprop='url'/><a href='https://example.org/p'><span itemprop='name'>Gus Amberley</span></a></span></span>" +
      "<span class='post-timestamp'>at <a class='timestamp-link'><abbr class='published' itemprop='datePublished' title='2023-09-17T14:22:00-07:00'>2:22 PM</abbr></a></span>";
    const { article } = parsed(page('<title>Valley Notes: The old mill is coming down</title>', post));

    expect([article.title, article.authors, article.publishedAt]).toEqual(['The old mill is coming down', ['Gus Amberley'], '2023-09-17T14:22:00-07:00']);
  });

  it('reads the authors of one microdata byline, not a commenter marked up further down', () => {
    const person = (name: string): string => `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/staff/x" itemprop="url"><span itemprop="name">${name}</span></a></span>`;
    const body = `<article><h1>Fire near the ridge</h1><p>By ${person('Casimir Ndlo')} and ${person('Renata Lisow')}</p><p>${PARAGRAPH}</p><p>${SECOND}</p><p>${SECOND} ${PARAGRAPH}</p></article><section class="comments">${PARAGRAPH.repeat(3)}${person('Wade Ells')}<p>Stay safe.</p></section>`;
    const { article } = parsed(page('<title>Fire near the ridge</title>', body));

    expect(article.authors).toEqual(['Casimir Ndlo', 'Renata Lisow']);
  });
});

describe('Function: htmlToText (a day written as midnight)', () => {
  it('reads a published time of midnight to the second, in any zone, as the day alone', () => {
    const html = page('<title>Drivers strike</title><meta property="article:published_time" content="2024-01-19T00:00:00-05:00">', `<article><h1>Drivers strike</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`);

    expect(parsed(html).article.publishedAt).toBe('2024-01-19');
  });
});

describe('Function: htmlToText (a signup card in the text)', () => {
  it('leaves out the lines of a newsletter signup card, keeping the text around it', () => {
    const card = '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">The Harbour Letter</h2><p class="kg-signup-card-subheading"><span>Port news, free every Friday.</span></p><form><input type="email"></form><p class="kg-signup-card-disclaimer"><span>No spam. Unsubscribe anytime.</span></p></div>';
    const text = htmlToText(page('<title>Buses</title>', `<article><p>${PARAGRAPH}</p>${card}<p>${SECOND}</p></article>`));

    expect([text.includes('free every Friday'), text.includes('Unsubscribe anytime'), text.includes(SECOND)]).toEqual([false, false, true]);
  });

  it('leaves out a form\'s success and failure messages', () => {
    const form = '<div class="w-form"><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail"><div>Oops! Something went wrong.</div></div></div>';
    const text = htmlToText(page('<title>Buses</title>', `<article><p>${PARAGRAPH}</p>${form}<p>${SECOND}</p></article>`));

    expect([text.includes('Thank you!'), text.includes('Oops!'), text.includes(SECOND)]).toEqual([false, false, true]);
  });
});

describe('Function: htmlToText (a lead picture above the headline)', () => {
  it('keeps the caption of the picture set directly above the headline, not captions further up the page', () => {
    // Prepare
    const html = page(
      '<title>Reading every planning application</title>',
      '<nav><figure><img src="x.jpg"><figcaption>Another story’s picture</figcaption></figure><a>Home</a><a>Latest</a><a>Topics</a><a>About</a></nav>' +
        '<article><figure><img src="hero.jpg"><figcaption>Photo by <a href="#">Rafael Ortiz</a> on <a href="#">Unsplash</a></figcaption></figure>' +
        `<h1>Reading every planning application</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.title, article.captions, article.body]).toEqual(['Reading every planning application', ['Photo by Rafael Ortiz on Unsplash'], `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: htmlToText (a credit beside the caption)', () => {
  it('drops a picture\'s credit set in an element of its own beside the figcaption', () => {
    // Prepare
    const html = page('<title>Turbine towed out</title>', `<h1>Turbine towed out</h1><figure><img src="t.jpg"><figcaption>The turbine leaves the pier on Saturday.</figcaption><div class="article-figure__credit">Ewan Rendall/The Ledger</div></figure><p>${PARAGRAPH}</p><p>${SECOND}</p>`);

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.captions, article.body]).toEqual([['The turbine leaves the pier on Saturday.'], `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: htmlToText (brackets inside an attribute)', () => {
  it('reads a link whose title holds "<" and ">" as one tag, leaking none of its attributes', () => {
    // Prepare
    const html = page('<title>Pool opens in July</title>', `<h1>Pool opens in July</h1><ul><li><a href="/p?print=1" title="Print < Pool opens in July >" onclick="window.open(this.href); return false;" rel="nofollow">Print</a></li></ul><p>${PARAGRAPH}</p><p>${SECOND}</p>`);

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.captions, article.subtitle, article.body]).toEqual([[], null, `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: htmlToText (tag lists)', () => {
  it('takes a tag list under the headline for no caption, and one under the text still closes it', () => {
    // Prepare
    const tags = '<div class="node__meta-tags"><a href="/t/1">Milford Reach</a> <a href="/t/2">Sallow End</a> <a href="/t/3">Transport</a></div>';
    const html = page('<title>Ferry to return in June</title>', `<h1>Ferry to return in June</h1>${tags}<p>${PARAGRAPH}</p><p>${SECOND}</p>${tags}<div><a href="/x">Previous article</a> <a href="/y">Harbour fees rise again</a></div>`);

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.captions, article.subtitle, article.body]).toEqual([[], null, `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: htmlToText (wpDiscuz threads)', () => {
  it('indents a reply set in a "wpd-reply" element and shows the tooltip\'s exact time for "2 years ago"', () => {
    // Prepare
    const comment = (cls: string, name: string, text: string, inner = ''): string =>
      `<div class="wpd-comment ${cls}"><div class="wpd-comment-author">${name}</div><div class="wpd-comment-text"><p>${text}</p></div>` +
      `<div class="wpd-comment-date" title="November 21, 2023 5:10 pm"><i class="far fa-clock"></i> 2 years ago</div>${inner}</div>`;
    const html = page('<title>School to close</title>', `<h1>School to close</h1><p>${PARAGRAPH}</p><div id="wpdcom">${comment('wpd_comment_level-1', 'Linda P', 'Heartbreaking.', comment('wpd-reply wpd_comment_level-2', 'Gerald M.', 'That is a say.'))}</div>`);

    // Act
    const text = htmlToText(html);

    // Assess
    expect(text).toContain('\n    Gerald M.');
    expect(text).toContain('November 21, 2023 5:10 pm');
    expect(text).not.toContain('2 years ago');
  });
});

describe('Function: htmlToText (a short date with the full one in its tooltip)', () => {
  it('shows "Mar 3, 2025, 9:14 AM" for a link reading "Mar 3", and leaves a tooltip naming another day alone', () => {
    // Act
    const same = htmlToText('<div><a class="comment-date" title="Mar 3, 2025, 9:14 AM">Mar 3</a></div>');
    const other = htmlToText('<div><a class="comment-date" title="Mar 4, 2025, 9:14 AM">Mar 3</a></div>');

    // Assess
    expect([same.trim(), other.trim()]).toEqual(['Mar 3, 2025, 9:14 AM', 'Mar 3']);
  });
});

describe('Function: htmlToText (a commenter\'s name in a button)', () => {
  it('keeps the name a Coral thread sets in a button, and drops the other buttons', () => {
    // Act
    const text = htmlToText('<div class="coral-comment-topBar"><button class="coral coral-username coral-comment-username"><span class="Username-root">Ron Wallach</span></button><time>Apr 10, 2024 7:05 PM</time></div><p>Three weeks is a long time.</p><button class="coral-comment-replyButton"><span>Reply</span></button>');

    // Assess
    expect(text).toContain('Ron Wallach');
    expect(text).not.toContain('Reply');
  });
});

describe('Function: htmlToText (where the commenter lives)', () => {
  it('leaves out a commenter\'s town the markup sets apart from the name ("cmt-location")', () => {
    // Act
    const text = htmlToText('<div class="comment-head"><span class="cmt-name">Rajesh Shenoy</span> <span class="cmt-location">from Whitefield</span> <span class="cmt-date">Mar 09, 2024 at 07:02 pm IST</span></div>');

    // Assess
    expect(text.replace(/\s+/gu, ' ').trim()).toBe('Rajesh Shenoy Mar 09, 2024 at 07:02 pm IST');
  });

  it('leaves out a talkback\'s number and the commenter\'s country code the markup sets apart ("cm_num", "cm_from")', () => {
    const text = htmlToText('<div class="cm_header"><span class="cm_num">1</span> <span class="cm_name">Kaveh</span> <span class="cm_from">IR</span> <span class="cm_date">5 March 2024 - 11:52</span></div>');

    expect(text.replace(/\s+/gu, ' ').trim()).toBe('Kaveh 5 March 2024 - 11:52');
  });

  it('leaves out a commenter\'s town under the name ("cmt_loc")', () => {
    const text = htmlToText('<div class="cmt_user"><span class="cmt_name">Rohit Joshi</span><span class="cmt_loc">Pune</span></div>');

    expect(text.replace(/\s+/gu, ' ').trim()).toBe('Rohit Joshi');
  });
});

describe('Function: htmlToText (forum crawler views, site credits, related boxes)', () => {
  const post = (name: string, badge: string, position: number, time: string, text: string): string =>
    `<div class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator"><a href="/u/x"><span itemprop="name">${name}</span></a></span>${badge === '' ? '' : `<span class="user-title">${badge}</span>`}<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${time}" class="post-time">${time}</time><span itemprop="position">${position}</span></span></div><div class="post" itemprop="text"><p>${text}</p></div></div>`;

  it('leaves out a member\'s rank and the post\'s number, and a tag list above the first post, so the poster reads as the author', () => {
    // Prepare
    const html = page(
      '<title>Branch library to reopen in May</title>',
      `<h1>Branch library to reopen in May</h1><div class="topic-list-tags"><a class="discourse-tag" href="/tag/library">library</a> <a class="discourse-tag" href="/tag/eastfield">eastfield</a></div>${post('Corinne Abadi', 'Community Reporter', 1, '2024-03-03T12:58:31Z', PARAGRAPH)}${post('dmwalsh', '', 2, '2024-03-03T13:20:05Z', 'Great news for the whole street.')}${post('tessa_r', '', 3, '2024-03-03T14:04:40Z', 'Does the study room need a card?')}${post('Corinne Abadi', 'Community Reporter', 4, '2024-03-03T15:31:12Z', 'Only one card per group.')}`,
    );

    // Act
    const { article, comments } = parsed(html);

    // Assess
    expect([article.authors, article.body]).toEqual([['Corinne Abadi'], PARAGRAPH]);
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['dmwalsh', 'Great news for the whole street.'],
      ['tessa_r', 'Does the study room need a card?'],
      ['Corinne Abadi', 'Only one card per group.'],
    ]);
  });

  it('takes no site name for the author, but the byline a theme sets above the headline', () => {
    // Prepare
    const html = page(
      '<title>Why we switched flour</title><meta property="og:site_name" content="Crumb &amp; Kettle Bakery"><meta itemprop="author" content="Crumb &amp; Kettle Bakery">',
      `<article><span class="blog-author"><a class="blog-author-name" href="/a">Winnie Abernathy</a></span><time datetime="2022-06-02">June 2, 2022</time><h1>Why we switched flour</h1><p>${PARAGRAPH}</p></article>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.authors).toEqual(['Winnie Abernathy']);
  });

  it('reads a Wix post: the writer and the date above the headline by their data hooks (not the update under them), the picture\'s caption', () => {
    // Prepare
    const html = page(
      '<title>Harbour fees rise | Harbour Club</title>',
      '<article><div data-hook="post-metadata"><a data-hook="user-name"><span data-hook="user-name">Kari Lunde</span></a><ul><li><span data-hook="time-ago" class="time-ago">12 mar 2024</span></li></ul><p data-hook="post-last-updated">Updated: 14 mar 2024</p></div>' +
        `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><div type="image"><img src="a.jpg"><span data-hook="imageViewerCaption">Yachts in the outer basin.</span></div><p>${SECOND}</p></article>`,
    );

    // Act
    const { article } = parsed(html);

    // Assess
    expect([article.authors, article.publishedAt, article.captions]).toEqual([['Kari Lunde'], '2024-03-12', ['Yachts in the outer basin.']]);
  });

  it('drops a "related" paragraph of links set in the text', () => {
    // Prepare
    const html = page('<title>Harbour fees rise</title>', `<h1>Harbour fees rise</h1><p>${PARAGRAPH}</p><p class="related"><strong>More Harbour:</strong> <a href="/x">Dredger arrives a week late</a></p><p>${SECOND}</p>`);

    // Act
    const { article } = parsed(html);

    // Assess
    expect(article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
  });
});
