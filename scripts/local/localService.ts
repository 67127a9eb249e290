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
