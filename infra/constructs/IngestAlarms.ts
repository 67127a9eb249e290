import { Stack } from 'aws-cdk-lib';
import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import type { IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { alarmDefaults, topicDefaults, topicKeyDefaults, withDefaults } from '../defaults';

export interface IngestAlarmsProps {
  readonly function: IFunction;
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** The oldest-message alarm fires when a notification has waited this long. */
  readonly maxMessageAge: Duration;
  /** @default - no subscription; subscribe to the topic by other means */
  readonly alarmEmail?: string;
  /** Removal policy of the topic's key. @default RETAIN (topicKeyDefaults) */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * Alarms that say the pipeline needs a human: a message in the DLQ, function errors or throttles,
 * and notifications waiting too long. All notify one encrypted, TLS-only SNS topic.
 */
export class IngestAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: IngestAlarmsProps) {
    super(scope, id);
    const key = new Key(this, 'TopicKey', withDefaults(topicKeyDefaults(), { removalPolicy: props.removalPolicy }));
    this.topic = new Topic(this, 'Topic', withDefaults(topicDefaults(), {}, { masterKey: key }));
    // CloudWatch publishes alarm notifications itself. It needs the topic's key (AWS's documented key
    // policy statement, no conditions) and, because the topic has a resource policy (TLS only), an
    // explicit publish permission, limited to alarms of this account.
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    key.grant(cloudWatch, 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowCloudWatchAlarmsOfThisAccount',
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    if (props.alarmEmail !== undefined) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const action = new SnsAction(this.topic);
    const alarm = (alarmId: string, metric: IMetric, threshold: number, alarmDescription: string): Alarm => {
      const created = new Alarm(this, alarmId, withDefaults({ ...alarmDefaults(), metric, threshold }, {}, { alarmDescription }));
      created.addAlarmAction(action);
      created.addOkAction(action);
      return created;
    };
    this.alarms = [
      alarm('DeadLetterMessages', props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum' }), 1,
        'Notifications failed 5 times and wait in the dead-letter queue: inspect the failure records, fix, then redrive.'),
      alarm('FunctionErrors', props.function.metricErrors({ statistic: 'Sum' }), 1,
        'The ingest function threw (crash, timeout or out of memory), not a per-record failure.'),
      alarm('FunctionThrottles', props.function.metricThrottles({ statistic: 'Sum' }), 1,
        'The ingest function was throttled: account concurrency is exhausted.'),
      alarm('OldestMessageAge', props.queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum' }), props.maxMessageAge.toSeconds(),
        'Notifications wait longer than allowed: the function is failing or cannot keep up (see maxConcurrency).'),
    ];
  }
}
