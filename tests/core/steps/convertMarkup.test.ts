import { convertMarkup } from '#core/steps/convertMarkup';
import { htmlToText, looksLikeHtml } from '#core/steps/htmlToText';
import { parseArticle } from '#core';

const PARAGRAPH = 'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent.';

/** The parse of a converted page, which must succeed. */
const parsed = (input: string): Extract<ReturnType<typeof parseArticle>, { ok: true }> => {
  const result = parseArticle(input);
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

const SECOND = 'Owners of the larger boats said the rise would push them to harbours further along the coast.';

/** The parse of an article exported as JSON. */
const parsedJson = (value: unknown): Extract<ReturnType<typeof parseArticle>, { ok: true }> => parsed(JSON.stringify(value));

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

  it('nests a WordPress reply list (<ol class="children">) under its parent comment', () => {
    // Prepare
    const comment = (name: string, time: string, text: string): string =>
      `<article class="comment-body"><footer class="comment-meta"><div class="comment-author"><b class="fn">${name}</b> <span class="says">says:</span></div>` +
      `<div class="comment-metadata"><time datetime="2023-09-14T${time}:00+01:00">14 September 2023 at ${time}</time></div></footer>` +
      `<div class="comment-content"><p>${text}</p></div><div class="reply"><a class="comment-reply-link">Reply</a></div></article>`;
    const html = [
      '<!DOCTYPE html><html><body><article><h1>Village hall gets its solar panels</h1>',
      `<p>${PARAGRAPH}</p></article><section id="comments"><h2>2 thoughts on “Village hall gets its solar panels”</h2>`,
      `<ol class="comment-list"><li>${comment('Rob Ellery', '10:02', 'Well done to everyone.')}`,
      `<ol class="children"><li>${comment('Hetty Barlow', '11:15', 'Thanks Rob!')}</li></ol></li>`,
      `<li>${comment('Ann Lee', '12:40', 'When is the next quiz?')}</li></ol></section></body></html>`,
    ].join('');

    // Act
    const result = parseArticle(html);

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect(result.comments.map((c) => [c.author, c.depth, c.parentId])).toEqual([
      ['Rob Ellery', 0, null],
      ['Hetty Barlow', 1, '0001'],
      ['Ann Lee', 0, null],
    ]);
  });

  it('takes the time from <time datetime> when the page shows the date only', () => {
    // Prepare
    const html = `<!DOCTYPE html><html><body><article><h1>Village hall gets its solar panels</h1><p>Posted on <time datetime="2023-09-14T08:30:00+01:00">14 September 2023</time> by Hetty Barlow</p><p>${PARAGRAPH}</p></article></body></html>`;

    // Act
    const result = parseArticle(html);

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.publishedAt).toBe('2023-09-14T08:30:00+01:00');
    expect(result.article.authors).toEqual(['Hetty Barlow']);
  });

  it('reads a WordPress REST API post ({"rendered": …} fields, a numeric author id)', () => {
    // Prepare
    const post = {
      id: 4821,
      date: '2023-11-02T09:15:00',
      title: { rendered: 'New footbridge over the Mill Race opens to walkers' },
      content: { rendered: `<p>${PARAGRAPH}</p>\n<p>The crossing cost &pound;240,000.</p>` },
      excerpt: { rendered: '<p>A path closed since the 2021 floods is open again.</p>' },
      author: 7,
    };

    // Act
    const result = parseArticle(JSON.stringify(post));

    // Assess
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article).toEqual(
      expect.objectContaining({
        title: 'New footbridge over the Mill Race opens to walkers',
        subtitle: 'A path closed since the 2021 floods is open again.',
        authors: [],
        publishedAt: '2023-11-02T09:15:00',
        body: `${PARAGRAPH}\n\nThe crossing cost £240,000.`,
      }),
    );
  });
});

describe('Function: convertMarkup (JSON exports in envelopes and blocks)', () => {

  it('reads the Disqus posts saved beside the article ({"disqus": {"listPosts": {"response": […]}}}), replies by their parent id, and the lead image\'s caption', () => {
    const result = parsedJson({
      article: { headline: 'Harbour fees rise for visiting yachts', published_date: '2023-09-14', lead_image: { url: 'https://media.example/pier.jpg', caption: 'Yachts at the east pier.' }, body_html: `<p>${PARAGRAPH}</p>` },
      disqus: {
        thread: { id: '981', identifier: ['harbour-fees'] },
        listPosts: {
          code: 0,
          response: [
            { id: '11', parent: null, createdAt: '2023-09-14T18:22:07', author: { name: 'Kofi Mensah' }, message: '<p>About time.</p>' },
            { id: '12', parent: 11, createdAt: '2023-09-14T19:03:41', author: { name: 'Tamsin Greaves' }, message: '<p>Not for the small boats.</p>' },
          ],
        },
      },
    });

    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Kofi Mensah', 0, 'About time.'],
      ['Tamsin Greaves', 1, 'Not for the small boats.'],
    ]);
    expect(result.article.captions).toEqual(['Yachts at the east pier.']);
  });

  it('reads the Disqus posts saved under the API method\'s name ({"disqus": {"posts/list": {"response": […]}}})', () => {
    const result = parsedJson({
      article: { title: 'Harbour fees rise for visiting yachts', published_at: '2023-09-14T10:00:00+02:00', body_html: `<p>${PARAGRAPH}</p>` },
      disqus: {
        'threads/details': { code: 0, response: { id: '981', posts: 2 } },
        'posts/list': {
          code: 0,
          response: [
            { id: '11', parent: null, createdAt: '2023-09-14T18:22:07', author: { name: 'Kofi Mensah' }, message: '<p>About time.</p>', isDeleted: false },
            { id: '12', parent: 11, createdAt: '2023-09-14T19:03:41', author: { name: 'Tamsin Greaves' }, message: '<p>Not for the small boats.</p>', isDeleted: false },
          ],
        },
      },
    });

    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Kofi Mensah', 0, 'About time.'],
      ['Tamsin Greaves', 1, 'Not for the small boats.'],
    ]);
  });

  it('reads an app API\'s article: authors in its signature, times grouped under "dates", commenters by nickname', () => {
    const result = parsedJson({
      status: 200,
      data: {
        article: {
          headline: 'Harbour fees rise for visiting yachts',
          signature: { authors: [{ id: 311, name: 'Rita Monteiro', role: 'Jornalista' }], agency: 'Lusa', display: 'Rita Monteiro com Lusa' },
          dates: { published: '2024-03-22T18:40:00Z', updated: '2024-03-22T21:05:00Z' },
          body: [{ type: 'paragraph', text: PARAGRAPH }],
          comments: { count: 1, items: [{ id: 1, parentId: null, author: { id: 'u1', nickname: 'leitor_atento' }, createdAt: '2024-03-22T20:10:37Z', text: 'Exatamente.' }] },
        },
      },
    });

    expect([result.article.authors, result.article.publishedAt]).toEqual([['Rita Monteiro'], '2024-03-22T18:40:00Z']);
    expect(result.comments.map((c) => c.author)).toEqual(['leitor_atento']);
  });

  it('reads the page\'s own text when its JSON-LD articleBody is a teaser cut short ("…")', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Harbour fees rise for visiting yachts', articleBody: 'The harbour board agreed on Tuesday to raise mooring fees...' };
    const result = parsed(`<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Harbour fees rise for visiting yachts</h1><div class="post-content"><p>${PARAGRAPH}</p><p>${SECOND}</p></div></body></html>`);

    expect(result.article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
  });

  it('reads a wire item\'s body kept as typed items in a wrapper ({"format": "structured", "items": […]})', () => {
    const result = parsedJson({
      item_id: 'HW-20240530-0417',
      headline: 'Harbour fees rise for visiting yachts',
      firstcreated: '2024-05-30T04:12:00-04:00',
      body: { format: 'structured', word_count: 40, items: [{ type: 'paragraph', text: PARAGRAPH }, { type: 'subhead', text: 'Further along the coast' }, { type: 'paragraph', text: SECOND }] },
    });

    expect(result.article.body).toBe(`${PARAGRAPH}\n\nFurther along the coast\n\n${SECOND}`);
    expect(result.article.publishedAt).toBe('2024-05-30T04:12:00-04:00');
  });

  it('finds a news API article inside its envelope and takes the outlet off the headline', () => {
    const result = parsedJson({
      status: 'ok',
      totalResults: 1,
      articles: [
        {
          source: { id: 'harbour-wire', name: 'Harbour Wire Service' },
          author: 'Ann Lee and Bo Marsh',
          title: 'Harbour fees rise for visiting yachts - HW News',
          url: 'https://news.example/harbour-fees',
          publishedAt: '2021-03-03T16:11:00Z',
          content: `${PARAGRAPH}\r\n\r\n${SECOND}`,
        },
      ],
    });

    expect([result.article.title, result.article.authors, result.article.publishedAt, result.article.body]).toEqual([
      'Harbour fees rise for visiting yachts',
      ['Ann Lee', 'Bo Marsh'],
      '2021-03-03T16:11:00Z',
      `${PARAGRAPH}\n\n${SECOND}`,
    ]);
  });

  it('reads a CMS body of typed blocks: captions from images, list items, no adverts or related links; removed comments left out', () => {
    const result = parsedJson({
      article: {
        headline: 'Harbour fees rise for visiting yachts',
        authors: [{ name: 'Ann Lee' }],
        publishedAt: '2021-03-03T16:11:00+01:00',
        body: [
          { type: 'paragraph', text: PARAGRAPH },
          { type: 'image', src: 'https://media.example/pier.jpg', caption: 'Yachts moored at the east pier. Photo: Bo Marsh' },
          { type: 'ad', label: 'Advertisement' },
          { type: 'list', items: ['new pontoons;', 'a second fuel berth.'] },
          { type: 'related', title: 'More on this topic', items: [{ headline: 'Ferry fares frozen for the winter' }] },
          { type: 'paragraph', text: SECOND },
        ],
        comments: [
          { author: { displayName: 'Cy' }, createdAt: '2021-03-03T17:02:00+01:00', body: 'About time.', status: 'approved' },
          { author: { displayName: 'Troll' }, createdAt: '2021-03-03T17:05:00+01:00', body: 'This comment was removed by a moderator.', status: 'removed' },
        ],
      },
    });

    expect([result.article.captions, result.article.body, result.comments.map((c) => c.author)]).toEqual([
      ['Yachts moored at the east pier. Photo: Bo Marsh'],
      `${PARAGRAPH}\n\nnew pontoons;\n\na second fuel berth.\n\n${SECOND}`,
      ['Cy'],
    ]);
  });

  it('finds the article fields nested in a content API response, with the date beside them', () => {
    const result = parsedJson({
      response: {
        status: 'ok',
        content: {
          webTitle: 'Harbour fees rise',
          webPublicationDate: '2021-03-03T16:11:00Z',
          fields: { headline: 'Harbour fees rise for visiting yachts', byline: 'Ann Lee', body: `<p>${PARAGRAPH}</p><p>${SECOND}</p>` },
        },
      },
    });

    expect([result.article.title, result.article.authors, result.article.publishedAt]).toEqual(['Harbour fees rise for visiting yachts', ['Ann Lee'], '2021-03-03T16:11:00Z']);
  });

  it('takes no deck from an excerpt that repeats the opening of the text', () => {
    const result = parsedJson({ title: { rendered: 'Harbour fees rise' }, excerpt: { rendered: `<p>${PARAGRAPH.slice(0, 60)} [&hellip;]</p>` }, content: { rendered: `<p>${PARAGRAPH}</p><p>${SECOND}</p>` } });

    expect(result.article.subtitle).toBeNull();
  });

  it('takes no deck from a feed excerpt that goes on past its mark ("[…] The post … appeared first on …"), and drops that footer', () => {
    const description = `<p>${PARAGRAPH.slice(0, 60)} [&#8230;]</p><p>The post <a href="#">Harbour fees rise</a> appeared first on <a href="#">Coast Post</a>.</p>`;
    const content = `<figure><img src="a.jpg"><figcaption>Yachts at the pier.</figcaption></figure><p>${PARAGRAPH}</p><p>${SECOND}</p><p>The post <a href="#">Harbour fees rise</a> appeared first on <a href="#">Coast Post</a>.</p>`;
    const result = parsedJson({ items: [{ title: 'Harbour fees rise', pubDate: '2022-09-30 13:15:00', description, content }] });

    expect([result.article.subtitle, result.article.publishedAt, result.article.body]).toEqual([null, '2022-09-30T13:15:00', `${PARAGRAPH}\n\n${SECOND}`]);
  });

  it('reads Portable Text blocks (spans in children, _type) and leaves related-article blocks out', () => {
    const block = (text: string, style = 'normal') => ({ _type: 'block', style, markDefs: [], children: [{ _type: 'span', text: text.slice(0, 20), marks: [] }, { _type: 'span', text: text.slice(20), marks: ['strong'] }] });
    const body = [block(PARAGRAPH), { _type: 'relatedArticle', label: 'Read also', title: 'Ferry fares to rise in spring' }, { _type: 'image', caption: 'Yachts at the east pier. Photo: Kari Lunde' }, block(SECOND)];
    const result = parsedJson({ result: { _type: 'article', title: 'Harbour fees rise', publishedAt: '2024-02-11T06:00:00Z', body } });

    expect([result.article.body, result.article.captions, result.article.publishedAt]).toEqual([`${PARAGRAPH}\n\n${SECOND}`, ['Yachts at the east pier. Photo: Kari Lunde'], '2024-02-11T06:00:00Z']);
  });

  it('takes the zoned time of a scraper\'s meta tags over the visible time without a zone', () => {
    const result = parsedJson({ title: 'Harbour fees rise', date: '03/25/2021 16:40', meta: { 'article:published_time': '2021-03-25T16:40:00+01:00' }, html: `<p>${PARAGRAPH}</p><p>${SECOND}</p>` });

    expect(result.article.publishedAt).toBe('2021-03-25T16:40:00+01:00');
  });
});

