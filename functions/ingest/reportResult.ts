/**
 * Structured log line and CloudWatch metrics for each processed object event.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { IngestionOutcome } from '#schema/constants';
import type { ObjectEvent } from './notifications';
import type { EventResult } from './processObjectEvent';

const OUTCOME_METRIC: Record<IngestionOutcome, string> = {
  stored: 'ArticlesStored',
  unchanged: 'ArticlesUnchanged',
  deleted: 'ArticlesDeleted',
  skipped: 'ObjectsSkipped',
  failed: 'ObjectsFailed',
};

export function countFailure(metrics: Metrics, errorCode: string): void {
  const metric = metrics.singleMetric();
  metric.addDimension('errorCode', errorCode);
  metric.addMetric('IngestFailures', MetricUnit.Count, 1);
}

export function reportResult(logger: Logger, metrics: Metrics, event: ObjectEvent, result: EventResult): void {
  if (result.status === 'duplicate') {
    logger.info('Duplicate event ignored', { key: event.key, articleId: result.articleId, sequencer: event.sequencer });
    metrics.addMetric('DuplicateEvents', MetricUnit.Count, 1);
    return;
  }
  const { record } = result;
  const details = {
    key: event.key,
    articleId: record.articleId,
    eventName: record.eventName,
    outcome: record.outcome,
    errorCode: record.errorCode,
    errorMessage: record.errorMessage,
    attempts: record.attempts,
    counts: record.counts,
    durations: record.durations,
  };
  if (record.outcome === 'failed') logger.error('Object ingestion failed', details);
  else logger.info('Object ingested', details);

  metrics.addMetric(OUTCOME_METRIC[record.outcome], MetricUnit.Count, 1);
  if (record.outcome === 'stored') metrics.addMetric('CommentsStored', MetricUnit.Count, record.counts.commentsWritten);
  if (record.errorCode !== null && record.outcome === 'failed') countFailure(metrics, record.errorCode);
  if (record.durations.parseMs > 0) metrics.addMetric('ParseTime', MetricUnit.Milliseconds, record.durations.parseMs);
  if (record.counts.itemWrites > 0) metrics.addMetric('WriteTime', MetricUnit.Milliseconds, record.durations.writeMs);
}
