/**
 * Collects the notifications S3 would publish for the upload bucket: s3rver reports every write
 * and delete (the handler's own writes to the processed bucket included); only the upload
 * bucket's events pass, as in the stack, each with a fresh sequencer (s3rver's repeat within a
 * millisecond).
 */
import type { S3Event } from 'aws-lambda';
import { createSequencer } from './localSequencer';
import type { LocalStack } from './localStack';

export interface NotificationBridge {
  /** Notifications since the last call, in write order. */
  drain(): S3Event[];
  close(): void;
}

export function openNotificationBridge(stack: LocalStack, sequencer: () => string = createSequencer()): NotificationBridge {
  let pending: S3Event[] = [];
  const unsubscribe = stack.s3Service.onObjectEvent((notification) => {
    const records = notification.Records.filter((record) => record.s3.bucket.name === stack.uploadBucket);
    if (records.length === 0) return;
    pending.push({
      Records: records.map((record) => ({ ...record, s3: { ...record.s3, object: { ...record.s3.object, sequencer: sequencer() } } })),
    });
  });
  return {
    drain() {
      const drained = pending;
      pending = [];
      return drained;
    },
    close: unsubscribe,
  };
}
