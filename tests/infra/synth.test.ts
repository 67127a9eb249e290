/**
 * The one real bundling check: `cdk synth -c env=prod` through the CLI, offline, with esbuild.
 * Everything else in tests/infra synthesizes without bundling.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ENV } from '../../functions/schema/environment';
import { LAZY_BUNDLES, LAZY_MODULES } from '../../infra/defaults';
import { INGEST_ENTRY } from '../../infra/stacks/WinnowStack';
import { HANDLER_EXISTS, PROJECT_ROOT } from './helpers';

interface TemplateResource {
  Type: string;
  Metadata?: Record<string, unknown>;
}

/** The CLI's environment: no AWS credentials, no instance-metadata lookups, no version check. */
function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', AWS_EC2_METADATA_DISABLED: 'true' };
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) delete env[name];
  return env;
}

/** The handler bundle's size limit (issue #6), minified, AWS SDK inside, without the .map. */
const BUNDLE_LIMIT_BYTES = 800 * 1024;

/** Runs the built index.js in a fresh process on an SQS batch holding one `s3:TestEvent`. */
function invokeBuiltHandler(bundle: string): unknown {
  const testEvent = { Service: 'Amazon S3', Event: 's3:TestEvent', Time: '2026-01-01T00:00:00.000Z', Bucket: 'uploads' };
  const batch = { Records: [{ messageId: 'm-1', body: JSON.stringify(testEvent), eventSource: 'aws:sqs', attributes: { ApproximateReceiveCount: '1' } }] };
  const script = 'require(process.argv[1]).handler(JSON.parse(process.argv[2]),{}).then((r)=>process.stdout.write(JSON.stringify(r)))';
  const result = spawnSync(process.execPath, ['--enable-source-maps', '-e', script, bundle, JSON.stringify(batch)], {
    env: { ...offlineEnv(), AWS_REGION: 'us-east-1', [ENV.articlesTable]: 'a', [ENV.commentsTable]: 'c', [ENV.ingestionsTable]: 'i', [ENV.processedBucket]: 'p', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return result.status === 0 ? JSON.parse(result.stdout) : { status: result.status, stderr: result.stderr };
}

/** Where a fresh Node, started in the asset, finds a module: the directory of its package. */
function resolveFromAsset(assetDir: string, name: string): string {
  const script = `process.stdout.write(require('path').dirname(require.resolve(process.argv[1] + '/package.json', { paths: [process.cwd()] })))`;
  return spawnSync(process.execPath, ['-e', script, name], { cwd: assetDir, encoding: 'utf8' }).stdout;
}

/** What a lazily built part beside the bundle, required as the bundle requires it, makes of a small HTML page. */
function readHtmlFromAsset(assetDir: string, importPath: string): string {
  const html = '<!doctype html><html><body><article><h1>Ferry fares rise</h1><p>The harbour board agreed on Monday.</p></article></body></html>';
  const script = `process.stdout.write(require(require('path').resolve(process.argv[1])).readMarkup(process.argv[2]))`;
  return spawnSync(process.execPath, ['-e', script, importPath, html], { cwd: assetDir, encoding: 'utf8' }).stdout;
}

/** The encoding chardet, loaded from the asset, names for some Windows-1251 bytes ("Привет, мир! Как дела?"). */
function guessFromAsset(assetDir: string, bytes: Buffer): string {
  const script = `process.stdout.write(String(require(require.resolve('chardet', { paths: [process.cwd()] })).detect(Buffer.from(process.argv[1], 'hex'))))`;
  return spawnSync(process.execPath, ['-e', script, bytes.toString('hex')], { cwd: assetDir, encoding: 'utf8' }).stdout;
}

const realSynth = HANDLER_EXISTS ? it : it.skip;
if (!HANDLER_EXISTS) {
  console.warn(`SKIPPED real cdk synth: ${INGEST_ENTRY} does not exist yet, so there is nothing to bundle.`);
}

describe('cdk synth -c env=prod (real bundling, offline)', () => {
  realSynth(`bundles ${INGEST_ENTRY} with esbuild and passes cdk-nag`, () => {
    // Prepare
    const outDir = mkdtempSync(path.join(tmpdir(), 'winnow-synth-'));
    try {
      // Act
      const started = Date.now();
      const result = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cdk'), ['synth', '-c', 'env=prod', '--quiet', '-o', outDir], {
        cwd: PROJECT_ROOT,
        env: offlineEnv(),
        encoding: 'utf8',
        timeout: 110_000,
      });
      const seconds = (Date.now() - started) / 1000;

      // Assess
      expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({ status: 0, stderr: '' });
      const template = JSON.parse(readFileSync(path.join(outDir, 'Winnow-prod.template.json'), 'utf8')) as { Resources: Record<string, TemplateResource> };
      const ingest = Object.entries(template.Resources).find(([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith('IngestFunction'));
      const assetDir = path.join(outDir, String(ingest?.[1].Metadata?.['aws:asset:path']));
      const bundle = path.join(assetDir, 'index.js');
      expect(existsSync(bundle)).toBe(true);
      expect(existsSync(`${bundle}.map`)).toBe(true);
      // The AWS SDK clients are inside the bundle, not left to the runtime (the SDK's own optional
      // require of @aws-sdk/signature-v4-crt stays, guarded by try/catch).
      expect(readFileSync(bundle, 'utf8')).not.toMatch(/require\(["']@aws-sdk\/(?:client|lib)-/);
      expect(statSync(bundle).size).toBeLessThanOrEqual(BUNDLE_LIMIT_BYTES);
      // The bundle itself works: a fresh Node loads it and its handler acknowledges an SQS batch.
      expect(invokeBuiltHandler(bundle)).toEqual({ batchItemFailures: [] });
      // The modules it loads only for rare input ship beside it, and resolve from there (the asset lies outside the project).
      for (const name of LAZY_MODULES) expect(resolveFromAsset(assetDir, name)).toBe(path.join(assetDir, 'node_modules', name));
      for (const { importPath } of LAZY_BUNDLES) {
        expect(readFileSync(bundle, 'utf8')).toContain(`require("${importPath}")`);
        expect(readHtmlFromAsset(assetDir, importPath).trim()).toBe('Ferry fares rise\n\nThe harbour board agreed on Monday.');
      }
      expect(guessFromAsset(assetDir, Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0, 0x21, 0x20, 0xca, 0xe0, 0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0, 0x3f]))).toBe('windows-1251');
      const report = JSON.parse(readFileSync(path.join(outDir, 'validation-report.json'), 'utf8')) as { pluginReports: Array<{ conclusion: string }> };
      expect(report.pluginReports.filter((r) => r.conclusion !== 'success')).toEqual([]);
      console.log(`cdk synth -c env=prod: ${seconds.toFixed(1)} s, handler bundle ${(statSync(bundle).size / 1024).toFixed(0)} KiB`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
