export { ARTICLE_SUMMARY_ATTRIBUTES, ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE, TABLE_DEFINITIONS } from './tables';
export type { IndexDefinition, IndexProjection, KeyAttribute, KeyType, TableDefinition } from './tables';
export { ENV } from './environment';
export type { EnvName } from './environment';
export {
  BODY_PREVIEW_CHARS,
  INGEST_ERROR_CODES,
  INGESTION_OUTCOMES,
  INLINE_TEXT_MAX_BYTES,
  OVERFLOW_CONTENT_TYPE,
  SCHEMA_VERSION,
  SEQUENCER_WIDTH,
} from './constants';
export type { IngestErrorCode, IngestionOutcome } from './constants';
export {
  ArticleItemSchema,
  ArticleSummarySchema,
  CommentItemSchema,
  DatelineSchema,
  IngestionRecordSchema,
  S3PointerSchema,
  SourceSchema,
} from './items';
export type {
  ArticleItem,
  ArticleSummary,
  CommentItem,
  IngestionCounts,
  IngestionDurations,
  IngestionRecord,
  ObjectSource,
  S3Pointer,
} from './items';
