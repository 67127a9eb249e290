/**
 * Builds the ingestion record of one processed event (pure) and the source block shared with
 * the article item.
 */
import type { IngestErrorCode, IngestionOutcome } from '#schema/constants';
import { SCHEMA_VERSION } from '#schema/constants';
import type { IngestionCounts, IngestionDurations, IngestionRecord, ObjectSource } from '#schema';
import type { ObjectEvent } from './notifications';

export interface RecordedError {
  code: IngestErrorCode;
  message: string;
  retryable: boolean;
}

export interface ParsedSummary {
  contentHash: string;
  parserVersion: string;
  comments: number;
}

export interface RecordInput {
  articleId: string;
  sequencerOrder: string;
  event: ObjectEvent;
  attempts: number;
  outcome: IngestionOutcome;
  error: RecordedError | null;
  contentType: string | null;
  parsed: ParsedSummary | null;
  counts: Omit<IngestionCounts, 'comments'>;
  durations: IngestionDurations;
  recordedAt: string;
}

export const NO_WRITES: Omit<IngestionCounts, 'comments'> = {
  commentsWritten: 0,
  commentsDeleted: 0,
  itemWrites: 0,
  writeCapacityUnits: 0,
};

export function sourceOf(event: ObjectEvent, contentType: string | null): ObjectSource {
  return {
    bucket: event.bucket,
    key: event.key,
    versionId: event.versionId,
    eTag: event.eTag,
    size: event.size,
    sequencer: event.sequencer,
    contentType,
  };
}

export function buildIngestionRecord(input: RecordInput): IngestionRecord {
  return {
    articleId: input.articleId,
    recordKey: input.sequencerOrder,
    schemaVersion: SCHEMA_VERSION,
    outcome: input.outcome,
    errorCode: input.error?.code ?? null,
    errorMessage: input.error?.message ?? null,
    retryable: input.error?.retryable ?? false,
    attempts: input.attempts,
    eventName: input.event.eventName,
    eventTime: input.event.eventTime,
    source: sourceOf(input.event, input.contentType),
    contentHash: input.parsed?.contentHash ?? null,
    parserVersion: input.parsed?.parserVersion ?? null,
    counts: { comments: input.parsed?.comments ?? 0, ...input.counts },
    durations: input.durations,
    recordedAt: input.recordedAt,
  };
}
