/**
 * Test records shaped like what AWS delivers: S3 notifications (keys URL-encoded as S3 does),
 * SQS records and batches wrapping them, and article texts in the seed files' layout.
 */
import type { S3Event, S3EventRecord, SQSEvent, SQSRecord } from 'aws-lambda';
import { s3EventRecord, type ObjectEventSpec } from '../../scripts/local/s3Notification';

export type { ObjectEventSpec };

const TEST_EVENT_TIME = '2026-11-22T10:00:00.000Z';

export function s3Record(spec: ObjectEventSpec): S3EventRecord {
  return s3EventRecord({ eTag: '0123456789abcdef0123456789abcdef', eventTime: TEST_EVENT_TIME, ...spec });
}

export function s3Notification(...specs: ObjectEventSpec[]): S3Event {
  return { Records: specs.map(s3Record) };
}

/** The message S3 sends once when a queue is configured as a notification target. */
export function s3TestEvent(bucket: string): Record<string, string> {
  return {
    Service: 'Amazon S3',
    Event: 's3:TestEvent',
    Time: '2026-11-22T10:00:00.000Z',
    Bucket: bucket,
    RequestId: 'TESTREQUEST',
    HostId: 'TESTHOST',
  };
}

export function sqsRecord(body: unknown, messageId: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `receipt-${messageId}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1795000000000',
      SenderId: 'AIDATEST',
      ApproximateFirstReceiveTimestamp: '1795000000000',
    },
    messageAttributes: {},
    md5OfBody: 'md5',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:winnow-ingest',
    awsRegion: 'us-east-1',
  };
}

export function sqsEvent(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

export interface CommentSpec {
  author: string;
  text: string;
  replies?: CommentSpec[];
}

export interface ArticleSpec {
  title: string;
  paragraphs: string[];
  comments?: CommentSpec[];
}

function commentLines(comments: CommentSpec[], depth: number): string[] {
  const indent = '  '.repeat(depth + 1);
  return comments.flatMap((comment, index) => [
    `${indent}${depth === 0 ? `${index + 1}.` : '•'} ${comment.author} said:`,
    '',
    ...comment.text.split('\n\n').flatMap((paragraph) => [`${indent}  ${paragraph}`, '']),
    ...commentLines(comment.replies ?? [], depth + 1),
  ]);
}

/** An article in the layout of the seed files: title, body, discussion policy, numbered comments. */
export function articleText(spec: ArticleSpec): string {
  const comments = spec.comments ?? [];
  const thread =
    comments.length === 0
      ? []
      : ['', 'Discussion Policy', '', 'Comments are welcomed and encouraged. Comments that include profanity or personal attacks will not be permitted.', '', '', ...commentLines(comments, 0)];
  return [spec.title, '', ...spec.paragraphs.flatMap((paragraph) => [paragraph, '']), ...thread].join('\n');
}

const FIRST_NAMES = ['Alma', 'Bruno', 'Cora', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST_NAMES = ['Aldous', 'Baptiste', 'Castell', 'Dunmore', 'Ekwueme', 'Fairbairn', 'Gallo', 'Hartley', 'Ishikawa', 'Jaworski'];

/** `count` (≤ 100) top-level comments with distinct authors and texts. */
export function manyComments(count: number): CommentSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    author: `${FIRST_NAMES[index % 10]} ${LAST_NAMES[Math.floor(index / 10) % 10]}`,
    text: `I think the harbour plan is ${index % 2 === 0 ? 'sound' : 'too costly'}, and this is my point ${index + 1} about it.`,
  }));
}
