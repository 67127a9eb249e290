/**
 * `npm run load -- --files 10000 [--concurrency 4]`: generates N articles with a realistic spread
 * of sizes and comment counts (bench/generate.ts), uploads them to a local S3 (s3rver), turns
 * s3rver's object events into the S3 notifications AWS would send, queues them in the in-process
 * SQS model and drains them through the real handler, `concurrency` batches of 10 at a time. Then
 * it reads the tables back and checks them against the generator: every article and every
 * comment exactly once. A progress bar goes to stderr; the last stdout line is
 * `files=N stored=N failed=N lost=N duplicated=N files_per_s=X p50_ms=X p99_ms=X`.
 */
import { GetCommand, QueryCommand, ScanCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { startLocalServices } from '../bench/localServices';
import { generateCorpusFile } from '../bench/generate';
import { articleIdFor } from '../functions/ingest/articleId';
import type { IngestionRecord } from '../functions/schema/index';
import { InProcessQueue } from '../tests/faults/sqsModel';
import { createLocalHarness, type LocalHarness } from '../tests/ingest/support/localHarness';
import type { S3LocalService } from './local/s3Local';
import { runMain } from './runMain';

export interface LoadOptions {
  files: number;
  /** SQS batches (of 10) in flight at once: the function's concurrency. */
  concurrency?: number;
  uploadConcurrency?: number;
  progress?: boolean;
  seed?: number;
}

export interface LoadResult {
  files: number;
  stored: number;
  failed: number;
  lost: number;
  duplicated: number;
  filesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  uploadSeconds: number;
  drainSeconds: number;
  invocations: number;
  receives: number;
  comments: number;
  bytes: number;
  /** Mean milliseconds per file in each stage (ingestion record durations). */
  stageMeans: { fetchMs: number; parseMs: number; writeMs: number; totalMs: number };
}

function progressBar(label: string, done: number, total: number, started: number, enabled: boolean): void {
  if (!enabled) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  const rate = done / Math.max((performance.now() - started) / 1000, 1e-3);
  process.stderr.write(`\r${label.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s   `);
  if (done >= total) process.stderr.write('\n');
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

type RecordSummary = Pick<IngestionRecord, 'outcome' | 'durations'>;

interface ArticleCheck {
  stored: boolean;
  comments: number;
  records: RecordSummary[];
}

async function queryAll(harness: LocalHarness, input: QueryCommandInput): Promise<{ items: Record<string, unknown>[]; count: number }> {
  const items: Record<string, unknown>[] = [];
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await harness.doc.send(new QueryCommand({ ...input, ConsistentRead: true, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return { items, count };
}

/** The article item, the number of its comments and its ingestion records, read with consistent reads. */
async function checkArticle(harness: LocalHarness, articleId: string): Promise<ArticleCheck> {
  const key = { KeyConditionExpression: 'articleId = :id', ExpressionAttributeValues: { ':id': articleId } };
  const [article, comments, records] = await Promise.all([
    harness.doc.send(new GetCommand({ TableName: harness.tables.Articles, Key: { articleId }, ProjectionExpression: 'articleId', ConsistentRead: true })),
    queryAll(harness, { TableName: harness.tables.Comments, ...key, Select: 'COUNT' }),
    queryAll(harness, { TableName: harness.tables.Ingestions, ...key, ProjectionExpression: 'outcome, durations' }),
  ]);
  return { stored: article.Item !== undefined, comments: comments.count, records: records.items as RecordSummary[] };
}

/** Article and comment items of articles the run never uploaded (keys only: a small scan). */
async function strayItems(harness: LocalHarness, expected: ReadonlyMap<string, number>): Promise<number> {
  let strays = 0;
  for (const table of [harness.tables.Articles, harness.tables.Comments]) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await harness.doc.send(new ScanCommand({ TableName: table, ProjectionExpression: 'articleId', ExclusiveStartKey: startKey, Limit: 100 }));
      strays += (page.Items ?? []).filter((item) => !expected.has(String(item.articleId))).length;
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
  }
  return strays;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Runs the load against a harness whose upload bucket lives on `s3Local` (its events feed the queue). */
export async function runLoad(harness: LocalHarness, s3Local: S3LocalService, options: LoadOptions): Promise<LoadResult> {
  const progress = options.progress ?? false;
  const queue = new InProcessQueue();
  let notified = 0;
  const unsubscribe = s3Local.onObjectEvent((notification) => {
    // the processed bucket's overflow writes are not notifications the function subscribes to
    if (notification.Records.every((record) => record.s3.bucket.name === harness.uploadBucket)) {
      queue.send(notification);
      notified += 1;
    }
  });

  // Upload: expected comments per article, from the generator (not from the parser)
  const expected = new Map<string, number>();
  let bytes = 0;
  const indexes = Array.from({ length: options.files }, (_, index) => index);
  const uploadStart = performance.now();
  let uploaded = 0;
  await pool(indexes, options.uploadConcurrency ?? 16, async (index) => {
    const file = generateCorpusFile(index, options.seed);
    expected.set(articleIdFor(harness.uploadBucket, file.key), file.comments);
    bytes += file.bytes;
    await harness.upload(file.key, file.text);
    uploaded += 1;
    if (uploaded % 50 === 0 || uploaded === options.files) progressBar('upload', uploaded, options.files, uploadStart, progress);
  });
  const uploadSeconds = (performance.now() - uploadStart) / 1000;
  await waitFor(() => notified >= options.files, 10_000);
  unsubscribe();

  // Drain every notification through the handler, redeliveries included
  const handler = harness.handler();
  const drainStart = performance.now();
  let settled = 0;
  const stats = await queue.drain(handler, {
    batchSize: 10,
    concurrency: options.concurrency ?? 4,
    onBatch: (deleted) => {
      settled += deleted;
      progressBar('ingest', settled, notified, drainStart, progress);
    },
  });
  const drainSeconds = (performance.now() - drainStart) / 1000;

  // Check the tables against the generator, one article at a time (a full Scan of 10,000
  // articles with inline bodies exhausts DynamoDB Local's heap)
  const checked = new Map<string, ArticleCheck>();
  let checkedCount = 0;
  const checkStart = performance.now();
  await pool([...expected.keys()], 16, async (articleId) => {
    checked.set(articleId, await checkArticle(harness, articleId));
    checkedCount += 1;
    if (checkedCount % 100 === 0 || checkedCount === expected.size) progressBar('check', checkedCount, expected.size, checkStart, progress);
  });
  const stored = new Set([...checked].filter(([, check]) => check.stored).map(([articleId]) => articleId));
  const commentsBy = new Map([...checked].map(([articleId, check]) => [articleId, check.comments]));
  const recordsBy = new Map([...checked].map(([articleId, check]) => [articleId, check.records.length]));
  const records = [...checked.values()].flatMap((check) => check.records);
  const commentItems = { length: [...commentsBy.values()].reduce((a, b) => a + b, 0) };
  const failedIds = new Set([...checked].filter(([, check]) => check.records.some((record) => record.outcome === 'failed')).map(([articleId]) => articleId));
  const strays = await strayItems(harness, expected);

  let lost = 0;
  let duplicated = 0;
  for (const [articleId, comments] of expected) {
    const have = commentsBy.get(articleId) ?? 0;
    if (!stored.has(articleId) && !failedIds.has(articleId)) lost += 1 + comments; // neither stored nor recorded failed
    else if (stored.has(articleId)) lost += Math.max(0, comments - have);
    duplicated += Math.max(0, have - comments) + Math.max(0, (recordsBy.get(articleId) ?? 0) - 1);
  }
  duplicated += strays;
  lost += queue.deadLetters.length > 0 && failedIds.size === 0 ? queue.deadLetters.length : 0;

  const mean = (stage: keyof IngestionRecord['durations']) => records.reduce((sum, record) => sum + record.durations[stage], 0) / Math.max(records.length, 1);
  const latencies = records.map((record) => record.durations.totalMs).sort((a, b) => a - b);
  return {
    files: options.files,
    stored: [...expected.keys()].filter((id) => stored.has(id)).length,
    failed: [...expected.keys()].filter((id) => failedIds.has(id)).length,
    lost,
    duplicated,
    filesPerSecond: options.files / drainSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    uploadSeconds,
    drainSeconds,
    invocations: stats.invocations,
    receives: stats.receives,
    comments: commentItems.length,
    bytes,
    stageMeans: { fetchMs: mean('fetchMs'), parseMs: mean('parseMs'), writeMs: mean('writeMs'), totalMs: mean('totalMs') },
  };
}

export function summaryLine(result: LoadResult): string {
  const { files, stored, failed, lost, duplicated } = result;
  return `files=${files} stored=${stored} failed=${failed} lost=${lost} duplicated=${duplicated} files_per_s=${result.filesPerSecond.toFixed(1)} p50_ms=${result.p50Ms.toFixed(1)} p99_ms=${result.p99Ms.toFixed(1)}`;
}

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const raw = at === -1 ? undefined : process.argv[at + 1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw ?? ''}"`);
  return value;
}

async function main(): Promise<number> {
  const files = argument('files', 10_000);
  const concurrency = argument('concurrency', 4);
  const services = await startLocalServices();
  try {
    const harness = await createLocalHarness('load');
    const result = await runLoad(harness, services.s3, { files, concurrency, progress: true });
    harness.destroy();
    const mb = result.bytes / 1024 / 1024;
    process.stdout.write(
      [
        `uploaded ${files} files (${mb.toFixed(1)} MB, ${result.comments} comments stored) in ${result.uploadSeconds.toFixed(1)} s`,
        `ingested in ${result.drainSeconds.toFixed(1)} s: ${result.invocations} handler invocations (batches of 10, ${concurrency} in flight), ${result.receives} receives`,
        `files/s ${result.filesPerSecond.toFixed(1)}, MB/s ${(mb / result.drainSeconds).toFixed(2)}, per-file latency (ingestion record totalMs) p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms`,
        `mean per file: fetch ${result.stageMeans.fetchMs.toFixed(1)} ms, parse ${result.stageMeans.parseMs.toFixed(1)} ms, write ${result.stageMeans.writeMs.toFixed(1)} ms, total ${result.stageMeans.totalMs.toFixed(1)} ms`,
        summaryLine(result),
        '',
      ].join('\n'),
    );
    return result.lost === 0 && result.duplicated === 0 && result.failed === 0 ? 0 : 1;
  } finally {
    await services.stop();
  }
}

if (require.main === module) {
  runMain('load', main);
}
