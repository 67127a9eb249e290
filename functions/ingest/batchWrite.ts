/**
 * Writes any number of put/delete requests to one table with BatchWriteItem, 25 per call,
 * a few calls in flight at once.
 * UnprocessedItems and transient errors (throttling, 5xx, timeouts) are retried with
 * bounded exponential backoff and full jitter; when attempts run out the call throws, so the
 * SQS message fails and is redelivered.
 */
import { BatchWriteCommand, type BatchWriteCommandInput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoWriteError, UnprocessedItemsExhaustedError } from '#errors';
import { fullJitterDelay, type RetryPolicy } from './backoff';
import { isTransientError } from './classifyError';

export type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

export const BATCH_WRITE_LIMIT = 25;

export interface WriteTally {
  /** Item-level writes that landed. */
  writes: number;
  /** Consumed write capacity units, as DynamoDB reported them. */
  capacityUnits: number;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

async function writeChunk(
  doc: DynamoDBDocumentClient,
  table: string,
  requests: WriteRequest[],
  policy: RetryPolicy,
): Promise<number> {
  let pending = requests;
  let capacityUnits = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const output = await doc.send(
        new BatchWriteCommand({ RequestItems: { [table]: pending }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      capacityUnits += (output.ConsumedCapacity ?? []).reduce((sum, used) => sum + (used.CapacityUnits ?? 0), 0);
      pending = output.UnprocessedItems?.[table] ?? [];
    } catch (error) {
      const transient = isTransientError(error);
      if (!transient || attempt >= policy.maxAttempts) {
        throw new DynamoWriteError(table, 'BatchWriteItem', transient, { cause: error });
      }
    }
    if (pending.length === 0) return capacityUnits;
    if (attempt >= policy.maxAttempts) throw new UnprocessedItemsExhaustedError(table, pending.length, attempt);
    await policy.sleep(fullJitterDelay(attempt, policy));
  }
}

/** Chunks in flight at once: large threads land faster without a burst that invites throttling. */
export const BATCH_WRITE_CONCURRENCY = 4;

export async function batchWriteAll(
  doc: DynamoDBDocumentClient,
  table: string,
  requests: readonly WriteRequest[],
  policy: RetryPolicy,
): Promise<WriteTally> {
  const pending = chunk(requests, BATCH_WRITE_LIMIT);
  let capacityUnits = 0;
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      const used = await writeChunk(doc, table, next, policy); // read the total only after the await: workers interleave
      capacityUnits += used;
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_WRITE_CONCURRENCY, pending.length) }, worker));
  return { writes: requests.length, capacityUnits };
}