describe('Function: convertMarkup (lead images in JSON)', () => {
  it('takes the caption of an image object and nothing of a bare image URL', () => {
    const base = { headline: 'Harbour fees rise for visiting yachts', articleBody: `${PARAGRAPH}\n\nOwners said the rise would push them along the coast.` };
    const withUrl = parseArticle(JSON.stringify({ ...base, image: 'https://media.example/pier.jpg' }));
    const withObject = parseArticle(JSON.stringify({ ...base, image: { '@type': 'ImageObject', url: 'https://media.example/pier.jpg', caption: 'Yachts at the east pier.' } }));

    expect([withUrl.ok && withUrl.article.captions, withUrl.ok && withUrl.article.body.includes('https'), withObject.ok && withObject.article.captions]).toEqual([
      [],
      false,
      ['Yachts at the east pier.'],
    ]);
  });
});

describe('Function: convertMarkup (delivery APIs, WordPress embeds, wire items, page fields)', () => {
  it('reads Contentful rich text, with the author and pictures its links name in "includes"', () => {
    const text = (value: string): object => ({ nodeType: 'text', value, marks: [], data: {} });
    const delivery = {
      items: [
        {
          sys: { id: 'entry1' },
          fields: {
            title: 'Maritime museum reopens after refit',
            author: { sys: { type: 'Link', linkType: 'Entry', id: 'author1' } },
            publishDate: '2024-02-19T08:30+01:00',
            body: {
              nodeType: 'document',
              content: [
                { nodeType: 'paragraph', content: [text('GOTHENBURG, Feb 19 – '), text(PARAGRAPH)] },
                { nodeType: 'embedded-asset-block', data: { target: { sys: { type: 'Link', linkType: 'Asset', id: 'asset1' } } }, content: [] },
                { nodeType: 'heading-2', content: [text('What is new')] },
                { nodeType: 'unordered-list', content: [{ nodeType: 'list-item', content: [{ nodeType: 'paragraph', content: [text('A new gallery.')] }] }] },
                { nodeType: 'paragraph', content: [text(PARAGRAPH)] },
              ],
            },
          },
        },
      ],
      includes: {
        Entry: [{ sys: { id: 'author1' }, fields: { name: 'Hanne Lindqvist' } }],
        Asset: [{ sys: { id: 'asset1' }, fields: { description: 'The new entrance hall. Photo: Elin Sandberg', file: { url: '//x/a.jpg' } } }],
      },
    };

    const { article } = parsed(JSON.stringify(delivery));

    expect(article).toEqual(
      expect.objectContaining({
        authors: ['Hanne Lindqvist'],
        publishedAt: '2024-02-19T08:30:00+01:00',
        dateline: { locations: ['GOTHENBURG'], agency: null },
        captions: ['The new entrance hall. Photo: Elin Sandberg'],
        body: `${PARAGRAPH}\n\nWhat is new\n\nA new gallery.\n\n${PARAGRAPH}`,
      }),
    );
  });

  it('nests WordPress "_embedded.replies" by their parent ids, with "author_name" beside a numeric "author"', () => {
    const post = {
      date: '2024-03-06T11:20:45',
      title: { rendered: 'Ferry adds Sunday sailings' },
      content: { rendered: `<p>${PARAGRAPH}</p>` },
      acf: { dek: 'Ridership on a trial run justified the change' },
      _embedded: {
        replies: [
          [
            { id: 1, parent: 0, author: 0, author_name: 'Bev Tolman', date: '2024-03-06T13:02:11', content: { rendered: '<p>Finally.</p>' } },
            { id: 2, parent: 1, author: 0, author_name: 'Dan Reilly', date: '2024-03-06T14:37:50', content: { rendered: '<p>Same here.</p>' } },
          ],
        ],
      },
    };

    const { article, comments } = parsed(JSON.stringify(post));

    expect(article.subtitle).toBe('Ridership on a trial run justified the change');
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Bev Tolman', 0, 'Finally.'],
      ['Dan Reilly', 1, 'Same here.'],
    ]);
  });

  it('reads a wire item: "body_html", "firstcreated" and its pictures\' captions', () => {
    const item = {
      headline: 'Portugal caps holiday-rental licences',
      byline: 'By Ana Lúcia Ferraz and James Whitcombe',
      firstcreated: '2024-03-14T09:12:33Z',
      body_html: `<p>LISBON (CPS) — ${PARAGRAPH}</p>`,
      associations: { featureimage: { type: 'picture', description_text: 'Tourists in the Alfama district. (CPS Photo/Rui Matos)' } },
    };

    const { article } = parsed(JSON.stringify(item));

    expect(article).toEqual(
      expect.objectContaining({
        authors: ['Ana Lúcia Ferraz', 'James Whitcombe'],
        publishedAt: '2024-03-14T09:12:33Z',
        dateline: { locations: ['LISBON'], agency: 'CPS' },
        captions: ['Tourists in the Alfama district. (CPS Photo/Rui Matos)'],
        body: PARAGRAPH,
      }),
    );
  });

  it('keeps the day a page shows over a placeholder noon in <time datetime>, and reads a field label over the release id', () => {
    const html = `<!DOCTYPE html><html><body><h1>Lead line replacement to begin</h1><div>Release date</div><div><time datetime="2024-03-04T12:00:00Z">Monday, March 4, 2024</time></div><div>Release number</div><div>NR-2024-031</div><p>${PARAGRAPH}</p></body></html>`;

    const { article } = parsed(html);

    expect(article.publishedAt).toBe('2024-03-04');
    expect(article.sourceId).toBe('NR-2024-031');
  });

  it('sets a kicker inside the headline apart from it', () => {
    const html = `<!DOCTYPE html><html><body><h1><span class="article-header__kicker">Verkehr in Grimma</span> <span>Mühlbrücke wird saniert</span></h1><p>${PARAGRAPH}</p></body></html>`;

    expect(parsed(html).article.title).toBe('Mühlbrücke wird saniert');
  });
});

