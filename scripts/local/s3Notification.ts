/**
 * Builds S3 event notifications the way S3 sends them (event version 2.1, key URL-encoded with
 * `+` for a space): for local mode's bridge from s3rver, the benchmark and test factories.
 */
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { encodeS3EventKey } from '../../functions/ingest/s3Key';
import { LOCAL_REGION } from './localService';

export interface ObjectEventSpec {
  bucket: string;
  /** Decoded key; encoded here the way S3 encodes it. */
  key: string;
  sequencer: string;
  eventName?: string;
  size?: number;
  eTag?: string;
  versionId?: string;
  /** Defaults to now. */
  eventTime?: string;
}

export function s3EventRecord(spec: ObjectEventSpec): S3EventRecord {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: LOCAL_REGION,
    eventTime: spec.eventTime ?? new Date().toISOString(),
    eventName: spec.eventName ?? 'ObjectCreated:Put',
    userIdentity: { principalId: 'AWS:LOCAL' },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'ingest',
      bucket: { name: spec.bucket, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${spec.bucket}` },
      object: {
        key: encodeS3EventKey(spec.key),
        size: spec.size ?? 0,
        eTag: spec.eTag ?? '',
        ...(spec.versionId === undefined ? {} : { versionId: spec.versionId }),
        sequencer: spec.sequencer,
      },
    },
  };
}

export function s3Event(...specs: ObjectEventSpec[]): S3Event {
  return { Records: specs.map(s3EventRecord) };
}
