/**
 * Acceptance 6–7 on DynamoDB Local + s3rver. aws-sdk-client-mock only injects what a local
 * service cannot produce (UnprocessedItems, throttling, timeouts); every other call, and
 * every item that is not held back, goes to DynamoDB Local.
 */
import { faultyDocumentClient, halfUnprocessed, throttlingError, timeoutError, type FaultyClient } from '../faults/faultyClient';
import { parseArticle } from '#core';
import type { ParseOptions, ParseResult } from '#core/types';
import { articleIdFor } from '../../functions/ingest/articleId';
import { articleText, manyComments, s3Notification, sqsEvent, sqsRecord, type ObjectEventSpec } from '../helpers/factories';
import { createLocalHarness, type LocalHarness } from './support/localHarness';

const PARAGRAPHS = ['The estuary bridge will charge a higher toll from April, the operator announced on Monday.'];

let harness: LocalHarness;

beforeAll(async () => {
  harness = await createLocalHarness('faults');
});

afterAll(() => harness.destroy());

const clients: FaultyClient[] = [];
/** A document client on DynamoDB Local with one command replaced per test; all destroyed after the suite. */
function faulty(): FaultyClient {
  const client = faultyDocumentClient();
  clients.push(client);
  return client;
}
afterAll(() => clients.forEach((client) => client.destroy()));

async function upload(key: string, text: string, sequencer: string): Promise<ObjectEventSpec> {
  const uploaded = await harness.upload(key, text);
  return { bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer };
}