describe('Function: convertMarkup (a paged comment list, a credit kept apart from its caption)', () => {
  it('reads comments wrapped as {"count", "items"} with nested replies, and sets a picture\'s credit field after its caption', () => {
    const item = {
      headline: 'Ferry timetable changes for winter',
      body_html: `<p>${PARAGRAPH}</p>`,
      image: { caption: 'The ferry leaves the north pier.', credit: 'Photo: Ana Ruiz/NPA' },
      comments: {
        count: 2,
        items: [{ id: 'c1', author: { display_name: 'Rosa M.' }, created_at: '2023-08-19T23:05:41Z', body_html: '<p>Good news.</p>', replies: [{ id: 'c2', author: { display_name: 'Tom' }, body_html: '<p>Agreed.</p>', replies: [] }] }],
        next_cursor: null,
      },
    };

    const result = parsed(JSON.stringify(item));

    expect(result.article.captions).toEqual(['The ferry leaves the north pier. Photo: Ana Ruiz/NPA']);
    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Rosa M.', 0, 'Good news.'],
      ['Tom', 1, 'Agreed.'],
    ]);
  });
});

describe('Function: convertMarkup (Arc XP stories, JSON Feed items, scraper records)', () => {
  it('reads an Arc story: headlines.basic, credits.by, display_date, typed content elements with inline markup', () => {
    const story = {
      type: 'story',
      canonical_website: 'rivertribune',
      display_date: '2024-05-02T14:30:00.000Z',
      publish_date: '2024-05-02T19:02:11.123Z',
      headlines: { basic: 'City to replace lead service lines under new plan', print: 'Lead pipes to go' },
      subheadlines: { basic: 'Homeowners will no longer pay half the cost' },
      credits: { by: [{ type: 'author', name: 'Lauren Fehr', org: 'River Tribune' }, { type: 'author', name: 'Darnell Okafor' }] },
      content_elements: [
        { type: 'text', content: `<b>WINNIPEG</b> — ${PARAGRAPH}` },
        { type: 'interstitial_link', content: 'Water main breaks hit a ten-year high', url: '/news/water' },
        { type: 'header', level: 2, content: 'How it will work' },
        { type: 'text', content: PARAGRAPH },
        { type: 'raw_html', content: '<div class="nl-promo"><h4>Sign up for the City Hall Briefing</h4></div>' },
      ],
    };

    const { article } = parsed(JSON.stringify(story));

    expect([article.title, article.subtitle, article.authors, article.publishedAt, article.dateline]).toEqual([
      'City to replace lead service lines under new plan',
      'Homeowners will no longer pay half the cost',
      ['Lauren Fehr', 'Darnell Okafor'],
      '2024-05-02T14:30:00Z',
      { locations: ['WINNIPEG'], agency: null },
    ]);
    expect(article.body).toBe([PARAGRAPH, 'How it will work', PARAGRAPH].join('\n\n'));
  });

  it('reads the item of a JSON Feed, not the feed\'s own title and description', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Millbrook Courier',
      description: 'Nonprofit news for Millbrook',
      items: [{ id: '1', title: 'Library ends overdue fines', content_html: `<p>${PARAGRAPH}</p>`, date_published: '2024-02-07T09:15:00-05:00', authors: [{ name: 'Owen Pratt' }] }],
    };

    const { article } = parsed(JSON.stringify(feed));

    expect([article.title, article.authors, article.publishedAt, article.body]).toEqual(['Library ends overdue fines', ['Owen Pratt'], '2024-02-07T09:15:00-05:00', PARAGRAPH]);
  });

  it('reads a scraper\'s record: the article\'s blocks, and the comment tree kept beside the article', () => {
    const record = {
      schema: 'grab.article+comments/v3',
      crawler: { name: 'grab', version: '2.4.1' },
      article: {
        headline: 'Council rejects stadium plan at the park',
        authors: [{ name: 'Callum Reid', role: 'Sport reporter' }],
        published_at: '2024-01-19T18:40:00+00:00',
        blocks: [{ type: 'paragraph', text: PARAGRAPH }, { type: 'inline_promo', text: 'Fans march through the town centre' }],
      },
      comments: { total: 2, items: [{ id: 'c1', author: { display_name: 'HexleyHalfback' }, body: 'Sad day.', replies: [{ id: 'c2', author: { display_name: 'jb_1977' }, body: 'Not for us.', replies: [] }] }] },
    };

    const result = parsed(JSON.stringify(record));

    expect([result.article.title, result.article.body]).toEqual(['Council rejects stadium plan at the park', PARAGRAPH]);
    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['HexleyHalfback', 0, 'Sad day.'],
      ['jb_1977', 1, 'Not for us.'],
    ]);
  });
});

describe('Function: convertMarkup (a Reddit thread export)', () => {
  const listing = (children: unknown[]): unknown => ({ kind: 'Listing', data: { after: null, children } });
  const comment = (id: string, author: string, body: string, created: number, replies: unknown = ''): unknown => ({
    kind: 't1',
    data: { id, author, body, created_utc: created, replies },
  });

  it('reads the post as the article and the comment listings, replies and all, as the thread; "more" stubs and the poster are no comments or byline', () => {
    const thread = [
      listing([{ kind: 't3', data: { title: 'Council approves a 24-hour bus lane on Ferry Road', author: 'ferry_regular', selftext: `*By Gareth Moyle | 4 March 2024*\n\n${PARAGRAPH}\n\nTraders said the lane would cost them **passing trade**.`, created_utc: 1709574130 } }]),
      listing([
        comment('a1', 'harbour_cyclist', 'Good. The 22 is a joke after 6pm.', 1709578930, listing([comment('a2', 'MrsMacRae_', 'Three cars outside the chippy every night.', 1709580000)])),
        comment('a3', 'saltire_local', 'Deliveries will be chaos.', 1709581000),
        { kind: 'more', data: { count: 12, children: ['a4', 'a5'] } },
      ]),
    ];

    const { article, comments } = parsed(JSON.stringify(thread));

    expect([article.title, article.authors, article.publishedAt, article.body]).toEqual([
      'Council approves a 24-hour bus lane on Ferry Road',
      ['Gareth Moyle'],
      '2024-03-04',
      `${PARAGRAPH}\n\nTraders said the lane would cost them passing trade.`,
    ]);
    expect(comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['harbour_cyclist', 0, '2024-03-04T19:02:10Z', 'Good. The 22 is a joke after 6pm.'],
      ['MrsMacRae_', 1, '2024-03-04T19:20:00Z', 'Three cars outside the chippy every night.'],
      ['saltire_local', 0, '2024-03-04T19:36:40Z', 'Deliveries will be chaos.'],
    ]);
  });
});

describe('Function: convertMarkup (a newsroom CMS export: article id, calls to action, comments by comment_id)', () => {
  it('reads "article_id" as the source id, drops a call-to-action block and nests comments by "comment_id" and "parent_id"', () => {
    const exported = {
      article: {
        article_id: 883412,
        headline: 'Specialists to visit five regional hospitals',
        body: [
          { type: 'paragraph', text: PARAGRAPH },
          { type: 'factbox_cta', text: 'Do you have a story about travelling for care? Contact our health desk.' },
        ],
      },
      comments: [
        { comment_id: 'cmt-1', parent_id: null, user: { display_name: 'DownsGP' }, body_html: '<p>About time.</p>' },
        { comment_id: 'cmt-2', parent_id: 'cmt-1', user: { display_name: 'Bev' }, body_html: '<p>Same with my dad.</p>' },
      ],
    };

    const { article, comments } = parsed(JSON.stringify(exported));

    expect([article.sourceId, article.body]).toEqual(['883412', PARAGRAPH]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['DownsGP', 0, 'About time.'],
      ['Bev', 1, 'Same with my dad.'],
    ]);
  });
});

describe('Function: convertMarkup (an RSS item read into JSON)', () => {
  it('reads the item under rss.channel: its title, dc:creator and content:encoded', () => {
    const feed = {
      rss: {
        channel: {
          title: 'Coast News',
          description: 'Independent news for the coast',
          item: {
            title: 'Ferry timetable changes from April',
            pubDate: 'Thu, 21 Mar 2024 13:40:00 +0000',
            'dc:creator': 'Iona MacRae',
            description: 'The summer timetable starts on April 2.',
            'content:encoded': '<p>The operator confirmed the summer timetable on Thursday, with an extra evening sailing on Fridays.</p><p>Bookings open next week.</p>',
          },
        },
      },
    };
    const result = parseArticle(JSON.stringify(feed));
    if (!result.ok) throw new Error(result.error.message);

    expect([result.article.title, result.article.authors, result.article.publishedAt, result.article.body]).toEqual([
      'Ferry timetable changes from April',
      ['Iona MacRae'],
      '2024-03-21T13:40:00Z',
      'The operator confirmed the summer timetable on Thursday, with an extra evening sailing on Fridays.\n\nBookings open next week.',
    ]);
  });
});

describe('Function: convertMarkup (a Reddit self-post)', () => {
  it('reads the poster and the time as the byline when the post quotes no story', () => {
    const thread = [
      { kind: 'Listing', data: { children: [{ kind: 't3', data: { title: 'Finished the canal and ridge loop in 3 days', author: 'slow_spokes_sam', selftext: PARAGRAPH, created_utc: 1715512345 } }] } },
      { kind: 'Listing', data: { children: [] } },
    ];

    const { article } = parsed(JSON.stringify(thread));

    expect([article.authors, article.publishedAt]).toEqual([['slow_spokes_sam'], '2024-05-12T11:12:25Z']);
  });
});

