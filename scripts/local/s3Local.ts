/**
 * Starts s3rver (an in-process S3 stand-in) on a free loopback port. Clients reach it with
 * path-style requests (the endpoint is an IP address), credentials S3RVER/S3RVER and checksum
 * calculation/validation WHEN_REQUIRED (`localS3ClientConfig`). `onObjectEvent` turns s3rver's
 * own event into the notification real S3 would send (URL-encoded key), for local mode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
import { freePort } from './freePort';
import { LOCAL_CREDENTIALS, LOCAL_REGION, type LocalService } from './localService';
import { s3Event } from './s3Notification';

export interface S3LocalOptions {
  /** Keep objects in this directory; a temporary directory (removed on stop) when omitted. */
  dataDir?: string;
  port?: number;
  /** Buckets to create at start. */
  buckets?: string[];
}

export interface S3LocalService extends LocalService {
  /** Calls `listener` with an S3-shaped notification after every object write or delete. */
  onObjectEvent(listener: (notification: S3Event) => void): () => void;
}

/** Client settings s3rver needs; spread into `new S3Client({...})`. */
export function localS3ClientConfig(endpoint: string) {
  return {
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  } as const;
}

/** s3rver's event (key not encoded, event version 2.0) as the notification S3 would send. */
export function toS3Notification(event: S3rver.S3rverEvent): S3Event {
  return s3Event(
    ...event.Records.map((record) => ({
      bucket: record.s3.bucket.name,
      key: record.s3.object.key,
      sequencer: record.s3.object.sequencer,
      eventName: record.eventName,
      eventTime: record.eventTime,
      ...(record.s3.object.size === undefined ? {} : { size: record.s3.object.size }),
      ...(record.s3.object.eTag === undefined ? {} : { eTag: record.s3.object.eTag }),
    })),
  );
}

export async function startS3Local(options: S3LocalOptions = {}): Promise<S3LocalService> {
  const temporary = options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'winnow-s3-')) : null;
  const directory = temporary ?? resolve(options.dataDir ?? '.');
  const port = options.port ?? (await freePort());
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: (options.buckets ?? []).map((name) => ({ name })),
  });
  await server.run();

  let stopped = false;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    onObjectEvent(listener) {
      const forward = (event: S3rver.S3rverEvent) => listener(toS3Notification(event));
      server.on('event', forward);
      return () => server.off('event', forward);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
      if (temporary !== null) rmSync(temporary, { recursive: true, force: true });
    },
  };
}
