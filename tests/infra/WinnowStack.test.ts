import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { ENV } from '#schema/environment';
import { TABLE_DEFINITIONS } from '#schema/tables';
import { CONFIGS, ENVIRONMENT_NAMES } from '../../infra/config';
import { logicalIdOf, synth } from './helpers';

const dev = synth('dev');
const prod = synth('prod');

type Json = Record<string, unknown>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

function iamStatements(template: typeof dev.template): Statement[] {
  const policies = { ...template.findResources('AWS::IAM::Policy'), ...template.findResources('AWS::IAM::ManagedPolicy') };
  return Object.values(policies).flatMap((policy) => (policy.Properties.PolicyDocument.Statement as Statement[]));
}

function functionStatements(template: typeof dev.template): Statement[] {
  const policyId = logicalIdOf(template, 'AWS::IAM::Policy', 'IngestFunctionRoleDefaultPolicy');
  return template.toJSON().Resources[policyId].Properties.PolicyDocument.Statement as Statement[];
}

/** The function's grants as sorted "action on resource" lines for resources that mention `logicalId`. */
function grantsOn(template: typeof dev.template, logicalId: string): string[] {
  return functionStatements(template)
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => asArray(s.Action).flatMap((action) => asArray(s.Resource).map((resource) => `${action} on ${JSON.stringify(resource)}`)))
    .filter((line) => line.includes(`"${logicalId}"`))
    .sort();
}

function getAtt(logicalId: string): Json {
  return { 'Fn::GetAtt': [logicalId, 'Arn'] };
}

function under(logicalId: string, suffix: string): Json {
  return { 'Fn::Join': ['', [getAtt(logicalId), suffix]] };
}

describe('WinnowStack: environments', () => {
  it('names each stack after its environment so several coexist in one account', () => {
    // Assess
    expect(dev.stack.stackName).toBe('Winnow-dev');
    expect(prod.stack.stackName).toBe('Winnow-prod');
  });

  it('hard-codes no physical resource names', () => {
    // Prepare
    const nameProps = ['BucketName', 'TableName', 'QueueName', 'FunctionName', 'TopicName', 'LogGroupName', 'RoleName', 'AlarmName'];
    // Act
    const resources = Object.values(prod.template.toJSON().Resources as Record<string, { Properties?: Json }>);
    // Assess
    for (const resource of resources) {
      // A literal string is a hard-coded name; a Ref to another resource is not.
      for (const prop of nameProps) expect(typeof resource.Properties?.[prop]).not.toBe('string');
    }
  });

  it('tags every taggable resource with project and environment', () => {
    // Assess
    prod.template.hasResourceProperties('AWS::S3::Bucket', {
      Tags: Match.arrayWith([{ Key: 'Environment', Value: 'prod' }, { Key: 'Project', Value: 'Winnow' }]),
    });
  });
});

describe('WinnowStack: buckets', () => {
  it.each([['dev', dev], ['prod', prod]])('blocks public access and encrypts every bucket (%s)', (_name, { template }) => {
    // Assess
    const buckets = template.findResources('AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const bucket of Object.values(buckets)) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
      expect(bucket.Properties.OwnershipControls.Rules[0].ObjectOwnership).toBe('BucketOwnerEnforced');
    }
  });

  it('denies non-TLS requests to every bucket', () => {
    // Prepare
    const bucketIds = Object.keys(prod.template.findResources('AWS::S3::Bucket'));
    // Assess
    for (const id of bucketIds) {
      prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('versions the upload bucket, logs its access and expires noncurrent versions per environment', () => {
    // Prepare
    const logBucket = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'AccessLogBucket');
    // Assess
    for (const [{ template }, days] of [[dev, 7], [prod, 90]] as const) {
      template.hasResourceProperties('AWS::S3::Bucket', {
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: logBucket }, LogFilePrefix: 'upload/' },
        LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: days }, Status: 'Enabled' })]) },
      });
    }
  });

  it('logs the processed bucket too, and lets only these two buckets deliver logs', () => {
    // Prepare
    const logBucket = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'AccessLogBucket');
    const upload = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'UploadBucket');
    const processed = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'ProcessedBucket');
    // Assess
    prod.template.hasResourceProperties('AWS::S3::Bucket', { LoggingConfiguration: { DestinationBucketName: { Ref: logBucket }, LogFilePrefix: 'processed/' } });
    for (const source of [upload, processed]) {
      prod.template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logBucket },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Condition: Match.objectLike({ ArnLike: { 'aws:SourceArn': getAtt(source) } }) }),
          ]),
        },
      });
    }
    prod.template.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365 })] } });
  });

  it('sends ObjectCreated and ObjectRemoved under the configured prefix and each suffix (text, Markdown, HTML, JSON) to the ingest queue', () => {
    // Prepare
    const queue = logicalIdOf(prod.template, 'AWS::SQS::Queue', 'IngestQueue');
    const filter = (suffix: string) => ({ Key: { FilterRules: [{ Name: 'suffix', Value: suffix }, { Name: 'prefix', Value: 'incoming/' }] } });
    // Assess
    expect(CONFIGS.prod.keySuffixes).toEqual(['.txt', '.md', '.html', '.htm', '.json', '.xml', '.rss', '.atom']);
    prod.template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalIdOf(prod.template, 'AWS::S3::Bucket', 'UploadBucket') },
      NotificationConfiguration: {
        QueueConfigurations: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'].flatMap((event) =>
          CONFIGS.prod.keySuffixes.map((suffix) => ({ Events: [event], Filter: filter(suffix), QueueArn: getAtt(queue) })),
        ),
      },
    });
    prod.template.resourceCountIs('Custom::S3BucketNotifications', 1);
  });

  it('adds one notification rule per suffix and event type when several suffixes are configured', () => {
    // Act
    const { template } = synth('dev', { keySuffixes: ['.txt', '.text'] });
    // Assess
    const [notifications] = Object.values(template.findResources('Custom::S3BucketNotifications'));
    expect(notifications?.Properties.NotificationConfiguration.QueueConfigurations).toHaveLength(4);
  });

  it('empties and deletes the buckets with the stack in dev only', () => {
    // Assess
    dev.template.resourceCountIs('Custom::S3AutoDeleteObjects', 3);
    prod.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
    for (const bucket of Object.values(dev.template.findResources('AWS::S3::Bucket'))) expect(bucket.DeletionPolicy).toBe('Delete');
    for (const bucket of Object.values(prod.template.findResources('AWS::S3::Bucket'))) expect(bucket.DeletionPolicy).toBe('Retain');
  });
});

