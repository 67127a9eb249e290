/**
 * Write benchmark on DynamoDB Local (started here unless endpoints are given):
 *   - items/s of the pipeline's batched writes (BatchWriteItem, 25 per call) against sequential PutItem
 *     of the same items, in the same run (target: ≥ 10×);
 *   - consumed write capacity per seed article (ReturnConsumedCapacity), ingested through the handler;
 *   - item writes of an unchanged re-upload (target: 0).
 * `measureWrites()` returns rows for `npm run bench` to print.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { parseArticle } from '../functions/core/index';
import type { IngestionRecord } from '../functions/schema/index';
import { articleIdFor } from '../functions/ingest/articleId';
import { DEFAULT_RETRY_POLICY } from '../functions/ingest/backoff';
import { BATCH_WRITE_CONCURRENCY, batchWriteAll, type WriteRequest } from '../functions/ingest/batchWrite';
import { createIngestHandler } from '../functions/ingest/createIngestHandler';
import { createTables } from '../scripts/local/createTables';
import { startDynamoLocal } from '../scripts/local/dynamoLocal';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalService } from '../scripts/local/localService';
import { localS3ClientConfig, startS3Local } from '../scripts/local/s3Local';
import { s3Event } from '../scripts/local/s3Notification';
import type { BenchRow } from './table';

export interface WriteBenchOptions {
  /** Use running services instead of starting DynamoDB Local and s3rver. */
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  /** Items written by each of the two write methods. */
  items?: number;
  seedsDir?: string;
}

const DEFAULT_SEEDS_DIR = resolve(__dirname, '../../shared/seeds');
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function benchItems(articleId: string, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => ({
    articleId,
    commentId: String(index + 1).padStart(4, '0'),
    schemaVersion: 1,
    parentId: null,
    depth: 0,
    position: index + 1,
    author: `Reader ${index + 1}`,
    postedAt: null,
    text: `Comment ${index + 1}: `.padEnd(400, 'lorem ipsum '),
    textRef: null,
  }));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1_000;
}

const ROUNDS = 5;
const WARM_UP_ITEMS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const asPuts = (items: Record<string, unknown>[]) => items.map((Item): WriteRequest => ({ PutRequest: { Item } }));

/** Alternates the two methods over a few rounds (after a warm-up) and compares their median rates. */
async function writeThroughput(doc: DynamoDBDocumentClient, table: string, count: number): Promise<BenchRow> {
  const sequentialPuts = async (items: Record<string, unknown>[]) => {
    for (const Item of items) await doc.send(new PutCommand({ TableName: table, Item }));
  };
  // DynamoDB Local runs on a JVM: both paths are measured only after its JIT has warmed up
  await batchWriteAll(doc, table, asPuts(benchItems('bench-warmup', WARM_UP_ITEMS)), DEFAULT_RETRY_POLICY);
  await sequentialPuts(benchItems('bench-warmup-put', WARM_UP_ITEMS));

  const sequentialRates: number[] = [];
  const batchedRates: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    sequentialRates.push(count / (await timed(() => sequentialPuts(benchItems(`bench-sequential-${round}`, count)))));
    batchedRates.push(count / (await timed(() => batchWriteAll(doc, table, asPuts(benchItems(`bench-batched-${round}`, count)), DEFAULT_RETRY_POLICY))));
  }
  const value = median(batchedRates);
  const baseline = median(sequentialRates);
  return {
    name: `writes: BatchWriteItem(25 × ${BATCH_WRITE_CONCURRENCY} in flight) vs sequential PutItem, ${count} items`,
    value: round(value, 0),
    unit: 'items/s',
    baseline: round(baseline, 0),
    ratio: round(value / baseline, 1),
    target: '≥ 10×',
    met: value >= baseline * 10,
  };
}

async function seedCapacity(dynamo: DynamoDBClient, s3Endpoint: string, seedsDir: string): Promise<BenchRow[]> {
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const s3 = new S3Client(localS3ClientConfig(s3Endpoint));
  const tables = await createTables(dynamo, `bench-${Date.now()}-`);
  const bucket = `bench-${Date.now()}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(new CreateBucketCommand({ Bucket: `${bucket}-processed` }));
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const handler = createIngestHandler({
    s3,
    doc,
    parse: parseArticle,
    config: { articlesTable: tables.Articles, commentsTable: tables.Comments, ingestionsTable: tables.Ingestions, processedBucket: `${bucket}-processed`, maxObjectBytes: 5 * 1024 * 1024 },
    logger: new Logger({ serviceName: 'winnow-bench', logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'WinnowBench', serviceName: 'winnow-bench' }),
  });
  const deliver = (key: string, size: number, sequencer: string) => handler(s3Event({ bucket, key, size, sequencer }));
  const recordOf = async (key: string, sequencer: string): Promise<IngestionRecord | undefined> => {
    const output = await doc.send(new QueryCommand({ TableName: tables.Ingestions, KeyConditionExpression: 'articleId = :id', ExpressionAttributeValues: { ':id': articleIdFor(bucket, key) } }));
    return (output.Items as IngestionRecord[] | undefined)?.find((record) => record.source.sequencer === sequencer);
  };

  const rows: BenchRow[] = [];
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort();
  for (const name of seeds) {
    const body = readFileSync(resolve(seedsDir, name));
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: name, Body: body }));
    await deliver(name, body.byteLength, '01');
    const record = await recordOf(name, '01');
    rows.push({ name: `capacity: ${name} (${record?.counts.comments ?? '?'} comments)`, value: record?.counts.writeCapacityUnits ?? Number.NaN, unit: 'WCU', baseline: null, ratio: null });
  }
  const first = seeds[0];
  if (first !== undefined) {
    await deliver(first, readFileSync(resolve(seedsDir, first)).byteLength, '02');
    const record = await recordOf(first, '02');
    rows.push({ name: `re-upload unchanged: item writes (outcome ${record?.outcome ?? '?'})`, value: record?.counts.itemWrites ?? Number.NaN, unit: 'writes', baseline: 0, ratio: null, target: '0', met: record?.counts.itemWrites === 0 });
  }
  s3.destroy();
  return rows;
}

export async function measureWrites(options: WriteBenchOptions = {}): Promise<BenchRow[]> {
  const started: LocalService[] = [];
  try {
    const dynamoEndpoint = options.dynamoEndpoint ?? (started[started.push(await startDynamoLocal()) - 1]?.endpoint ?? '');
    const s3Endpoint = options.s3Endpoint ?? (started[started.push(await startS3Local()) - 1]?.endpoint ?? '');
    const dynamo = new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const doc = DynamoDBDocumentClient.from(dynamo);
    const tables = await createTables(dynamo, `bench-throughput-${Date.now()}-`);
    const rows = [await writeThroughput(doc, tables.Comments, options.items ?? 300)];
    const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
    if (existsSync(seedsDir)) rows.push(...(await seedCapacity(dynamo, s3Endpoint, seedsDir)));
    dynamo.destroy();
    return rows;
  } finally {
    await Promise.all(started.map((service) => service.stop()));
  }
}

if (require.main === module) {
  measureWrites()
    .then((rows) => console.table(rows))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
