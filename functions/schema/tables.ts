/**
 * The one definition of Winnow's DynamoDB tables: key schema, indexes and the
 * environment variable that carries each physical table name. The CDK stack,
 * local mode and the tests all build their tables from this module.
 */

export type KeyType = 'S' | 'N';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

/**
 * What an index copies from each item besides the keys: everything, or the named attributes.
 * Every byte projected is written again on each item write, so large text stays out of
 * indexes that only list items.
 */
export type IndexProjection = { type: 'ALL' } | { type: 'INCLUDE'; attributes: readonly string[] };

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  projection: IndexProjection;
}

/**
 * The article summary the `byDay` index carries (with the table and index keys): enough to list
 * and pick articles; the body, captions and source are read from the table by `articleId`.
 */
export const ARTICLE_SUMMARY_ATTRIBUTES = [
  'schemaVersion',
  'title',
  'subtitle',
  'authors',
  'publishedAt',
  'dayBasis',
  'language',
  'wordCount',
  'commentCount',
  'contentHash',
  'ingestedAt',
  'updatedAt',
] as const;

export interface TableDefinition {
  /** Stable id used for construct ids and local table names. */
  id: 'Articles' | 'Comments' | 'Ingestions';
  /** Environment variable through which handlers receive the physical name. */
  envVar: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  /** Downstream consumers read this table's change stream (NEW_AND_OLD_IMAGES). */
  stream: boolean;
  /** Attribute holding an epoch-seconds expiry, when the table expires items. */
  timeToLiveAttribute?: string;
}

export const ARTICLES_TABLE: TableDefinition = {
  id: 'Articles',
  envVar: 'ARTICLES_TABLE',
  partitionKey: { name: 'articleId', type: 'S' },
  globalSecondaryIndexes: [
    // List articles of one day in time order: day = YYYY-MM-DD of publishedAt (ingestedAt when unknown).
    {
      indexName: 'byDay',
      partitionKey: { name: 'day', type: 'S' },
      sortKey: { name: 'dayTime', type: 'S' },
      projection: { type: 'INCLUDE', attributes: ARTICLE_SUMMARY_ATTRIBUTES },
    },
  ],
  stream: true,
};

export const COMMENTS_TABLE: TableDefinition = {
  id: 'Comments',
  envVar: 'COMMENTS_TABLE',
  partitionKey: { name: 'articleId', type: 'S' },
  sortKey: { name: 'commentId', type: 'S' },
  globalSecondaryIndexes: [
    // One commenter's comments across articles: authorKey = normalized author name. The texts are
    // what such a listing is for, so the whole item is projected.
    { indexName: 'byAuthor', partitionKey: { name: 'authorKey', type: 'S' }, sortKey: { name: 'authorSortKey', type: 'S' }, projection: { type: 'ALL' } },
  ],
  stream: true,
};

export const INGESTIONS_TABLE: TableDefinition = {
  id: 'Ingestions',
  envVar: 'INGESTIONS_TABLE',
  partitionKey: { name: 'articleId', type: 'S' },
  sortKey: { name: 'recordKey', type: 'S' },
  globalSecondaryIndexes: [
    // List failed (or skipped, …) ingestions in time order to re-drive them.
    { indexName: 'byOutcome', partitionKey: { name: 'outcome', type: 'S' }, sortKey: { name: 'recordedAt', type: 'S' }, projection: { type: 'ALL' } },
  ],
  stream: false,
};

export const TABLE_DEFINITIONS: readonly TableDefinition[] = [ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE];
