/**
 * The fault matrix, end to end on DynamoDB Local + s3rver: each case uploads real objects,
 * sends their S3 notifications through the in-process SQS model (redelivery, maxReceiveCount,
 * DLQ) to the real handler, then reads the tables. Shared by scripts/faults.ts (prints the
 * table) and tests/faults/faultMatrix.int.test.ts (asserts every row).
 *
 * Items lost = article and comment items the final version should have but the tables lack,
 * plus files that end neither stored nor with a failure record (or DLQ message).
 */
import type { ParseOptions } from '#core';
import { parseArticle } from '#core';
import type { IngestionRecord } from '#schema';
import { articleIdFor } from '../../functions/ingest/articleId';
import { articleText, manyComments, s3Notification, s3TestEvent, type ObjectEventSpec } from '../helpers/factories';
import type { LocalHarness } from '../ingest/support/localHarness';
import { countComments } from '../hostile/ingestVerdict';
import { faultyDocumentClient, halfUnprocessed, throttlingError, timeoutError } from './faultyClient';
import { InProcessQueue, MAX_RECEIVE_COUNT, type DrainStats } from './sqsModel';

export interface FaultRow {
  name: string;
  expected: string;
  observed: string;
  itemsLost: number;
  ok: boolean;
}

const PARAGRAPHS = [
  'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by a fifth from April.',
  'Skippers said the rise would drive boats to the marina across the bay, which charges less.',
];

/** What one stored version should leave in the tables. */
interface Version {
  text: string;
  title: string;
  comments: number;
}

function version(title: string, comments: number): Version {
  return { text: articleText({ title, paragraphs: PARAGRAPHS, comments: manyComments(comments) }), title, comments };
}

interface TableState {
  title: string | null;
  comments: number;
  records: IngestionRecord[];
}

async function stateOf(harness: LocalHarness, key: string): Promise<TableState> {
  const articleId = articleIdFor(harness.uploadBucket, key);
  const article = (await harness.articles()).find((item) => item.articleId === articleId);
  return { title: article?.title ?? null, comments: await countComments(harness, articleId), records: await harness.records(articleId) };
}

/** Items of `expected` missing from the tables (article + comments); 0 when nothing should be stored. */
function lostItems(state: TableState, expected: Version | null): number {
  if (expected === null) return 0;
  return (state.title === expected.title ? 0 : 1) + Math.max(0, expected.comments - state.comments);
}

function describeRecords(records: readonly IngestionRecord[]): string {
  return records.map((r) => `${r.outcome}${r.errorCode === null ? '' : ` ${r.errorCode}`} (attempts ${r.attempts})`).join(', ') || 'no record';
}

function describeState(state: TableState, stats: DrainStats, queue: InProcessQueue): string {
  const article = state.title === null ? 'no article' : `article "${state.title}"`;
  return `${article}, ${state.comments} comments; records: ${describeRecords(state.records)}; receives ${stats.receives}, DLQ ${queue.deadLetters.length}`;
}

async function upload(harness: LocalHarness, key: string, text: string, sequencer: string): Promise<ObjectEventSpec> {
  const uploaded = await harness.upload(key, text);
  return { bucket: harness.uploadBucket, key, size: uploaded.size, eTag: uploaded.eTag, sequencer };
}

type FaultCase = (harness: LocalHarness) => Promise<FaultRow>;

const duplicateDelivery: FaultCase = async (harness) => {
  const key = 'faults/duplicate.txt';
  const v = version('Duplicate delivery', 8);
  const spec = await upload(harness, key, v.text, '0100');
  const queue = new InProcessQueue();
  for (let copy = 0; copy < 3; copy++) queue.send(s3Notification(spec));
  // three deliveries in three concurrent "containers", one message each: the worst race
  const handlers = [harness.handler(), harness.handler(), harness.handler()];
  let next = 0;
  const stats = await queue.drain((event) => handlers[next++ % handlers.length]!(event), { batchSize: 1, concurrency: 3 });
  const state = await stateOf(harness, key);
  const ok = state.title === v.title && state.comments === v.comments && state.records.length === 1 && state.records[0]?.outcome === 'stored' && queue.deadLetters.length === 0;
  return { name: 'duplicate delivery ×3 (concurrent)', expected: `article + ${v.comments} comments once; 1 record stored`, observed: describeState(state, stats, queue), itemsLost: lostItems(state, v), ok };
};

