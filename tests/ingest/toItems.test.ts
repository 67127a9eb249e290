import type { Article, Comment } from '#core/types';
import { ArticleItemSchema, CommentItemSchema, type ObjectSource } from '#schema';
import { BODY_PREVIEW_CHARS } from '#schema/constants';
import { articleIdFor } from '../../functions/ingest/articleId';
import { toItems, type ParsedVersion } from '../../functions/ingest/toItems';

const NOW = '2026-11-22T10:00:00.000Z';

function article(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Harbour plan approved',
    subtitle: null,
    authors: ['Corinne Aldous'],
    publishedAt: '2019-03-03T10:12:00',
    dateline: { locations: ['WEXMOOR'], agency: 'APA' },
    captions: [],
    sourceId: null,
    body: 'The council voted.\n\nWork starts in September.',
    language: 'en',
    wordCount: 7,
    commentCount: 2,
    contentHash: 'a'.repeat(64),
    parserVersion: '1.0.0',
    ...overrides,
  };
}

function comment(overrides: Partial<Comment> = {}): Comment {
  return { commentId: '0001', parentId: null, depth: 0, position: 1, author: 'Gordon Pell', postedAt: null, text: 'About time.', ...overrides };
}

const source: ObjectSource = {
  bucket: 'winnow-uploads',
  key: 'news/harbour.txt',
  versionId: null,
  eTag: 'etag',
  size: 120,
  sequencer: '0055b4e3c1a0',
  contentType: 'text/plain',
};

const context = { now: NOW, ingestedAt: NOW, processedBucket: 'winnow-processed' };

function parsed(overrides: Partial<ParsedVersion> = {}): ParsedVersion {
  return {
    article: article(),
    comments: [comment(), comment({ commentId: '0001.0001', parentId: '0001', depth: 1, position: 2, author: null, text: 'Agreed.' })],
    ...overrides,
  };
}

describe('Function: toItems', () => {
  it('builds items that satisfy the schemas', () => {
    // Act
    const items = toItems(parsed(), source, context);
    // Assess
    expect(ArticleItemSchema.parse(items.article)).toEqual(items.article);
    for (const item of items.comments) expect(CommentItemSchema.parse(item)).toEqual(item);
    expect(items.overflow).toEqual([]);
  });

  it('copies every field of the parse contract onto the article item', () => {
    const items = toItems(parsed(), source, context);
    expect(items.article).toMatchObject({ ...article(), articleId: articleIdFor(source.bucket, source.key), bodyRef: null, source });
  });

  it('lists the article under the day it was published', () => {
    const { article: item } = toItems(parsed(), source, context);
    expect(item).toMatchObject({ day: '2019-03-03', dayTime: `2019-03-03T10:12:00#${item.articleId}`, dayBasis: 'published' });
  });

  it('falls back to the first ingestion time when the publication date is unknown', () => {
    const { article: item } = toItems(parsed({ article: article({ publishedAt: null }) }), source, { ...context, ingestedAt: '2026-01-02T03:04:05.000Z' });
    expect(item).toMatchObject({ day: '2026-01-02', dayBasis: 'ingested' });
  });

  it('stores the padded sequencer for conditional writes', () => {
    expect(toItems(parsed(), source, context).article.sequencerOrder).toBe('0055B4E3C1A0'.padEnd(64, '0'));
  });

  it('indexes comments by normalized author and leaves unknown authors out of the index', () => {
    // Act
    const [known, unknown] = toItems(parsed(), source, context).comments;
    // Assess
    expect(known).toMatchObject({ authorKey: 'gordon pell', authorSortKey: expect.stringMatching(/^2019-03-03T10:12:00#.+#0001$/) });
    expect(unknown).not.toHaveProperty('authorKey');
    expect(unknown).not.toHaveProperty('authorSortKey');
  });

  it('moves a body above the inline limit to an overflow object with a pointer and a preview', () => {
    // Prepare
    const body = 'é'.repeat(3_000); // 6 000 bytes
    // Act
    const items = toItems(parsed({ article: article({ body }) }), source, { ...context, inlineTextMaxBytes: 5_000 });
    // Assess
    const prefix = `${items.article.articleId}/${'a'.repeat(64)}/`;
    expect(items.overflow).toEqual([{ key: `${prefix}body.txt`, text: body }]);
    expect(items.article.bodyRef).toEqual({ bucket: 'winnow-processed', key: `${prefix}body.txt`, bytes: 6_000, contentType: 'text/plain; charset=utf-8' });
    expect(items.article.body).toBe(body.slice(0, BODY_PREVIEW_CHARS));
    expect(items.article.overflowPrefix).toBe(prefix);
  });

  it('moves an overlong comment the same way', () => {
    const text = 'x'.repeat(5_001);
    const items = toItems(parsed({ comments: [comment({ text })] }), source, { ...context, inlineTextMaxBytes: 5_000 });
    expect(items.comments[0]?.textRef?.key).toMatch(/\/comments\/0001\.txt$/);
    expect(items.overflow.map((entry) => entry.text)).toEqual([text]);
  });
});