describe('Function: convertMarkup (exports that keep the thread beside the article, Strapi relations, wire headlines)', () => {
  it('finds the posts of a comments export at its top level, beside the record that holds the article', () => {
    const exported = {
      thread: { id: '1039', posts: 2, article: { headline: 'Specialists to visit five regional hospitals', body_html: `<p>${PARAGRAPH}</p>` } },
      posts: [
        { id: '11', parent: null, author: { name: 'Gus Whitaker' }, message: '<p>About time.</p>' },
        { id: '12', parent: '11', author: { name: 'Lena M' }, message: '<p>Same with my dad.</p>' },
      ],
    };

    const { comments } = parsed(JSON.stringify(exported));

    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Gus Whitaker', 0, 'About time.'],
      ['Lena M', 1, 'Same with my dad.'],
    ]);
  });

  it('reads comment views (the comment beside its creator) and nests them by their "path"', () => {
    const exported = {
      post_view: { post: { id: 48, name: 'Allotment waiting list hits 214', body: PARAGRAPH, published: '2024-05-18T10:22:41Z' } },
      comments: [
        { comment: { id: 9001, content: 'Half plots are the way to go.', path: '0.9001', published: '2024-05-18T11:03:07Z' }, creator: { name: 'compost_king' } },
        { comment: { id: 9002, content: 'Same here.', path: '0.9001.9002', published: '2024-05-18T11:20:00Z' }, creator: { name: 'runner_bean' } },
      ],
    };

    const { comments } = parsed(JSON.stringify(exported));

    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['compost_king', 0, 'Half plots are the way to go.'],
      ['runner_bean', 1, 'Same here.'],
    ]);
  });

  it('reads Ghost members\' comments kept beside the posts, past the post\'s "comments": true', () => {
    const exported = {
      posts: [{ title: 'Quota talks collapse', html: `<p>${PARAGRAPH}</p>`, comments: true, published_at: '2024-02-12T09:30:00.000+00:00' }],
      comments: [
        {
          id: 'c1',
          parent_id: null,
          html: '<p>Ten years of cuts.</p>',
          created_at: '2024-02-12T10:14:22.000Z',
          member: { name: 'Gwen Tallack' },
          replies: [{ id: 'c2', parent_id: 'c1', html: '<p>Catch history decides.</p>', created_at: '2024-02-12T11:02:09.000Z', member: { name: 'Rob Vean' } }],
        },
      ],
    };

    const { comments } = parsed(JSON.stringify(exported));

    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Gwen Tallack', 0, 'Ten years of cuts.'],
      ['Rob Vean', 1, 'Catch history decides.'],
    ]);
  });

  it('reads Sanity comments: the commenter in "name", the parent by reference, the time in "_createdAt"', () => {
    const exported = {
      result: {
        title: 'Ferry timetable cut for the winter',
        body: [{ _type: 'block', children: [{ _type: 'span', text: PARAGRAPH }] }],
        comments: [
          { _id: 'comment.a', _createdAt: '2023-11-08T18:02:44Z', name: 'Morag Lennie', comment: 'A long winter.', parent: null },
          { _id: 'comment.b', _createdAt: '2023-11-08T19:30:10Z', name: 'Andrew Pirie', comment: 'It will be.', parent: { _type: 'reference', _ref: 'comment.a' } },
        ],
      },
    };

    const { comments } = parsed(JSON.stringify(exported));

    expect(comments.map((c) => [c.author, c.depth, c.postedAt])).toEqual([
      ['Morag Lennie', 0, '2023-11-08T18:02:44Z'],
      ['Andrew Pirie', 1, '2023-11-08T19:30:10Z'],
    ]);
  });

  it('reads a Prismic document: rich text in its slices, picture captions, the linked author, furniture slices left out', () => {
    const rich = (text: string): unknown[] => [{ type: 'paragraph', text, spans: [] }];
    const exported = {
      id: 'ZkNw4',
      first_publication_date: '2024-05-14T09:12:00+0000',
      data: {
        title: [{ type: 'heading1', text: 'Chain ferry to be replaced', spans: [] }],
        author: { id: 'a1', type: 'author', data: { name: 'Rowena Callow' } },
        hero_caption: rich('The floating bridge at dusk.'),
        body: [
          { slice_type: 'text', primary: { text: rich(PARAGRAPH) } },
          { slice_type: 'image', primary: { image: { url: 'https://example.org/a.jpg' }, caption: rich('A render of the new vessel.') } },
          { slice_type: 'related_articles', primary: { heading: rich('More on the ferry') }, items: [] },
        ],
      },
    };

    const { article } = parsed(JSON.stringify(exported));

    expect([article.title, article.authors, article.publishedAt, article.captions, article.body]).toEqual([
      'Chain ferry to be replaced',
      ['Rowena Callow'],
      '2024-05-14T09:12:00Z',
      ['The floating bridge at dusk.', 'A render of the new vessel.'],
      PARAGRAPH,
    ]);
  });

  it('reads authors and the hero picture through Strapi\'s "data" / "attributes" wrappers', () => {
    const exported = {
      data: {
        id: 312,
        attributes: {
          title: 'Electric ferry delayed until spring',
          body: [{ type: 'paragraph', children: [{ type: 'text', text: PARAGRAPH }] }],
          heroImage: { data: { id: 1877, attributes: { name: 'ferry.jpg', caption: 'The ferry alongside the quay. Photo: Sound Ferries' } } },
          authors: { data: [{ id: 14, attributes: { name: 'Yusuf Carraway', role: 'Transport reporter' } }] },
        },
      },
      meta: {},
    };

    const { article } = parsed(JSON.stringify(exported));

    expect([article.authors, article.captions]).toEqual([['Yusuf Carraway'], ['The ferry alongside the quay. Photo: Sound Ferries']]);
  });

  it('takes a wire item\'s main headline (not the short one) and its "by" line', () => {
    const item = {
      uri: 'urn:wire:item:1',
      headlines: [
        { role: 'main', value: 'Study maps outburst risk for Alpine glacial lakes' },
        { role: 'short', value: 'Alpine lakes study' },
      ],
      by: 'Astrid Volkmann and Jonah Perez-Lind',
      body_html: `<p>${PARAGRAPH}</p>`,
    };

    const { article } = parsed(JSON.stringify(item));

    expect([article.title, article.subtitle, article.captions, article.authors]).toEqual([
      'Study maps outburst risk for Alpine glacial lakes',
      null,
      [],
      ['Astrid Volkmann', 'Jonah Perez-Lind'],
    ]);
  });
});

describe('Function: convertMarkup (a Mastodon status with its context, a theme deck among meta fields)', () => {
  it('reads the status as the article, its author without emoji, and nests the replies by "in_reply_to_id"', () => {
    const exported = {
      status: { id: '1', created_at: '2023-11-01T22:47:15.000Z', content: `<p>${PARAGRAPH}</p>`, account: { username: 'priya', display_name: 'Priya Raman 🌊' } },
      context: {
        ancestors: [],
        descendants: [
          { id: '2', in_reply_to_id: '1', created_at: '2023-11-01T22:55:03.000Z', content: '<p>Will there be food stalls?</p>', account: { username: 'harbourgull', display_name: 'Harbour Gull' } },
          { id: '3', in_reply_to_id: '2', created_at: '2023-11-01T23:01:00.000Z', content: '<p>Both, according to the report.</p>', account: { username: 'priya', display_name: 'Priya Raman 🌊' } },
          { id: '4', in_reply_to_id: '1', created_at: '2023-11-02T07:12:00.000Z', content: '<p>Good news for the quay.</p>', account: { username: 'ruthc', display_name: '' } },
        ],
      },
    };

    const { article, comments } = parsed(JSON.stringify(exported));

    expect([article.authors, article.publishedAt, article.body]).toEqual([['Priya Raman'], '2023-11-01T22:47:15Z', PARAGRAPH]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Harbour Gull', 0, 'Will there be food stalls?'],
      ['Priya Raman', 1, 'Both, according to the report.'],
      ['ruthc', 0, 'Good news for the quay.'],
    ]);
  });

  it('takes a theme\'s "…_subtitle" meta field for the deck, and never the SEO description kept beside it', () => {
    const post = (meta: Record<string, string>): string => JSON.stringify({ id: 7, title: { rendered: 'Two branch libraries may close' }, content: { rendered: `<p>${PARAGRAPH}</p>` }, meta });

    expect(parsed(post({ newspack_post_subtitle: 'Supervisors say the branches serve too few patrons.' })).article.subtitle).toBe('Supervisors say the branches serve too few patrons.');
    expect(parsed(post({ description: 'Libraries scheme rejected by seven votes to four' })).article.subtitle).toBeNull();
  });
});

