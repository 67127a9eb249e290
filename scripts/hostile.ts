/**
 * `npm run hostile`: every hostile input of tests/hostile/generate.ts, the 100 MB and 10 MB ones
 * included, parsed and ingested through the real handler on DynamoDB Local + s3rver (started here),
 * with MAX_OBJECT_BYTES as deployed (infra/config.ts); the parse columns use the parser's own
 * limit (DEFAULT_SETTINGS, 256 MB), so the 100 MB text is parsed there and rejected by ingest.
 * Each input runs in a fresh Node process (`--worker`) after one warm-up ingestion, so its peak
 * RSS (getrusage maxrss) belongs to that input alone. Prints one table:
 * input, size, parse result and time, ingest outcome and time, ms per 10 MB, peak RSS delta /
 * input size, and whether the case met its targets (typed outcome, < 2 s per 10 MB, ≤ 10× memory).
 * Exits 1 when any input ends in a violation (untyped, INTERNAL, silent skip, lost comments).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { parseArticle } from '#core';
import { startLocalServices } from '../bench/localServices';
import { CONFIGS } from '../infra/config';
import { createIngestHandler } from '../functions/ingest/createIngestHandler';
import type { IngestConfig } from '../functions/ingest/config';
import { articleText, manyComments, s3Notification, sqsEvent, sqsRecord } from '../tests/helpers/factories';
import { describeResult, parseViolation } from '../tests/hostile/expectations';
import { hostileCases, writeGenerated, type HostileCase } from '../tests/hostile/generate';
import { ingestVerdict, type IngestVerdict } from '../tests/hostile/ingestVerdict';
import { createLocalHarness } from '../tests/ingest/support/localHarness';
import { describeError, runMain } from './runMain';

const MB = 1024 * 1024;
const TEN_MB = 10 * MB;
/** Targets: 2 s per 10 MB (plus a fixed 250 ms for the S3 and DynamoDB round trips) and ≤ 10× the input in memory. */
const MS_PER_10MB_TARGET = 2_000;
const FIXED_MS_ALLOWANCE = 250;
const MEMORY_FACTOR_TARGET = 10;
/** Below this size the memory ratio is noise (a few MB of allocations against a few KB). */
const RATIO_MIN_BYTES = MB;

interface WorkerJob {
  path: string;
  key: string;
  /** A small article already uploaded: ingested once before measuring, as a warm container would have. */
  warmUpKey: string;
  /** Rises with every worker, so each warm-up reads and parses the object again (outcome unchanged). */
  warmUpSequencer: string;
  bucket: string;
  config: IngestConfig;
}

interface WorkerReport {
  bytes: number;
  parse: string;
  parseViolation: string | null;
  parseMs: number;
  ingestMs: number;
  batchItemFailures: number;
  parsePeakDelta: number;
  ingestPeakDelta: number;
}

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Runs in the fresh process: parse, then the whole handler, each timed, with peak RSS. */
async function worker(job: WorkerJob, testCase: HostileCase): Promise<WorkerReport> {
  const s3 = new S3Client({});
  const dynamo = new DynamoDBClient({});
  const doc = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const handler = createIngestHandler({
    s3,
    doc,
    parse: parseArticle,
    config: job.config,
    logger: new Logger({ serviceName: 'winnow-hostile', logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'WinnowHostile', serviceName: 'winnow-hostile' }),
  });
  const warmUp = { bucket: job.bucket, key: job.warmUpKey, size: 0, eTag: 'warm', sequencer: job.warmUpSequencer };
  await handler(sqsEvent(sqsRecord(s3Notification(warmUp), 'warm-up')));
  const bytes = new Uint8Array(readFileSync(job.path));
  const rssBefore = process.memoryUsage().rss;

  let start = performance.now();
  const result = parseArticle(bytes, { key: job.key }); // the parser's own limit (256 MB): the 100 MB text is parsed here
  const parseMs = performance.now() - start;
  const parsePeakDelta = peakRss() - rssBefore;

  const spec = { bucket: job.bucket, key: job.key, size: bytes.byteLength, eTag: 'hostile', sequencer: '0A' };
  start = performance.now();
  const response = await handler(sqsEvent(sqsRecord(s3Notification(spec), 'hostile')));
  const ingestMs = performance.now() - start;
  s3.destroy();
  dynamo.destroy();
  return {
    bytes: bytes.byteLength,
    parse: describeResult(result),
    parseViolation: parseViolation(result, testCase.expect),
    parseMs,
    ingestMs,
    batchItemFailures: response.batchItemFailures.length,
    parsePeakDelta,
    ingestPeakDelta: peakRss() - rssBefore,
  };
}

