/**
 * Defaults for every AWS resource Winnow creates. Each function only returns props.
 *
 * Merge order — one rule for every resource, applied by `withDefaults`:
 *   1. what the construct needs to work (set by the builder; callers cannot change it),
 *   2. the caller's overrides (mostly per-environment values from `config.ts`),
 *   3. the defaults below.
 * A key that is `undefined` in a higher layer does not hide a lower one.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { AlarmProps } from 'aws-cdk-lib/aws-cloudwatch';
import { AttributeType, BillingMode, StreamViewType, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { TableProps } from 'aws-cdk-lib/aws-dynamodb';
import type { KeyProps } from 'aws-cdk-lib/aws-kms';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import type { SqsEventSourceProps } from 'aws-cdk-lib/aws-lambda-event-sources';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { LogGroupProps } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { BucketProps } from 'aws-cdk-lib/aws-s3';
import type { TopicProps } from 'aws-cdk-lib/aws-sns';
import { QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { KeyType } from '#schema/tables';

/** `{ ...defaults, ...overrides, ...required }`, skipping keys whose value is `undefined`. */
export function withDefaults<D extends object, R extends object = object>(defaults: D, overrides: Partial<D> = {}, required?: R): D & R {
  const merged: Record<string, unknown> = {};
  for (const layer of [defaults, overrides, required ?? {}]) {
    for (const [key, value] of Object.entries(layer)) {
      if (value !== undefined) merged[key] = value;
    }
  }
  return merged as D & R;
}

