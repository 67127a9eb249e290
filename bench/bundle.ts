/**
 * Handler bundle size and module-init time, each beside a bare S3 + DynamoDB handler
 * (bench/bareHandler.ts) built the same way in the same run. The build repeats what the CDK's
 * NodejsFunction runs for WinnowFunction: esbuild `--bundle --platform=node` with the options of
 * infra/defaults.ts `functionDefaults().bundling` (minify, source map, format, target, main fields),
 * no externals (`bundleAwsSDK: true`). Init time = `require()` of the built file in a fresh Node process with
 * `--enable-source-maps` (the function's NODE_OPTIONS), median of several runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ENV } from '../functions/schema/environment';
import { functionDefaults } from '../infra/defaults';
import type { BenchRow } from './table';

const ROOT = resolve(__dirname, '..');
const OUT_DIR = join(ROOT, 'bench', 'out');
const KB = 1024;
const INIT_RUNS = 7;

export const BUNDLE_TARGET_BYTES = 800 * KB;
export const INIT_TARGET_MS = 150;

/** esbuild with the options the CDK passes for WinnowFunction; returns the path of index.js. */
export async function bundleLikeCdk(entry: string, name: string): Promise<string> {
  const outfile = join(OUT_DIR, name, 'index.js');
  mkdirSync(join(OUT_DIR, name), { recursive: true });
  const cdk = functionDefaults().bundling ?? {};
  await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    platform: 'node',
    target: cdk.target,
    format: cdk.format,
    minify: cdk.minify,
    sourcemap: cdk.sourceMap,
    mainFields: cdk.mainFields,
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

const INIT_SCRIPT = 'const t=process.hrtime.bigint();require(process.argv[1]);process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))';

/** Median ms of `require(file)` in fresh processes, with the handler's environment set. */
export function initTime(file: string, runs = INIT_RUNS, sourceMaps = true): number {
  const env = {
    ...process.env,
    AWS_REGION: 'us-east-1',
    [ENV.articlesTable]: 'bench-Articles',
    [ENV.commentsTable]: 'bench-Comments',
    [ENV.ingestionsTable]: 'bench-Ingestions',
    [ENV.processedBucket]: 'bench-processed',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, [...(sourceMaps ? ['--enable-source-maps'] : []), '-e', INIT_SCRIPT, file], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  );
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function measureBundle(): Promise<BenchRow[]> {
  const handler = await bundleLikeCdk('functions/handlers/ingestArticle.ts', 'ingestArticle');
  const bare = await bundleLikeCdk('bench/bareHandler.ts', 'bareHandler');
  const [handlerKb, bareKb] = [statSync(handler).size / KB, statSync(bare).size / KB];
  initTime(bare, 1); // warm the file system cache for both
  initTime(handler, 1);
  const [handlerMs, bareMs] = [initTime(handler), initTime(bare)];
  const [handlerPlainMs, barePlainMs] = [initTime(handler, INIT_RUNS, false), initTime(bare, INIT_RUNS, false)];
  return [
    { name: 'handler bundle (minified, AWS SDK bundled) vs bare S3 + DynamoDB handler', value: handlerKb, unit: 'KB', baseline: bareKb, ratio: handlerKb / bareKb, target: `≤ ${BUNDLE_TARGET_BYTES / KB} KB`, met: handlerKb * KB <= BUNDLE_TARGET_BYTES },
    { name: `module init, fresh node --enable-source-maps (as deployed), median of ${INIT_RUNS}`, value: handlerMs, unit: 'ms', baseline: bareMs, ratio: handlerMs / bareMs, target: `≤ ${INIT_TARGET_MS} ms`, met: handlerMs <= INIT_TARGET_MS },
    { name: `module init, fresh node without source maps, median of ${INIT_RUNS}`, value: handlerPlainMs, unit: 'ms', baseline: barePlainMs, ratio: handlerPlainMs / barePlainMs, target: `≤ ${INIT_TARGET_MS} ms`, met: handlerPlainMs <= INIT_TARGET_MS },
  ];
}
