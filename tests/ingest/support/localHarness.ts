/**
 * Per-test-file access to the local services started by tests/helpers/globalSetup.ts: fresh
 * tables (unique prefix) and buckets, SDK clients, an ingest handler wired to them, and
 * readers for the resulting table state.
 */
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, DeleteObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { parseArticle } from '#core';
import type { ArticleItem, CommentItem, IngestionRecord } from '#schema';
import { createIngestHandler, type IngestHandler, type IngestHandlerDeps } from '../../../functions/ingest/createIngestHandler';
import { DEFAULT_RETRY_POLICY } from '../../../functions/ingest/backoff';
import type { IngestConfig } from '../../../functions/ingest/config';
import { createTables, type TableNameMap } from '../../../scripts/local/createTables';
import { LOCAL_SERVICES_ENV } from '../../helpers/localServices';

export interface UploadedObject {
  key: string;
  size: number;
  eTag: string;
}

export interface LocalHarness {
  s3: S3Client;
  dynamo: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tables: TableNameMap;
  uploadBucket: string;
  processedBucket: string;
  config: IngestConfig;
  /** A handler on this harness's tables and buckets; `overrides` swap dependencies (mocked clients, parser). */
  handler(overrides?: Partial<IngestHandlerDeps>): IngestHandler;
  upload(key: string, body: string | Uint8Array): Promise<UploadedObject>;
  remove(key: string): Promise<void>;
  readProcessed(key: string): Promise<string>;
  listProcessed(): Promise<string[]>;
  articles(): Promise<ArticleItem[]>;
  comments(articleId: string): Promise<CommentItem[]>;
  records(articleId?: string): Promise<IngestionRecord[]>;
  /** Every item of the three tables, sorted, for equality checks. */
  snapshot(): Promise<Record<string, unknown[]>>;
  destroy(): void;
}

export function requireLocalServices(): void {
  if (process.env[LOCAL_SERVICES_ENV] !== '1') {
    throw new Error('Local services are not running: integration tests need tests/helpers/globalSetup.ts (jest.config.js globalSetup).');
  }
}

function uniqueName(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}

async function scanAll(doc: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

const byKeys = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  JSON.stringify([a.articleId, a.commentId, a.recordKey]).localeCompare(JSON.stringify([b.articleId, b.commentId, b.recordKey]));

export async function createLocalHarness(label: string): Promise<LocalHarness> {
  requireLocalServices();
  const s3 = new S3Client({});
  const dynamo = new DynamoDBClient({});
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const tables = await createTables(dynamo, `${uniqueName(label)}-`);
  const uploadBucket = uniqueName(`${label}-up`).toLowerCase();
  const processedBucket = uniqueName(`${label}-processed`).toLowerCase();
  await s3.send(new CreateBucketCommand({ Bucket: uploadBucket }));
  await s3.send(new CreateBucketCommand({ Bucket: processedBucket }));
  const config: IngestConfig = {
    articlesTable: tables.Articles,
    commentsTable: tables.Comments,
    ingestionsTable: tables.Ingestions,
    processedBucket,
    maxObjectBytes: 5 * 1024 * 1024,
  };
  const logger = new Logger({ serviceName: 'winnow-ingest-test', logLevel: 'SILENT' });
  process.env.POWERTOOLS_METRICS_DISABLED = 'true'; // keep EMF lines out of the test output
  const metrics = new Metrics({ namespace: 'WinnowTest', serviceName: 'winnow-ingest-test' });

  return {
    s3,
    dynamo,
    doc,
    tables,
    uploadBucket,
    processedBucket,
    config,
    handler: (overrides = {}) =>
      createIngestHandler({
        s3,
        doc,
        parse: parseArticle,
        config,
        logger,
        metrics,
        retry: { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1, maxDelayMs: 5 },
        ...overrides,
      }),
    async upload(key, body) {
      const output = await s3.send(new PutObjectCommand({ Bucket: uploadBucket, Key: key, Body: body, ContentType: 'text/plain; charset=utf-8' }));
      const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
      return { key, size, eTag: (output.ETag ?? '').replace(/"/g, '') };
    },
    async remove(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: uploadBucket, Key: key }));
    },
    async readProcessed(key) {
      const output = await s3.send(new GetObjectCommand({ Bucket: processedBucket, Key: key }));
      return (await output.Body?.transformToString('utf8')) ?? '';
    },
    async listProcessed() {
      const output = await s3.send(new ListObjectsV2Command({ Bucket: processedBucket }));
      return (output.Contents ?? []).map((object) => object.Key ?? '');
    },
    articles: async () => ((await scanAll(doc, tables.Articles)) as ArticleItem[]).sort(byKeys),
    async comments(articleId) {
      // Every page: a query stops at 1 MB, and a thread of thousands of comments is larger.
      const items: CommentItem[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const output = await doc.send(
          new QueryCommand({
            TableName: tables.Comments,
            KeyConditionExpression: 'articleId = :articleId',
            ExpressionAttributeValues: { ':articleId': articleId },
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...((output.Items ?? []) as CommentItem[]));
        startKey = output.LastEvaluatedKey;
      } while (startKey !== undefined);
      return items;
    },
    async records(articleId) {
      const all = (await scanAll(doc, tables.Ingestions)) as IngestionRecord[];
      return all.filter((record) => articleId === undefined || record.articleId === articleId).sort(byKeys);
    },
    async snapshot() {
      const entries = await Promise.all(
        Object.entries(tables).map(async ([id, table]) => [id, (await scanAll(doc, table)).sort(byKeys)] as const),
      );
      return Object.fromEntries(entries);
    },
    destroy() {
      s3.destroy();
      dynamo.destroy();
    },
  };
}
