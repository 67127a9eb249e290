/**
 * docs/performance.md: the benchmark table of the last full `npm run bench`, then how each row is
 * measured. The README's performance section is folded from this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { formatTable, type BenchRow } from './table';

export const PERFORMANCE_DOC = resolve(__dirname, '../docs/performance.md');

/** How each group of rows is measured, in table order (matched on the row name's start). */
const METHODS: ReadonlyArray<{ prefix: string; title: string; text: string }> = [
  {
    prefix: 'parse',
    title: 'Parse throughput',
    text: 'bench/parse.ts times the parsing core as the function ships it (functions/core/index.ts bundled and minified with the same esbuild options as the handler, then required), not the TypeScript sources: it parses every fixture file (events/files) five times after a warm-up and keeps the best round (docs/s and MB/s), then generated 20 MB and 100 MB articles with many comments (bench/generate.ts), best of 3 and 2 rounds. The baseline is the least work any parser must do over the same bytes in the same run: UTF-8 decode, split into lines, NFC per line.',
  },
  {
    prefix: 'writes:',
    title: 'Batched writes vs sequential PutItem',
    text: "bench/writes.ts writes the same comment items (400-byte texts) to DynamoDB Local through the pipeline's batchWriteAll (BatchWriteItem of 25, 4 in flight, UnprocessedItems retried) and, as the baseline, one PutItem after another. Both run five alternating rounds after a JVM warm-up; the medians are compared. DynamoDB Local is a single JVM on the same two cores, so absolute rates are far below DynamoDB's; the ratio is the figure to read.",
  },
  {
    prefix: 'capacity:',
    title: 'Write capacity per seed article',
    text: 'Each seed file (/work/shared/seeds) is uploaded to s3rver and ingested through the real handler on DynamoDB Local; the value is the consumed write capacity DynamoDB Local reports (ReturnConsumedCapacity TOTAL) for the article and comment writes, as stored in the ingestion record (the record itself excluded).',
  },
  {
    prefix: 're-upload',
    title: 'Unchanged re-upload',
    text: 'The first seed is delivered again with a new sequencer and identical bytes; the ingestion record must show 0 item writes (outcome unchanged: same contentHash).',
  },
  {
    prefix: 'handler bundle',
    title: 'Handler bundle size',
    text: "bench/bundle.ts builds functions/handlers/ingestArticle.ts with esbuild exactly as the CDK's NodejsFunction does for WinnowFunction (the options come from infra/defaults.ts functionDefaults().bundling: --bundle --platform=node --target=node24 --format=cjs --minify --sourcemap --sources-content=false --main-fields=module,main --charset=utf8 --external for @aws-sdk/nested-clients and the credential chain's ini, SSO, process and web-identity providers, the rest of the AWS SDK bundled; --external for chardet, which the function loads only for a file that is not valid UTF-8 and which the CDK's afterBundling hook copies, as installed, into node_modules beside index.js; --external for ./readMarkup, the HTML, JSON and feed readers, which the function loads only for a file that opens with markup and which the same hook builds with the same esbuild options into readMarkup.js beside index.js; the parser's patterns stay in UTF-8 instead of \\u escapes; the module-first main fields let esbuild tree-shake the SDK's ES module builds, and the externals leave out the default credential chain's SSO and STS clients and the providers that would call them, which a function never loads) and reports index.js without its .map (and, in rows of their own, the JavaScript shipped beside it). The baseline is bench/bareHandler.ts, a bare S3 GetObject + DynamoDB Put/BatchWrite handler with the same SDK clients, built with the same options in the same run.",
  },
  {
    prefix: 'module init',
    title: 'Module-init time',
    text: 'Each built index.js is loaded with require() in a fresh `node` process (the handler environment variables set, nothing called), timed with process.hrtime inside that process; the median of 15 runs is reported, after one warm-up run each, for the handler and the bare baseline, with the runs alternating between the two so a load spike on the machine hits both. Measured twice: with --enable-source-maps, which the function sets in NODE_OPTIONS (Node then reads the ~1 MB source map, mappings without sources, at load), and without it. Local Node is 20; Lambda runs nodejs24.x on arm64, so absolute times differ; compare with the baseline.',
  },
  {
    prefix: 'write capacity per stored KB',
    title: 'Write capacity per stored KB',
    text: "bench/cost.ts ingests 200 generated articles with the load run's spread of sizes and comment counts (bench/generate.ts generateCorpusFile: bodies log-normal around 5 KB, 35 % without comments, the rest log-normal around 6 comments, threads up to depth 3) through the real handler on DynamoDB Local in SQS batches of 10. Value: consumed WCU reported for article and comment writes, divided by the DynamoDB item size of the stored items (attribute names + values). Baseline 1 WCU per KB: every KB written once, with no per-item rounding.",
  },
  {
    prefix: 'write request units per article',
    title: 'Write request units per article',
    text: 'From the stored items: ceil(item KB) per item and per global secondary index it appears in (Articles → byDay, Comments with an author → byAuthor, Ingestions → byOutcome), plus the ingestion record. This is what DynamoDB on demand bills; the baseline is the WCU DynamoDB Local reports (ReturnConsumedCapacity TOTAL, GSIs included) for the article and comment writes, without the ingestion record. The article item dominates: its inline body (up to 300 KB) is written twice, once to the table and once to GSI byDay, which projects ALL attributes.',
  },
  {
    prefix: 'Lambda billed time',
    title: 'Lambda billed time per article',
    text: 'Wall time of each handler invocation (one SQS batch of 10 processed in parallel by the Powertools BatchProcessor), summed and divided by the articles: billed duration per article. Measured against DynamoDB Local and s3rver on this machine, which are slower than the AWS services, so this over-estimates.',
  },
  {
    prefix: 'cost',
    title: 'Cost per million articles',
    text: 'From the measured figures above and AWS list prices for us-east-1, on demand, as of 2025: Lambda arm64 $0.0000133334 per GB-s at the prod memory size (infra/config.ts) × billed time per article, plus $0.20 per million invocations (one per batch of 10); DynamoDB on demand $0.625 per million write request units × WRU per article, plus 3 strongly consistent read units per first upload at $0.125 per million; one S3 GET per article at $0.0004 per 1,000; SQS standard $0.40 per million requests, counting S3’s SendMessage plus a ReceiveMessage and a DeleteMessageBatch per batch. Not included: the upload’s own S3 PUT, overflow PUTs for bodies over 300 KB, CloudWatch Logs/metrics, X-Ray, KMS, storage and free tiers.',
  },
];

