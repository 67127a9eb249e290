/**
 * Acceptance 6–7 on DynamoDB Local + s3rver. aws-sdk-client-mock only injects what a local
 * service cannot produce (UnprocessedItems, throttling, timeouts); every other call, and
 * every item that is not held back, goes to DynamoDB Local.
 */
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
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

/** A document client whose calls reach DynamoDB Local unless a test overrides one command. */
function faultyDocumentClient() {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  const realSend = doc.send.bind(doc);
  const mock = mockClient(doc);
  mock.on(GetCommand).callsFake((input) => realSend(new GetCommand(input)));
  mock.on(QueryCommand).callsFake((input) => realSend(new QueryCommand(input)));
  mock.on(PutCommand).callsFake((input) => realSend(new PutCommand(input)));
  mock.on(DeleteCommand).callsFake((input) => realSend(new DeleteCommand(input)));
  mock.on(BatchWriteCommand).callsFake((input) => realSend(new BatchWriteCommand(input)));
  return { doc, mock, realSend };
}

async function upload(key: string, text: string, sequencer: string): Promise<ObjectEventSpec> {
  const uploaded = await harness.upload(key, text);
  return { bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer };
}

const throttled = () =>
  new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput', $metadata: { httpStatusCode: 400 } });

describe('Acceptance 6: UnprocessedItems and throttling', () => {
  it('lands every item when half of each batch comes back unprocessed and calls are throttled', async () => {
    // Prepare: every BatchWriteItem writes only every other request and returns the rest as
    // UnprocessedItems; the first two calls are throttled outright
    const { doc, mock, realSend } = faultyDocumentClient();
    let throttlesLeft = 2;
    let batchCalls = 0;
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput): Promise<BatchWriteCommandOutput> => {
      batchCalls += 1;
      if (throttlesLeft > 0) {
        throttlesLeft -= 1;
        throw throttled();
      }
      const [[table, requests]] = Object.entries(input.RequestItems ?? {}) as [[string, NonNullable<BatchWriteCommandInput['RequestItems']>[string]]];
      const sent = requests.filter((_, index) => index % 2 === 0);
      const held = requests.filter((_, index) => index % 2 === 1);
      const output = await realSend(new BatchWriteCommand({ ...input, RequestItems: { [table]: sent } }));
      return { ...output, UnprocessedItems: held.length === 0 ? {} : { [table]: held } };
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
    const { doc, mock } = faultyDocumentClient();
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => ({ UnprocessedItems: input.RequestItems, $metadata: {} }));
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
    const { doc, mock, realSend } = faultyDocumentClient();
    const timeout = Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
    mock.on(PutCommand).callsFake((input: PutCommand['input']) =>
      input.TableName === harness.tables.Articles ? Promise.reject(timeout) : realSend(new PutCommand(input)),
    );
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
