import type { Duration } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { MAX_RECEIVE_COUNT, deadLetterQueueDefaults, queueDefaults, visibilityTimeoutFor, withDefaults } from '../defaults';

export interface BuildIngestQueueProps {
  /** Timeout of the consuming function; the visibility timeout is derived from it. */
  readonly functionTimeout: Duration;
  /** Batching window of the event source, added to the visibility timeout. */
  readonly batchingWindow: Duration;
  /** @default 14 days (deadLetterQueueDefaults) */
  readonly deadLetterRetention?: Duration;
}

export interface IngestQueue {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
}

/** The notification queue and its dead-letter queue (after MAX_RECEIVE_COUNT receives). */
export function buildIngestQueue(scope: Construct, props: BuildIngestQueueProps): IngestQueue {
  const deadLetterQueue = new Queue(scope, 'IngestDeadLetterQueue', withDefaults(deadLetterQueueDefaults(), { retentionPeriod: props.deadLetterRetention }));
  const queue = new Queue(
    scope,
    'IngestQueue',
    withDefaults(queueDefaults(), {}, {
      visibilityTimeout: visibilityTimeoutFor(props.functionTimeout, props.batchingWindow),
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    }),
  );
  return { queue, deadLetterQueue };
}
