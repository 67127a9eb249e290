/**
 * Applies one S3 object event to the tables, idempotently and in sequencer order:
 *   1. a duplicate of an event already applied changes nothing;
 *   2. an event older than one already applied is recorded `skipped` (STALE_SEQUENCER);
 *   3. ObjectCreated: fetch → parse → (same contentHash: `unchanged`) → overflow texts →
 *      comments (put new, delete stale) → article last, conditioned on the sequencer;
 *   4. ObjectRemoved: delete comments and overflow texts, then the article (same condition).
 * Every processed event ends with an ingestion record. Deterministic failures are recorded
 * and returned; transient ones are recorded and rethrown so SQS redelivers the message.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { ParseOptions, ParseResult } from '#core/types';
import { ObjectTooLargeError, ParserFailureError, StaleSequencerError, WinnowError, assertIsError } from '#errors';
import type { IngestionRecord } from '#schema';
import type { IngestErrorCode, IngestionOutcome } from '#schema/constants';
import type { ArticleStore, PreviousArticle } from './articleStore';
import { articleIdFor } from './articleId';
import type { IngestConfig } from './config';
import { NO_WRITES, buildIngestionRecord, sourceOf, type ParsedSummary, type RecordInput, type RecordedError } from './ingestionRecord';
import type { ObjectEvent } from './notifications';
import { deleteOverflowPrefix, fetchObject, putOverflowTexts, type FetchedObject } from './objectStorage';
import { sequencerOrder } from './sequencer';
import { StageTimer } from './stageTimer';
import { toItems } from './toItems';

export type ParseFunction = (bytes: Uint8Array, options: ParseOptions) => ParseResult;

export interface IngestContext {
  s3: S3Client;
  store: ArticleStore;
  parse: ParseFunction;
  config: IngestConfig;
  /** Monotonic milliseconds (durations). */
  clock: () => number;
  /** Wall-clock ISO time (item timestamps). */
  now: () => string;
}

export type EventResult = { status: 'duplicate'; articleId: string } | { status: 'recorded'; record: IngestionRecord };

/** What one pass produced, before it becomes a record. */
interface Applied {
  outcome: IngestionOutcome;
  error: RecordedError | null;
  counts: RecordInput['counts'];
}

/** Facts learnt along the way, kept for the failure record too. */
interface Progress {
  contentType: string | null;
  parsed: ParsedSummary | null;
}

interface EventScope {
  event: ObjectEvent;
  articleId: string;
  order: string;
  timer: StageTimer;
  progress: Progress;
}

function recordedErrorOf(error: WinnowError): RecordedError {
  return { code: error.code, message: error.message, retryable: error.retryable };
}

function skippedAsStale(scope: EventScope, counts = NO_WRITES): Applied {
  return { outcome: 'skipped', error: recordedErrorOf(new StaleSequencerError(scope.articleId, scope.event.sequencer)), counts };
}

function isNewer(previous: PreviousArticle | null, order: string): boolean {
  return previous !== null && previous.sequencerOrder > order;
}

/** Bad input comes back as a parse error; a parser crash becomes a retryable ParserFailureError. */
function parseSafely(key: string, object: FetchedObject, context: IngestContext): ParseResult {
  try {
    return context.parse(object.bytes, {
      key,
      ...(object.contentType === null ? {} : { contentType: object.contentType }),
      settings: { maxInputBytes: context.config.maxObjectBytes },
    });
  } catch (error) {
    assertIsError(error);
    throw new ParserFailureError(key, `${error.name}: ${error.message}`, { cause: error });
  }
}

