/**
 * Acceptance 8–9 on DynamoDB Local + s3rver: test events, awkward keys, direct invocation,
 * bodies too large for an item, objects too large to read, objects already gone.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { parseArticle } from '#core';
import { ArticleItemSchema, CommentItemSchema, ENV } from '#schema';
import { articleIdFor } from '../../functions/ingest/articleId';
import { articleText, s3Notification, s3TestEvent, sqsEvent, sqsRecord, type ObjectEventSpec } from '../helpers/factories';
import { createLocalHarness, type LocalHarness } from './support/localHarness';

const PARAGRAPHS = ['The allotment society will install water meters on every plot before the summer, its chair said.'];
const DYNAMODB_ITEM_LIMIT = 400 * 1024;

let harness: LocalHarness;

beforeAll(async () => {
  harness = await createLocalHarness('events');
});

afterAll(() => harness.destroy());

async function upload(key: string, body: string, sequencer: string): Promise<ObjectEventSpec> {
  const uploaded = await harness.upload(key, body);
  return { bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer };
}

const itemBytes = (item: unknown) => Buffer.byteLength(JSON.stringify(item));

describe('Acceptance 8: test events and awkward keys', () => {
  it('acknowledges an s3:TestEvent and writes nothing', async () => {
    // Act
    const response = await harness.handler()(sqsEvent(sqsRecord(s3TestEvent(harness.uploadBucket), 'test-event')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(await harness.records()).toEqual([]);
  });

  it.each([
    ['spaces', 'news/harbour plan approved.txt'],
    ['a plus sign', 'news/tolls+fares 2026.txt'],
    ['non-ASCII characters', 'nachrichten/Wasserstoffzug im Harz – Übersicht/東京 ünïcödé.txt'],
    ['percent and ampersand', 'news/100% & more?.txt'],
  ])('ingests an object whose key has %s', async (_label, key) => {
    // Prepare: the event carries the key URL-encoded, `+` for a space, as S3 sends it
    const spec = await upload(key, articleText({ title: `About ${key}`, paragraphs: PARAGRAPHS }), '0800');
    const message = sqsRecord(s3Notification(spec), `key-${key}`);
    expect(message.body).not.toContain(key);
    // Act
    const response = await harness.handler()(sqsEvent(message));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const articleId = articleIdFor(harness.uploadBucket, key);
    expect(articleId).toMatch(/^[\w.~-]+$/);
    const article = (await harness.articles()).find((item) => item.articleId === articleId);
    expect(article?.source.key).toBe(key);
    expect(article?.title).toBe(`About ${key}`);
  });

  it('processes a raw S3 event when invoked directly', async () => {
    // Prepare
    const key = 'direct/invoke.txt';
    const spec = await upload(key, articleText({ title: 'Invoked directly', paragraphs: PARAGRAPHS }), '0810');
    // Act
    const response = await harness.handler()(s3Notification(spec));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect((await harness.articles()).find((item) => item.articleId === articleIdFor(harness.uploadBucket, key))?.title).toBe('Invoked directly');
  });

  it('drops a message that is not an S3 notification without retrying it', async () => {
    // Act
    const response = await harness.handler()(sqsEvent(sqsRecord('not json at all', 'garbage')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
  });

  it('runs the production handler module with module-scope clients and env configuration', async () => {
    // Prepare
    Object.assign(process.env, {
      [ENV.articlesTable]: harness.tables.Articles,
      [ENV.commentsTable]: harness.tables.Comments,
      [ENV.ingestionsTable]: harness.tables.Ingestions,
      [ENV.processedBucket]: harness.processedBucket,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    });
    const { handler } = await import('../../functions/handlers/ingestArticle.ts');
    const key = 'production/handler.txt';
    const spec = await upload(key, articleText({ title: 'Production handler', paragraphs: PARAGRAPHS }), '0820');
    // Act
    const response = await handler(sqsEvent(sqsRecord(s3Notification(spec), 'production')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect((await harness.records(articleIdFor(harness.uploadBucket, key)))[0]?.outcome).toBe('stored');
  });
});

describe('Acceptance 9: a 1 MB body', () => {
  const key = 'large/one megabyte.txt';
  const articleId = () => articleIdFor(harness.uploadBucket, key);
  /** Distinct paragraphs of about 1 KB (repeated lines would be dropped as boilerplate). */
  const paragraphs = (count: number) =>
    Array.from({ length: count }, (_, index) =>
      `Section ${index + 1}: the estuary survey recorded silt, salt marsh and shifting channels along the northern shore. `.repeat(9).trim(),
    );
  const bigText = articleText({ title: 'Estuary survey in full', paragraphs: paragraphs(1_100) });

  it('stores a pointer item and the full text in the processed bucket', async () => {
    // Prepare
    expect(Buffer.byteLength(bigText)).toBeGreaterThan(1_000_000);
    const spec = await upload(key, bigText, '0900');
    // Act
    const response = await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), 'big')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    const article = (await harness.articles()).find((item) => item.articleId === articleId());
    expect(ArticleItemSchema.parse(article)).toEqual(article);
    expect(article?.bodyRef).toMatchObject({ bucket: harness.processedBucket, contentType: 'text/plain; charset=utf-8' });
    expect(itemBytes(article)).toBeLessThan(DYNAMODB_ITEM_LIMIT);
    const parsed = parseArticle(bigText);
    if (!parsed.ok) throw new Error('fixture does not parse');
    expect(article?.body).toBe(parsed.article.body.slice(0, article?.body.length));
    const fullText = await harness.readProcessed(article?.bodyRef?.key ?? '');
    expect(fullText).toBe(parsed.article.body);
    expect(article?.bodyRef?.bytes).toBe(Buffer.byteLength(fullText));
  });

  it('removes the overflow object when a small version replaces the large one', async () => {
    // Prepare
    const before = (await harness.articles()).find((item) => item.articleId === articleId());
    const spec = await upload(key, articleText({ title: 'Estuary survey summary', paragraphs: PARAGRAPHS }), '0901');
    // Act
    await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), 'small')));
    // Assess
    const after = (await harness.articles()).find((item) => item.articleId === articleId());
    expect(after?.bodyRef).toBeNull();
    expect(await harness.listProcessed()).not.toContain(before?.bodyRef?.key);
  });

  it('moves an overlong comment to the processed bucket too', async () => {
    // Prepare
    const longComment = paragraphs(400).join('\n\n');
    const text = articleText({ title: 'Letters page', paragraphs: PARAGRAPHS, comments: [{ author: 'Gordon Pell', text: longComment }] });
    const commentKey = 'large/long comment.txt';
    const spec = await upload(commentKey, text, '0910');
    // Act
    await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), 'long-comment')));
    // Assess
    const [comment] = await harness.comments(articleIdFor(harness.uploadBucket, commentKey));
    expect(CommentItemSchema.parse(comment)).toEqual(comment);
    expect(comment?.textRef).not.toBeNull();
    expect(itemBytes(comment)).toBeLessThan(DYNAMODB_ITEM_LIMIT);
    const parsed = parseArticle(text);
    expect(await harness.readProcessed(comment?.textRef?.key ?? '')).toBe(parsed.ok ? parsed.comments[0]?.text : 'parse failed');
  });
});

