import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoWriteError, UnprocessedItemsExhaustedError } from '#errors';
import type { RetryPolicy } from '../../functions/ingest/backoff';
import { batchWriteAll, chunk, type WriteRequest } from '../../functions/ingest/batchWrite';

const TABLE = 'comments';
const puts = (count: number): WriteRequest[] =>
  Array.from({ length: count }, (_, index) => ({ PutRequest: { Item: { articleId: 'a', commentId: String(index).padStart(4, '0') } } }));

function setup(maxAttempts = 4) {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
  const mock = mockClient(doc);
  const delays: number[] = [];
  const policy: RetryPolicy = { maxAttempts, baseDelayMs: 10, maxDelayMs: 100, random: () => 0.5, sleep: async (ms) => void delays.push(ms) };
  return { doc, mock, delays, policy };
}

const sizes = (mock: ReturnType<typeof setup>['mock']) =>
  mock.commandCalls(BatchWriteCommand).map((call) => (call.args[0].input as BatchWriteCommandInput).RequestItems?.[TABLE]?.length);

describe('Function: chunk', () => {
  it('splits into pieces of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe('Function: batchWriteAll', () => {
  it('writes in chunks of 25', async () => {
    // Prepare
    const { doc, mock, policy } = setup();
    mock.on(BatchWriteCommand).resolves({ UnprocessedItems: {}, ConsumedCapacity: [{ TableName: TABLE, CapacityUnits: 1 }] });
    // Act
    const tally = await batchWriteAll(doc, TABLE, puts(60), policy);
    // Assess
    expect(sizes(mock)).toEqual([25, 25, 10]);
    expect(tally).toEqual({ writes: 60, capacityUnits: 3 });
  });

  it('retries only the unprocessed items, after a jittered backoff', async () => {
    // Prepare
    const { doc, mock, delays, policy } = setup();
    const requests = puts(4);
    mock
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { [TABLE]: requests.slice(2) } })
      .resolves({ UnprocessedItems: {} });
    // Act
    await batchWriteAll(doc, TABLE, requests, policy);
    // Assess
    expect(sizes(mock)).toEqual([4, 2]);
    expect(delays).toEqual([5]);
  });

  it('retries a throttled call', async () => {
    const { doc, mock, policy } = setup();
    mock
      .on(BatchWriteCommand)
      .rejectsOnce(new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }))
      .resolves({ UnprocessedItems: {} });
    await expect(batchWriteAll(doc, TABLE, puts(3), policy)).resolves.toEqual({ writes: 3, capacityUnits: 0 });
    expect(sizes(mock)).toEqual([3, 3]);
  });

  it('gives up after the bounded number of attempts', async () => {
    // Prepare
    const { doc, mock, policy } = setup(3);
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => ({ UnprocessedItems: input.RequestItems }));
    // Act
    const write = batchWriteAll(doc, TABLE, puts(2), policy);
    // Assess
    await expect(write).rejects.toThrow(UnprocessedItemsExhaustedError);
    expect(sizes(mock)).toEqual([2, 2, 2]);
  });

  it('does not retry a permanent error', async () => {
    const { doc, mock, policy } = setup();
    mock.on(BatchWriteCommand).rejects(Object.assign(new Error('Item size has exceeded the maximum allowed size'), { name: 'ValidationException' }));
    await expect(batchWriteAll(doc, TABLE, puts(2), policy)).rejects.toThrow(DynamoWriteError);
    expect(sizes(mock)).toEqual([2]);
  });
});
