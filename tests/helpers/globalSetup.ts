/**
 * Starts DynamoDB Local and s3rver once per jest run, when the run includes integration tests
 * (`*.int.test.ts`), and points the AWS SDK at them through its standard environment variables;
 * test workers inherit them. Unit-only runs (`jest tests/core`) start nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { startDynamoLocal } from '../../scripts/local/dynamoLocal';
import { LOCAL_REGION, sdkEnvironment, type LocalService } from '../../scripts/local/localService';
import { startS3Local } from '../../scripts/local/s3Local';
import { INTEGRATION_TEST_SUFFIX, LOCAL_SERVICES_ENV, STATE_KEY, type LocalServicesState } from './localServices';

function integrationTests(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(INTEGRATION_TEST_SUFFIX))
    .map((file) => join(directory, file));
}

function patternsOf(globalConfig: Config.GlobalConfig): string[] {
  const patterns: unknown = globalConfig.testPathPatterns;
  if (Array.isArray(patterns)) return patterns.map(String);
  if (typeof patterns === 'object' && patterns !== null && 'patterns' in patterns && Array.isArray(patterns.patterns)) {
    return patterns.patterns.map(String);
  }
  return [];
}

function runIncludesIntegrationTests(globalConfig: Config.GlobalConfig): boolean {
  const patterns = patternsOf(globalConfig);
  if (patterns.length === 0) return true;
  const files = integrationTests(join(globalConfig.rootDir, 'tests'));
  return files.some((file) => patterns.some((pattern) => new RegExp(pattern, 'i').test(file)));
}

async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (!runIncludesIntegrationTests(globalConfig)) return;
  let dynamo: LocalService;
  let s3: LocalService;
  try {
    [dynamo, s3] = await Promise.all([startDynamoLocal(), startS3Local()]);
  } catch (error) {
    // Unit tests still run; each integration test then fails with "Local services are not running".
    console.warn('Could not start DynamoDB Local / s3rver (is java 17+ installed?):', error);
    return;
  }
  const state: LocalServicesState = { services: [dynamo, s3] };
  Object.assign(globalThis, { [STATE_KEY]: state });
  Object.assign(process.env, {
    ...sdkEnvironment(dynamo.endpoint, s3.endpoint, process.env.AWS_REGION ?? LOCAL_REGION),
    [LOCAL_SERVICES_ENV]: '1',
    // The SDK's notice that its 2027 releases need Node 22 is noise in test output.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ?? 'true',
  });
}

export = globalSetup;
