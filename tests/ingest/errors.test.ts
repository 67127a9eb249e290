import {
  DynamoWriteError,
  InvalidEventError,
  ObjectNotFoundError,
  ObjectTooLargeError,
  ParserFailureError,
  S3ReadError,
  StaleSequencerError,
  UnprocessedItemsExhaustedError,
  WinnowError,
  assertIsError,
} from '#errors';

describe('Errors: WinnowError subclasses', () => {
  it.each([
    [new S3ReadError('b', 'k', true), 'S3ReadError', 'S3_READ', true],
    [new ObjectNotFoundError('b', 'k'), 'ObjectNotFoundError', 'NOT_FOUND', false],
    [new ObjectTooLargeError(10, 5), 'ObjectTooLargeError', 'TOO_LARGE', false],
    [new DynamoWriteError('t', 'PutItem', false), 'DynamoWriteError', 'DYNAMODB_WRITE', false],
    [new UnprocessedItemsExhaustedError('t', 3, 8), 'UnprocessedItemsExhaustedError', 'UNPROCESSED_ITEMS', true],
    [new StaleSequencerError('a', '01'), 'StaleSequencerError', 'STALE_SEQUENCER', false],
    [new InvalidEventError('bad'), 'InvalidEventError', 'INVALID_EVENT', false],
    [new ParserFailureError('k', 'threw'), 'ParserFailureError', 'INTERNAL', true],
  ])('%s sets name, code and retryable', (error, name, code, retryable) => {
    expect(error).toBeInstanceOf(WinnowError);
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, code: error.code, retryable: error.retryable }).toEqual({ name, code, retryable });
  });

  it('keeps the cause', () => {
    const cause = new Error('socket hang up');
    expect(new S3ReadError('b', 'k', true, { cause }).cause).toBe(cause);
  });
});

describe('Function: assertIsError', () => {
  it('passes errors through', () => {
    expect(() => assertIsError(new Error('x'))).not.toThrow();
  });

  it('wraps anything else, keeping it as the cause', () => {
    expect(() => assertIsError('a string')).toThrow(expect.objectContaining({ cause: 'a string' }));
  });
});
