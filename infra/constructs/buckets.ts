import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import type { BucketProps, LifecycleRule, NotificationKeyFilter } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { bucketDefaults, logBucketDefaults, withDefaults } from '../defaults';
import { acknowledge } from './nag';

export interface BuildBucketsProps {
  /** DESTROY also empties the buckets on stack deletion. @default RETAIN (bucketDefaults) */
  readonly removalPolicy?: RemovalPolicy;
  /** How long a replaced or deleted upload stays recoverable. */
  readonly noncurrentVersionExpiration: Duration;
  /** How long server access logs are kept. */
  readonly accessLogExpiration: Duration;
}

export interface WinnowBuckets {
  /** Target of the other buckets' server access logs. */
  readonly logBucket: Bucket;
  /** Article files arrive here; its notifications drive the pipeline. */
  readonly uploadBucket: Bucket;
  /** Bodies too large for a DynamoDB item; never notifies, so the handler cannot trigger itself. */
  readonly processedBucket: Bucket;
}

function versionLifecycle(noncurrentVersionExpiration: Duration): LifecycleRule[] {
  return [
    { id: 'ExpireNoncurrentVersions', noncurrentVersionExpiration, abortIncompleteMultipartUploadAfter: Duration.days(7) },
    { id: 'RemoveExpiredDeleteMarkers', expiredObjectDeleteMarker: true },
  ];
}

function removalOverrides(removalPolicy: RemovalPolicy | undefined): Partial<BucketProps> {
  return { removalPolicy, autoDeleteObjects: removalPolicy === RemovalPolicy.DESTROY ? true : undefined };
}

/** The access-log bucket, the upload bucket and the processed-bodies bucket. */
export function buildBuckets(scope: Construct, props: BuildBucketsProps): WinnowBuckets {
  const logBucket = new Bucket(
    scope,
    'AccessLogBucket',
    withDefaults(logBucketDefaults(), { ...removalOverrides(props.removalPolicy), lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: props.accessLogExpiration }] }),
  );
  // No AwsSolutions-S1 finding here: cdk-nag accepts a bucket that is itself a server-access-log target.
  const logged = (name: string): Partial<BucketProps> => ({
    ...removalOverrides(props.removalPolicy),
    serverAccessLogsBucket: logBucket,
    serverAccessLogsPrefix: `${name}/`,
    lifecycleRules: versionLifecycle(props.noncurrentVersionExpiration),
  });
  const uploadBucket = new Bucket(scope, 'UploadBucket', withDefaults(bucketDefaults(), logged('upload')));
  const processedBucket = new Bucket(scope, 'ProcessedBucket', withDefaults(bucketDefaults(), logged('processed')));
  return { logBucket, uploadBucket, processedBucket };
}

/**
 * ObjectCreated and ObjectRemoved for keys under `prefix` ending in one of `suffixes` → `queue`.
 * S3 allows one prefix and one suffix per rule, so each suffix gets its own rule per event type.
 */
export function notifyQueue(bucket: Bucket, queue: IQueue, prefix: string, suffixes: readonly string[]): void {
  const base: NotificationKeyFilter = prefix === '' ? {} : { prefix };
  const filters = suffixes.length === 0 ? [base] : suffixes.map((suffix) => ({ ...base, suffix }));
  const destination = new SqsDestination(queue);
  for (const event of [EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED]) {
    for (const filter of filters) bucket.addEventNotification(event, destination, filter);
  }
  // CDK configures bucket notifications through its own singleton custom resource at stack level.
  const stack = Stack.of(bucket);
  for (const child of stack.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
    acknowledge(
      child,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      "CDK's BucketNotificationsHandler (runs only during deployment to put this bucket's notification configuration) uses the basic execution role to write its own logs; its role and code are owned by aws-cdk-lib.",
    );
  }
}
