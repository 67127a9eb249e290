/**
 * Delivers S3 notifications the way the deployed pipeline does: each notification becomes one
 * SQS message, messages reach the handler in batches of the event source's batch size, and
 * messages the handler reports as failed are received again (ApproximateReceiveCount + 1) until
 * the queue's maxReceiveCount, after which SQS would move them to the dead-letter queue.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { MAX_RECEIVE_COUNT } from '../../infra/defaults';
import type { IngestHandler } from '../../functions/ingest/createIngestHandler';
import { LOCAL_REGION } from './localService';
import { STACK_SETTINGS } from './localStack';

export const LOCAL_QUEUE_ARN = `arn:aws:sqs:${LOCAL_REGION}:000000000000:winnow-local-ingest`;

const RETRY_DELAY_MS = 200;

export interface Delivery {
  /** Messages still failing after maxReceiveCount receives (in AWS: moved to the dead-letter queue). */
  deadLettered: string[];
  /** Handler invocations made. */
  invocations: number;
}

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
  firstReceived: number | null;
}

export function sqsMessage(body: string, messageId: string, receiveCount = 1, sentAt = Date.now()): SQSRecord {
  return {
    messageId,
    receiptHandle: `local-${messageId}-${receiveCount}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(sentAt),
      SenderId: 'AROAS3NOTIFICATION:local',
      ApproximateFirstReceiveTimestamp: String(sentAt),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: LOCAL_QUEUE_ARN,
    awsRegion: LOCAL_REGION,
  };
}

export async function deliver(
  handler: IngestHandler,
  notifications: readonly S3Event[],
  options: { batchSize?: number; maxReceiveCount?: number } = {},
): Promise<Delivery> {
  const batchSize = options.batchSize ?? STACK_SETTINGS.function.batchSize;
  const maxReceiveCount = options.maxReceiveCount ?? MAX_RECEIVE_COUNT;
  let queue: Message[] = notifications.map((notification) => ({
    messageId: randomUUID(),
    body: JSON.stringify(notification),
    receiveCount: 0,
    firstReceived: null,
  }));
  const deadLettered: string[] = [];
  let invocations = 0;
  while (queue.length > 0) {
    const retry: Message[] = [];
    for (let start = 0; start < queue.length; start += batchSize) {
      const batch = queue.slice(start, start + batchSize);
      for (const message of batch) {
        message.receiveCount += 1;
        message.firstReceived ??= Date.now();
      }
      const event: SQSEvent = { Records: batch.map((message) => sqsMessage(message.body, message.messageId, message.receiveCount, message.firstReceived ?? Date.now())) };
      invocations += 1;
      const response = await handler(event);
      const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
      for (const message of batch) {
        if (!failed.has(message.messageId)) continue;
        if (message.receiveCount >= maxReceiveCount) deadLettered.push(message.messageId);
        else retry.push(message);
      }
    }
    queue = retry;
    if (queue.length > 0) await new Promise((done) => setTimeout(done, RETRY_DELAY_MS)); // the visibility timeout, shortened
  }
  return { deadLettered, invocations };
}
