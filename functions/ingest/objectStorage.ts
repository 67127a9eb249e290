/**
 * S3 side of ingestion: reading the uploaded object (pinned to the event's version) and
 * writing / removing overflow texts in the processed bucket.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ObjectNotFoundError, ObjectTooLargeError, S3ReadError, S3WriteError } from '#errors';
import { OVERFLOW_CONTENT_TYPE } from '#schema/constants';
import { isNotFoundError, isTransientError } from './classifyError';
import type { ObjectEvent } from './notifications';
import type { OverflowText } from './toItems';

export interface FetchedObject {
  bytes: Uint8Array;
  contentType: string | null;
}

export async function fetchObject(s3: S3Client, event: ObjectEvent, maxBytes: number): Promise<FetchedObject> {
  const { bucket, key } = event;
  try {
    const output = await s3.send(
      new GetObjectCommand({ Bucket: bucket, Key: key, ...(event.versionId === null ? {} : { VersionId: event.versionId }) }),
    );
    if (output.ContentLength !== undefined && output.ContentLength > maxBytes) {
      output.Body?.transformToWebStream().cancel().catch(() => undefined);
      throw new ObjectTooLargeError(output.ContentLength, maxBytes);
    }
    const bytes = (await output.Body?.transformToByteArray()) ?? new Uint8Array();
    if (bytes.byteLength > maxBytes) throw new ObjectTooLargeError(bytes.byteLength, maxBytes);
    return { bytes, contentType: output.ContentType ?? null };
  } catch (error) {
    if (error instanceof ObjectTooLargeError) throw error;
    if (isNotFoundError(error)) throw new ObjectNotFoundError(bucket, key, { cause: error });
    throw new S3ReadError(bucket, key, isTransientError(error), { cause: error });
  }
}

export async function putOverflowTexts(s3: S3Client, bucket: string, texts: readonly OverflowText[]): Promise<void> {
  for (const { key, text } of texts) {
    try {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: text, ContentType: OVERFLOW_CONTENT_TYPE }));
    } catch (error) {
      throw new S3WriteError(bucket, key, isTransientError(error), { cause: error });
    }
  }
}

/** Removes every overflow object of a superseded or deleted version. */
export async function deleteOverflowPrefix(s3: S3Client, bucket: string, prefix: string): Promise<void> {
  let token: string | undefined;
  try {
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        if (object.Key !== undefined) await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: object.Key }));
      }
      token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  } catch (error) {
    throw new S3WriteError(bucket, prefix, isTransientError(error), { cause: error });
  }
}