describe('Function: convertMarkup (rich-text trees, Storyblok stories, Payload and Strapi comments)', () => {
  const runs = (text: string) => [
    { type: 'text', text: text.slice(0, 30), format: 0 },
    { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: text.slice(30) }] },
  ];

  it('reads a Lexical body (Payload): runs joined into paragraphs, headings apart, an upload\'s caption; comments paged under "docs", nested by parent id', () => {
    const content = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: runs(PARAGRAPH) },
          { type: 'upload', relationTo: 'media', value: { id: 'm1', alt: 'Yachts', caption: 'Yachts at the east pier.', credit: 'Kari Lunde' } },
          { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'What comes next' }] },
          { type: 'paragraph', children: [{ type: 'text', text: SECOND }] },
        ],
      },
    };
    const comments = {
      docs: [
        { id: 'c1', author: { displayName: 'Ross Keel' }, content: 'Fair enough, the pier needs the money.', parent: null, createdAt: '2024-02-11T09:00:00Z' },
        { id: 'c2', author: { displayName: 'Ana Ruiz' }, content: 'Not if it drives the visitors away.', parent: 'c1', createdAt: '2024-02-11T09:30:00Z' },
      ],
      totalDocs: 2,
    };
    const result = parsedJson({ docs: [{ id: '66cdb0a2a9e0c41d7b3e59c8', title: 'Harbour fees rise', publishedAt: '2024-02-11T06:00:00Z', authors: ['b339a476-9ddc-46f8-afb6-fbfe8de4ab47'], content, comments }], totalDocs: 1 });

    expect([result.article.body, result.article.captions, result.article.authors]).toEqual([`${PARAGRAPH}\n\nWhat comes next\n\n${SECOND}`, ['Yachts at the east pier. Kari Lunde'], []]);
    expect(result.comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Ross Keel', 0, 'Fair enough, the pier needs the money.'],
      ['Ana Ruiz', 1, 'Not if it drives the visitors away.'],
    ]);
  });

  it('reads a newspaper app\'s comments kept as "threads" under a comments record beside its settings, replies nested under each', () => {
    const reply = { id: 'c-2', parentId: 'c-1', author: { displayName: 'Ana Ruiz' }, createdAt: '2024-02-11T09:30:00+01:00', text: 'Not if it drives the visitors away.', replies: [] };
    const thread = { id: 'c-1', parentId: null, author: { displayName: 'Ross Keel' }, createdAt: '2024-02-11T09:00:00+01:00', text: 'Fair enough, the pier needs the money.', likes: 4, replies: [reply] };
    const article = { id: 1187, headline: 'Harbour fees rise', publishedAt: '2024-02-11T06:00:00+01:00', content: [{ type: 'paragraph', html: PARAGRAPH }], comments: { enabled: true, total: 2, policy: 'Comments are checked before they appear.', threads: [thread] } };
    const result = parsedJson({ status: 200, data: { article } });

    expect(result.comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Ross Keel', 0, '2024-02-11T09:00:00+01:00', 'Fair enough, the pier needs the money.'],
      ['Ana Ruiz', 1, '2024-02-11T09:30:00+01:00', 'Not if it drives the visitors away.'],
    ]);
  });

  it('reads a Ghost Admin API post: its Lexical tree serialized into the "lexical" string, the posts list it sits in taken for no comment thread', () => {
    const lexical = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: runs(PARAGRAPH) }, { type: 'paragraph', children: [{ type: 'text', text: SECOND }] }] } });
    const post = { id: '663a9d1f5e8c2a0001b7d4e9', title: 'Harbour fees rise', mobiledoc: null, lexical, published_at: '2024-02-11T06:00:00.000Z', authors: [{ name: 'Kari Lunde' }], custom_excerpt: 'The board wants ten percent more from visitors.' };
    const result = parsedJson({ posts: [post] });

    expect([result.article.title, result.article.body, result.article.authors, result.article.subtitle]).toEqual(['Harbour fees rise', `${PARAGRAPH}\n\n${SECOND}`, ['Kari Lunde'], 'The board wants ten percent more from visitors.']);
    expect(result.comments).toEqual([]);
  });

  it('reads a Ghost full export: the post\'s authors joined through posts_authors in their order, its picture caption from posts_meta', () => {
    const post = { id: 'p1', title: 'Harbour fees rise', html: `<p>${PARAGRAPH}</p><p>${SECOND}</p>`, feature_image: 'https://example.org/pier.jpg', published_at: '2024-02-11T06:00:00.000Z' };
    const data = {
      posts: [post],
      posts_meta: [{ id: 'm1', post_id: 'p1', feature_image_caption: 'The east pier at low tide. Photo by <a href="https://example.org">Kari Lunde</a>', meta_title: null }],
      users: [{ id: 'u1', name: 'Kari Lunde' }, { id: 'u2', name: 'Ross Keel' }, { id: 'u3', name: 'Ana Ruiz' }],
      posts_authors: [{ id: 'a2', post_id: 'p1', author_id: 'u1', sort_order: 1 }, { id: 'a1', post_id: 'p1', author_id: 'u2', sort_order: 0 }, { id: 'a3', post_id: 'p9', author_id: 'u3', sort_order: 0 }],
    };
    const result = parsedJson({ db: [{ meta: { exported_on: 1707631200000, version: '5.74.3' }, data }] });

    expect([result.article.title, result.article.authors, result.article.captions, result.article.body]).toEqual(['Harbour fees rise', ['Ross Keel', 'Kari Lunde'], ['The east pier at low tide. Photo by Kari Lunde'], `${PARAGRAPH}\n\n${SECOND}`]);
  });

  it('names a Contentstack author by its referenced entry\'s title, never by a job title beside a name', () => {
    const entry = (author: Record<string, unknown>) => ({ entry: { uid: 'blt7e2c41a09d5f3b18', title: 'Harbour fees rise', author: [author], publication_date: '2024-02-11T06:00:00.000Z', body: `<p>${PARAGRAPH}</p>` } });

    expect(parsedJson(entry({ uid: 'blt5d09', _content_type_uid: 'author', title: 'Kari Lunde', job_title: 'Reporter' })).article.authors).toEqual(['Kari Lunde']);
    expect(parsedJson(entry({ name: 'Kari Lunde', title: 'Senior Reporter' })).article.authors).toEqual(['Kari Lunde']);
  });

  it('reads a Storyblok story: the article fields inside its "content", ProseMirror rich text, components by kind, the first publication date', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: PARAGRAPH.slice(0, 40) }, { type: 'text', text: PARAGRAPH.slice(40), marks: [{ type: 'bold' }] }] },
        { type: 'blok', attrs: { body: [{ component: 'image_with_caption', image: { filename: 'https://example.org/a.jpg' }, caption: 'Yachts at the east pier.' }] } },
        { type: 'blok', attrs: { body: [{ component: 'newsletter_inline', title: 'Sign up for the morning briefing', text: 'Every day at seven.' }] } },
        { type: 'paragraph', content: [{ type: 'text', text: SECOND }] },
      ],
    };
    const story = { name: 'Fees rise', id: 402918371, first_published_at: '2024-02-11T06:00:00Z', published_at: '2024-02-12T08:00:00Z', content: { component: 'article', title: 'Harbour fees rise for visiting yachts', teaser: 'The board wants ten percent more from visitors.', body } };
    const result = parsedJson({ story, rels: [] });

    expect([result.article.title, result.article.subtitle, result.article.body, result.article.captions, result.article.publishedAt]).toEqual([
      'Harbour fees rise for visiting yachts',
      'The board wants ten percent more from visitors.',
      `${PARAGRAPH}\n\n${SECOND}`,
      ['Yachts at the east pier.'],
      '2024-02-11T06:00:00Z',
    ]);
  });

  it('reads Strapi comments ({"data": [{"id", "attributes"}]}, replies by "threadOf") and the cover\'s caption', () => {
    const comment = (id: number, content: string, authorName: string, parent: number | null) => ({ id, attributes: { content, authorName, createdAt: '2024-02-11T09:00:00Z', threadOf: { data: parent === null ? null : { id: parent } } } });
    const attributes = {
      title: 'Harbour fees rise',
      body: `${PARAGRAPH}\n\n${SECOND}`,
      publishedAt: '2024-02-11T06:00:00Z',
      cover: { data: { id: 8, attributes: { name: 'pier.jpg', caption: 'Yachts at the east pier.' } } },
      comments: { data: [comment(211, 'Fair enough, the pier needs the money.', 'Ross Keel', null), comment(214, 'Not if it drives the visitors away.', 'Ana Ruiz', 211)] },
    };
    const result = parsedJson({ data: { id: 17, attributes }, meta: {} });

    expect(result.article.captions).toEqual(['Yachts at the east pier.']);
    expect(result.comments.map((c) => [c.author, c.depth])).toEqual([
      ['Ross Keel', 0],
      ['Ana Ruiz', 1],
    ]);
  });

  it('reads a Directus item: "published_on", the author\'s first and last name, replies by "reply_to"', () => {
    const comments = [
      { id: 1, name: 'Ross Keel', message: 'Fair enough, the pier needs the money.', date_created: '2024-02-11T09:00:00Z', reply_to: null },
      { id: 2, name: 'Ana Ruiz', message: 'Not if it drives the visitors away.', date_created: '2024-02-11T09:30:00Z', reply_to: 1 },
    ];
    const result = parsedJson({ data: { id: 7, title: 'Harbour fees rise', content: `<p>${PARAGRAPH}</p><p>${SECOND}</p>`, published_on: '2024-02-11T06:00:00', author: { id: 'u1', first_name: 'Kari', last_name: 'Lunde' }, comments } });

    expect([result.article.publishedAt, result.article.authors, result.comments.map((c) => c.depth)]).toEqual(['2024-02-11T06:00:00', ['Kari Lunde'], [0, 1]]);
  });

  it('reads a content type whose fields are named in the site\'s language: title, deck, text, publication date, author in two parts, comments', () => {
    const commenti = [
      { id: 901, parent: null, nome: 'Rita Sala', date_created: '2024-10-11T09:14:03Z', testo: 'Finalmente una buona notizia per il porto.' },
      { id: 904, parent: 901, nome: 'Ugo Neri', date_created: '2024-10-11T09:40:51Z', testo: 'Vedremo quanto durerà.' },
    ];
    const data = {
      id: 3127,
      date_created: '2024-10-11T06:02:47Z',
      titolo: 'Tariffe del porto in aumento dal primo marzo',
      sommario: 'Il consiglio approva il rincaro per gli ormeggi estivi',
      data_pubblicazione: '2024-10-11T08:40:00',
      autore: { id: 12, nome: 'Chiara', cognome: 'Bellandi', ruolo: 'Redazione' },
      testo: `<p>${PARAGRAPH}</p><p>${SECOND}</p>`,
      commenti_abilitati: true,
      commenti,
    };

    const { article, comments } = parsedJson({ data });

    expect([article.title, article.subtitle, article.publishedAt, article.authors]).toEqual(['Tariffe del porto in aumento dal primo marzo', 'Il consiglio approva il rincaro per gli ormeggi estivi', '2024-10-11T08:40:00', ['Chiara Bellandi']]);
    expect(article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
    expect(comments.map((c) => [c.author, c.depth, c.postedAt, c.text])).toEqual([
      ['Rita Sala', 0, '2024-10-11T09:14:03Z', 'Finalmente una buona notizia per il porto.'],
      ['Ugo Neri', 1, '2024-10-11T09:40:51Z', 'Vedremo quanto durerà.'],
    ]);
  });

  it('takes a block post\'s opening heading for its title (Tumblr\'s post format has no title field), and no list around it for comments', () => {
    const post = {
      id: '761094382615945216',
      type: 'blocks',
      blog_name: 'harbourdispatch',
      date: '2024-09-14 17:40:02 GMT',
      content: [
        { type: 'text', subtype: 'heading1', text: 'Harbour fees rise by a tenth' },
        { type: 'text', text: PARAGRAPH },
        { type: 'text', text: SECOND },
      ],
    };

    const { article, comments } = parsedJson({ response: { blog: { name: 'harbourdispatch' }, posts: [post] } });

    expect([article.title, article.body]).toEqual(['Harbour fees rise by a tenth', `${PARAGRAPH}\n\n${SECOND}`]);
    expect(comments).toEqual([]);
  });

  it('nests a reply that links to the comment it answers under a field named in the site\'s language, dated by whatever field holds a date', () => {
    const link = (id: string) => ({ sys: { type: 'Link', linkType: 'Entry', id } });
    const entry = (id: string, fields: Record<string, unknown>) => ({ sys: { id, type: 'Entry' }, fields });
    const response = {
      items: [entry('art1', { titel: 'Havengeld gaat omhoog', publicatiedatum: '2024-02-19T10:15+01:00', auteurs: [link('a1')], tekst: { nodeType: 'document', data: {}, content: [{ nodeType: 'paragraph', data: {}, content: [{ nodeType: 'text', value: PARAGRAPH, marks: [], data: {} }] }] }, reacties: [link('r1'), link('r2')] })],
      includes: {
        Entry: [
          entry('a1', { naam: 'Femke de Wit', functie: 'Verslaggever' }),
          entry('r1', { naam: 'Gerrit', geplaatstOp: '2024-02-19T11:02+01:00', tekst: 'Eerst praten, nu weer uitstel.', artikel: link('art1') }),
          entry('r2', { naam: 'Annelies', geplaatstOp: '2024-02-19T11:40+01:00', tekst: 'Laten we niet overdrijven.', artikel: link('art1'), antwoordOp: link('r1') }),
        ],
      },
    };

    const { article, comments } = parsedJson(response);

    expect([article.title, article.authors, article.publishedAt]).toEqual(['Havengeld gaat omhoog', ['Femke de Wit'], '2024-02-19T10:15:00+01:00']);
    expect(comments.map((c) => [c.author, c.depth, c.postedAt])).toEqual([
      ['Gerrit', 0, '2024-02-19T11:02:00+01:00'],
      ['Annelies', 1, '2024-02-19T11:40:00+01:00'],
    ]);
  });
});

