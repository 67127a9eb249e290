/**
 * Handler bundle size and module-init time, each beside a bare S3 + DynamoDB handler
 * (bench/bareHandler.ts) built the same way in the same run. The build repeats what the CDK's
 * NodejsFunction runs for WinnowFunction: esbuild `--bundle --platform=node` with the options of
 * infra/defaults.ts `functionDefaults().bundling` (minify, source map without sources, format, target,
 * main fields, externals), the AWS SDK inside (`bundleAwsSDK: true`). Init time = `require()` of the
 * built file in a fresh Node process with `--enable-source-maps` (the function's NODE_OPTIONS), median
 * of several runs.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ENV } from '../functions/schema/environment';
import { functionDefaults, LAZY_BUNDLES, LAZY_MODULES } from '../infra/defaults';
import type { BenchRow } from './table';

const ROOT = resolve(__dirname, '..');
const OUT_DIR = join(ROOT, 'bench', 'out');
const KB = 1024;
const INIT_RUNS = 15;

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
    sourcesContent: cdk.sourcesContent,
    mainFields: cdk.mainFields,
    charset: cdk.esbuildArgs?.['--charset'] === 'utf8' ? 'utf8' : 'ascii',
    external: cdk.externalModules,
    outfile,
    logLevel: 'silent',
  });
  // The CDK's own afterBundling hook, run as the CDK runs it: the lazily loaded modules beside the bundle.
  rmSync(join(OUT_DIR, name, 'node_modules'), { recursive: true, force: true });
  for (const command of cdk.commandHooks?.afterBundling(ROOT, dirname(outfile)) ?? []) execSync(command);
  return outfile;
}

/** Bytes of the JavaScript files under a directory (a lazily loaded module as shipped, without maps and types). */
function javaScriptBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

const INIT_SCRIPT = 'const t=process.hrtime.bigint();require(process.argv[1]);process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))';

/**
 * One `require(file)` in a fresh process with the handler's environment set; ms. NODE_OPTIONS is
 * the deployed function's (with source maps) or empty, never the bench's own heap settings.
 */
function initOnce(file: string, sourceMaps: boolean): number {
  const env = {
    ...process.env,
    NODE_OPTIONS: sourceMaps ? (functionDefaults().environment?.NODE_OPTIONS ?? '') : '',
    AWS_REGION: 'us-east-1',
    [ENV.articlesTable]: 'bench-Articles',
    [ENV.commentsTable]: 'bench-Comments',
    [ENV.ingestionsTable]: 'bench-Ingestions',
    [ENV.processedBucket]: 'bench-processed',
    POWERTOOLS_METRICS_DISABLED: 'true',
  };
  return Number(execFileSync(process.execPath, ['-e', INIT_SCRIPT, file], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
}

/**
 * Median init ms of each file. Runs alternate between the files, so a load spike on this shared
 * machine hits the handler and its baseline alike instead of skewing one of them.
 */
export function initTimes(files: readonly string[], sourceMaps: boolean, runs = INIT_RUNS): number[] {
  const samples = files.map((): number[] => []);
  for (let run = 0; run < runs; run++) files.forEach((file, i) => samples[i]!.push(initOnce(file, sourceMaps)));
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

export async function measureBundle(): Promise<BenchRow[]> {
  const handler = await bundleLikeCdk('functions/handlers/ingestArticle.ts', 'ingestArticle');
  const bare = await bundleLikeCdk('bench/bareHandler.ts', 'bareHandler');
  const [handlerKb, bareKb] = [statSync(handler).size / KB, statSync(bare).size / KB];
  initTimes([handler, bare], true, 1); // warm the file system cache for both
  const [handlerMs, bareMs] = initTimes([handler, bare], true) as [number, number];
  const [handlerPlainMs, barePlainMs] = initTimes([handler, bare], false) as [number, number];
  return [
    { name: 'handler bundle (minified, AWS SDK bundled) vs bare S3 + DynamoDB handler', value: handlerKb, unit: 'KB', baseline: bareKb, ratio: handlerKb / bareKb, target: `≤ ${BUNDLE_TARGET_BYTES / KB} KB`, met: handlerKb * KB <= BUNDLE_TARGET_BYTES },
    ...LAZY_MODULES.map((module): BenchRow => {
      const kb = javaScriptBytes(join(dirname(handler), 'node_modules', module)) / KB;
      return { name: `handler bundle, beside it: ${module} (unminified), loaded only for a file that is not UTF-8`, value: kb, unit: 'KB', baseline: null, ratio: null };
    }),
    ...LAZY_BUNDLES.map(({ importPath }): BenchRow => {
      const file = `${importPath.slice(2)}.js`;
      const kb = statSync(join(dirname(handler), file)).size / KB;
      return { name: `handler bundle, beside it: ${file} (minified), loaded only for an HTML, JSON or feed file`, value: kb, unit: 'KB', baseline: null, ratio: null };
    }),
    { name: `module init, fresh node --enable-source-maps (as deployed), median of ${INIT_RUNS}`, value: handlerMs, unit: 'ms', baseline: bareMs, ratio: handlerMs / bareMs, target: `≤ ${INIT_TARGET_MS} ms`, met: handlerMs <= INIT_TARGET_MS },
    { name: `module init, fresh node without source maps, median of ${INIT_RUNS}`, value: handlerPlainMs, unit: 'ms', baseline: barePlainMs, ratio: handlerPlainMs / barePlainMs, target: `≤ ${INIT_TARGET_MS} ms`, met: handlerPlainMs <= INIT_TARGET_MS },
  ];
}
