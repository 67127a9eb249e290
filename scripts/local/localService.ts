/** What starting a local AWS stand-in returns. */
export interface LocalService {
  /** Base URL for the SDK (`AWS_ENDPOINT_URL_*`), e.g. http://127.0.0.1:40123. */
  endpoint: string;
  port: number;
  /** Stops the service; safe to call twice. */
  stop(): Promise<void>;
}

/** Credentials s3rver insists on; DynamoDB Local accepts any, so a local run uses these for both. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

/**
 * The SDK's own variables that point every client (the production handler's included) at local
 * stand-ins: endpoints, the credentials s3rver requires, and checksums only when required (s3rver
 * would otherwise store aws-chunked framing).
 */
export function sdkEnvironment(dynamoEndpoint: string, s3Endpoint: string, region = LOCAL_REGION): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: s3Endpoint,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_REGION: region,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
  };
}