describe('Acceptance 6: UnprocessedItems and throttling', () => {
  it('lands every item when half of each batch comes back unprocessed and calls are throttled', async () => {
    // Prepare: every BatchWriteItem writes only every other request and returns the rest as
    // UnprocessedItems; the first two calls are throttled outright
    const { doc, onBatchWrite } = faulty();
    let throttlesLeft = 2;
    let batchCalls = 0;
    onBatchWrite(async (input, real) => {
      batchCalls += 1;
      if (throttlesLeft > 0) {
        throttlesLeft -= 1;
        throw throttlingError();
      }
      return halfUnprocessed(input, real);
    });
    const key = 'faults/sixty comments.txt';
    const spec = await upload(key, articleText({ title: 'Bridge tolls rise', paragraphs: PARAGRAPHS, comments: manyComments(60) }), '0600');
    // Act
    const response = await harness.handler({ doc })(sqsEvent(sqsRecord(s3Notification(spec), 'm-600')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(batchCalls).toBeGreaterThan(3);
    const articleId = articleIdFor(harness.uploadBucket, key);
    const comments = await harness.comments(articleId);
    expect(comments).toHaveLength(60);
    expect(new Set(comments.map((comment) => comment.commentId)).size).toBe(60);
    expect((await harness.records(articleId))[0]).toMatchObject({ outcome: 'stored', counts: { commentsWritten: 60 } });
  });

  it('fails the message after bounded retries, with the failure record written, and a redelivery stores it', async () => {
    // Prepare: nothing is ever processed
    const { doc, onBatchWrite } = faulty();
    onBatchWrite(async (input) => ({ UnprocessedItems: input.RequestItems, $metadata: {} }));
    const key = 'faults/never processed.txt';
    const spec = await upload(key, articleText({ title: 'Ferry timetable', paragraphs: PARAGRAPHS, comments: manyComments(3) }), '0610');
    const message = sqsRecord(s3Notification(spec), 'm-610');
    // Act
    const response = await harness.handler({ doc })(sqsEvent(message));
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-610' }]);
    const articleId = articleIdFor(harness.uploadBucket, key);
    expect(await harness.records(articleId)).toMatchObject([
      { outcome: 'failed', errorCode: 'UNPROCESSED_ITEMS', retryable: true, attempts: 1 },
    ]);
    expect((await harness.articles()).some((item) => item.articleId === articleId)).toBe(false);

    // Act: SQS redelivers once DynamoDB has capacity again
    const retry = await harness.handler()(sqsEvent(message));
    // Assess
    expect(retry.batchItemFailures).toEqual([]);
    expect(await harness.records(articleId)).toMatchObject([{ outcome: 'stored', errorCode: null, attempts: 2 }]);
    expect(await harness.comments(articleId)).toHaveLength(3);
  });

  it('fails the message on a timeout of the article write, so SQS retries it', async () => {
    // Prepare
    const { doc, onPut } = faulty();
    onPut((input, real) => (input.TableName === harness.tables.Articles ? Promise.reject(timeoutError()) : real(input)));
    const key = 'faults/timeout.txt';
    const spec = await upload(key, articleText({ title: 'Lighthouse review', paragraphs: PARAGRAPHS }), '0620');
    // Act
    const response = await harness.handler({ doc })(sqsEvent(sqsRecord(s3Notification(spec), 'm-620')));
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-620' }]);
    expect(await harness.records(articleIdFor(harness.uploadBucket, key))).toMatchObject([
      { outcome: 'failed', errorCode: 'DYNAMODB_WRITE', retryable: true },
    ]);
  });
});

describe('Acceptance 7: a poison file in a batch of ten', () => {
  it('stores nine, records one failure and names only the poison message in batchItemFailures', async () => {
    // Prepare: the parser crashes (throws) on one file — a poison pill that can only end in the DLQ
    const poisonKey = 'batch/poison.txt';
    const keys = [...Array.from({ length: 9 }, (_, index) => `batch/article ${index + 1}.txt`), poisonKey];
    const specs = await Promise.all(
      keys.map((key, index) =>
        upload(key, articleText({ title: `Article ${index + 1} of the batch`, paragraphs: PARAGRAPHS, comments: manyComments(index % 4) }), `07${index}0`),
      ),
    );
    const parse = (bytes: Uint8Array, options: ParseOptions) => {
      if (options.key === poisonKey) throw new RangeError('Maximum call stack size exceeded');
      return parseArticle(bytes, options);
    };
    const messages = specs.map((spec, index) => sqsRecord(s3Notification(spec), `batch-${index}`));
    // Act
    const response = await harness.handler({ parse })(sqsEvent(...messages));
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'batch-9' }]);
    const records = (await harness.records()).filter((record) => record.source.key.startsWith('batch/'));
    expect(records.filter((record) => record.outcome === 'stored')).toHaveLength(9);
    expect(records.filter((record) => record.outcome === 'failed')).toEqual([
      expect.objectContaining({ errorCode: 'INTERNAL', retryable: true, source: expect.objectContaining({ key: poisonKey }) }),
    ]);
  });

  it('fails the message too when the parser reports its own crash (INTERNAL) instead of throwing', async () => {
    // Prepare
    const spec = await upload('batch/internal.txt', articleText({ title: 'Internal', paragraphs: PARAGRAPHS }), '0750');
    const parse = (): ParseResult => ({ ok: false, error: { code: 'INTERNAL', message: 'step threadReplies threw' } });
    // Act
    const response = await harness.handler({ parse })(sqsEvent(sqsRecord(s3Notification(spec), 'internal')));
    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'internal' }]);
    expect(await harness.records(articleIdFor(harness.uploadBucket, 'batch/internal.txt'))).toMatchObject([
      { outcome: 'failed', errorCode: 'INTERNAL', retryable: true, errorMessage: expect.stringContaining('step threadReplies threw') },
    ]);
  });

  it('records a file that cannot be parsed as failed without retrying it', async () => {
    // Prepare: binary bytes are bad input: the same every time
    const binary = new Uint8Array(2048).map((_, index) => (index * 7) % 256);
    const uploaded = await harness.upload('batch/photo.jpg', binary);
    const spec = { bucket: harness.uploadBucket, key: uploaded.key, size: uploaded.size, eTag: uploaded.eTag, sequencer: '0800' };
    // Act
    const response = await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), 'binary')));
    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(await harness.records(articleIdFor(harness.uploadBucket, 'batch/photo.jpg'))).toMatchObject([
      { outcome: 'failed', errorCode: 'BINARY', retryable: false },
    ]);
  });
});
