/**
 * A DynamoDB document client whose calls reach DynamoDB Local unless a fault overrides one
 * command: aws-sdk-client-mock injects only what a local service cannot produce
 * (UnprocessedItems, throttling, timeouts), as tests/ingest/faults.int.test.ts does.
 */
import { DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
  type PutCommandInput,
  type PutCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';

type BatchRequests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];

export interface FaultyClient {
  doc: DynamoDBDocumentClient;
  /** Replaces BatchWriteItem; `real` sends to DynamoDB Local. */
  onBatchWrite(fake: (input: BatchWriteCommandInput, real: (input: BatchWriteCommandInput) => Promise<BatchWriteCommandOutput>) => Promise<BatchWriteCommandOutput>): void;
  /** Replaces PutItem; `real` sends to DynamoDB Local. */
  onPut(fake: (input: PutCommandInput, real: (input: PutCommandInput) => Promise<PutCommandOutput>) => Promise<PutCommandOutput>): void;
  destroy(): void;
}

export function faultyDocumentClient(): FaultyClient {
  const dynamo = new DynamoDBClient({});
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const realSend = doc.send.bind(doc);
  const mock = mockClient(doc);
  mock.on(GetCommand).callsFake((input) => realSend(new GetCommand(input)));
  mock.on(QueryCommand).callsFake((input) => realSend(new QueryCommand(input)));
  mock.on(PutCommand).callsFake((input) => realSend(new PutCommand(input)));
  mock.on(DeleteCommand).callsFake((input) => realSend(new DeleteCommand(input)));
  mock.on(BatchWriteCommand).callsFake((input) => realSend(new BatchWriteCommand(input)));
  const realBatch = (input: BatchWriteCommandInput) => realSend(new BatchWriteCommand(input));
  const realPut = (input: PutCommandInput) => realSend(new PutCommand(input));
  return {
    doc,
    onBatchWrite: (fake) => mock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) => fake(input, realBatch)),
    onPut: (fake) => mock.on(PutCommand).callsFake((input: PutCommandInput) => fake(input, realPut)),
    destroy: () => {
      mock.restore();
      dynamo.destroy();
    },
  };
}

/** Writes every other request of a batch and returns the rest as UnprocessedItems. */
export async function halfUnprocessed(
  input: BatchWriteCommandInput,
  real: (input: BatchWriteCommandInput) => Promise<BatchWriteCommandOutput>,
): Promise<BatchWriteCommandOutput> {
  const [[table, requests]] = Object.entries(input.RequestItems ?? {}) as [[string, BatchRequests]];
  const sent = requests.filter((_, index) => index % 2 === 0);
  const held = requests.filter((_, index) => index % 2 === 1);
  const output = await real({ ...input, RequestItems: { [table]: sent } });
  return { ...output, UnprocessedItems: held.length === 0 ? {} : { [table]: held } };
}

export const throttlingError = (): Error =>
  new ProvisionedThroughputExceededException({ message: 'Rate of requests exceeds the allowed throughput', $metadata: { httpStatusCode: 400 } });

export const timeoutError = (): Error => Object.assign(new Error('socket hang up: request timed out'), { name: 'TimeoutError' });