describe('WinnowStack: queues', () => {
  it('encrypts both queues with SQS-managed keys (S3 cannot publish under alias/aws/sqs) and denies non-TLS access', () => {
    // Assess
    const queues = prod.template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(2);
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
      expect(queue.Properties.KmsMasterKeyId).toBeUndefined();
      prod.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
      });
    }
  });

  it.each([['dev', dev], ['prod', prod]])('sets the visibility timeout to at least 6× the function timeout (%s)', (_name, { template }) => {
    // Act
    const resources = template.toJSON().Resources;
    const fn = resources[logicalIdOf(template, 'AWS::Lambda::Function', 'IngestFunction')];
    const queue = resources[logicalIdOf(template, 'AWS::SQS::Queue', 'IngestQueue')];
    // Assess
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * (fn.Properties.Timeout as number));
  });

  it('parks a notification in the DLQ after 5 receives and keeps it 14 days', () => {
    // Prepare
    const dlq = logicalIdOf(prod.template, 'AWS::SQS::Queue', 'IngestDeadLetterQueue');
    // Assess
    prod.template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { deadLetterTargetArn: getAtt(dlq), maxReceiveCount: 5 } });
    expect(prod.template.toJSON().Resources[dlq].Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });
});

describe('WinnowStack: ingest function', () => {
  it('runs on ARM64, the newest Node.js runtime, with active tracing', () => {
    // Assess
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
    });
  });

  it.each([['dev', dev], ['prod', prod]] as const)('takes memory, timeout and log retention from the config (%s)', (name, { template }) => {
    // Prepare
    const config = CONFIGS[name];
    const logGroup = logicalIdOf(template, 'AWS::Logs::LogGroup', 'IngestFunctionLogGroup');
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: config.function.memorySize,
      Timeout: config.function.timeout.toSeconds(),
      LoggingConfig: { LogGroup: { Ref: logGroup } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: config.logRetention });
    expect(template.toJSON().Resources[logGroup].DeletionPolicy).toBe(name === 'prod' ? 'Retain' : 'Delete');
  });

  it('receives table names, the processed bucket, the size limit and Powertools settings in its environment', () => {
    // Prepare
    const ref = (prefix: string, type = 'AWS::DynamoDB::Table') => ({ Ref: logicalIdOf(prod.template, type, prefix) });
    // Assess
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          [ENV.articlesTable]: ref('ArticlesTable'),
          [ENV.commentsTable]: ref('CommentsTable'),
          [ENV.ingestionsTable]: ref('IngestionsTable'),
          [ENV.processedBucket]: ref('ProcessedBucket', 'AWS::S3::Bucket'),
          [ENV.maxObjectBytes]: String(CONFIGS.prod.maxObjectBytes),
          POWERTOOLS_SERVICE_NAME: 'winnow-ingest',
          POWERTOOLS_METRICS_NAMESPACE: 'Winnow/prod',
          LOG_LEVEL: 'INFO',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
    dev.template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ LOG_LEVEL: 'DEBUG' }) } });
  });

  it('sets every variable that functions/schema/environment.ts names', () => {
    // Act
    const fn = prod.template.toJSON().Resources[logicalIdOf(prod.template, 'AWS::Lambda::Function', 'IngestFunction')];
    // Assess
    expect(Object.keys(fn.Properties.Environment.Variables as Json)).toEqual(expect.arrayContaining(Object.values(ENV)));
  });

  it.each([['dev', dev], ['prod', prod]] as const)('consumes the queue with partial batch responses and the configured batching and concurrency (%s)', (name, { template }) => {
    // Prepare
    const fn = CONFIGS[name].function;
    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(logicalIdOf(template, 'AWS::SQS::Queue', 'IngestQueue')),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: fn.batchSize,
      MaximumBatchingWindowInSeconds: fn.maxBatchingWindow.toSeconds(),
      ScalingConfig: { MaximumConcurrency: fn.maxConcurrency },
    });
  });
});

