/**
 * I/O failures of the ingest pipeline. Parse problems are returned by the core, never thrown;
 * everything thrown here carries a stable `code` (the ingestion record's `errorCode`) and says
 * whether retrying the same event can succeed (`retryable`: SQS redelivers it) or not.
 */
import type { IngestErrorCode } from '#schema/constants';

export abstract class WinnowError extends Error {
  abstract readonly code: IngestErrorCode;
  readonly retryable: boolean;

  protected constructor(message: string, retryable: boolean, options?: ErrorOptions) {
    super(message, options);
    this.name = 'WinnowError';
    this.retryable = retryable;
  }
}

/** GetObject failed for a reason other than "not found"; retryable when the cause is transient. */
export class S3ReadError extends WinnowError {
  readonly code = 'S3_READ';
  constructor(bucket: string, key: string, retryable: boolean, options?: ErrorOptions) {
    super(`Could not read s3://${bucket}/${key}`, retryable, options);
    this.name = 'S3ReadError';
  }
}

/** The object (or the pinned version) no longer exists: recorded as `skipped`. */
export class ObjectNotFoundError extends WinnowError {
  readonly code = 'NOT_FOUND';
  constructor(bucket: string, key: string, options?: ErrorOptions) {
    super(`s3://${bucket}/${key} no longer exists`, false, options);
    this.name = 'ObjectNotFoundError';
  }
}

/** The object is larger than MAX_OBJECT_BYTES; it is not read. */
export class ObjectTooLargeError extends WinnowError {
  readonly code = 'TOO_LARGE';
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`Object of ${size} bytes exceeds the limit of ${limit} bytes`, false);
    this.name = 'ObjectTooLargeError';
  }
}

/** Writing an overflow text to the processed bucket failed. */
export class S3WriteError extends WinnowError {
  readonly code = 'S3_WRITE';
  constructor(bucket: string, key: string, retryable: boolean, options?: ErrorOptions) {
    super(`Could not write s3://${bucket}/${key}`, retryable, options);
    this.name = 'S3WriteError';
  }
}

/** A DynamoDB read or write failed; retryable when the cause is transient (throttling, 5xx, timeout). */
export class DynamoWriteError extends WinnowError {
  readonly code = 'DYNAMODB_WRITE';
  constructor(table: string, operation: string, retryable: boolean, options?: ErrorOptions) {
    super(`${operation} on table ${table} failed`, retryable, options);
    this.name = 'DynamoWriteError';
  }
}

/** BatchWriteItem kept returning UnprocessedItems after every bounded retry. */
export class UnprocessedItemsExhaustedError extends WinnowError {
  readonly code = 'UNPROCESSED_ITEMS';
  constructor(
    readonly table: string,
    readonly unprocessedCount: number,
    readonly attempts: number,
  ) {
    super(`${unprocessedCount} items for table ${table} still unprocessed after ${attempts} attempts`, true);
    this.name = 'UnprocessedItemsExhaustedError';
  }
}

/** A newer event for the same object key has already been applied. */
export class StaleSequencerError extends WinnowError {
  readonly code = 'STALE_SEQUENCER';
  constructor(
    readonly articleId: string,
    readonly sequencer: string,
  ) {
    super(`A newer event than sequencer ${sequencer} was already applied to ${articleId}`, false);
    this.name = 'StaleSequencerError';
  }
}

/**
 * The parser failed on this file (it returned INTERNAL or threw): a bug, not bad input. Retryable, so
 * the message ends in the dead-letter queue and can be re-driven once the parser is fixed.
 */
export class ParserFailureError extends WinnowError {
  readonly code = 'INTERNAL';
  constructor(key: string, detail: string, options?: ErrorOptions) {
    super(`The parser failed on ${key}: ${detail}`, true, options);
    this.name = 'ParserFailureError';
  }
}

/** The message is not an S3 notification this handler understands. */
export class InvalidEventError extends WinnowError {
  readonly code = 'INVALID_EVENT';
  constructor(reason: string, options?: ErrorOptions) {
    super(`Invalid S3 event: ${reason}`, false, options);
    this.name = 'InvalidEventError';
  }
}

/** A required environment variable is missing or malformed. */
export class ConfigError extends WinnowError {
  readonly code = 'INTERNAL';
  constructor(reason: string) {
    super(`Invalid configuration: ${reason}`, false);
    this.name = 'ConfigError';
  }
}

/** Narrows what a `catch` receives; non-Error throwables are wrapped so nothing is lost. */
export function assertIsError(error: unknown): asserts error is Error {
  if (!(error instanceof Error)) {
    throw new Error(`Non-error thrown: ${String(error)}`, { cause: error });
  }
}