const reorderedVersions: FaultCase = async (harness) => {
  const key = 'faults/reordered.txt';
  const versions = [version('Version one', 3), version('Version two', 9), version('Version three', 5)];
  const specs: ObjectEventSpec[] = [];
  for (const [index, v] of versions.entries()) specs.push(await upload(harness, key, v.text, `02${index + 1}0`));
  const queue = new InProcessQueue();
  for (const index of [2, 0, 1]) queue.send(s3Notification(specs[index]!)); // newest first, then the two older
  const stats = await queue.drain(harness.handler());
  const state = await stateOf(harness, key);
  const newest = versions[2]!;
  const stale = state.records.filter((r) => r.outcome === 'skipped' && r.errorCode === 'STALE_SEQUENCER').length;
  const ok = state.title === newest.title && state.comments === newest.comments && stale === 2;
  return { name: 'reordered versions (v3, v1, v2)', expected: `v3 with ${newest.comments} comments; v1, v2 skipped STALE_SEQUENCER`, observed: describeState(state, stats, queue), itemsLost: lostItems(state, newest), ok };
};

const deleteBeforeProcessing: FaultCase = async (harness) => {
  const key = 'faults/deleted early.txt';
  const spec = await upload(harness, key, version('Deleted early', 4).text, '0300');
  await harness.remove(key);
  const queue = new InProcessQueue();
  queue.send(s3Notification(spec));
  queue.send(s3Notification({ bucket: harness.uploadBucket, key, sequencer: '0301', eventName: 'ObjectRemoved:Delete' }));
  const stats = await queue.drain(harness.handler());
  const state = await stateOf(harness, key);
  const outcomes = state.records.map((r) => `${r.outcome}:${r.errorCode ?? ''}`);
  const ok = state.title === null && state.comments === 0 && outcomes.join(',') === 'skipped:NOT_FOUND,deleted:' && stats.receives === 2;
  return { name: 'delete before processing (404)', expected: 'create skipped NOT_FOUND, delete applied, no retry', observed: describeState(state, stats, queue), itemsLost: lostItems(state, null), ok };
};

const halfUnprocessedItems: FaultCase = async (harness) => {
  const key = 'faults/unprocessed.txt';
  const v = version('Half unprocessed', 60);
  const spec = await upload(harness, key, v.text, '0400');
  const faulty = faultyDocumentClient();
  let calls = 0;
  faulty.onBatchWrite((input, real) => {
    calls += 1;
    return halfUnprocessed(input, real);
  });
  const queue = new InProcessQueue();
  queue.send(s3Notification(spec));
  const stats = await queue.drain(harness.handler({ doc: faulty.doc }));
  faulty.destroy();
  const state = await stateOf(harness, key);
  const ok = state.title === v.title && state.comments === v.comments && stats.receives === 1;
  return { name: '50 % UnprocessedItems on every BatchWriteItem', expected: `all ${v.comments} comments on the first delivery (backoff retries)`, observed: `${describeState(state, stats, queue)}; ${calls} BatchWriteItem calls`, itemsLost: lostItems(state, v), ok };
};

const throttling: FaultCase = async (harness) => {
  const key = 'faults/throttled.txt';
  const v = version('Throttled', 30);
  const spec = await upload(harness, key, v.text, '0500');
  const faulty = faultyDocumentClient();
  let batchThrottles = 3;
  let putThrottles = 2;
  faulty.onBatchWrite((input, real) => (batchThrottles-- > 0 ? Promise.reject(throttlingError()) : real(input)));
  faulty.onPut((input, real) => (input.TableName === harness.tables.Articles && putThrottles-- > 0 ? Promise.reject(throttlingError()) : real(input)));
  const queue = new InProcessQueue();
  queue.send(s3Notification(spec));
  const stats = await queue.drain(harness.handler({ doc: faulty.doc }));
  faulty.destroy();
  const state = await stateOf(harness, key);
  const ok = state.title === v.title && state.comments === v.comments && state.records[0]?.outcome === 'stored' && queue.deadLetters.length === 0;
  return { name: 'throttling (3 BatchWriteItem, 2 PutItem)', expected: 'stored after SQS redelivery, attempts > 1', observed: describeState(state, stats, queue), itemsLost: lostItems(state, v), ok };
};

