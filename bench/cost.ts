/**
 * Write capacity per stored KB and a cost-per-million-articles estimate, from a corpus ingested
 * in this run: generated articles with the load run's spread of sizes and comment counts
 * (bench/generate.ts `generateCorpusFile`), uploaded to s3rver and drained through the real
 * handler on DynamoDB Local in SQS batches of 10, one batch at a time.
 *
 * Prices: AWS list prices for us-east-1, on demand, as of 2025 (PRICES below). Excluded: the
 * upload's own S3 PUT, CloudWatch Logs and metrics, X-Ray, KMS, storage, free tiers.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { CONFIGS } from '../infra/config';
import { ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE, type IngestionRecord, type TableDefinition } from '../functions/schema/index';
import { s3Notification } from '../tests/helpers/factories';
import { InProcessQueue } from '../tests/faults/sqsModel';
import type { LocalHarness } from '../tests/ingest/support/localHarness';
import { generateCorpusFile } from './generate';
import type { BenchRow } from './table';

/** USD, us-east-1, on-demand list prices (2025). */
export const PRICES = {
  lambdaGbSecondArm: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  dynamoPerMillionWru: 0.625,
  dynamoPerMillionRru: 0.125,
  s3PerThousandGet: 0.0004,
  sqsPerMillionRequests: 0.4,
} as const;

const KB = 1024;
const BATCH_SIZE = CONFIGS.prod.function.batchSize;
const MEMORY_MB = CONFIGS.prod.function.memorySize;
/** Strongly consistent reads of a first upload: GetItem (article), Query (ingestion records), Query (comments), 1 RRU each. */
const RRU_PER_ARTICLE = 3;
/** SQS requests per article: S3's SendMessage, plus ReceiveMessage and DeleteMessageBatch per batch. */
const SQS_REQUESTS_PER_ARTICLE = 1 + 2 / BATCH_SIZE;

/** DynamoDB's item size: attribute names plus values (UTF-8 strings, numbers ≈ 1 + digits/2, 3 bytes + contents for maps and lists). */
export function itemBytes(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return 1 + Math.ceil(String(value).replace(/[-.]/g, '').length / 2);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + itemBytes(element), 0);
  if (typeof value === 'object') return 3 + Object.entries(value).reduce((sum, [name, v]) => sum + Buffer.byteLength(name) + 1 + itemBytes(v), 0);
  return 0;
}

const wcuOf = (bytes: number): number => Math.ceil(bytes / KB);

type Item = Record<string, unknown>;

/**
 * Write request units of putting `item` into a table of `definition`: the base item, plus one
 * write per global secondary index that holds it (sparse: only items with the index keys), sized
 * by what the index projects (ALL: the item; INCLUDE: the table and index keys and the listed attributes).
 */
export function writeUnits(item: Item, definition: TableDefinition): number {
  const tableKeys = [definition.partitionKey.name, definition.sortKey?.name];
  let units = wcuOf(itemBytes(item));
  for (const index of definition.globalSecondaryIndexes) {
    const indexKeys = [index.partitionKey.name, index.sortKey?.name].filter((name): name is string => name !== undefined);
    if (indexKeys.some((name) => item[name] === undefined)) continue;
    const { projection } = index;
    const kept = projection.type === 'ALL' ? null : new Set([...tableKeys, ...indexKeys, ...projection.attributes]);
    units += wcuOf(itemBytes(kept === null ? item : Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name)))));
  }
  return units;
}

async function scanAll(harness: LocalHarness, table: string): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await harness.doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

export interface CostMeasurement {
  articles: number;
  inputKb: number;
  storedKb: number;
  reportedWcu: number;
  /** Base-table writes + GSI writes (as each index projects) + the ingestion record, from item sizes. */
  estimatedWru: number;
  billedMsPerArticle: number;
}