describe('Objects that cannot be read', () => {
  it('records an object above MAX_OBJECT_BYTES as failed TOO_LARGE without reading it', async () => {
    // Prepare
    const key = 'large/too large.txt';
    const spec = await upload(key, articleText({ title: 'Too large', paragraphs: PARAGRAPHS }), '0A00');
    const reads = jest.spyOn(harness.s3, 'send');
    // Act
    const response = await harness.handler({ config: { ...harness.config, maxObjectBytes: 100 } })(
      sqsEvent(sqsRecord(s3Notification(spec), 'too-large')),
    );
    // Assess
    const getObjectCalls = reads.mock.calls.filter(([command]) => command instanceof GetObjectCommand);
    reads.mockRestore();
    expect(response.batchItemFailures).toEqual([]);
    expect(getObjectCalls).toHaveLength(0);
    expect(await harness.records(articleIdFor(harness.uploadBucket, key))).toMatchObject([
      { outcome: 'failed', errorCode: 'TOO_LARGE', retryable: false },
    ]);
  });

  it('records an object that no longer exists as skipped', async () => {
    // Prepare
    const key = 'gone/already deleted.txt';
    const spec = await upload(key, articleText({ title: 'Gone', paragraphs: PARAGRAPHS }), '0B00');
    await harness.remove(key);
    // Act
    const response = await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), 'gone')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(await harness.records(articleIdFor(harness.uploadBucket, key))).toMatchObject([
      { outcome: 'skipped', errorCode: 'NOT_FOUND', retryable: false },
    ]);
  });
});
