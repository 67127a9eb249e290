/**
 * Ingest Lambda: S3 notifications (via SQS, or a raw S3 event when invoked directly) →
 * parsed article and comments in DynamoDB. Clients, configuration and Powertools utilities
 * are created once per container; the work happens in functions/ingest.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { parseArticle } from '#core';
import { documentClient } from '#clients/dynamodb';
import { s3Client } from '#clients/s3';
import { createIngestHandler } from '../ingest/createIngestHandler';
import { readIngestConfig } from '../ingest/config';

// The stack sets POWERTOOLS_SERVICE_NAME and POWERTOOLS_METRICS_NAMESPACE (per environment);
// constructor options would override them, so they are only the fallback here.
const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'winnow-ingest';
const logger = new Logger({ serviceName });
const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Winnow', serviceName });

export const handler = createIngestHandler({
  s3: s3Client,
  doc: documentClient,
  parse: parseArticle,
  config: readIngestConfig(process.env),
  logger,
  metrics,
});
