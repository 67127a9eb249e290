import { CfnOutput, Stack, Tags } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { ENV } from '#schema/environment';
import type { TableDefinition } from '#schema/tables';
import type { WinnowConfig } from '../config';
import { eventSourceDefaults, withDefaults } from '../defaults';
import { buildBuckets, notifyQueue } from '../constructs/buckets';
import { IngestAlarms } from '../constructs/IngestAlarms';
import { buildIngestQueue } from '../constructs/ingestQueue';
import { buildTables } from '../constructs/tables';
import { WinnowFunction } from '../constructs/WinnowFunction';
import type { TableAccess } from '../constructs/WinnowFunction';

/** The ingest handler, relative to the repository root. */
export const INGEST_ENTRY = 'functions/handlers/ingestArticle.ts';

/**
 * What the ingest handler does with each table (issue 3): it reads the stored article to compare
 * sequencer and contentHash, queries the previous version's comments to delete stale ones, and
 * writes one ingestion record per object version.
 */
const INGEST_TABLE_ACCESS: Readonly<Record<TableDefinition['id'], TableAccess>> = {
  Articles: 'readWrite',
  Comments: 'readWrite',
  Ingestions: 'readWrite',
};

export interface WinnowStackProps extends StackProps {
  readonly config: WinnowConfig;
  /** Handler file relative to the repository root. @default INGEST_ENTRY */
  readonly ingestEntry?: string;
}

/** Upload bucket → queue → ingest function → tables, with alarms. Composes; defaults live in ../defaults. */
export class WinnowStack extends Stack {
  constructor(scope: Construct, id: string, props: WinnowStackProps) {
    super(scope, id, props);
    const { config } = props;
    Tags.of(this).add('Project', 'Winnow');
    Tags.of(this).add('Environment', config.envName);

    const buckets = buildBuckets(this, {
      removalPolicy: config.removalPolicy,
      noncurrentVersionExpiration: config.noncurrentVersionExpiration,
      accessLogExpiration: config.accessLogExpiration,
    });
    const tables = buildTables(this, { removalPolicy: config.removalPolicy, deletionProtection: config.deletionProtection });
    const { queue, deadLetterQueue } = buildIngestQueue(this, {
      functionTimeout: config.function.timeout,
      batchingWindow: config.function.maxBatchingWindow,
      deadLetterRetention: config.dlqRetention,
    });

    const ingest = new WinnowFunction(this, 'IngestFunction', {
      entry: props.ingestEntry ?? INGEST_ENTRY,
      description: `Winnow ${config.envName}: parses uploaded articles into DynamoDB`,
      memorySize: config.function.memorySize,
      timeout: config.function.timeout,
      logRetention: config.logRetention,
      logRemovalPolicy: config.removalPolicy,
      environment: {
        [ENV.maxObjectBytes]: String(config.maxObjectBytes),
        POWERTOOLS_SERVICE_NAME: 'winnow-ingest',
        POWERTOOLS_METRICS_NAMESPACE: `Winnow/${config.envName}`,
        LOG_LEVEL: config.logLevel,
      },
    });
    for (const { definition, table, envVar } of tables) ingest.bindTable(table, envVar, INGEST_TABLE_ACCESS[definition.id]);
    ingest.bindBucket(buckets.processedBucket, ENV.processedBucket, 'readWrite');
    ingest.grantReadObjects(buckets.uploadBucket, config.keyPrefix);
    ingest.addEventSource(
      new SqsEventSource(queue, withDefaults(eventSourceDefaults(), {
        batchSize: config.function.batchSize,
        maxBatchingWindow: config.function.maxBatchingWindow,
        maxConcurrency: config.function.maxConcurrency,
      })),
    );
    notifyQueue(buckets.uploadBucket, queue, config.keyPrefix, config.keySuffixes);

    const alarms = new IngestAlarms(this, 'Alarms', {
      function: ingest,
      queue,
      deadLetterQueue,
      maxMessageAge: config.maxMessageAge,
      alarmEmail: config.alarmEmail,
      removalPolicy: config.removalPolicy,
    });

    new CfnOutput(this, 'UploadBucketName', { value: buckets.uploadBucket.bucketName, description: `Upload article files here, under "${config.keyPrefix}"` });
    new CfnOutput(this, 'ProcessedBucketName', { value: buckets.processedBucket.bucketName, description: `Bodies too large for DynamoDB (${ENV.processedBucket})` });
    for (const { definition, table, envVar } of tables) {
      new CfnOutput(this, `${definition.id}TableName`, { value: table.tableName, description: `${definition.id} table (${envVar})` });
    }
    new CfnOutput(this, 'IngestQueueUrl', { value: queue.queueUrl, description: 'S3 notifications waiting for the ingest function' });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: deadLetterQueue.queueUrl, description: 'Notifications that failed 5 times; redrive after a fix' });
    new CfnOutput(this, 'IngestFunctionName', { value: ingest.functionName, description: 'The ingest Lambda function' });
    new CfnOutput(this, 'IngestLogGroupName', { value: ingest.logGroup.logGroupName, description: 'The ingest function logs (aws logs tail <name> --follow)' });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn, description: 'Alarm notifications; subscribe here' });
  }
}
