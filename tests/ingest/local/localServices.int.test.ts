/**
 * The local stand-ins as local mode uses them: DynamoDB Local persisting to a directory across
 * restarts, s3rver bridging its object events to S3-shaped notifications.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import { decodeNotification } from '../../../functions/ingest/notifications';
import { createTables } from '../../../scripts/local/createTables';
import { startDynamoLocal } from '../../../scripts/local/dynamoLocal';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../scripts/local/localService';
import { localS3ClientConfig, startS3Local } from '../../../scripts/local/s3Local';

describe('Function: startDynamoLocal', () => {
  it('keeps tables in dataDir across a restart', async () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), 'winnow-ddb-'));
    const clientFor = (endpoint: string) => new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    try {
      const first = await startDynamoLocal({ dataDir });
      await createTables(clientFor(first.endpoint), 'persisted-');
      await first.stop();
      // Act
      const second = await startDynamoLocal({ dataDir });
      const tables = await clientFor(second.endpoint).send(new ListTablesCommand({}));
      await second.stop();
      // Assess
      expect(tables.TableNames).toEqual(['persisted-Articles', 'persisted-Comments', 'persisted-Ingestions']);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('Function: startS3Local', () => {
  it('emits the notification S3 would send, key URL-encoded', async () => {
    // Prepare
    const s3Local = await startS3Local({ buckets: ['uploads'] });
    const s3 = new S3Client(localS3ClientConfig(s3Local.endpoint));
    const received: S3Event[] = [];
    const unsubscribe = s3Local.onObjectEvent((notification) => received.push(notification));
    try {
      // Act
      await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'news/tolls+fares 2026 é.txt', Body: 'hello' }));
      // Assess
      expect(received).toHaveLength(1);
      expect(received[0]?.Records[0]?.s3.object.key).toBe('news/tolls%2Bfares+2026+%C3%A9.txt');
      const decoded = decodeNotification(received[0]);
      expect(decoded.type === 'objects' && decoded.events[0]).toMatchObject({ kind: 'created', bucket: 'uploads', key: 'news/tolls+fares 2026 é.txt', size: 5 });
    } finally {
      unsubscribe();
      s3.destroy();
      await s3Local.stop();
    }
  });
});