describe('Function: convertMarkup (a Discourse topic, a lightbox picture with its italic caption)', () => {
  const cooked = [
    `<p>${PARAGRAPH}</p>`,
    '<div class="lightbox-wrapper"><a class="lightbox" href="/uploads/pier.jpeg" title="pier.jpeg"><img src="/uploads/pier_690.jpeg" alt="pier" width="690" height="460"><div class="meta"><svg class="fa d-icon svg-icon"><use href="#far-image"></use></svg><span class="filename">pier.jpeg</span><span class="informations">1600×1067 212 KB</span></div></a></div>',
    '<p><em>The east pier at low tide, before the repairs began.</em></p>',
    `<p>${SECOND}</p>`,
  ].join('\n');
  const topic = {
    title: 'Mooring fees rise by a tenth at the east pier',
    fancy_title: 'Mooring fees rise by a tenth at the east pier',
    post_stream: {
      posts: [
        { post_number: 1, name: 'Ines Volkova', username: 'ivolkova', created_at: '2024-10-07T14:03:22.511Z', cooked, post_type: 1, reply_to_post_number: null },
        { post_number: 2, name: '', username: 'quaysider', created_at: '2024-10-07T15:00:00.000Z', cooked: '<p>About time the pier was fixed.</p>', post_type: 1, reply_to_post_number: null },
        { post_number: 3, name: null, username: 'harbour_ann', created_at: '2024-10-07T16:00:00.000Z', cooked: '<p>Not at these prices.</p>', post_type: 1, reply_to_post_number: 2 },
        { post_number: 4, name: 'Tom Akers', username: 'takers', created_at: '2024-10-08T09:00:00.000Z', cooked: '<p>The board answered this at the meeting.</p>', post_type: 1, reply_to_post_number: 1 },
        { post_number: 5, username: 'system', created_at: '2024-11-08T14:03:22.611Z', cooked: '', post_type: 3, action_code: 'autoclosed.enabled', reply_to_post_number: null },
      ],
    },
  };

  it('reads the first post as the article under the topic title, the others as replies nested by "reply_to_post_number", and no forum action', () => {
    const { article, comments } = parsedJson(topic);

    expect([article.title, article.authors, article.publishedAt]).toEqual(['Mooring fees rise by a tenth at the east pier', ['Ines Volkova'], '2024-10-07T14:03:22Z']);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['quaysider', 0, 'About time the pier was fixed.'],
      ['harbour_ann', 1, 'Not at these prices.'],
      ['Tom Akers', 0, 'The board answered this at the meeting.'],
    ]);
  });

  it('takes the italic paragraph under the picture for its caption, and the lightbox’s file name and size for nothing', () => {
    const { article } = parsedJson(topic);

    expect([article.captions, article.body]).toEqual([['The east pier at low tide, before the repairs began.'], `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: convertMarkup (a GraphQL response from Hygraph)', () => {
  it('reads the rich text\'s "html" rendering as the body and the "coverImage" caption', () => {
    const response = {
      data: {
        post: {
          __typename: 'Post',
          title: 'Mooring fees rise by a tenth at the east pier',
          publishedAt: '2023-06-02T07:48:11.402Z',
          authors: [{ __typename: 'Author', name: 'Ines Volkova' }],
          coverImage: { __typename: 'Asset', url: 'https://media.example/x', caption: 'The east pier at low tide.' },
          content: { __typename: 'RichText', html: `<p>${PARAGRAPH}</p><p>${SECOND}</p>` },
        },
      },
    };

    const { article } = parsedJson(response);

    expect([article.authors, article.captions, article.body]).toEqual([['Ines Volkova'], ['The east pier at low tide.'], `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: convertMarkup (a page a script renders, its article only in the framework\'s page state)', () => {
  const state = {
    props: {
      pageProps: {
        article: { id: 'a-1', headline: 'Mooring fees rise by a tenth at the east pier', publishedAt: '2025-02-11T06:30:00+01:00', author: { name: 'Ines Volkova' }, body: [{ type: 'paragraph', text: PARAGRAPH }, { type: 'paragraph', text: SECOND }] },
        comments: [{ id: 1, parentId: null, user: { name: 'quaysider' }, createdAt: '2025-02-11T07:12:00+01:00', text: 'About time the pier was fixed.' }],
        mostRead: [{ title: 'Ferry timetable changes for the summer season', href: '/ferry' }],
      },
    },
    page: '/article/[slug]',
  };
  const page = (main: string, json: unknown = state): string =>
    `<!DOCTYPE html><html><head><title>Mooring fees rise - Harbour Post</title></head><body><div id="__next">${main}</div>` +
    `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(json)}</script></body></html>`;

  it('reads the article and its comments from __NEXT_DATA__ when the page shows only its shell', () => {
    const { article, comments } = parsed(page('<header><a href="/">Harbour Post</a></header><main><p>Loading article…</p></main>'));

    expect([article.title, article.authors, article.publishedAt, article.body]).toEqual(['Mooring fees rise by a tenth at the east pier', ['Ines Volkova'], '2025-02-11T06:30:00+01:00', `${PARAGRAPH}\n\n${SECOND}`]);
    expect(comments.map((c) => [c.author, c.text])).toEqual([['quaysider', 'About time the pier was fixed.']]);
  });

  it('reads the page itself when it shows the text, whatever lists of other stories its state holds', () => {
    const related = { stories: [{ title: 'Ferry timetable changes for the summer season', text: 'The operator adds a late sailing on Fridays from June until the end of August.' }] };
    const { article } = parsed(page(`<article><h1>Mooring fees rise by a tenth at the east pier</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`, related));

    expect([article.title, article.body]).toEqual(['Mooring fees rise by a tenth at the east pier', `${PARAGRAPH}\n\n${SECOND}`]);
  });
});

describe('Function: convertMarkup (a page a script renders, its article only in JSON-LD)', () => {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Mooring fees rise by a tenth at the east pier',
    datePublished: '2025-02-11T06:30:00+01:00',
    author: [{ '@type': 'Person', name: 'Ines Volkova' }],
    articleBody: `${PARAGRAPH}\n\n${SECOND}`,
    comment: [
      { '@type': 'Comment', author: { '@type': 'Person', name: 'quaysider' }, dateCreated: '2025-02-11T07:12:00+01:00', text: 'About time the pier was fixed.' },
      { '@type': 'Comment', author: { '@type': 'Person', name: 'Ruth Calder' }, dateCreated: '2025-02-11T08:45:00+01:00', text: 'Not at these prices.' },
    ],
  };
  const page = (main: string): string =>
    `<!DOCTYPE html><html><head><title>Mooring fees rise - Harbour Post</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>` +
    `<body><header><a href="/">Harbour Post</a></header><main>${main}</main><footer><p>© 2025 Harbour Post</p></footer></body></html>`;

  it('reads the article and its comments from JSON-LD when the page shows no text of it', () => {
    const { article, comments } = parsed(page('<div id="root"></div><noscript><p>Please enable JavaScript.</p></noscript>'));

    expect([article.title, article.authors, article.publishedAt, article.body]).toEqual(['Mooring fees rise by a tenth at the east pier', ['Ines Volkova'], '2025-02-11T06:30:00+01:00', `${PARAGRAPH}\n\n${SECOND}`]);
    expect(comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['quaysider', '2025-02-11T07:12:00+01:00', 'About time the pier was fixed.'],
      ['Ruth Calder', '2025-02-11T08:45:00+01:00', 'Not at these prices.'],
    ]);
  });

  it('reads the page itself when it shows the text', () => {
    const { comments } = parsed(page(`<article><h1>Mooring fees rise by a tenth at the east pier</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></article>`));

    expect(comments).toEqual([]);
  });
});

describe('Function: convertMarkup (a JSON:API document from Drupal)', () => {
  const ref = (type: string, id: string) => ({ data: { type, id } });
  const comment = (id: string, name: string, text: string, parent: string | null) => ({
    type: 'comment--comment',
    id,
    attributes: { name, subject: text.slice(0, 20), created: '2022-05-03T10:02:44+02:00', field_name: 'comment', comment_body: { value: `<p>${text}</p>`, format: 'basic_html' } },
    relationships: { pid: parent === null ? { data: null } : ref('comment--comment', parent), entity_id: ref('node--article', 'n1') },
  });
  const document = {
    jsonapi: { version: '1.0' },
    data: {
      type: 'node--article',
      id: 'n1',
      attributes: { title: 'Mooring fees rise by a tenth at the east pier', created: '2022-05-03T09:15:27+02:00', field_chapo: 'Owners of larger boats say they will sail on.', body: { value: `<p>${PARAGRAPH}</p><p>${SECOND}</p>`, format: 'full_html' } },
      relationships: { uid: ref('user--user', 'u1'), field_comments: { data: [{ type: 'comment--comment', id: 'c1' }, { type: 'comment--comment', id: 'c2' }] } },
    },
    included: [
      { type: 'user--user', id: 'u1', attributes: { display_name: 'Ines Volkova', name: 'ivolkova' } },
      comment('c1', 'Ross Keel', 'About time the pier was fixed.', null),
      comment('c2', 'Ana Ruiz', 'Not at these prices.', 'c1'),
    ],
  };

  it('resolves the relationships from "included": the author\'s display name, the comments nested by "pid", a site field\'s "field_" prefix dropped', () => {
    const { article, comments } = parsedJson(document);

    expect([article.title, article.subtitle, article.authors, article.publishedAt]).toEqual(['Mooring fees rise by a tenth at the east pier', 'Owners of larger boats say they will sail on.', ['Ines Volkova'], '2022-05-03T09:15:27+02:00']);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['Ross Keel', 0, 'About time the pier was fixed.'],
      ['Ana Ruiz', 1, 'Not at these prices.'],
    ]);
  });
});