export function renderPerformanceDoc(rows: readonly BenchRow[], generatedAt: Date): string {
  const used = METHODS.filter((method) => rows.some((row) => row.name.startsWith(method.prefix)));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return [
    '# Performance',
    '',
    `Output of \`npm run bench\` on ${generatedAt.toISOString().slice(0, 10)} (${cpus().length} × ${cpu}, Node ${process.versions.node}, DynamoDB Local and s3rver on the same machine). Every figure stands beside a baseline measured in the same run; "ratio" is value / baseline.`,
    '',
    formatTable(rows),
    '',
    '## Method',
    '',
    ...used.flatMap((method) => [`**${method.title}.** ${method.text}`, '']),
  ].join('\n');
}

const README = resolve(__dirname, '../README.md');
const README_TABLE = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(\n<!-- bench:end -->)/u;

/** The README's performance section with `table` between its bench markers (unchanged without them). */
export function withReadmeTable(readme: string, table: string): string {
  return readme.replace(README_TABLE, (_, start: string, end: string) => `${start}${table}${end}`);
}

/** docs/performance.md, and the same table in the README's performance section. */
export function writePerformanceDoc(rows: readonly BenchRow[]): void {
  writeFileSync(PERFORMANCE_DOC, renderPerformanceDoc(rows, new Date()));
  writeFileSync(README, withReadmeTable(readFileSync(README, 'utf8'), formatTable(rows)));
}
