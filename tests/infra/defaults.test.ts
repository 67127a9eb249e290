import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { BillingMode } from 'aws-cdk-lib/aws-dynamodb';
import { QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import {
  bucketDefaults, deadLetterQueueDefaults, eventSourceDefaults, functionDefaults, queueDefaults, tableDefaults, visibilityTimeoutFor, withDefaults,
} from '../../infra/defaults';

describe('Function: withDefaults', () => {
  it('lets overrides beat defaults and construct needs beat both', () => {
    // Act
    const merged = withDefaults({ a: 1, b: 1, c: 1 }, { b: 2, c: 2 }, { c: 3 });
    // Assess
    expect(merged).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('does not let an undefined override hide a default', () => {
    // Act
    const merged = withDefaults({ retention: 30 }, { retention: undefined });
    // Assess
    expect(merged).toEqual({ retention: 30 });
  });
});

describe('Function: functionDefaults', () => {
  it('uses the newest Node.js runtime that aws-cdk-lib offers', () => {
    // Prepare
    const versions = Object.keys(Runtime)
      .map((name) => /^NODEJS_(\d+)_X$/.exec(name)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number);
    // Act
    const { runtime } = functionDefaults();
    // Assess
    expect(runtime).toBe(Runtime.NODEJS_24_X);
    expect(runtime?.name).toBe(`nodejs${Math.max(...versions)}.x`);
  });

  it('bundles minified with source maps and the AWS SDK inside, for ARM64 with active tracing', () => {
    // Act
    const props = functionDefaults();
    // Assess
    expect(props.architecture).toBe(Architecture.ARM_64);
    expect(props.tracing).toBe(Tracing.ACTIVE);
    expect(props.bundling).toEqual(expect.objectContaining({ minify: true, sourceMap: true, bundleAwsSDK: true, esbuildArgs: { '--charset': 'utf8' }, externalModules: ['@aws-sdk/nested-clients', '@aws-sdk/credential-provider-ini', '@aws-sdk/credential-provider-sso', '@aws-sdk/credential-provider-process', '@aws-sdk/credential-provider-web-identity', 'chardet', './readMarkup'] }));
    expect(props.environment).toEqual({ NODE_OPTIONS: '--enable-source-maps' });
  });

  it('puts what it leaves out of the bundle (loaded only for some input) into the asset after bundling: modules copied, its own readers built', () => {
    const hooks = functionDefaults().bundling?.commandHooks;

    expect(hooks?.afterBundling('/project', '/asset')).toEqual([
      'mkdir -p "/asset/node_modules" && cp -R "/project/node_modules/chardet" "/asset/node_modules/chardet"',
      '"/project/node_modules/.bin/esbuild" "/project/functions/core/steps/readMarkup.ts" --bundle --platform=node --format=cjs --target=node24 --minify ' +
        '--sourcemap --sources-content=false --charset=utf8 --log-level=warning --outfile="/asset/readMarkup.js"',
    ]);
    expect([hooks?.beforeBundling('/project', '/asset'), hooks?.beforeInstall('/project', '/asset')]).toEqual([[], []]);
  });
});

describe('Resource defaults', () => {
  it('makes buckets private, encrypted, TLS-only and versioned', () => {
    // Assess
    expect(bucketDefaults()).toEqual(expect.objectContaining({ enforceSSL: true, versioned: true, minimumTLSVersion: 1.2 }));
  });

  it('encrypts queues with SQS-managed keys and enforces TLS', () => {
    // Assess
    expect(queueDefaults()).toEqual(expect.objectContaining({ encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true }));
    expect(deadLetterQueueDefaults().retentionPeriod?.toDays()).toBe(14);
  });

  it('makes tables on-demand with point-in-time recovery', () => {
    // Assess
    expect(tableDefaults()).toEqual(expect.objectContaining({ billingMode: BillingMode.PAY_PER_REQUEST, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }));
  });

  it('reports partial batch failures from the SQS event source', () => {
    // Assess
    expect(eventSourceDefaults().reportBatchItemFailures).toBe(true);
  });

  it('derives a visibility timeout of 6× the function timeout plus the batching window', () => {
    // Act
    const timeout = visibilityTimeoutFor(Duration.seconds(60), Duration.seconds(5));
    // Assess
    expect(timeout.toSeconds()).toBe(365);
  });
});
