/**
 * The sample events in events/ look like what S3 (and SQS) send: the handler's decoder reads
 * them, keys pass the stack's notification filter, every object names a sample file and size and
 * eTag match that file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIGS } from '../../infra/config';
import { notificationsIn, sampleFileFor } from '../../scripts/local/invokeEvent';
import { matchesNotificationFilter } from '../../scripts/local/sourceFiles';
import { REPO_ROOT } from './support/localRun';

const EVENTS_DIR = join(REPO_ROOT, 'events');
const load = (name: string) => JSON.parse(readFileSync(join(EVENTS_DIR, name), 'utf8')) as Record<string, unknown>;
const eventNames = readdirSync(EVENTS_DIR).filter((name) => name.endsWith('.json'));

describe('Sample events', () => {
  it('include the five kinds of notification', () => {
    expect(eventNames.sort()).toEqual(['s3-delete.json', 's3-put-encoded-key.json', 's3-put.json', 's3-test-event.json', 'sqs-batch.json']);
  });

  it.each(eventNames)('%s names sample files with matching size and eTag under the stack key filter', (name) => {
    const objects = notificationsIn(load(name)).flatMap((notification) => (notification.type === 'objects' ? notification.events : []));
    for (const object of objects) {
      expect(matchesNotificationFilter(object.key)).toBe(true);
      expect(object.key.startsWith(CONFIGS.dev.keyPrefix)).toBe(true);
      const file = sampleFileFor(object.key);
      expect(existsSync(file)).toBe(true);
      if (object.kind === 'created') {
        const bytes = readFileSync(file);
        expect([object.size, object.eTag]).toEqual([bytes.byteLength, createHash('md5').update(bytes).digest('hex')]);
      }
    }
  });

  it('send the kinds of event their names promise', () => {
    const kinds = (name: string) => notificationsIn(load(name)).map((notification) => (notification.type === 'test' ? 'test' : notification.events.map((event) => event.eventName).join()));
    expect(kinds('s3-put.json')).toEqual(['ObjectCreated:Put']);
    expect(kinds('s3-delete.json')).toEqual(['ObjectRemoved:Delete']);
    expect(kinds('s3-put-encoded-key.json')).toEqual(['ObjectCreated:Put']);
    expect(kinds('sqs-batch.json')).toEqual(['ObjectCreated:Put', 'ObjectCreated:Put', 'ObjectCreated:Put']);
    expect(kinds('s3-test-event.json')).toEqual(['test']);
  });

  it('encode the key as S3 does: + for a space, UTF-8 percent escapes', () => {
    const raw = JSON.stringify(load('s3-put-encoded-key.json'));
    expect(raw).toContain('incoming/Presse+Archiv/Elbkurier+%E2%80%93+L%C3%BCneburg/news-elbkurier-freibad-sanierung.txt');
  });
});
