/**
 * Failures of the reader. Every one names what it was reading and keeps the SDK error as
 * `cause`; `catch` blocks narrow with `instanceof ReaderError`.
 */
export class ReaderError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ReaderError';
  }
}

/** A DynamoDB query or get failed (missing table, wrong endpoint, no credentials, …). */
export class TableReadError extends ReaderError {
  constructor(
    readonly table: string,
    operation: string,
    options?: ErrorOptions,
  ) {
    super(`${operation} on table ${table} failed`, options);
    this.name = 'TableReadError';
  }
}

/** An item does not match the item contract (functions/schema/items.ts). */
export class ItemContractError extends ReaderError {
  constructor(
    readonly table: string,
    readonly itemKey: string,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`Item ${itemKey} in table ${table} does not match the item contract: ${detail}`, options);
    this.name = 'ItemContractError';
  }
}

/** The full text behind an S3 pointer (`bodyRef`, `textRef`) could not be read. */
export class OverflowReadError extends ReaderError {
  constructor(bucket: string, key: string, options?: ErrorOptions) {
    super(`Could not read the overflow text s3://${bucket}/${key}`, options);
    this.name = 'OverflowReadError';
  }
}
