import { parseArticle } from '#core/index';
import { feedToText, looksLikeFeed } from '#core/steps/feedToText';

const rss = [
  '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
  '<channel><title>Harbour Desk &#8211; Tidewater Post</title><description>News from the quays</description>',
  '<item>',
  '  <title>Ferry timetable changes from Monday</title>',
  '  <dc:creator><![CDATA[Maren Oyelaran]]></dc:creator>',
  '  <pubDate>Tue, 14 Mar 2023 12:45:00 +0000</pubDate>',
  '  <category><![CDATA[Transport]]></category>',
  '  <description><![CDATA[<p>The harbour board has moved the first sailing [&#8230;]</p>]]></description>',
  '  <content:encoded><![CDATA[<figure><img src="a.jpg" alt=""><figcaption>The ferry at the north quay. Photo: Tidewater Post</figcaption></figure>',
  '<p>The harbour board has moved the first sailing of the day to 6.40am from Monday, after complaints from shift workers.</p>',
  '<p>Fares stay the same until the autumn review, the board said in a statement on Tuesday.</p>',
  '<p>The post <a href="https://example.org/ferry">Ferry timetable changes from Monday</a> appeared first on <a href="https://example.org">Tidewater Post</a>.</p>]]></content:encoded>',
  '</item>',
  '<item><title>Another story</title><description>Not this one.</description></item>',
  '</channel></rss>',
].join('\n');

const atom = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><title>Quayside Notes</title>',
  '<entry><title type="html">Tide gauges go digital</title><author><name>Ines Carvalho</name></author>',
  '<published>2024-05-04T09:30:00+01:00</published><updated>2024-05-06T10:00:00+01:00</updated>',
  '<content type="html">&lt;p&gt;The last mechanical tide gauge on the estuary was replaced this week by a digital sensor that reports every minute.&lt;/p&gt;</content>',
  '</entry></feed>',
].join('\n');

describe('Function: feedToText', () => {
  it('tells a feed from a page', () => {
    expect([looksLikeFeed(rss), looksLikeFeed(atom), looksLikeFeed('<!doctype html><html><body><p>Text</p></body></html>')]).toEqual([true, true, false]);
  });

  it('reads the first RSS item: its title, creator, date and full content, not the channel or the summary', () => {
    const result = parseArticle(Buffer.from(rss));

    expect(result.ok && result.article).toEqual(
      expect.objectContaining({
        title: 'Ferry timetable changes from Monday',
        authors: ['Maren Oyelaran'],
        publishedAt: '2023-03-14T12:45:00Z',
        captions: ['The ferry at the north quay. Photo: Tidewater Post'],
        body: expect.stringMatching(/^The harbour board has moved the first sailing.*\n\nFares stay the same until the autumn review, the board said in a statement on Tuesday\.$/su),
      }),
    );
  });

  it('reads an Atom entry: the author\'s name, the published date over the updated one, escaped HTML content', () => {
    const result = parseArticle(Buffer.from(atom));

    expect(result.ok && result.article).toEqual(
      expect.objectContaining({ title: 'Tide gauges go digital', authors: ['Ines Carvalho'], publishedAt: '2024-05-04T09:30:00+01:00', body: expect.stringContaining('digital sensor') }),
    );
  });

  it('reads an Atom summary beside the full content as the deck, and a WordPress excerpt of the text as nothing', () => {
    const withSummary = atom.replace('<content type="html">', '<summary type="html">Estuary readings now arrive every minute instead of every hour.</summary><content type="html">');
    const result = parseArticle(Buffer.from(withSummary));
    const rssResult = parseArticle(Buffer.from(rss));

    expect([result.ok && result.article.subtitle, rssResult.ok && rssResult.article.subtitle]).toEqual(['Estuary readings now arrive every minute instead of every hour.', null]);
  });

  it('gives nothing for a feed without items', () => {
    expect(feedToText('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>')).toBeNull();
  });
});
