/** The part of s3rver 3.7.1's API Winnow uses (the package ships no types). */
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';

  class S3rver {
    constructor(options?: S3rver.S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    reset(): void;
    on(event: 'event', listener: (event: S3rver.S3rverEvent) => void): this;
    off(event: 'event', listener: (event: S3rver.S3rverEvent) => void): this;
  }

  namespace S3rver {
    interface S3rverOptions {
      address?: string;
      port?: number;
      silent?: boolean;
      directory?: string;
      resetOnClose?: boolean;
      allowMismatchedSignatures?: boolean;
      vhostBuckets?: boolean;
      configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
    }

    /** The in-process notification s3rver emits after Put/Post/Copy/Delete (key NOT URL-encoded). */
    interface S3rverEvent {
      Records: {
        eventVersion: string;
        eventSource: 'aws:s3';
        awsRegion: string;
        eventTime: string;
        eventName: string;
        s3: {
          s3SchemaVersion: string;
          configurationId: string;
          bucket: { name: string; arn: string };
          object: { key: string; sequencer: string; size?: number; eTag?: string };
        };
      }[];
    }
  }

  export = S3rver;
}