describe('Function: convertMarkup (a Prismic custom type with fields named in the site\'s language)', () => {
  it('takes the heading1 rich text for the title, the slices\' rich text and picture captions under any name, the linked "autor", and no furniture slice', () => {
    const rich = (text: string, type = 'paragraph'): unknown[] => [{ type, text, spans: [] }];
    const response = {
      page: 1,
      results_per_page: 20,
      results: [
        {
          id: 'ZBmX3',
          type: 'articulo',
          first_publication_date: '2023-03-21T11:47:09+0000',
          data: {
            titulo: rich('Las tasas del muelle suben un diez por ciento', 'heading1'),
            autor: { id: 'a1', type: 'autor', link_type: 'Document', data: { nombre: 'Lucía Ferrán' } },
            body: [
              { slice_type: 'texto', primary: { contenido: rich(PARAGRAPH) } },
              { slice_type: 'imagen', primary: { imagen: { url: 'https://images.example/a.jpg', dimensions: { width: 1600, height: 900 } }, pie: rich('El muelle este con marea baja.') } },
              { slice_type: 'boletin', primary: { titulo: rich('Suscríbete a nuestro boletín', 'heading3') } },
              { slice_type: 'articulos_relacionados', primary: { titulo_bloque: rich('Te puede interesar', 'heading3') } },
            ],
          },
        },
      ],
    };

    const { article } = parsedJson(response);

    expect([article.title, article.authors, article.captions, article.body]).toEqual(['Las tasas del muelle suben un diez por ciento', ['Lucía Ferrán'], ['El muelle este con marea baja.'], PARAGRAPH]);
  });
});

describe('Function: convertMarkup (a press release\'s meta row above the headline)', () => {
  it.each([
    ['<span class="news-type">Pressemitteilung Nr. 047/2024</span><span class="news-separator">|</span><span class="news-date field-newsdate">18.04.2024</span>'],
    ['<p>Pressemitteilung Nr. 047/2024 | <span class="news-date">18.04.2024</span></p>'],
    ['<span class="news-type">Pressemitteilung Nr. 047/2024</span>\n      <span class="news-separator">|</span>\n      <span class="news-date">18.04.2024</span>'],
  ])('reads the release number and the "news-date" above the h1: %s', (row) => {
    const page = `<html><head><title>Hafen</title></head><body><div class="news-meta">${row}</div><h1>Neue Liegeplätze im Osthafen eröffnet</h1><p>${PARAGRAPH}</p><p>${SECOND}</p></body></html>`;

    const { article } = parsed(page);

    expect([article.sourceId, article.publishedAt, article.title]).toEqual(['047/2024', '2024-04-18', 'Neue Liegeplätze im Osthafen eröffnet']);
  });
});

describe('Function: convertMarkup (a Blogger API post with its replies)', () => {
  it('nests a reply under the comment its "inReplyTo" names', () => {
    const post = {
      kind: 'blogger#post',
      published: '2016-10-03T21:14:00-03:00',
      title: 'Mooring fees rise by a tenth at the east pier',
      content: `<p>${PARAGRAPH}</p>`,
      author: { id: '1', displayName: 'Ines Volkova' },
      replies: {
        totalItems: '3',
        items: [
          { kind: 'blogger#comment', id: '11', published: '2016-10-03T22:40:12.455-03:00', content: 'About time the pier was fixed.', author: { displayName: 'Anônimo' } },
          { kind: 'blogger#comment', id: '12', inReplyTo: { id: '11' }, published: '2016-10-03T23:00:00.000-03:00', content: 'Not at these prices.', author: { displayName: 'Ross Keel' } },
          { kind: 'blogger#comment', id: '13', published: '2016-10-04T08:00:00.000-03:00', content: 'The board answered this.', author: { displayName: 'Ana Ruiz' } },
        ],
      },
    };

    const { comments } = parsedJson(post);

    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Anônimo', 0],
      ['Ross Keel', 1],
      ['Ana Ruiz', 0],
    ]);
  });
});

describe('Function: convertMarkup (a Substack post from its API)', () => {
  it('reads the author from "publishedBylines" and the date from "post_date"', () => {
    const response = {
      post: {
        id: 4471,
        title: 'The ferry budget has a hole in it',
        post_date: '2023-05-17T11:00:43.512Z',
        subtitle: 'And the board would rather not say where it came from',
        body_html: `<p>${PARAGRAPH}</p><p>${SECOND}</p>`,
        publishedBylines: [{ id: 9, name: 'Wes Amundsen', handle: 'wesamundsen' }],
      },
      comments: [],
    };

    const { article } = parsedJson(response);

    expect([article.authors, article.publishedAt?.slice(0, 16)]).toEqual([['Wes Amundsen'], '2023-05-17T11:00']);
  });
});

