/**
 * Starts DynamoDB Local and s3rver for a script (bench, hostile, faults, load) and points the AWS
 * SDK at them through the same environment variables the jest global setup sets, so
 * tests/ingest/support/localHarness.ts works unchanged outside jest.
 */
import { startDynamoLocal } from '../scripts/local/dynamoLocal';
import { LOCAL_REGION, sdkEnvironment } from '../scripts/local/localService';
import { startS3Local, type S3LocalService } from '../scripts/local/s3Local';
import { LOCAL_SERVICES_ENV } from '../tests/helpers/localServices';

export interface RunningServices {
  dynamoEndpoint: string;
  s3: S3LocalService;
  /** The variables set on process.env (hand them to child processes). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalServices(options: { dynamoDataDir?: string } = {}): Promise<RunningServices> {
  const [dynamo, s3] = await Promise.all([
    startDynamoLocal(options.dynamoDataDir === undefined ? {} : { dataDir: options.dynamoDataDir }),
    startS3Local(),
  ]);
  const env: Record<string, string> = {
    ...sdkEnvironment(dynamo.endpoint, s3.endpoint, process.env.AWS_REGION ?? LOCAL_REGION),
    POWERTOOLS_METRICS_DISABLED: 'true',
    [LOCAL_SERVICES_ENV]: '1',
  };
  Object.assign(process.env, env);
  return {
    dynamoEndpoint: dynamo.endpoint,
    s3,
    env,
    stop: async () => {
      await Promise.all([dynamo.stop(), s3.stop()]);
    },
  };
}