export async function measureCost(harness: LocalHarness, files = 200): Promise<{ rows: BenchRow[]; measurement: CostMeasurement }> {
  const queue = new InProcessQueue();
  let inputBytes = 0;
  for (let index = 0; index < files; index++) {
    const file = generateCorpusFile(index, 11);
    inputBytes += file.bytes;
    const uploaded = await harness.upload(`cost/${file.key}`, file.text);
    queue.send(s3Notification({ bucket: harness.uploadBucket, key: uploaded.key, size: uploaded.size, eTag: uploaded.eTag, sequencer: '0100' }));
  }
  const handler = harness.handler();
  let handlerMs = 0;
  await queue.drain(async (event) => {
    const start = performance.now();
    try {
      return await handler(event);
    } finally {
      handlerMs += performance.now() - start;
    }
  }, { batchSize: BATCH_SIZE, concurrency: 1 });

  const articles = await scanAll(harness, harness.tables.Articles);
  const comments = await scanAll(harness, harness.tables.Comments);
  const records = (await scanAll(harness, harness.tables.Ingestions)) as IngestionRecord[];
  const stored = records.filter((record) => record.outcome === 'stored');
  const storedKb = [...articles, ...comments].reduce((sum, item) => sum + itemBytes(item), 0) / KB;
  const reportedWcu = stored.reduce((sum, record) => sum + record.counts.writeCapacityUnits, 0);
  const sumUnits = (items: readonly Item[], definition: TableDefinition): number => items.reduce((sum, item) => sum + writeUnits(item, definition), 0);
  const estimatedWru =
    sumUnits(articles, ARTICLES_TABLE) + sumUnits(comments, COMMENTS_TABLE) + sumUnits(records as unknown as Item[], INGESTIONS_TABLE);
  const measurement: CostMeasurement = {
    articles: stored.length,
    inputKb: inputBytes / KB,
    storedKb,
    reportedWcu,
    estimatedWru,
    billedMsPerArticle: handlerMs / files,
  };
  return { rows: costRows(measurement), measurement };
}

export function costRows(m: CostMeasurement): BenchRow[] {
  const perArticleWru = m.estimatedWru / m.articles;
  const million = 1_000_000;
  const lambda = (MEMORY_MB / 1024) * (m.billedMsPerArticle / 1000) * million * PRICES.lambdaGbSecondArm + (million / BATCH_SIZE / million) * PRICES.lambdaPerMillionRequests;
  const dynamo = perArticleWru * PRICES.dynamoPerMillionWru + RRU_PER_ARTICLE * PRICES.dynamoPerMillionRru;
  const s3 = (million / 1000) * PRICES.s3PerThousandGet;
  const sqs = SQS_REQUESTS_PER_ARTICLE * PRICES.sqsPerMillionRequests;
  const usd = (name: string, value: number): BenchRow => ({ name, value, unit: 'USD / 1M articles', baseline: null, ratio: null });
  return [
    { name: `write capacity per stored KB (${m.articles} articles, ${m.storedKb.toFixed(0)} KB of items; baseline: 1 WCU per KB)`, value: m.reportedWcu / m.storedKb, unit: 'WCU/KB', baseline: 1, ratio: m.reportedWcu / m.storedKb },
    { name: `write request units per article, incl. GSIs and ingestion record (avg input ${(m.inputKb / m.articles).toFixed(1)} KB)`, value: perArticleWru, unit: 'WRU', baseline: m.reportedWcu / m.articles, ratio: perArticleWru / (m.reportedWcu / m.articles) },
    { name: `Lambda billed time per article (batches of ${BATCH_SIZE}, local services)`, value: m.billedMsPerArticle, unit: 'ms', baseline: null, ratio: null },
    usd(`cost: Lambda arm64 ${MEMORY_MB} MB ($${PRICES.lambdaGbSecondArm}/GB-s, $${PRICES.lambdaPerMillionRequests}/1M requests)`, lambda),
    usd(`cost: DynamoDB on-demand ($${PRICES.dynamoPerMillionWru}/1M WRU, $${PRICES.dynamoPerMillionRru}/1M RRU, ${RRU_PER_ARTICLE} RRU/article)`, dynamo),
    usd(`cost: S3 GET ($${PRICES.s3PerThousandGet}/1,000)`, s3),
    usd(`cost: SQS standard ($${PRICES.sqsPerMillionRequests}/1M requests, ${SQS_REQUESTS_PER_ARTICLE} per article)`, sqs),
    usd('cost per million articles, total (us-east-1 on-demand list prices)', lambda + dynamo + s3 + sqs),
  ];
}
