/**
 * A small in-process model of the SQS queue in front of the ingest function: messages become
 * invisible when received, are deleted when the handler does not list them in
 * `batchItemFailures`, become visible again when it does (or when the handler throws), and go
 * to the dead-letter queue once received `maxReceiveCount` times without being deleted — the
 * redrive policy of infra/constructs/ingestQueue.ts (MAX_RECEIVE_COUNT = 5).
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export const MAX_RECEIVE_COUNT = 5;

interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  sentAt: number;
}

export interface DeadLetter {
  messageId: string;
  body: string;
  receiveCount: number;
}

export interface DrainStats {
  /** Handler invocations (SQS batches). */
  invocations: number;
  /** Messages received, redeliveries included. */
  receives: number;
  /** Messages deleted after success. */
  deleted: number;
}

export type BatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

function toRecord(message: QueuedMessage): SQSRecord {
  const sent = String(message.sentAt);
  return {
    messageId: message.messageId,
    receiptHandle: `receipt-${message.messageId}-${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: sent,
      SenderId: 'AIDALOCAL',
      ApproximateFirstReceiveTimestamp: sent,
    },
    messageAttributes: {},
    md5OfBody: 'md5',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:winnow-ingest',
    awsRegion: 'us-east-1',
  };
}

export class InProcessQueue {
  private readonly visible: QueuedMessage[] = [];
  private readonly inFlight = new Map<string, QueuedMessage>();
  readonly deadLetters: DeadLetter[] = [];
  private nextId = 1;

  constructor(private readonly maxReceiveCount = MAX_RECEIVE_COUNT) {}

  send(body: unknown, messageId = `msg-${this.nextId++}`): string {
    this.visible.push({ messageId, body: typeof body === 'string' ? body : JSON.stringify(body), receiveCount: 0, sentAt: Date.now() });
    return messageId;
  }

  /** Messages not yet deleted or dead-lettered. */
  get depth(): number {
    return this.visible.length + this.inFlight.size;
  }

  /** Up to `max` visible messages, each with its receive count raised (as ReceiveMessage does). */
  receive(max: number): SQSRecord[] {
    return this.visible.splice(0, max).map((message) => {
      message.receiveCount += 1;
      this.inFlight.set(message.messageId, message);
      return toRecord(message);
    });
  }

  /** Deletes the successful messages; failed ones become visible again or, at the limit, go to the DLQ. */
  settle(records: readonly SQSRecord[], failedIds: ReadonlySet<string>): number {
    let deleted = 0;
    for (const record of records) {
      const message = this.inFlight.get(record.messageId);
      if (message === undefined) continue;
      this.inFlight.delete(record.messageId);
      if (!failedIds.has(record.messageId)) deleted += 1;
      else if (message.receiveCount >= this.maxReceiveCount) this.deadLetters.push({ messageId: message.messageId, body: message.body, receiveCount: message.receiveCount });
      else this.visible.push(message);
    }
    return deleted;
  }

  /**
   * Delivers every message to `handler` in batches of `batchSize`, `concurrency` batches at a
   * time, until the queue is empty (redeliveries included). A throwing handler fails its batch.
   */
  async drain(handler: BatchHandler, options: { batchSize?: number; concurrency?: number; onBatch?: (settled: number) => void } = {}): Promise<DrainStats> {
    const batchSize = options.batchSize ?? 10;
    const stats: DrainStats = { invocations: 0, receives: 0, deleted: 0 };
    const worker = async (): Promise<void> => {
      for (;;) {
        const records = this.receive(batchSize);
        if (records.length === 0) {
          if (this.inFlight.size === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 1)); // another worker's batch may come back
          continue;
        }
        stats.invocations += 1;
        stats.receives += records.length;
        let failed: Set<string>;
        try {
          const response = await handler({ Records: records });
          failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
        } catch {
          failed = new Set(records.map((record) => record.messageId));
        }
        const deleted = this.settle(records, failed);
        stats.deleted += deleted;
        options.onBatch?.(deleted);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
    return stats;
  }
}
