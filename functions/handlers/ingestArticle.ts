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

const logger = new Logger({ serviceName: 'winnow-ingest' });
const metrics = new Metrics({ namespace: 'Winnow', serviceName: 'winnow-ingest' });

export const handler = createIngestHandler({
  s3: s3Client,
  doc: documentClient,
  parse: parseArticle,
  config: readIngestConfig(process.env),
  logger,
  metrics,
});
