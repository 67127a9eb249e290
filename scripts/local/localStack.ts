/**
 * Everything local mode runs on, started in one call: DynamoDB Local and s3rver on free ports
 * (persisted under `dataDir` when given), the upload and processed buckets, the tables from the
 * shared definitions, SDK clients for them, and the environment the production handler reads.
 */
import { join, resolve } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CONFIGS } from '../../infra/config';
import { ENV } from '../../functions/schema/environment';
import type { ReaderTables } from '../../functions/reader';
import { createTables, tableEnvironment, type TableNameMap } from './createTables';
import { startDynamoLocal } from './dynamoLocal';
import { assertJava } from './java';
import { LOCAL_CREDENTIALS, LOCAL_REGION, sdkEnvironment, type LocalService } from './localService';
import { assertPortFree } from './portCheck';
import { localS3ClientConfig, startS3Local, type S3LocalService } from './s3Local';

export const LOCAL_TABLE_PREFIX = 'winnow-local-';
export const LOCAL_UPLOAD_BUCKET = 'winnow-local-uploads';
export const LOCAL_PROCESSED_BUCKET = 'winnow-local-processed';

/** The deployed stack's settings local mode mirrors (key filter, size limit, batch size). */
export const STACK_SETTINGS = CONFIGS.dev;

export interface LocalStackOptions {
  /** Keep tables (`<dataDir>/dynamodb`) and objects (`<dataDir>/s3`) here; in memory / a temp folder when omitted. */
  dataDir?: string;
  dynamoPort?: number;
  s3Port?: number;
}

export interface LocalStack {
  dynamo: LocalService;
  s3Service: S3LocalService;
  s3: S3Client;
  dynamoClient: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tables: TableNameMap;
  readerTables: ReaderTables;
  uploadBucket: string;
  processedBucket: string;
  /** Absolute data directory, or null when everything is temporary. */
  dataDir: string | null;
  /** Variables that point the production handler (and any SDK client) at this stack. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

export function localEnvironment(dynamoEndpoint: string, s3Endpoint: string, tables: TableNameMap): Record<string, string> {
  return {
    ...sdkEnvironment(dynamoEndpoint, s3Endpoint),
    ...tableEnvironment(tables),
    [ENV.processedBucket]: LOCAL_PROCESSED_BUCKET,
    [ENV.maxObjectBytes]: String(STACK_SETTINGS.maxObjectBytes),
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  assertJava();
  if (options.dynamoPort !== undefined) await assertPortFree(options.dynamoPort, 'DynamoDB Local');
  if (options.s3Port !== undefined) await assertPortFree(options.s3Port, 'local S3');
  const dataDir = options.dataDir === undefined ? null : resolve(options.dataDir);
  const started: LocalService[] = [];
  const stopAll = () => Promise.all(started.map((service) => service.stop())).then(() => undefined);
  try {
    const [dynamo, s3Service] = await Promise.all([
      startDynamoLocal({
        ...(dataDir === null ? {} : { dataDir: join(dataDir, 'dynamodb') }),
        ...(options.dynamoPort === undefined ? {} : { port: options.dynamoPort }),
      }).then((service) => (started.push(service), service)),
      startS3Local({
        ...(dataDir === null ? {} : { dataDir: join(dataDir, 's3') }),
        ...(options.s3Port === undefined ? {} : { port: options.s3Port }),
        buckets: [LOCAL_UPLOAD_BUCKET, LOCAL_PROCESSED_BUCKET],
      }).then((service) => (started.push(service), service)),
    ]);
    const s3 = new S3Client(localS3ClientConfig(s3Service.endpoint));
    const dynamoClient = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const doc = DynamoDBDocumentClient.from(dynamoClient, { marshallOptions: { removeUndefinedValues: true } });
    const tables = await createTables(dynamoClient, LOCAL_TABLE_PREFIX);
    return {
      dynamo,
      s3Service,
      s3,
      dynamoClient,
      doc,
      tables,
      readerTables: { articles: tables.Articles, comments: tables.Comments, ingestions: tables.Ingestions },
      uploadBucket: LOCAL_UPLOAD_BUCKET,
      processedBucket: LOCAL_PROCESSED_BUCKET,
      dataDir,
      environment: localEnvironment(dynamo.endpoint, s3Service.endpoint, tables),
      async stop() {
        s3.destroy();
        dynamoClient.destroy();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