describe('WinnowStack: tables', () => {
  it.each(TABLE_DEFINITIONS.map((d) => [d.id, d] as const))('builds the %s table from the schema module', (_id, definition) => {
    // Prepare
    const keySchema = [{ AttributeName: definition.partitionKey.name, KeyType: 'HASH' }];
    if (definition.sortKey) keySchema.push({ AttributeName: definition.sortKey.name, KeyType: 'RANGE' });
    // Assess
    prod.template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: keySchema,
      GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => Match.objectLike({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
        ],
        Projection:
          index.projection.type === 'ALL'
            ? { ProjectionType: 'ALL' }
            : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.attributes] },
      })),
      StreamSpecification: definition.stream ? { StreamViewType: 'NEW_AND_OLD_IMAGES' } : Match.absent(),
    });
  });

  it('creates exactly the schema tables, on demand, with point-in-time recovery and encryption', () => {
    // Assess
    const tables = Object.values(prod.template.findResources('AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(TABLE_DEFINITIONS.length);
    for (const table of tables) {
      expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    }
  });

  it('retains tables and turns on deletion protection in prod, destroys them in dev', () => {
    // Assess
    for (const table of Object.values(prod.template.findResources('AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    }
    for (const table of Object.values(dev.template.findResources('AWS::DynamoDB::Table'))) {
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.Properties.DeletionProtectionEnabled).toBe(false);
    }
  });
});

describe('WinnowStack: IAM', () => {
  // Only these actions may be granted on Resource "*": X-Ray has no resource-level permissions.
  const ALLOWED_ON_STAR = new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']);

  it.each([['dev', dev], ['prod', prod]])('grants no data action on Resource "*" (%s)', (_name, { template }) => {
    // Act
    const onStar = iamStatements(template)
      .filter((s) => s.Effect === 'Allow' && asArray(s.Resource).includes('*'))
      .flatMap((s) => asArray(s.Action));
    // Assess
    expect(onStar.filter((action) => !ALLOWED_ON_STAR.has(action))).toEqual([]);
  });

  it('grants no wildcard actions', () => {
    // Act
    const actions = iamStatements(prod.template).flatMap((s) => asArray(s.Action));
    // Assess
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
  });

  it('attaches no managed policy beyond basic execution, and none to the ingest function', () => {
    // Act
    const roles = { ...dev.template.findResources('AWS::IAM::Role') };
    const managed = Object.values(roles).flatMap((role) => (role.Properties.ManagedPolicyArns ?? []) as unknown[]);
    const fnRole = roles[logicalIdOf(dev.template, 'AWS::IAM::Role', 'IngestFunctionRole')];
    // Assess
    for (const arn of managed) expect(JSON.stringify(arn)).toContain(':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(fnRole?.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('lets the function read upload objects (any version) under the prefix and list that bucket, and nothing else there', () => {
    // Prepare
    const upload = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'UploadBucket');
    // Act
    const grants = grantsOn(prod.template, upload);
    // Assess
    expect(grants).toEqual([
      `s3:GetObject on ${JSON.stringify(under(upload, '/incoming/*'))}`,
      `s3:GetObjectVersion on ${JSON.stringify(under(upload, '/incoming/*'))}`,
      `s3:ListBucket on ${JSON.stringify(getAtt(upload))}`,
    ]);
  });

  it('lets the function put, get and delete processed objects and list that bucket, nothing else', () => {
    // Prepare
    const processed = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'ProcessedBucket');
    // Act
    const grants = grantsOn(prod.template, processed);
    // Assess
    expect(grants).toEqual([
      `s3:DeleteObject on ${JSON.stringify(under(processed, '/*'))}`,
      `s3:GetObject on ${JSON.stringify(under(processed, '/*'))}`,
      `s3:ListBucket on ${JSON.stringify(getAtt(processed))}`,
      `s3:PutObject on ${JSON.stringify(under(processed, '/*'))}`,
    ]);
  });

  it('grants DynamoDB actions on the three tables only, not on their indexes', () => {
    // Prepare
    const tables = TABLE_DEFINITIONS.map((d) => logicalIdOf(prod.template, 'AWS::DynamoDB::Table', `${d.id}Table`));
    // Act
    const dynamo = functionStatements(prod.template).filter((s) => asArray(s.Action).some((a) => a.startsWith('dynamodb:')));
    // Assess
    expect(dynamo).toHaveLength(1);
    expect(asArray(dynamo[0]?.Resource)).toEqual(tables.map(getAtt));
    expect(asArray(dynamo[0]?.Action)).toEqual(expect.arrayContaining(['dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem', 'dynamodb:Query']));
  });

  it('gives the function nothing on the access-log bucket', () => {
    // Prepare
    const logBucket = logicalIdOf(prod.template, 'AWS::S3::Bucket', 'AccessLogBucket');
    // Assess
    expect(JSON.stringify(functionStatements(prod.template))).not.toContain(logBucket);
  });
});

describe('WinnowStack: alarms', () => {
  it('alarms on DLQ messages, function errors, throttles and oldest message age, notifying the topic', () => {
    // Prepare
    const topic = { Ref: logicalIdOf(prod.template, 'AWS::SNS::Topic', 'AlarmsTopic') };
    // Assess
    prod.template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    for (const [namespace, metric] of [['AWS/SQS', 'ApproximateNumberOfMessagesVisible'], ['AWS/Lambda', 'Errors'], ['AWS/Lambda', 'Throttles'], ['AWS/SQS', 'ApproximateAgeOfOldestMessage']]) {
      prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: namespace, MetricName: metric, AlarmActions: [topic], TreatMissingData: 'notBreaching' });
    }
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(prod.template, 'AWS::SQS::Queue', 'IngestDeadLetterQueue'), 'QueueName'] } }],
    });
  });

  it('encrypts the topic with a rotating key CloudWatch may use, and denies non-TLS publishing', () => {
    // Prepare
    const key = logicalIdOf(prod.template, 'AWS::KMS::Key', 'AlarmsTopicKey');
    // Assess
    prod.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: getAtt(key) });
    prod.template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
    prod.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish', Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }),
        ]),
      },
    });
  });

  it('subscribes the alarm e-mail only when one is configured', () => {
    // Act
    const { template } = synth('prod', { alarmEmail: 'ops@example.com' });
    // Assess
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    prod.template.resourceCountIs('AWS::SNS::Subscription', 0);
  });
});

