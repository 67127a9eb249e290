/** What the reader needs and returns. */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ArticleItem, ArticleSummary, CommentItem, IngestionRecord } from '#schema';

/** Physical table names, e.g. from the stack outputs or ARTICLES_TABLE / COMMENTS_TABLE / INGESTIONS_TABLE. */
export interface ReaderTables {
  articles: string;
  comments: string;
  ingestions: string;
}

export interface ReaderDeps {
  tables: ReaderTables;
  client: DynamoDBDocumentClient;
  /** Reads the full texts behind `bodyRef` / `textRef`; without it, pointers are left as they are. */
  s3?: S3Client;
}

export interface ReadOptions {
  /** Replace previews by the full texts stored in S3 (needs `s3`). @default true when `s3` is given */
  fullText?: boolean;
}

/** An article item and its comments in thread order (`commentId` order: parents before their replies). */
export interface StoredArticle {
  article: ArticleItem;
  comments: CommentItem[];
}

export interface Reader {
  /** The article and its comments, or null when no article has this id. */
  getArticle(articleId: string, options?: ReadOptions): Promise<StoredArticle | null>;
  /** The comments of one article in thread order (empty when there are none). */
  listComments(articleId: string, options?: ReadOptions): Promise<CommentItem[]>;
  /**
   * Summaries (no body) of the articles of one day (YYYY-MM-DD of `publishedAt`, else of
   * `ingestedAt`), in time order; `getArticle` reads a whole one.
   */
  listArticlesByDay(day: string): Promise<ArticleSummary[]>;
  /** One commenter's comments across articles, oldest first; the name is matched case- and accent-insensitively. */
  listCommentsByAuthor(name: string): Promise<CommentItem[]>;
  /** Every ingestion record of one article, in S3 event order (oldest first). */
  listIngestions(articleId: string): Promise<IngestionRecord[]>;
  /** Ingestion records with outcome `failed`, oldest first (optionally only those recorded at or after `since`). */
  listFailedIngestions(options?: { since?: string }): Promise<IngestionRecord[]>;
}
