/**
 * One local ingestion round: write the files to the upload bucket (or delete their objects),
 * collect the notifications S3 would send, deliver them through SQS-shaped batches to the
 * production handler, then read the outcome and the stored items back from the tables.
 */
import { readFile } from 'node:fs/promises';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { createReader, type Reader } from '../../functions/reader';
import type { IngestHandler } from '../../functions/ingest/createIngestHandler';
import { articleIdFor } from '../../functions/ingest/articleId';
import { decodeS3EventKey } from '../../functions/ingest/s3Key';
import { sequencerOrder } from '../../functions/ingest/sequencer';
import type { ArticleItem, CommentItem, IngestionOutcome } from '../../functions/schema';
import { deliver } from './deliver';
import type { LocalStack } from './localStack';
import { openNotificationBridge, type NotificationBridge } from './notificationBridge';
import type { SourceFile } from './sourceFiles';

export type FileOperation = { kind: 'put'; source: SourceFile } | { kind: 'delete'; source: SourceFile };

export interface FileReport {
  file: string;
  key: string;
  articleId: string;
  outcome: IngestionOutcome;
  error: { code: string; message: string } | null;
  /** Handler time for this object (the ingestion record's totalMs); null without a record. */
  ms: number | null;
  /** The stored article after ingestion (null when none is stored) and its comments in thread order. */
  article: ArticleItem | null;
  comments: CommentItem[];
}

export interface IngestSession {
  reader: Reader;
  run(operations: readonly FileOperation[]): Promise<FileReport[]>;
  close(): void;
}

const CONTENT_TYPE = 'text/plain; charset=utf-8';

async function apply(stack: LocalStack, operation: FileOperation): Promise<void> {
  const { key } = operation.source;
  if (operation.kind === 'delete') {
    await stack.s3.send(new DeleteObjectCommand({ Bucket: stack.uploadBucket, Key: key }));
    return;
  }
  const body = await readFile(operation.source.path);
  await stack.s3.send(new PutObjectCommand({ Bucket: stack.uploadBucket, Key: key, Body: body, ContentType: CONTENT_TYPE }));
}

/** The last sequencer sent for each decoded key. */
function sequencersByKey(notifications: readonly S3Event[]): Map<string, string> {
  const sequencers = new Map<string, string>();
  for (const record of notifications.flatMap((notification) => notification.Records)) {
    sequencers.set(decodeS3EventKey(record.s3.object.key), record.s3.object.sequencer);
  }
  return sequencers;
}

async function report(stack: LocalStack, reader: Reader, source: SourceFile, sequencer: string | undefined): Promise<FileReport> {
  const articleId = articleIdFor(stack.uploadBucket, source.key);
  const [stored, records] = await Promise.all([reader.getArticle(articleId, { fullText: false }), reader.listIngestions(articleId)]);
  const record = sequencer === undefined ? undefined : records.find((candidate) => candidate.recordKey === sequencerOrder(sequencer));
  const base = { file: source.file, key: source.key, articleId, article: stored?.article ?? null, comments: stored?.comments ?? [] };
  if (record === undefined) {
    const message = sequencer === undefined ? 'S3 sent no notification for this object' : 'the handler wrote no ingestion record for this event';
    return { ...base, outcome: 'failed', error: { code: 'INTERNAL', message }, ms: null };
  }
  const error = record.errorCode === null ? null : { code: record.errorCode, message: record.errorMessage ?? '' };
  return { ...base, outcome: record.outcome, error, ms: record.durations.totalMs };
}

export function openIngestSession(stack: LocalStack, handler: IngestHandler): IngestSession {
  const bridge: NotificationBridge = openNotificationBridge(stack);
  const reader = createReader({ tables: stack.readerTables, client: stack.doc, s3: stack.s3 });
  return {
    reader,
    async run(operations) {
      for (const operation of operations) await apply(stack, operation);
      const notifications = bridge.drain();
      await deliver(handler, notifications);
      const sequencers = sequencersByKey(notifications);
      return Promise.all(operations.map((operation) => report(stack, reader, operation.source, sequencers.get(operation.source.key))));
    },
    close: () => bridge.close(),
  };
}