describe('WinnowStack: outputs', () => {
  it('exports bucket, table, queue and DLQ names for tools and scripts', () => {
    // Assess
    const outputs = Object.keys(prod.template.findOutputs('*'));
    expect(outputs).toEqual(expect.arrayContaining([
      'UploadBucketName', 'ProcessedBucketName', 'ArticlesTableName', 'CommentsTableName', 'IngestionsTableName', 'IngestQueueUrl', 'DeadLetterQueueUrl',
      'IngestFunctionName', 'IngestLogGroupName', 'AlarmTopicArn',
    ]));
    prod.template.hasOutput('IngestQueueUrl', { Value: { Ref: logicalIdOf(prod.template, 'AWS::SQS::Queue', 'IngestQueue') } });
    prod.template.hasOutput('DeadLetterQueueUrl', { Value: { Ref: logicalIdOf(prod.template, 'AWS::SQS::Queue', 'IngestDeadLetterQueue') } });
  });
});

describe('WinnowStack: cdk-nag', () => {
  it.each(ENVIRONMENT_NAMES)('has no unacknowledged AwsSolutions errors or warnings (%s)', (name) => {
    // Prepare
    const { app, stack } = synth(name);
    // Act
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    // Assess
    expect(report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('scopes every acknowledgement to one finding and gives a reason', () => {
    // Act
    const acknowledged: Array<{ id: string; reason: string }> = [];
    const visit = (construct: IConstruct): void => {
      for (const entry of construct.node.metadata) {
        if (entry.type !== 'aws:cdk:acknowledged-rules') continue;
        for (const [id, value] of Object.entries(entry.data as Record<string, unknown>)) {
          acknowledged.push({ id, reason: typeof value === 'string' ? value : JSON.stringify(value) });
        }
      }
      construct.node.children.forEach(visit);
    };
    visit(prod.stack);
    // Assess
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, reason } of acknowledged) {
      expect(id).toMatch(/^(?:annotation::)?AwsSolutions-(?:IAM4|IAM5)\[.+\]$/i);
      expect(reason.length).toBeGreaterThan(60);
    }
  });
});
