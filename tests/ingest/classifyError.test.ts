import { isNotFoundError, isTransientError } from '../../functions/ingest/classifyError';

const awsError = (name: string, httpStatusCode?: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode } });

describe('Function: isTransientError', () => {
  it.each([
    ['throttling', awsError('ThrottlingException', 400)],
    ['provisioned throughput', awsError('ProvisionedThroughputExceededException', 400)],
    ['a 5xx', awsError('SomethingBroke', 503)],
    ['a timeout', awsError('TimeoutError')],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
  ])('treats %s as transient', (_label, error) => {
    expect(isTransientError(error)).toBe(true);
  });

  it.each([
    ['a validation error', awsError('ValidationException', 400)],
    ['access denied', awsError('AccessDenied', 403)],
    ['a plain error', new Error('bug')],
    ['a string', 'oops'],
  ])('treats %s as permanent', (_label, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});

describe('Function: isNotFoundError', () => {
  it('recognises NoSuchKey, NoSuchVersion and a bare 404', () => {
    expect(isNotFoundError(awsError('NoSuchKey', 404))).toBe(true);
    expect(isNotFoundError(awsError('NoSuchVersion', 404))).toBe(true);
    expect(isNotFoundError(awsError('UnknownError', 404))).toBe(true);
    expect(isNotFoundError(awsError('AccessDenied', 403))).toBe(false);
  });
});
