/**
 * Builds the ingest Lambda handler from its dependencies. SQS batches go through Powertools'
 * BatchProcessor (partial batch failures: only messages that failed transiently are retried);
 * a raw S3 event (direct invocation, local mode) is processed record by record.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, S3Event, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { InvalidEventError, WinnowError, assertIsError } from '#errors';
import { articleIdFor } from './articleId';
import { ArticleStore } from './articleStore';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff';
import type { IngestConfig } from './config';
import { KeyedSerializer } from './keyedSerializer';
import { decodeNotification, decodeNotificationBody, type DecodedNotification } from './notifications';
import { processObjectEvent, type IngestContext, type ParseFunction } from './processObjectEvent';
import { countFailure, reportResult } from './reportResult';

export interface IngestHandlerDeps {
  s3: S3Client;
  doc: DynamoDBDocumentClient;
  parse: ParseFunction;
  config: IngestConfig;
  logger: Logger;
  metrics: Metrics;
  retry?: RetryPolicy;
  clock?: () => number;
  now?: () => string;
}

export type IngestEvent = SQSEvent | S3Event;
export type IngestHandler = (event: IngestEvent, context?: Context) => Promise<SQSBatchResponse>;

function isS3Event(event: IngestEvent): event is S3Event {
  return event.Records.every((record) => 'eventSource' in record && record.eventSource === 'aws:s3');
}

export function createIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const { logger, metrics, config } = deps;
  const tables = { articles: config.articlesTable, comments: config.commentsTable, ingestions: config.ingestionsTable };
  const context: IngestContext = {
    s3: deps.s3,
    store: new ArticleStore(deps.doc, tables, deps.retry ?? DEFAULT_RETRY_POLICY),
    parse: deps.parse,
    config,
    clock: deps.clock ?? (() => performance.now()),
    now: deps.now ?? (() => new Date().toISOString()),
  };
  const serializer = new KeyedSerializer();

  async function applyNotification(decoded: DecodedNotification): Promise<void> {
    if (decoded.type === 'test') {
      logger.info('s3:TestEvent ignored');
      return;
    }
    for (const event of decoded.events) {
      const articleId = articleIdFor(event.bucket, event.key);
      try {
        const result = await serializer.run(articleId, () => processObjectEvent(event, context));
        reportResult(logger, metrics, event, result);
      } catch (error) {
        assertIsError(error);
        if (error instanceof InvalidEventError) throw error;
        logger.error('Object ingestion failed; the message will be retried', { key: event.key, articleId, error });
        countFailure(metrics, error instanceof WinnowError ? error.code : 'INTERNAL');
        throw error;
      }
    }
  }

  /** A malformed message can never succeed: log it and acknowledge it instead of retrying it. */
  async function applyOrDrop(decode: () => DecodedNotification, messageId: string | null): Promise<void> {
    try {
      await applyNotification(decode());
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      logger.error('Invalid S3 notification dropped', { messageId, error });
      countFailure(metrics, error.code);
    }
  }

  const recordHandler = (record: SQSRecord): Promise<void> =>
    applyOrDrop(() => decodeNotificationBody(record.body), record.messageId);

  return async (event, lambdaContext) => {
    if (lambdaContext !== undefined) logger.addContext(lambdaContext);
    try {
      if (isS3Event(event)) {
        await applyOrDrop(() => decodeNotification(event), null);
        return { batchItemFailures: [] };
      }
      const processor = new BatchProcessor(EventType.SQS);
      return await processPartialResponse(event, recordHandler, processor, {
        ...(lambdaContext === undefined ? {} : { context: lambdaContext }),
        throwOnFullBatchFailure: false,
      });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
