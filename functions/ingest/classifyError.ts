/**
 * Decides whether an AWS SDK or network failure is transient (worth an SQS retry) or not.
 * Throttling, timeouts, 5xx and dropped connections are transient; everything else is not.
 */
const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'Throttling',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ThroughputExceededException',
  'TransactionConflictException',
  'InternalServerError',
  'InternalError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'SlowDown',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'AbortError',
]);

const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

interface AwsErrorShape {
  name?: unknown;
  code?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $retryable?: unknown;
}

export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const shape = error as AwsErrorShape;
  if (typeof shape.name === 'string' && TRANSIENT_NAMES.has(shape.name)) return true;
  if (typeof shape.code === 'string' && TRANSIENT_NETWORK_CODES.has(shape.code)) return true;
  if (shape.$retryable !== undefined && shape.$retryable !== null) return true;
  const status = shape.$metadata?.httpStatusCode;
  return typeof status === 'number' && (status >= 500 || status === 429);
}

export function isNotFoundError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const shape = error as AwsErrorShape;
  return shape.name === 'NoSuchKey' || shape.name === 'NoSuchVersion' || shape.name === 'NotFound' || shape.$metadata?.httpStatusCode === 404;
}
