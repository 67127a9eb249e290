import { InvalidEventError } from '#errors';
import { decodeNotification, decodeNotificationBody } from '../../functions/ingest/notifications';
import { s3Notification, s3Record, s3TestEvent } from '../helpers/factories';

const spec = { bucket: 'winnow-uploads', key: 'news/harbour plan+tolls é.txt', sequencer: '0055B4E3C1A0', size: 1234 };

describe('Function: decodeNotificationBody', () => {
  it('decodes an S3 notification in an SQS body, key URL-decoded', () => {
    // Act
    const decoded = decodeNotificationBody(JSON.stringify(s3Notification(spec)));
    // Assess
    expect(decoded).toEqual({
      type: 'objects',
      events: [
        {
          kind: 'created',
          eventName: 'ObjectCreated:Put',
          eventTime: '2026-11-22T10:00:00.000Z',
          bucket: 'winnow-uploads',
          key: 'news/harbour plan+tolls é.txt',
          versionId: null,
          eTag: '0123456789abcdef0123456789abcdef',
          size: 1234,
          sequencer: '0055B4E3C1A0',
        },
      ],
    });
  });

  it('recognises s3:TestEvent', () => {
    expect(decodeNotificationBody(JSON.stringify(s3TestEvent('winnow-uploads')))).toEqual({ type: 'test' });
  });

  it('unwraps an SNS envelope', () => {
    const envelope = { Type: 'Notification', Message: JSON.stringify(s3Notification(spec)) };
    const decoded = decodeNotificationBody(JSON.stringify(envelope));
    expect(decoded.type === 'objects' && decoded.events[0]?.key).toBe(spec.key);
  });

  it('throws InvalidEventError for a body that is not JSON', () => {
    expect(() => decodeNotificationBody('{not json')).toThrow(InvalidEventError);
  });
});

describe('Function: decodeNotification', () => {
  it('maps ObjectRemoved events to kind "removed" and keeps the version id', () => {
    // Prepare
    const event = s3Notification({ ...spec, eventName: 'ObjectRemoved:DeleteMarkerCreated', versionId: 'v2' });
    // Act
    const decoded = decodeNotification(event);
    // Assess
    expect(decoded.type === 'objects' && decoded.events[0]).toMatchObject({ kind: 'removed', versionId: 'v2' });
  });

  it('drops events that neither create nor remove an object', () => {
    const decoded = decodeNotification(s3Notification({ ...spec, eventName: 'ObjectRestore:Completed' }));
    expect(decoded).toEqual({ type: 'objects', events: [] });
  });

  it('treats versionId "null" (unversioned bucket) as no version', () => {
    const decoded = decodeNotification(s3Notification({ ...spec, versionId: 'null' }));
    expect(decoded.type === 'objects' && decoded.events[0]?.versionId).toBeNull();
  });

  it('orders an event without a sequencer by its event time', () => {
    // Prepare
    const record = s3Record(spec);
    const withoutSequencer = { Records: [{ ...record, s3: { ...record.s3, object: { ...record.s3.object, sequencer: '' } } }] };
    // Act
    const decoded = decodeNotification(withoutSequencer);
    // Assess
    expect(decoded.type === 'objects' && decoded.events[0]?.sequencer).toBe(Date.parse('2026-11-22T10:00:00.000Z').toString(16).toUpperCase());
  });

  it.each([
    ['a record without s3', { Records: [{ eventName: 'ObjectCreated:Put' }] }],
    ['a document without Records', { hello: 'world' }],
    ['a malformed key escape', s3Notification({ ...spec, key: 'x' }).Records.map((record) => ({ ...record, s3: { ...record.s3, object: { ...record.s3.object, key: '%E6' } } }))],
  ])('throws InvalidEventError for %s', (_label, document) => {
    const input = Array.isArray(document) ? { Records: document } : document;
    expect(() => decodeNotification(input)).toThrow(InvalidEventError);
  });
});
