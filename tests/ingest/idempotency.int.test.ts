/**
 * Acceptance 2–5 on DynamoDB Local + s3rver: duplicate delivery, out-of-order events,
 * re-uploads (fewer comments, identical bytes) and ObjectRemoved.
 */
import { BatchWriteCommand, DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { articleIdFor } from '../../functions/ingest/articleId';
import { articleText, manyComments, s3Notification, sqsEvent, sqsRecord, type ObjectEventSpec } from '../helpers/factories';
import { createLocalHarness, type LocalHarness } from './support/localHarness';

const PARAGRAPHS = [
  'The council approved the harbour dredging plan on Thursday after a long and heated debate.',
  'Work starts in September and lasts six weeks, the harbour master said.',
];

let harness: LocalHarness;

beforeAll(async () => {
  harness = await createLocalHarness('idem');
});

afterAll(() => harness.destroy());

/** Counts the item writes (puts, deletes, batch writes) the handler sends to the Articles and Comments tables. */
function countItemWrites(): { count: () => number; restore: () => void } {
  const spy = jest.spyOn(harness.doc, 'send');
  const itemTables = new Set([harness.tables.Articles, harness.tables.Comments]);
  return {
    count: () =>
      spy.mock.calls.filter(([command]) => {
        if (command instanceof PutCommand || command instanceof DeleteCommand) return itemTables.has(command.input.TableName ?? '');
        if (command instanceof BatchWriteCommand) return Object.keys(command.input.RequestItems ?? {}).some((table) => itemTables.has(table));
        return false;
      }).length,
    restore: () => spy.mockRestore(),
  };
}

async function uploadAndDeliver(key: string, text: string, sequencer: string): Promise<ObjectEventSpec> {
  const uploaded = await harness.upload(key, text);
  const spec = { bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer };
  await deliver(spec);
  return spec;
}

async function deliver(spec: ObjectEventSpec, messageId = `m-${spec.sequencer}`): Promise<void> {
  const response = await harness.handler()(sqsEvent(sqsRecord(s3Notification(spec), messageId)));
  expect(response.batchItemFailures).toEqual([]);
}

describe('Acceptance 2: the same event delivered three times', () => {
  it('leaves identical table state after one logical write', async () => {
    // Prepare
    const key = 'dup/harbour.txt';
    const spec = await uploadAndDeliver(key, articleText({ title: 'Harbour plan approved', paragraphs: PARAGRAPHS, comments: manyComments(4) }), '0100');
    const afterFirst = await harness.snapshot();
    const writes = countItemWrites();
    // Act
    await deliver(spec, 'redelivery-1');
    await deliver(spec, 'redelivery-2');
    // Assess
    writes.restore();
    expect(writes.count()).toBe(0);
    expect(await harness.snapshot()).toEqual(afterFirst);
    const records = await harness.records(articleIdFor(harness.uploadBucket, key));
    expect(records.map((record) => [record.outcome, record.attempts])).toEqual([['stored', 1]]);
  });
});

describe('Acceptance 3: an older sequencer processed after a newer one', () => {
  it('keeps the newer content', async () => {
    // Prepare: v2 (newer sequencer) is processed first
    const key = 'order/bridge.txt';
    const newer = articleText({ title: 'Bridge tolls rise (newer)', paragraphs: PARAGRAPHS, comments: manyComments(2) });
    const older = articleText({ title: 'Bridge tolls rise (older)', paragraphs: PARAGRAPHS, comments: manyComments(5) });
    await uploadAndDeliver(key, newer, '0200B');
    // the bucket now serves the older bytes, as a version-pinned read of the older event would
    const uploaded = await harness.upload(key, older);
    // Act: the older event arrives late
    await deliver({ bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer: '0200A' });
    // Assess
    const articleId = articleIdFor(harness.uploadBucket, key);
    const article = (await harness.articles()).find((item) => item.articleId === articleId);
    expect(article?.title).toBe('Bridge tolls rise (newer)');
    expect(article?.source.sequencer).toBe('0200B');
    expect(await harness.comments(articleId)).toHaveLength(2);
    const late = (await harness.records(articleId)).find((record) => record.source.sequencer === '0200A');
    expect(late).toMatchObject({ outcome: 'skipped', errorCode: 'STALE_SEQUENCER', retryable: false });
  });

  it('compares sequencers of different lengths after right-padding with zeros', async () => {
    // Prepare: "0301" (= 0301000…) is newer than "03009F"
    const key = 'order/padding.txt';
    await uploadAndDeliver(key, articleText({ title: 'Padding newer', paragraphs: PARAGRAPHS }), '0301');
    const uploaded = await harness.upload(key, articleText({ title: 'Padding older', paragraphs: PARAGRAPHS }));
    // Act
    await deliver({ bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer: '03009F' });
    // Assess
    const article = (await harness.articles()).find((item) => item.articleId === articleIdFor(harness.uploadBucket, key));
    expect(article?.title).toBe('Padding newer');
  });
});

describe('Acceptance 4: re-uploads', () => {
  const key = 'reupload/salmon ladder.txt';
  const articleId = () => articleIdFor(harness.uploadBucket, key);
  const fewer = articleText({ title: 'Salmon ladder opens', paragraphs: PARAGRAPHS, comments: manyComments(2) });

  it('removes the comments that the new version no longer has', async () => {
    // Prepare
    await uploadAndDeliver(key, articleText({ title: 'Salmon ladder opens', paragraphs: PARAGRAPHS, comments: manyComments(6) }), '0400');
    expect(await harness.comments(articleId())).toHaveLength(6);
    // Act
    await uploadAndDeliver(key, fewer, '0401');
    // Assess
    const comments = await harness.comments(articleId());
    expect(comments.map((comment) => comment.commentId)).toEqual(['0001', '0002']);
    const article = (await harness.articles()).find((item) => item.articleId === articleId());
    expect(article?.commentCount).toBe(2);
    const record = (await harness.records(articleId())).find((item) => item.source.sequencer === '0401');
    expect(record?.counts).toMatchObject({ comments: 2, commentsWritten: 2, commentsDeleted: 4 });
  });

  it('records identical bytes as `unchanged` without item writes', async () => {
    // Prepare
    const before = await harness.articles();
    const writes = countItemWrites();
    // Act
    await uploadAndDeliver(key, fewer, '0402');
    // Assess
    writes.restore();
    expect(writes.count()).toBe(0);
    expect(await harness.articles()).toEqual(before);
    const record = (await harness.records(articleId())).find((item) => item.source.sequencer === '0402');
    expect(record).toMatchObject({ outcome: 'unchanged', counts: { itemWrites: 0, writeCapacityUnits: 0 } });
  });
});

describe('Acceptance 5: ObjectRemoved', () => {
  it('deletes the article and all its comments', async () => {
    // Prepare
    const key = 'removed/tram depot.txt';
    const articleId = articleIdFor(harness.uploadBucket, key);
    await uploadAndDeliver(key, articleText({ title: 'Tram depot noise', paragraphs: PARAGRAPHS, comments: manyComments(30) }), '0500');
    expect(await harness.comments(articleId)).toHaveLength(30);
    await harness.remove(key);
    // Act
    await deliver({ bucket: harness.uploadBucket, key, sequencer: '0501', eventName: 'ObjectRemoved:Delete' });
    // Assess
    expect((await harness.articles()).some((item) => item.articleId === articleId)).toBe(false);
    expect(await harness.comments(articleId)).toEqual([]);
    const record = (await harness.records(articleId)).find((item) => item.source.sequencer === '0501');
    expect(record).toMatchObject({ outcome: 'deleted', counts: { commentsDeleted: 30, itemWrites: 31 } });
  });

  it('ignores a create event older than the delete', async () => {
    // Prepare
    const key = 'removed/late create.txt';
    const articleId = articleIdFor(harness.uploadBucket, key);
    const spec = await uploadAndDeliver(key, articleText({ title: 'Late create', paragraphs: PARAGRAPHS }), '0510');
    await deliver({ bucket: harness.uploadBucket, key, sequencer: '0512', eventName: 'ObjectRemoved:Delete' });
    // Act: a create between the two arrives after the delete
    await deliver({ ...spec, sequencer: '0511' });
    // Assess
    expect((await harness.articles()).some((item) => item.articleId === articleId)).toBe(false);
    const late = (await harness.records(articleId)).find((item) => item.source.sequencer === '0511');
    expect(late).toMatchObject({ outcome: 'skipped', errorCode: 'STALE_SEQUENCER' });
  });

  it('ignores a delete event older than the stored version', async () => {
    // Prepare
    const key = 'removed/early delete.txt';
    const articleId = articleIdFor(harness.uploadBucket, key);
    await uploadAndDeliver(key, articleText({ title: 'Early delete', paragraphs: PARAGRAPHS, comments: manyComments(3) }), '0521');
    // Act
    await deliver({ bucket: harness.uploadBucket, key, sequencer: '0520', eventName: 'ObjectRemoved:Delete' });
    // Assess
    expect((await harness.articles()).some((item) => item.articleId === articleId)).toBe(true);
    expect(await harness.comments(articleId)).toHaveLength(3);
  });
});