/** The article PutItem times out once: before it reaches DynamoDB, or after it landed (response lost). */
function timeoutMidWrite(landed: boolean): FaultCase {
  return async (harness) => {
    const key = `faults/timeout ${landed ? 'after' : 'before'} write.txt`;
    const v = version(`Timeout ${landed ? 'after' : 'before'} the write`, 12);
    const spec = await upload(harness, key, v.text, landed ? '0610' : '0600');
    const faulty = faultyDocumentClient();
    let timeouts = 1;
    faulty.onPut(async (input, real) => {
      if (input.TableName !== harness.tables.Articles || timeouts-- <= 0) return real(input);
      if (landed) await real(input);
      throw timeoutError();
    });
    const queue = new InProcessQueue();
    queue.send(s3Notification(spec));
    const stats = await queue.drain(harness.handler({ doc: faulty.doc }));
    faulty.destroy();
    const state = await stateOf(harness, key);
    const final = state.records[0];
    const ok = state.title === v.title && state.comments === v.comments && stats.receives === 2 && final?.attempts === 2 && final.outcome === (landed ? 'unchanged' : 'stored');
    return {
      name: `timeout mid-write (${landed ? 'write landed, response lost' : 'write never sent'})`,
      expected: `retry completes: ${landed ? 'unchanged' : 'stored'}, attempts 2`,
      observed: describeState(state, stats, queue),
      itemsLost: lostItems(state, v),
      ok,
    };
  };
}

const poisonFile: FaultCase = async (harness) => {
  const poisonKey = 'faults/poison.txt';
  const good = Array.from({ length: 5 }, (_, index) => ({ key: `faults/batch ${index + 1}.txt`, v: version(`Batch neighbour ${index + 1}`, index) }));
  const queue = new InProcessQueue(MAX_RECEIVE_COUNT);
  for (const [index, item] of good.entries()) queue.send(s3Notification(await upload(harness, item.key, item.v.text, `070${index}`)));
  queue.send(s3Notification(await upload(harness, poisonKey, version('Poison', 2).text, '0709')));
  const parse = (bytes: Uint8Array, options: ParseOptions) => {
    if (options.key === poisonKey) throw new RangeError('Maximum call stack size exceeded');
    return parseArticle(bytes, options);
  };
  const stats = await queue.drain(harness.handler({ parse }));
  const poison = await stateOf(harness, poisonKey);
  const neighbours = await Promise.all(good.map(async (item) => ({ item, state: await stateOf(harness, item.key) })));
  const lost = neighbours.reduce((sum, { item, state }) => sum + lostItems(state, item.v), 0) + (poison.records.length === 0 && queue.deadLetters.length === 0 ? 1 : 0);
  const record = poison.records[0];
  const neighboursOnce = neighbours.every(({ state }) => state.records.length === 1 && state.records[0]?.attempts === 1);
  const ok = queue.deadLetters.length === 1 && queue.deadLetters[0]?.receiveCount === MAX_RECEIVE_COUNT && record?.outcome === 'failed' && record.errorCode === 'INTERNAL' && record.attempts === MAX_RECEIVE_COUNT && neighboursOnce && lost === 0;
  return {
    name: `poison file, maxReceiveCount=${MAX_RECEIVE_COUNT}`,
    expected: `1 DLQ message + failure record (attempts ${MAX_RECEIVE_COUNT}); 5 neighbours stored once`,
    observed: `poison: ${describeRecords(poison.records)}; neighbours stored once: ${neighboursOnce ? 'yes' : 'no'}; receives ${stats.receives}, DLQ ${queue.deadLetters.length}`,
    itemsLost: lost,
    ok,
  };
};

const testEvent: FaultCase = async (harness) => {
  const before = await harness.snapshot();
  const queue = new InProcessQueue();
  queue.send(s3TestEvent(harness.uploadBucket));
  const stats = await queue.drain(harness.handler());
  const after = await harness.snapshot();
  const unchanged = JSON.stringify(after) === JSON.stringify(before);
  const ok = unchanged && stats.deleted === 1 && queue.deadLetters.length === 0;
  return { name: 's3:TestEvent', expected: 'acknowledged, nothing written, no retry', observed: `tables ${unchanged ? 'unchanged' : 'CHANGED'}; deleted ${stats.deleted}, receives ${stats.receives}, DLQ ${queue.deadLetters.length}`, itemsLost: 0, ok };
};

export const FAULT_CASES: readonly FaultCase[] = [
  duplicateDelivery,
  reorderedVersions,
  deleteBeforeProcessing,
  halfUnprocessedItems,
  throttling,
  timeoutMidWrite(false),
  timeoutMidWrite(true),
  poisonFile,
  testEvent,
];

export async function runFaultMatrix(harness: LocalHarness): Promise<FaultRow[]> {
  const rows: FaultRow[] = [];
  for (const faultCase of FAULT_CASES) rows.push(await faultCase(harness));
  return rows;
}

export function formatFaultTable(rows: readonly FaultRow[]): string {
  const header = ['case', 'expected', 'observed', 'items lost', 'ok'];
  const body = rows.map((r) => [r.name, r.expected, r.observed, String(r.itemsLost), r.ok ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
