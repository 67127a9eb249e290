/**
 * Typed reads of Winnow's tables for other tools: an article with its comments in thread order
 * (full texts fetched from S3 when they overflowed), a day's articles, a commenter's comments and
 * the failed ingestions, through the `byDay`, `byAuthor` and `byOutcome` indexes. Every item is
 * checked against the item contract, so callers get exactly the documented shapes.
 */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { ArticleItemSchema, ArticleSummarySchema, CommentItemSchema, IngestionRecordSchema, type CommentItem, type S3Pointer } from '#schema';
import { ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE } from '#schema/tables';
import { authorKeyFor } from '../ingest/authorKey';
import { ItemContractError, OverflowReadError, TableReadError } from './errors';
import type { ReadOptions, Reader, ReaderDeps } from './types';

type Item = Record<string, unknown>;

const indexName = (definition: typeof ARTICLES_TABLE, position = 0): string => {
  const index = definition.globalSecondaryIndexes[position];
  if (index === undefined) throw new Error(`table ${definition.id} has no secondary index`);
  return index.indexName;
};

function validate<T>(schema: z.ZodType<T>, table: string, item: Item): T {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  const itemKey = [item.articleId, item.commentId ?? item.recordKey].filter((part) => part !== undefined).map(String).join(' / ');
  throw new ItemContractError(table, itemKey, result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
}

export function createReader(deps: ReaderDeps): Reader {
  const { client, tables, s3 } = deps;

  async function queryAll(input: QueryCommandInput & { TableName: string }): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      let page;
      try {
        page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
      } catch (error) {
        throw new TableReadError(input.TableName, input.IndexName === undefined ? 'Query' : `Query ${input.IndexName}`, { cause: error });
      }
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return items;
  }

  async function fullText(pointer: S3Pointer | null, inline: string, options: ReadOptions): Promise<string> {
    if (pointer === null || s3 === undefined || options.fullText === false) return inline;
    try {
      const output = await s3.send(new GetObjectCommand({ Bucket: pointer.bucket, Key: pointer.key }));
      return (await output.Body?.transformToString('utf8')) ?? '';
    } catch (error) {
      throw new OverflowReadError(pointer.bucket, pointer.key, { cause: error });
    }
  }

  async function listComments(articleId: string, options: ReadOptions = {}): Promise<CommentItem[]> {
    const items = await queryAll({
      TableName: tables.comments,
      KeyConditionExpression: 'articleId = :articleId',
      ExpressionAttributeValues: { ':articleId': articleId },
    });
    const comments = items.map((item) => validate(CommentItemSchema, tables.comments, item));
    return Promise.all(comments.map(async (comment) => ({ ...comment, text: await fullText(comment.textRef, comment.text, options) })));
  }

  return {
    async getArticle(articleId, options = {}) {
      let item: Item | undefined;
      try {
        item = (await client.send(new GetCommand({ TableName: tables.articles, Key: { articleId } }))).Item;
      } catch (error) {
        throw new TableReadError(tables.articles, 'GetItem', { cause: error });
      }
      if (item === undefined) return null;
      const article = validate(ArticleItemSchema, tables.articles, item);
      const [body, comments] = await Promise.all([fullText(article.bodyRef, article.body, options), listComments(articleId, options)]);
      return { article: { ...article, body }, comments };
    },

    listComments,

    async listArticlesByDay(day) {
      const items = await queryAll({
        TableName: tables.articles,
        IndexName: indexName(ARTICLES_TABLE),
        KeyConditionExpression: '#day = :day',
        ExpressionAttributeNames: { '#day': 'day' },
        ExpressionAttributeValues: { ':day': day },
      });
      return items.map((item) => validate(ArticleSummarySchema, tables.articles, item));
    },

    async listCommentsByAuthor(name) {
      const authorKey = authorKeyFor(name);
      if (authorKey === null) return [];
      const items = await queryAll({
        TableName: tables.comments,
        IndexName: indexName(COMMENTS_TABLE),
        KeyConditionExpression: 'authorKey = :authorKey',
        ExpressionAttributeValues: { ':authorKey': authorKey },
      });
      return items.map((item) => validate(CommentItemSchema, tables.comments, item));
    },

    async listIngestions(articleId) {
      const items = await queryAll({
        TableName: tables.ingestions,
        KeyConditionExpression: 'articleId = :articleId',
        ExpressionAttributeValues: { ':articleId': articleId },
      });
      return items.map((item) => validate(IngestionRecordSchema, tables.ingestions, item));
    },

    async listFailedIngestions(options = {}) {
      const since = options.since === undefined ? '' : ' AND recordedAt >= :since';
      const items = await queryAll({
        TableName: tables.ingestions,
        IndexName: indexName(INGESTIONS_TABLE),
        KeyConditionExpression: `outcome = :outcome${since}`,
        ExpressionAttributeValues: { ':outcome': 'failed', ...(options.since === undefined ? {} : { ':since': options.since }) },
      });
      return items.map((item) => validate(IngestionRecordSchema, tables.ingestions, item));
    },
  };
}
