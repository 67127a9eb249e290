/**
 * DynamoDB reads and writes for one article: its current item, the ingestion records of its
 * events, its comments. Article writes and deletes are conditioned on the S3 sequencer so an
 * older event never overwrites a newer one.
 */
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { DynamoWriteError } from '#errors';
import type { ArticleItem, CommentItem, IngestionOutcome, IngestionRecord } from '#schema';
import type { RetryPolicy } from './backoff';
import { batchWriteAll, type WriteRequest, type WriteTally } from './batchWrite';
import { isTransientError } from './classifyError';

export interface TableNames {
  articles: string;
  comments: string;
  ingestions: string;
}

/** What a new version needs to know about the stored one. */
export type PreviousArticle = Pick<ArticleItem, 'contentHash' | 'sequencerOrder' | 'ingestedAt' | 'overflowPrefix'>;

export interface EventHistory {
  /** The record of this very event, if it was processed before. */
  sameEvent: Pick<IngestionRecord, 'outcome' | 'attempts'> | null;
  /** A later event of this key has been applied (stored, unchanged or deleted). */
  newerApplied: boolean;
}

export interface ConditionalWrite {
  applied: boolean;
  capacityUnits: number;
}

const APPLIED_OUTCOMES: ReadonlySet<IngestionOutcome> = new Set(['stored', 'unchanged', 'deleted']);
const PREVIOUS_ARTICLE_FIELDS = ['contentHash', 'sequencerOrder', 'ingestedAt', 'overflowPrefix'] as const;
const SEQUENCER_CONDITION = 'attribute_not_exists(articleId) OR sequencerOrder < :sequencerOrder';

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function capacityOf(output: { ConsumedCapacity?: { CapacityUnits?: number } }): number {
  return output.ConsumedCapacity?.CapacityUnits ?? 0;
}

export class ArticleStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly tables: TableNames,
    private readonly retry: RetryPolicy,
  ) {}

  private async call<T>(table: string, operation: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw new DynamoWriteError(table, operation, isTransientError(error), { cause: error });
    }
  }

  async previousArticle(articleId: string): Promise<PreviousArticle | null> {
    const { articles } = this.tables;
    const output = await this.call(articles, 'GetItem', () =>
      this.doc.send(
        new GetCommand({
          TableName: articles,
          Key: { articleId },
          ConsistentRead: true,
          ProjectionExpression: PREVIOUS_ARTICLE_FIELDS.join(', '),
        }),
      ),
    );
    return (output.Item as PreviousArticle | undefined) ?? null;
  }

  /** Every item a Query returns, across pages. */
  private async queryAll(input: QueryCommandInput & { TableName: string }): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.call(input.TableName, 'Query', () =>
        this.doc.send(new QueryCommand({ ...input, ConsistentRead: true, ExclusiveStartKey: startKey })),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return items;
  }

  /** Reads the records of this event and of every later event of the same key. */
  async eventHistory(articleId: string, sequencerOrder: string): Promise<EventHistory> {
    const records = (await this.queryAll({
      TableName: this.tables.ingestions,
      KeyConditionExpression: 'articleId = :articleId AND recordKey >= :recordKey',
      ExpressionAttributeValues: { ':articleId': articleId, ':recordKey': sequencerOrder },
      ProjectionExpression: 'recordKey, outcome, attempts',
    })) as Pick<IngestionRecord, 'recordKey' | 'outcome' | 'attempts'>[];
    const same = records.find((record) => record.recordKey === sequencerOrder);
    return {
      sameEvent: same === undefined ? null : { outcome: same.outcome, attempts: same.attempts },
      newerApplied: records.some((record) => record.recordKey !== sequencerOrder && APPLIED_OUTCOMES.has(record.outcome)),
    };
  }

  async commentIds(articleId: string): Promise<string[]> {
    const items = await this.queryAll({
      TableName: this.tables.comments,
      KeyConditionExpression: 'articleId = :articleId',
      ExpressionAttributeValues: { ':articleId': articleId },
      ProjectionExpression: 'commentId',
    });
    return items.map((item) => String(item.commentId));
  }

  /** Puts `puts` and deletes the comments named in `deleteIds` (disjoint sets), in batches of 25. */
  async writeComments(articleId: string, puts: readonly CommentItem[], deleteIds: readonly string[]): Promise<WriteTally> {
    const requests: WriteRequest[] = [
      ...puts.map((item): WriteRequest => ({ PutRequest: { Item: item } })),
      ...deleteIds.map((commentId): WriteRequest => ({ DeleteRequest: { Key: { articleId, commentId } } })),
    ];
    return batchWriteAll(this.doc, this.tables.comments, requests, this.retry);
  }

  /** Writes the article unless a newer (or the same) sequencer is already stored. */
  async putArticle(item: ArticleItem): Promise<ConditionalWrite> {
    const { articles } = this.tables;
    try {
      const output = await this.doc.send(
        new PutCommand({
          TableName: articles,
          Item: item,
          ConditionExpression: SEQUENCER_CONDITION,
          ExpressionAttributeValues: { ':sequencerOrder': item.sequencerOrder },
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      return { applied: true, capacityUnits: capacityOf(output) };
    } catch (error) {
      if (isConditionFailure(error)) return { applied: false, capacityUnits: 0 };
      throw new DynamoWriteError(articles, 'PutItem', isTransientError(error), { cause: error });
    }
  }

  /** Deletes the article unless a newer (or the same) sequencer is stored; returns what was deleted. */
  async deleteArticle(
    articleId: string,
    sequencerOrder: string,
  ): Promise<ConditionalWrite & { deleted: PreviousArticle | null }> {
    const { articles } = this.tables;
    try {
      const output = await this.doc.send(
        new DeleteCommand({
          TableName: articles,
          Key: { articleId },
          ConditionExpression: SEQUENCER_CONDITION,
          ExpressionAttributeValues: { ':sequencerOrder': sequencerOrder },
          ReturnValues: 'ALL_OLD',
          ReturnConsumedCapacity: 'TOTAL',
        }),
      );
      const deleted = (output.Attributes as PreviousArticle | undefined) ?? null;
      return { applied: true, deleted, capacityUnits: capacityOf(output) };
    } catch (error) {
      if (isConditionFailure(error)) return { applied: false, deleted: null, capacityUnits: 0 };
      throw new DynamoWriteError(articles, 'DeleteItem', isTransientError(error), { cause: error });
    }
  }

  async putRecord(record: IngestionRecord): Promise<void> {
    const { ingestions } = this.tables;
    await this.call(ingestions, 'PutItem', () => this.doc.send(new PutCommand({ TableName: ingestions, Item: record })));
  }
}
