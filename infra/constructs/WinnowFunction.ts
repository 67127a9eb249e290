import * as path from 'node:path';
import type { RemovalPolicy } from 'aws-cdk-lib';
import { TableGrants } from 'aws-cdk-lib/aws-dynamodb';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BucketGrants } from 'aws-cdk-lib/aws-s3';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { EnvName } from '#schema/environment';
import { functionDefaults, logGroupDefaults, withDefaults } from '../defaults';
import { acknowledge, wildcardUnderArn } from './nag';

/** Repository root: bundling resolves entries, the lockfile and package.json `imports` from here. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export type TableAccess = 'read' | 'write' | 'readWrite';
/** Access to the objects of a bucket the function stores into (plus ListBucket on the bucket, see `bindBucket`). */
export type ObjectAccess = 'read' | 'readWrite';

const OBJECT_ACTIONS: Record<ObjectAccess, readonly string[]> = {
  read: ['s3:GetObject'],
  readWrite: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
};

export interface WinnowFunctionProps extends Omit<NodejsFunctionProps, 'entry' | 'logGroup' | 'role'> {
  /** Handler file relative to the repository root, e.g. `functions/handlers/ingestArticle.ts`. */
  readonly entry: string;
  /** @default RetentionDays.ONE_MONTH (logGroupDefaults) */
  readonly logRetention?: RetentionDays;
  /** Removal policy of the log group. @default RETAIN (logGroupDefaults) */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * Winnow's one Lambda function shape: `functionDefaults()` plus an explicit log group with set
 * retention and a role without managed policies (it may write to its own log group only).
 * Access to data is added through the `bind*` methods, which set the environment variable and
 * the grant in one call so the two cannot drift apart.
 */
export class WinnowFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: WinnowFunctionProps) {
    const { entry, logRetention, logRemovalPolicy, environment, bundling, ...overrides } = props;
    const defaults = functionDefaults();
    const logGroup = new LogGroup(scope, `${id}LogGroup`, withDefaults(logGroupDefaults(), { retention: logRetention, removalPolicy: logRemovalPolicy }));
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    super(
      scope,
      id,
      withDefaults(defaults, overrides, {
        entry: path.join(PROJECT_ROOT, entry),
        projectRoot: PROJECT_ROOT,
        depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
        logGroup,
        role,
        bundling: { ...defaults.bundling, ...bundling },
        environment: { ...defaults.environment, ...environment },
      }),
    );
    logGroup.grantWrite(role);
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'Only X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) is granted on "*": X-Ray offers no resource-level permissions. tests/infra checks that no data action is granted on "*".',
    );
  }

  /**
   * Puts the table's name in `envVar` and grants `access` to its items. The table's indexes are
   * included only with `includeIndexes` (the ingest handler reads and writes base tables only).
   */
  bindTable(table: ITable, envVar: EnvName, access: TableAccess, { includeIndexes = false }: { includeIndexes?: boolean } = {}): Grant {
    this.addEnvironment(envVar, table.tableName);
    if (includeIndexes) {
      acknowledge(
        this.role ?? this,
        wildcardUnderArn(table, '/index/*'),
        `Queries on the global secondary indexes of ${table.node.id} only: DynamoDB index ARNs are <table ARN>/index/<name>, so this pattern names no other table.`,
      );
    }
    const grants = TableGrants.fromTable(table, undefined, includeIndexes);
    switch (access) {
      case 'read':
        return grants.readData(this);
      case 'write':
        return grants.writeData(this);
      case 'readWrite':
        return grants.readWriteData(this);
    }
  }

  /**
   * Puts the bucket's name in `envVar` and grants `access` to its objects, plus ListBucket on the
   * bucket: the handler lists a version's overflow prefix to delete it, and a missing key then
   * answers 404 rather than 403. No other bucket-level action.
   */
  bindBucket(bucket: IBucket, envVar: EnvName, access: ObjectAccess): Grant {
    this.addEnvironment(envVar, bucket.bucketName);
    this.grantListBucket(bucket);
    acknowledge(
      this.role ?? this,
      wildcardUnderArn(bucket, '/*'),
      `Object-level actions (${OBJECT_ACTIONS[access].join(', ')}) on the objects of ${bucket.node.id} only; object keys are not known in advance.`,
    );
    return BucketGrants.fromBucket(bucket).actionsOnObjectKeys(this, '*', ...OBJECT_ACTIONS[access]);
  }

  /**
   * Read access to the objects (any version) under `keyPrefix` in a bucket whose name arrives in
   * the event, plus ListBucket on the bucket itself so a deleted object answers 404 NoSuchKey
   * (recorded as skipped) rather than 403 AccessDenied.
   */
  grantReadObjects(bucket: IBucket, keyPrefix: string): Grant {
    this.grantListBucket(bucket);
    acknowledge(
      this.role ?? this,
      wildcardUnderArn(bucket, `/${keyPrefix}*`),
      `GetObject and GetObjectVersion on keys under "${keyPrefix}" in ${bucket.node.id} only: the keys arrive in S3 notifications.`,
    );
    return BucketGrants.fromBucket(bucket).actionsOnObjectKeys(this, `${keyPrefix}*`, 's3:GetObject', 's3:GetObjectVersion');
  }

  private grantListBucket(bucket: IBucket): Grant {
    return Grant.addToPrincipal({ grantee: this, actions: ['s3:ListBucket'], resourceArns: [bucket.bucketArn] });
  }
}
