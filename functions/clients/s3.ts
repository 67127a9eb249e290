/**
 * The S3 client, created once per Lambda container. Local runs point it elsewhere with the
 * SDK's standard AWS_ENDPOINT_URL_S3 (and AWS_REQUEST_CHECKSUM_CALCULATION) variables.
 */
import { S3Client } from '@aws-sdk/client-s3';

export const s3Client = new S3Client({
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 10_000 },
});