function runWorker(job: WorkerJob, name: string): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--worker', JSON.stringify(job), name], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = output.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as WorkerReport);
      else reject(new Error(`worker for "${name}" exited with ${code}: ${output.slice(-500)}`));
    });
  });
}

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const perTenMb = (ms: number, bytes: number) => (bytes >= RATIO_MIN_BYTES ? fmtMs((ms * TEN_MB) / bytes) : '—');
const fmtBytes = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
const ratio = (delta: number, bytes: number) => (bytes >= RATIO_MIN_BYTES ? `${(Math.max(delta, 0) / bytes).toFixed(1)}×` : `(${fmtBytes(Math.max(delta, 0))})`);

function table(rows: string[][]): string {
  const header = ['input', 'size', 'parse', 'parse ms', 'parse ms/10MB', 'ingest', 'ingest ms', 'ingest ms/10MB', 'peak RSS Δ / input (parse, ingest)', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const cases = hostileCases('all').filter((c) => only.length === 0 || only.some((name) => c.name.includes(name)));
  process.stderr.write(`generating ${cases.length} hostile inputs…\n`);
  const paths = writeGenerated(cases);
  const services = await startLocalServices();
  const rows: string[][] = [];
  const problems: string[] = [];
  try {
    const harness = await createLocalHarness('hostile');
    const config: IngestConfig = { ...harness.config, maxObjectBytes: CONFIGS.prod.maxObjectBytes };
    const warmUpKey = 'hostile/warm-up.txt';
    await harness.upload(warmUpKey, articleText({ title: 'Warm-up article', paragraphs: ['The harbour board met on Tuesday to discuss the budget for next year.'], comments: manyComments(3) }));
    for (const [index, testCase] of cases.entries()) {
      const key = `hostile/${String(index).padStart(2, '0')} ${testCase.key}`;
      const path = paths.get(testCase.name)!;
      await harness.upload(key, readFileSync(path));
      process.stderr.write(`[${index + 1}/${cases.length}] ${testCase.name}\n`);
      let report: WorkerReport;
      let verdict: IngestVerdict;
      try {
        report = await runWorker({ path, key, warmUpKey, warmUpSequencer: (index + 1).toString(16).toUpperCase().padStart(4, '0'), bucket: harness.uploadBucket, config }, testCase.name);
        verdict = await ingestVerdict(harness, key, testCase.expect);
      } catch (error) {
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        problems.push(`${testCase.name}: the run itself failed (${message})`);
        rows.push([testCase.name, fmtBytes(readFileSync(path).byteLength), '?', '', '', `run failed: ${message.slice(0, 60)}`, '', '', '', 'NO (run failed)']);
        continue;
      }
      const budgetMs = (MS_PER_10MB_TARGET * report.bytes) / TEN_MB + FIXED_MS_ALLOWANCE;
      const fast = report.ingestMs <= budgetMs && report.parseMs <= budgetMs;
      const lean = report.bytes < RATIO_MIN_BYTES || report.ingestPeakDelta <= MEMORY_FACTOR_TARGET * report.bytes;
      const violation = report.parseViolation ?? verdict.violation ?? (report.batchItemFailures > 0 ? 'message left for SQS to retry' : null);
      if (violation !== null) problems.push(`${testCase.name}: ${violation}`);
      const misses = [violation === null ? '' : 'VIOLATION', fast ? '' : 'slow', lean ? '' : 'memory'].filter(Boolean);
      rows.push([
        testCase.name,
        fmtBytes(report.bytes),
        report.parse,
        fmtMs(report.parseMs),
        perTenMb(report.parseMs, report.bytes),
        verdict.observed,
        fmtMs(report.ingestMs),
        perTenMb(report.ingestMs, report.bytes),
        `${ratio(report.parsePeakDelta, report.bytes)}, ${ratio(report.ingestPeakDelta, report.bytes)}`,
        misses.length === 0 ? 'yes' : `NO (${misses.join(', ')})`,
      ]);
    }
    harness.destroy();
  } finally {
    await services.stop();
  }
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(`MAX_OBJECT_BYTES=${CONFIGS.prod.maxObjectBytes} (as deployed); targets: < ${MS_PER_10MB_TARGET} ms per 10 MB (+${FIXED_MS_ALLOWANCE} ms), peak RSS Δ ≤ ${MEMORY_FACTOR_TARGET}× input (inputs ≥ 1 MB; smaller ones show the absolute Δ)\n`);
  for (const problem of problems) process.stdout.write(`violation: ${problem}\n`);
  process.stdout.write(`inputs=${rows.length} violations=${problems.length} met=${rows.filter((row) => row[9] === 'yes').length}\n`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[2] === '--worker') {
  const job = JSON.parse(process.argv[3] ?? '{}') as WorkerJob;
  const testCase = hostileCases('all').find((c) => c.name === process.argv[4]);
  if (testCase === undefined) throw new Error(`no hostile case named "${process.argv[4] ?? ''}"`);
  worker(job, testCase).then(
    (report) => process.stdout.write(`${JSON.stringify(report)}\n`),
    (error: unknown) => {
      process.stderr.write(`worker: ${describeError(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  runMain('hostile', main);
}