async function storeVersion(scope: EventScope, context: IngestContext): Promise<Applied> {
  const { event, articleId, order, timer, progress } = scope;
  const { store, config } = context;
  const previous = await store.previousArticle(articleId);
  if (isNewer(previous, order)) return skippedAsStale(scope);
  if (event.size !== null && event.size > config.maxObjectBytes) throw new ObjectTooLargeError(event.size, config.maxObjectBytes);

  const object = await timer.time('fetchMs', () => fetchObject(context.s3, event, config.maxObjectBytes));
  progress.contentType = object.contentType;
  const result = timer.timeSync('parseMs', () => parseSafely(event.key, object, context));
  if (!result.ok && result.error.code === 'INTERNAL') throw new ParserFailureError(event.key, result.error.message);
  if (!result.ok) {
    return { outcome: 'failed', error: { code: result.error.code, message: result.error.message, retryable: false }, counts: NO_WRITES };
  }
  const { article } = result;
  progress.parsed = { contentHash: article.contentHash, parserVersion: article.parserVersion, comments: result.comments.length };
  if (previous?.contentHash === article.contentHash) return { outcome: 'unchanged', error: null, counts: NO_WRITES };

  const now = context.now();
  const items = toItems(result, sourceOf(event, object.contentType), {
    now,
    ingestedAt: previous?.ingestedAt ?? now,
    processedBucket: config.processedBucket,
  });
  return timer.time('writeMs', async () => {
    await putOverflowTexts(context.s3, config.processedBucket, items.overflow);
    const keep = new Set(items.comments.map((comment) => comment.commentId));
    const stale = (await store.commentIds(articleId)).filter((commentId) => !keep.has(commentId));
    const comments = await store.writeComments(articleId, items.comments, stale);
    const put = await store.putArticle(items.article);
    const counts = {
      commentsWritten: items.comments.length,
      commentsDeleted: stale.length,
      itemWrites: comments.writes + (put.applied ? 1 : 0),
      writeCapacityUnits: comments.capacityUnits + put.capacityUnits,
    };
    // Not applied: a newer event won, or a concurrent delivery of this same event (another
    // container) stored this version first; only the former is stale.
    if (!put.applied && (await store.previousArticle(articleId))?.sequencerOrder !== order) return skippedAsStale(scope, counts);
    const superseded = previous?.overflowPrefix ?? null;
    if (superseded !== null && superseded !== items.article.overflowPrefix) {
      await deleteOverflowPrefix(context.s3, config.processedBucket, superseded);
    }
    return { outcome: 'stored', error: null, counts };
  });
}

async function removeArticle(scope: EventScope, context: IngestContext): Promise<Applied> {
  const { articleId, order, timer } = scope;
  const { store, config } = context;
  const previous = await store.previousArticle(articleId);
  if (isNewer(previous, order)) return skippedAsStale(scope);
  return timer.time('writeMs', async () => {
    const commentIds = await store.commentIds(articleId);
    const comments = await store.writeComments(articleId, [], commentIds);
    if (previous?.overflowPrefix) await deleteOverflowPrefix(context.s3, config.processedBucket, previous.overflowPrefix);
    const removed = await store.deleteArticle(articleId, order);
    const counts = {
      commentsWritten: 0,
      commentsDeleted: commentIds.length,
      itemWrites: comments.writes + (removed.deleted === null ? 0 : 1),
      writeCapacityUnits: comments.capacityUnits + removed.capacityUnits,
    };
    return removed.applied ? { outcome: 'deleted', error: null, counts } : skippedAsStale(scope, counts);
  });
}

function failureOf(error: Error): RecordedError & { outcome: IngestionOutcome } {
  if (error instanceof WinnowError) {
    return { outcome: error.code === 'NOT_FOUND' ? 'skipped' : 'failed', ...recordedErrorOf(error) };
  }
  // An unexpected error is a bug or an unknown transient fault: let SQS retry, then park it in the DLQ.
  const code: IngestErrorCode = 'INTERNAL';
  return { outcome: 'failed', code, message: `${error.name}: ${error.message}`, retryable: true };
}

export async function processObjectEvent(event: ObjectEvent, context: IngestContext): Promise<EventResult> {
  const articleId = articleIdFor(event.bucket, event.key);
  const order = sequencerOrder(event.sequencer);
  const history = await context.store.eventHistory(articleId, order);
  if (history.sameEvent !== null && history.sameEvent.outcome !== 'failed') return { status: 'duplicate', articleId };

  const scope: EventScope = { event, articleId, order, timer: new StageTimer(context.clock), progress: { contentType: null, parsed: null } };
  const recordOf = (applied: Applied): IngestionRecord =>
    buildIngestionRecord({
      articleId,
      sequencerOrder: order,
      event,
      attempts: (history.sameEvent?.attempts ?? 0) + 1,
      ...applied,
      ...scope.progress,
      durations: scope.timer.durations(),
      recordedAt: context.now(),
    });

  let record: IngestionRecord;
  try {
    const applied = history.newerApplied
      ? skippedAsStale(scope)
      : event.kind === 'created'
        ? await storeVersion(scope, context)
        : await removeArticle(scope, context);
    record = recordOf(applied);
  } catch (error) {
    assertIsError(error);
    const { outcome, ...failure } = failureOf(error);
    record = recordOf({ outcome, error: failure, counts: NO_WRITES });
    try {
      await context.store.putRecord(record);
    } catch (recordError) {
      // Never lose a failure silently: without its record, even a deterministic failure is retried.
      throw failure.retryable ? error : recordError;
    }
    if (failure.retryable) throw error;
    return { status: 'recorded', record };
  }
  await context.store.putRecord(record);
  return { status: 'recorded', record };
}