/** Private, encrypted, TLS-only, versioned; kept when the stack goes unless the environment says otherwise. */
export function bucketDefaults(): BucketProps {
  return {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    versioned: true,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/** Target of server access logs: S3 log delivery supports only SSE-S3 there; logs need no versions. */
export function logBucketDefaults(): BucketProps {
  return { ...bucketDefaults(), versioned: false };
}

/** SQS-managed encryption: S3 cannot publish to a queue encrypted with the `alias/aws/sqs` key. */
export function queueDefaults(): QueueProps {
  return { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(4) };
}

/** Longer than the source queue's retention, because a message's age counts from its first enqueue. */
export function deadLetterQueueDefaults(): QueueProps {
  return { ...queueDefaults(), retentionPeriod: Duration.days(14) };
}

/** Receives before a notification is parked in the dead-letter queue. */
export const MAX_RECEIVE_COUNT = 5;

/** AWS's guidance: visibility timeout at least 6× the function timeout, plus the batching window. */
export function visibilityTimeoutFor(functionTimeout: Duration, batchingWindow: Duration): Duration {
  return Duration.seconds(6 * functionTimeout.toSeconds() + batchingWindow.toSeconds());
}

/** On-demand, point-in-time recovery, encrypted with the AWS-managed key, protected from deletion. */
export function tableDefaults(): Omit<TableProps, 'partitionKey'> {
  return {
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.AWS_MANAGED,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  };
}

/** Change stream for downstream consumers of a table marked `stream: true`. */
export function tableStreamDefaults(): Pick<TableProps, 'stream'> {
  return { stream: StreamViewType.NEW_AND_OLD_IMAGES };
}

/** The schema's key types mapped to DynamoDB attribute types. */
export function attributeType(type: KeyType): AttributeType {
  return type === 'N' ? AttributeType.NUMBER : AttributeType.STRING;
}

/** Parts of the SDK's default credential chain that a Lambda function, with its role's credentials in the environment, never imports. */
export const CREDENTIAL_CHAIN_EXTERNALS = [
  '@aws-sdk/nested-clients',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
] as const;

/**
 * Modules the handler loads only for rare input, shipped beside the bundle in its own node_modules instead of inside it:
 * chardet guesses the encoding of a file that is not valid UTF-8 (see decodeBytes), and most uploads never need it.
 * Each is copied as installed; none has dependencies of its own.
 */
export const LAZY_MODULES = ['chardet'] as const;

/**
 * Parts of Winnow the handler loads only for some files, each built as a bundle of its own beside index.js: the HTML,
 * JSON and feed readers (functions/core/steps/convertMarkup.ts loads them on the first file that opens with markup;
 * most uploads are plain-text dumps). `importPath` is how the code requires it, and where it lands beside index.js.
 */
export const LAZY_BUNDLES = [{ entry: 'functions/core/steps/readMarkup.ts', importPath: './readMarkup' }] as const;

/** esbuild flags shared by the handler's bundle and the lazily loaded ones. */
const BUILD_TARGET = 'node24';
const CHARSET = 'utf8';

/** Shell commands that put the lazily loaded code beside the bundle: the modules copied as installed, Winnow's own parts built as the handler is. */
function shipLazyCode(projectDir: string, assetDir: string): string[] {
  const copies = LAZY_MODULES.map((name) => `mkdir -p "${assetDir}/node_modules" && cp -R "${projectDir}/node_modules/${name}" "${assetDir}/node_modules/${name}"`);
  const builds = LAZY_BUNDLES.map(
    ({ entry, importPath }) =>
      `"${projectDir}/node_modules/.bin/esbuild" "${projectDir}/${entry}" --bundle --platform=node --format=cjs --target=${BUILD_TARGET} --minify ` +
      `--sourcemap --sources-content=false --charset=${CHARSET} --log-level=warning --outfile="${assetDir}/${importPath.slice(2)}.js"`,
  );
  return [...copies, ...builds];
}

/** Newest Node.js LTS in aws-cdk-lib, ARM64, traced; one esbuild bundle with the AWS SDK inside. */
export function functionDefaults(): NodejsFunctionProps {
  return {
    runtime: Runtime.NODEJS_24_X,
    architecture: Architecture.ARM_64,
    tracing: Tracing.ACTIVE,
    memorySize: 1024,
    timeout: Duration.seconds(60),
    handler: 'handler',
    bundling: {
      minify: true,
      sourceMap: true,
      // File and line in stack traces need only the mappings; without sources the map Node reads
      // at every cold start is a third of the size.
      sourcesContent: false,
      bundleAwsSDK: true,
      // The default credential chain's SSO and STS clients (≈ 65 KB) and its profile, SSO, process and web-identity
      // providers (≈ 22 KB), each imported only when the chain reaches it: a function reads its role's credentials
      // from the environment and never loads them; if it ever did, the runtime's SDK has them.
      externalModules: [...CREDENTIAL_CHAIN_EXTERNALS, ...LAZY_MODULES, ...LAZY_BUNDLES.map((lazy) => lazy.importPath)],
      commandHooks: { beforeInstall: () => [], beforeBundling: () => [], afterBundling: shipLazyCode },
      format: OutputFormat.CJS,
      // The SDK's ES module builds tree-shake; its CommonJS builds do not (≈ 250 KB smaller bundle).
      mainFields: ['module', 'main'],
      target: BUILD_TARGET,
      // The parser's patterns hold words of many scripts: escaped as \uXXXX they take about three times the bytes.
      // Passed as a raw flag: this aws-cdk-lib's local bundling does not hand the typed `charset` option to esbuild.
      esbuildArgs: { '--charset': CHARSET },
    },
    environment: { NODE_OPTIONS: '--enable-source-maps' },
  };
}

export function logGroupDefaults(): LogGroupProps {
  return { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.RETAIN };
}

/** The ingest function's SQS event source: partial batch responses, so one bad record fails alone. */
export function eventSourceDefaults(): SqsEventSourceProps {
  return { reportBatchItemFailures: true, batchSize: 10, maxBatchingWindow: Duration.seconds(5) };
}

/** Customer-managed key for the alarm topic: CloudWatch cannot publish to a topic under `alias/aws/sns`. */
export function topicKeyDefaults(): KeyProps {
  return { enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN, description: 'Encrypts the Winnow alarm topic' };
}

export function topicDefaults(): TopicProps {
  return { enforceSSL: true };
}

/** Fires on the first breaching minute; no data (an idle pipeline) is not a problem. */
export function alarmDefaults(): Pick<AlarmProps, 'evaluationPeriods' | 'datapointsToAlarm' | 'comparisonOperator' | 'treatMissingData'> {
  return {
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  };
}
