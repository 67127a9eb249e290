/**
 * Decodes what reaches the handler into object events: an S3 notification (raw, in an SQS
 * body, or in an SNS envelope inside an SQS body). `s3:TestEvent` decodes to `test`; events
 * other than ObjectCreated/ObjectRemoved are dropped.
 */
import { InvalidEventError } from '#errors';
import { decodeS3EventKey } from './s3Key';
import { sequencerFromEventTime } from './sequencer';

export type ObjectEventKind = 'created' | 'removed';

export interface ObjectEvent {
  kind: ObjectEventKind;
  eventName: string;
  eventTime: string;
  bucket: string;
  /** Decoded key, as the object is named in the bucket. */
  key: string;
  versionId: string | null;
  eTag: string | null;
  size: number | null;
  sequencer: string;
}

export type DecodedNotification = { type: 'test' } | { type: 'objects'; events: ObjectEvent[] };

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(object: JsonObject, name: string): JsonObject {
  const value = object[name];
  if (!isObject(value)) throw new InvalidEventError(`missing object "${name}"`);
  return value;
}

function text(object: JsonObject, name: string): string | null {
  const value = object[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function kindOf(eventName: string): ObjectEventKind | null {
  if (eventName.startsWith('ObjectCreated:')) return 'created';
  if (eventName.startsWith('ObjectRemoved:')) return 'removed';
  return null;
}

function decodeKey(raw: string): string {
  try {
    return decodeS3EventKey(raw);
  } catch (error) {
    throw new InvalidEventError(`object key "${raw}" is not URL-encoded UTF-8`, { cause: error });
  }
}

function toObjectEvent(record: JsonObject): ObjectEvent | null {
  const eventName = text(record, 'eventName') ?? '';
  const kind = kindOf(eventName);
  if (kind === null) return null;
  const s3 = field(record, 's3');
  const object = field(s3, 'object');
  const bucket = text(field(s3, 'bucket'), 'name');
  const rawKey = text(object, 'key');
  if (bucket === null || rawKey === null) throw new InvalidEventError('record without bucket name or object key');
  const eventTime = text(record, 'eventTime') ?? '';
  const size = object.size;
  const versionId = text(object, 'versionId');
  return {
    kind,
    eventName,
    eventTime,
    bucket,
    key: decodeKey(rawKey),
    versionId: versionId === 'null' ? null : versionId,
    eTag: text(object, 'eTag'),
    size: typeof size === 'number' && Number.isInteger(size) && size >= 0 ? size : null,
    sequencer: text(object, 'sequencer') ?? sequencerFromEventTime(eventTime),
  };
}

/** Decodes a parsed notification document. */
export function decodeNotification(document: unknown): DecodedNotification {
  if (!isObject(document)) throw new InvalidEventError('notification is not a JSON object');
  if (document.Event === 's3:TestEvent') return { type: 'test' };
  if (document.Type === 'Notification' && typeof document.Message === 'string') {
    return decodeNotificationBody(document.Message);
  }
  const records = document.Records;
  if (!Array.isArray(records)) throw new InvalidEventError('notification without Records');
  const events = records.map((record) => {
    if (!isObject(record)) throw new InvalidEventError('record is not a JSON object');
    return toObjectEvent(record);
  });
  return { type: 'objects', events: events.filter((event): event is ObjectEvent => event !== null) };
}

/** Decodes an SQS message body (JSON text). */
export function decodeNotificationBody(body: string): DecodedNotification {
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    throw new InvalidEventError('message body is not JSON', { cause: error });
  }
  return decodeNotification(document);
}
