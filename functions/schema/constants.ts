/**
 * Plain values of the item contract, kept apart from the zod schemas (items.ts) so the
 * Lambda bundle can use them without pulling zod into its runtime import graph.
 */
import { PARSE_ERROR_CODES, type ParseErrorCode } from '#core/types';

/** Bumped on any breaking change to an item shape; see "Versioning" in docs/schema.md. */
export const SCHEMA_VERSION = 1;

export const INGESTION_OUTCOMES = ['stored', 'unchanged', 'deleted', 'skipped', 'failed'] as const;
export type IngestionOutcome = (typeof INGESTION_OUTCOMES)[number];

/** Codes of the pipeline's own failures (I/O, events); INTERNAL is shared with the parser. */
const PIPELINE_ERROR_CODES = [
  'NOT_FOUND',
  'STALE_SEQUENCER',
  'INVALID_EVENT',
  'S3_READ',
  'S3_WRITE',
  'DYNAMODB_WRITE',
  'UNPROCESSED_ITEMS',
  'INTERNAL',
] as const;
export type IngestErrorCode = ParseErrorCode | (typeof PIPELINE_ERROR_CODES)[number];

/** Every `errorCode` an ingestion record can carry: parse codes (returned by the core), then the pipeline's. */
export const INGEST_ERROR_CODES = [...new Set<IngestErrorCode>([...PARSE_ERROR_CODES, ...PIPELINE_ERROR_CODES])] as [
  IngestErrorCode,
  ...IngestErrorCode[],
];

/** A text (article body or comment) larger than this many UTF-8 bytes is stored in S3 behind a pointer. */
export const INLINE_TEXT_MAX_BYTES = 300_000;

/** When the body lives in S3, the item's `body` keeps this many leading characters as a preview. */
export const BODY_PREVIEW_CHARS = 1_000;

/** Sequencers are right-padded with zeros to this width so DynamoDB can compare them as strings. */
export const SEQUENCER_WIDTH = 64;

/** Content type of every overflow object in the processed bucket. */
export const OVERFLOW_CONTENT_TYPE = 'text/plain; charset=utf-8';