describe('Function: convertMarkup (structured text of more headless CMSs)', () => {
  const span = (value: string): unknown => ({ type: 'paragraph', children: [{ type: 'span', value: value.slice(0, 20) }, { type: 'span', marks: ['strong'], value: value.slice(20) }] });

  it('reads DatoCMS structured text ("dast"): a paragraph\'s spans joined on one line', () => {
    const record = { data: { article: { title: 'Mooring fees rise by a tenth', body: { value: { schema: 'dast', document: { type: 'root', children: [span(PARAGRAPH), span(SECOND)] } } } } } };

    expect(parsedJson(record).article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
  });

  it('reads a Keystone document field and an Apple News article\'s components, without its title and pull quote components', () => {
    const keystone = { data: { post: { title: 'Mooring fees rise by a tenth', content: { document: [{ type: 'paragraph', children: [{ text: PARAGRAPH }] }, { type: 'paragraph', children: [{ text: SECOND, bold: true }] }] } } } };
    const appleNews = {
      version: '1.24',
      title: 'Mooring fees rise by a tenth',
      metadata: { authors: ['Ines Volkova'], datePublished: '2023-06-02T07:48:00Z' },
      components: [
        { role: 'title', text: 'Mooring fees rise by a tenth' },
        { role: 'body', text: PARAGRAPH },
        { role: 'pullquote', text: 'Owners of the larger boats said' },
        { role: 'photo', URL: 'bundle://pier.jpg', caption: 'The east pier at low tide.' },
        { role: 'body', text: SECOND },
      ],
    };

    const fromApple = parsedJson(appleNews).article;

    expect(parsedJson(keystone).article.body).toBe(`${PARAGRAPH}\n\n${SECOND}`);
    expect([fromApple.body, fromApple.captions, fromApple.publishedAt]).toEqual([`${PARAGRAPH}\n\n${SECOND}`, ['The east pier at low tide.'], '2023-06-02T07:48:00Z']);
  });

  it('reads Telegraph\'s DOM nodes: inline tags on the line, a figure by its caption', () => {
    const page = {
      ok: true,
      result: {
        title: 'Mooring fees rise by a tenth',
        content: [
          { tag: 'figure', children: [{ tag: 'img', attrs: { src: '/file/pier.jpg' } }, { tag: 'figcaption', children: ['The east pier at low tide.'] }] },
          { tag: 'p', children: [PARAGRAPH.slice(0, 30), { tag: 'b', children: [PARAGRAPH.slice(30)] }] },
          { tag: 'p', children: [SECOND] },
        ],
      },
    };

    const { article } = parsedJson(page);

    expect([article.body, article.captions]).toEqual([`${PARAGRAPH}\n\n${SECOND}`, ['The east pier at low tide.']]);
  });

  it('reads a Kontent.ai item\'s elements and a GraphQL connection of comments saved beside it', () => {
    const comment = (id: string, author: string, text: string, replies: unknown[] = []): unknown => ({ node: { id, body: `<p>${text}</p>`, author: { username: author }, createdAt: '2023-06-02T09:00:00Z', replies: { edges: replies } } });
    const file = {
      noticia: {
        item: {
          system: { id: 'b3f6', name: 'mooring-fees', type: 'noticia' },
          elements: {
            titular: { type: 'text', name: 'Titular', value: 'Mooring fees rise by a tenth' },
            permite_comentarios: { type: 'multiple_choice', name: 'Permite comentarios', value: [{ name: 'Sí', codename: 'si' }] },
            cuerpo: { type: 'rich_text', name: 'Cuerpo', value: `<p>${PARAGRAPH}</p><p>${SECOND}</p>` },
          },
        },
      },
      comentarios: { data: { story: { comments: { edges: [comment('c1', 'pier_regular', 'Long overdue.', [comment('c2', 'harbour_board', 'Thank you.')]), comment('c3', 'yachtie', 'Too expensive.')] } } } },
    };

    const { article, comments } = parsedJson(file);

    expect([article.title, article.body]).toEqual(['Mooring fees rise by a tenth', `${PARAGRAPH}\n\n${SECOND}`]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['pier_regular', 0, 'Long overdue.'],
      ['harbour_board', 1, 'Thank you.'],
      ['yachtie', 0, 'Too expensive.'],
    ]);
  });

  it('reads a Wagtail page: its date in `meta` with microseconds, its top-level comments named their own parents', () => {
    const page = {
      id: 4812,
      meta: { type: 'news.ArticlePage', first_published_at: '2023-06-02T08:30:00.412903+01:00' },
      title: 'Mooring fees rise by a tenth',
      body: [{ type: 'paragraph', value: `<p>${PARAGRAPH}</p>` }, { type: 'paragraph', value: `<p>${SECOND}</p>` }],
      comments: [
        { id: 811, parent_id: 811, user_name: 'Rob Kitto', submit_date: '2023-06-02T10:14:22.070619+01:00', comment: 'Long overdue.' },
        { id: 814, parent_id: 811, user_name: 'Derek L.', submit_date: '2023-06-02T12:40:05.218904+01:00', comment: 'Too expensive.' },
      ],
    };

    const { article, comments } = parsedJson(page);

    expect(article.publishedAt).toBe('2023-06-02T08:30:00+01:00');
    expect(comments.map((c) => [c.author, c.depth])).toEqual([
      ['Rob Kitto', 0],
      ['Derek L.', 1],
    ]);
  });

  it('reads a Wagtail page\'s strapline, the author under its link record, and an image block\'s caption in its `value`', () => {
    const page = {
      id: 4812,
      meta: { type: 'news.ArticlePage', first_published_at: '2023-06-02T08:30:00+01:00' },
      title: 'Mooring fees rise by a tenth',
      strapline: 'Visiting yachts will pay more from the first of June',
      authors: [{ id: 61, meta: { type: 'news.ArticlePageAuthor' }, author: { id: 9, name: 'Tamsin Hale', role: 'Harbour Reporter' } }],
      body: [
        { type: 'paragraph', value: `<p>${PARAGRAPH}</p>` },
        { type: 'image', value: { image: 2214, caption: 'The visitor pontoon at high tide. (Photo: Jo Penrose)' } },
        { type: 'paragraph', value: `<p>${SECOND}</p>` },
      ],
    };

    const { article } = parsedJson(page);

    expect([article.subtitle, article.authors, article.captions, article.body]).toEqual([
      'Visiting yachts will pay more from the first of June',
      ['Tamsin Hale'],
      ['The visitor pontoon at high tide. (Photo: Jo Penrose)'],
      `${PARAGRAPH}\n\n${SECOND}`,
    ]);
  });

  it('takes an Event Registry article\'s publication time (dateTimePub), not the day it was found', () => {
    const result = { articles: { results: [{ uri: '8312', lang: 'eng', date: '2024-09-19', time: '12:51:07', dateTime: '2024-09-19T12:51:07Z', dateTimePub: '2024-09-19T12:38:00Z', title: 'Harbour fees rise', body: `${PARAGRAPH}\n\n${SECOND}` }] } };

    expect(parsedJson(result).article.publishedAt).toBe('2024-09-19T12:38:00Z');
  });

  it('reads a scraper\'s record by its short names: hed, dek, byline, a lead image\'s cap, typed paragraphs, and a thread of posts with their kids', () => {
    const doc = {
      site: 'The Harbour Post',
      hed: 'Harbour fees rise for visiting yachts',
      dek: 'The board says the money will pay for new pontoons and a fuel berth',
      byline_raw: 'By Carla Jimenez, Harbour Reporter',
      ts_published: 'Aug. 1, 2024, 6:00 a.m.',
      lede_img: { src: 'https://example.org/quay.jpg', cap: 'Yachts at the visitor pontoon. (Photo: Jo Penrose)' },
      paras: [
        { t: 'p', x: PARAGRAPH },
        { t: 'related', x: 'RELATED: Pontoon plan delayed again', href: 'https://example.org/a' },
        { t: 'h2', x: 'What owners say' },
        { t: 'ad', x: 'ADVERTISEMENT' },
        { t: 'p', x: SECOND },
      ],
      thread: {
        count: 2,
        posts: [{ handle: 'quay_rat', posted: 'Aug 1, 2024 7:12 AM', txt: 'Long overdue, frankly.', kids: [{ handle: 'Dana P.', posted: 'Aug 1, 2024 8:30 AM', txt: 'Not for the small boats.', kids: [] }] }],
      },
    };

    const { article, comments } = parsedJson({ scrape_meta: { crawler: 'harvest/2.3' }, doc });

    expect([article.title, article.subtitle, article.authors, article.captions, article.body]).toEqual([
      'Harbour fees rise for visiting yachts',
      'The board says the money will pay for new pontoons and a fuel berth',
      ['Carla Jimenez'],
      ['Yachts at the visitor pontoon. (Photo: Jo Penrose)'],
      `${PARAGRAPH}\n\nWhat owners say\n\n${SECOND}`,
    ]);
    expect(comments.map((c) => [c.author, c.depth, c.text])).toEqual([
      ['quay_rat', 0, 'Long overdue, frankly.'],
      ['Dana P.', 1, 'Not for the small boats.'],
    ]);
  });

  it('reads a Directus item\'s authors through their junction records', () => {
    const authors = [
      { id: 31, articles_id: 12, directus_users_id: { id: 'u1', first_name: 'Kari', last_name: 'Lunde', title: 'Coordinator' } },
      { id: 32, articles_id: 12, directus_users_id: { id: 'u2', first_name: 'Ned', last_name: 'Tregear', title: 'Volunteer' } },
    ];

    const { article } = parsedJson({ data: { id: 12, title: 'Harbour fees rise', content: `<p>${PARAGRAPH}</p>`, published_on: '2024-02-11T06:00:00', authors } });

    expect(article.authors).toEqual(['Kari Lunde', 'Ned Tregear']);
  });

  it('finds a Strapi article in a Next.js page\'s props and reads its dynamic zone: Markdown text and media with their captions', () => {
    const attributes = {
      title: 'Harbour fees rise',
      publishedAt: '2024-05-09T13:05:00.000Z',
      blocks: [
        { id: 1, __component: 'shared.rich-text', body: `${PARAGRAPH}\n\n## What owners say\n\n${SECOND}` },
        { id: 2, __component: 'shared.media', file: { data: { id: 215, attributes: { name: 'pontoon.jpg', caption: 'The visitor pontoon at high tide. (Photo: Jo Penrose)' } } } },
      ],
    };
    const nextData = { props: { pageProps: { article: { data: [{ id: 87, attributes }], meta: { pagination: { page: 1 } } } } }, page: '/article/[slug]' };

    const { article } = parsedJson(nextData);

    expect([article.title, article.publishedAt, article.captions, article.body]).toEqual([
      'Harbour fees rise',
      '2024-05-09T13:05:00Z',
      ['The visitor pontoon at high tide. (Photo: Jo Penrose)'],
      `${PARAGRAPH}\n\nWhat owners say\n\n${SECOND}`,
    ]);
  });
});

describe('Function: convertMarkup (guarded JSON, GData values, inline code; session 24)', () => {
  it('reads JSON behind an API\'s script guard ("])}while(1);</x>")', () => {
    const json = '])}while(1);</x>{"headline":"Ferry fares rise","articleBody":"<p>The harbour board agreed on Monday to raise fares.</p>"}';

    expect(convertMarkup(json)).toContain('Ferry fares rise');
    expect(convertMarkup(json)).not.toContain('while(1)');
  });

  it('reads a Blogger feed entry whose every value is wrapped as {"$t": …}', () => {
    // Act
    const result = parseArticle(
      JSON.stringify({
        feed: {
          entry: [
            {
              title: { type: 'text', $t: 'Three days among the olive groves' },
              published: { $t: '2023-05-14T10:30:00.000+02:00' },
              author: [{ name: { $t: 'Lucía Benítez' } }],
              content: { type: 'html', $t: '<p>We rode the old railway line from Jaén for three days and met almost nobody on the way.</p>' },
            },
          ],
        },
      }),
    );

    // Assess
    expect(result.ok && [result.article.title, result.article.authors, result.article.publishedAt]).toEqual(['Three days among the olive groves', ['Lucía Benítez'], '2023-05-14T10:30:00+02:00']);
  });

  it('reads inline code in Markdown as its text ("`Author`" beside a name)', () => {
    expect(convertMarkup('# Title\n\n**Renata Osei** `Author` · 4 days ago\n\nRun `npm ci` first.')).toContain('Renata Osei Author · 4 days ago');
  });
});

describe('Function: convertMarkup (Tumblr notes, epoch times; session 24)', () => {
  it('reads a Tumblr post\'s reply notes as its comments, with their epoch times, and leaves likes out', () => {
    // Act
    const result = parseArticle(
      JSON.stringify({
        response: {
          posts: [
            {
              type: 'text',
              blog_name: 'fernhollow',
              date: '2023-03-14 18:22:05 GMT',
              title: 'How I rebind a paperback',
              body: '<p>A few people asked after my last post, so here is the whole process from start to finish, with pictures.</p>',
              notes: [
                { type: 'like', timestamp: 1679224000, blog_name: 'paperandpulp' },
                { type: 'reply', timestamp: 1678959852, blog_name: 'quillandquire', reply_text: 'did you have to trim the pages at all?' },
              ],
            },
          ],
        },
      }),
    );

    // Assess
    expect(result.ok && [result.article.authors, result.comments.map((c) => [c.author, c.postedAt, c.text])]).toEqual([['fernhollow'], [['quillandquire', '2023-03-16T09:44:12Z', 'did you have to trim the pages at all?']]]);
  });
});
