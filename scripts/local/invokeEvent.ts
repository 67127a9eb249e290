/**
 * `npm run invoke`: runs the production handler once on a sample event against a local stack.
 * The objects the event names are uploaded first from events/files/<file name of the key> (for a
 * delete: uploaded, ingested with an earlier sequencer and removed, so there is something to
 * delete); then the event goes to the handler unchanged and the outcome and stored items are
 * read back.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { SQSBatchResponse } from 'aws-lambda';
import { createReader } from '../../functions/reader';
import type { IngestEvent, IngestHandler } from '../../functions/ingest/createIngestHandler';
import { articleIdFor } from '../../functions/ingest/articleId';
import { decodeNotification, decodeNotificationBody, type DecodedNotification, type ObjectEvent } from '../../functions/ingest/notifications';
import { sequencerOrder } from '../../functions/ingest/sequencer';
import type { FileReport } from './ingestFiles';
import type { LocalStack } from './localStack';
import { s3Event } from './s3Notification';
import { SAMPLES_DIR } from './sourceFiles';

export interface InvokeResult {
  /** 'objects' events found in the event (an s3:TestEvent has none). */
  testEvents: number;
  response: SQSBatchResponse;
  reports: FileReport[];
}

type JsonObject = Record<string, unknown>;

function isSqsEvent(event: JsonObject): boolean {
  const records = event.Records;
  return Array.isArray(records) && records.length > 0 && records.every((record: unknown) => typeof record === 'object' && record !== null && (record as JsonObject).eventSource === 'aws:sqs');
}

/** The notifications inside a raw S3 event or an SQS batch, decoded by the handler's own decoder. */
export function notificationsIn(event: JsonObject): DecodedNotification[] {
  if (!isSqsEvent(event)) return [decodeNotification(event)];
  return (event.Records as JsonObject[]).map((record) => decodeNotificationBody(String(record.body)));
}

export function sampleFileFor(key: string): string {
  return join(SAMPLES_DIR, basename(key));
}

/** A sequencer just below `sequencer` (same width), for the version a delete event removes. */
export function earlierSequencer(sequencer: string): string | null {
  const value = BigInt(`0x${sequencer}`);
  return value === 0n ? null : (value - 1n).toString(16).toUpperCase().padStart(sequencer.length, '0');
}

async function ensureBucket(stack: LocalStack, bucket: string): Promise<void> {
  try {
    await stack.s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'BucketAlreadyExists')) throw error;
  }
}

async function prepare(stack: LocalStack, handler: IngestHandler, event: ObjectEvent): Promise<void> {
  const file = sampleFileFor(event.key);
  if (!existsSync(file)) throw new Error(`No sample file for key "${event.key}": expected ${file}`);
  const body = await readFile(file);
  await ensureBucket(stack, event.bucket);
  await stack.s3.send(new PutObjectCommand({ Bucket: event.bucket, Key: event.key, Body: body, ContentType: 'text/plain; charset=utf-8' }));
  if (event.kind === 'created') return;
  const sequencer = earlierSequencer(event.sequencer);
  if (sequencer !== null) {
    await handler(s3Event({ bucket: event.bucket, key: event.key, sequencer, size: body.byteLength, eventTime: event.eventTime }));
  }
  await stack.s3.send(new DeleteObjectCommand({ Bucket: event.bucket, Key: event.key }));
}

export async function invokeEvent(stack: LocalStack, handler: IngestHandler, event: JsonObject): Promise<InvokeResult> {
  const decoded = notificationsIn(event);
  const objectEvents = decoded.flatMap((notification) => (notification.type === 'objects' ? notification.events : []));
  for (const objectEvent of objectEvents) await prepare(stack, handler, objectEvent);
  const response = await handler(event as unknown as IngestEvent);
  const reader = createReader({ tables: stack.readerTables, client: stack.doc, s3: stack.s3 });
  const reports = await Promise.all(
    objectEvents.map(async (objectEvent): Promise<FileReport> => {
      const articleId = articleIdFor(objectEvent.bucket, objectEvent.key);
      const [stored, records] = await Promise.all([reader.getArticle(articleId, { fullText: false }), reader.listIngestions(articleId)]);
      const record = records.find((candidate) => candidate.recordKey === sequencerOrder(objectEvent.sequencer));
      return {
        file: sampleFileFor(objectEvent.key),
        key: objectEvent.key,
        articleId,
        outcome: record?.outcome ?? 'failed',
        error:
          record === undefined
            ? { code: 'INTERNAL', message: 'the handler wrote no ingestion record for this event' }
            : record.errorCode === null
              ? null
              : { code: record.errorCode, message: record.errorMessage ?? '' },
        ms: record?.durations.totalMs ?? null,
        article: stored?.article ?? null,
        comments: stored?.comments ?? [],
      };
    }),
  );
  return { testEvents: decoded.filter((notification) => notification.type === 'test').length, response, reports };
}
