/**
 * Names of the environment variables through which the CDK stack (and local mode)
 * configure the ingest handler. One list, so infra and runtime cannot drift apart.
 */
export const ENV = {
  articlesTable: 'ARTICLES_TABLE',
  commentsTable: 'COMMENTS_TABLE',
  ingestionsTable: 'INGESTIONS_TABLE',
  /** Bucket that receives bodies too large for a DynamoDB item (never the upload bucket: no notification loop). */
  processedBucket: 'PROCESSED_BUCKET',
  /** Objects larger than this many bytes are recorded as failed (TOO_LARGE) without being read. */
  maxObjectBytes: 'MAX_OBJECT_BYTES',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];
