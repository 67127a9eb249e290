/**
 * `npm start`: local stack up, the files ingested through the production handler, the summary (or
 * JSON Lines) printed; with a watch folder, then every change until the signal aborts; the stack
 * is stopped in every case (Java included).
 */
import type { ArticleItem } from '../../functions/schema';
import { openIngestSession, type FileOperation, type FileReport } from './ingestFiles';
import { STACK_SETTINGS, startLocalStack, type LocalStack } from './localStack';
import { loadProductionHandler } from './productionHandler';
import { collectSourceFiles, filesInDirectory } from './sourceFiles';
import { errorLines, exitCodeFor, jsonLine, outcomeCounts, summaryTable, whereDataLives } from './summary';
import { watchDirectory } from './watchDirectory';

export interface LocalRunOptions {
  json: boolean;
  dataDir?: string;
  watchDir?: string;
  /** FILE|DIR arguments; none (and no watch folder) → the samples in events/files. */
  paths: string[];
  dynamoPort?: number;
  s3Port?: number;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const QUIET_LEVELS = new Set(['WARN', 'ERROR', 'CRITICAL', 'SILENT']);

/**
 * Powertools writes INFO and DEBUG lines to stdout, WARN and above to stderr. Local mode logs
 * WARN and above unless told otherwise; with --json, never below WARN, so stdout stays JSON.
 */
export function handlerLogLevel(json: boolean, requested: string | undefined): string {
  const level = (requested ?? 'WARN').toUpperCase();
  return json && !QUIET_LEVELS.has(level) ? 'WARN' : level;
}

function printRound(output: Output, json: boolean, reports: readonly FileReport[]): void {
  if (json) {
    for (const report of reports) output.out(jsonLine(report));
    return;
  }
  output.out(summaryTable(reports));
}

/** One line per watched change, e.g. `12:00:01  stored  incoming/a.txt  "Title" (3 comments)`. */
function changeLine(report: FileReport): string {
  const time = new Date().toISOString().slice(11, 19);
  const article: ArticleItem | null = report.article;
  const what = article === null ? '' : `  "${article.title ?? '(untitled)'}" (${report.comments.length} comments)`;
  const error = report.error === null || report.outcome === 'stored' ? '' : `  ${report.error.code}: ${report.error.message}`;
  return `${time}  ${report.outcome.padEnd(9)} ${report.file}${what}${error}`;
}

async function ingestAndPrint(
  run: (operations: readonly FileOperation[]) => Promise<FileReport[]>,
  operations: FileOperation[],
  options: LocalRunOptions,
  output: Output,
  stack: LocalStack,
): Promise<FileReport[]> {
  const started = performance.now();
  const reports = await run(operations);
  printRound(output, options.json, reports);
  if (!options.json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    output.out(`\n${outcomeCounts(reports)} (${seconds} s)`);
    const errors = errorLines(reports);
    if (errors.length > 0) output.out(['Errors:', ...errors].join('\n'));
    output.out(whereDataLives(stack, { watching: options.watchDir !== undefined }));
  }
  return reports;
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  return new Promise((done) => (signal.aborted ? done() : signal.addEventListener('abort', () => done(), { once: true })));
}

export async function runLocal(options: LocalRunOptions, output: Output = processOutput, signal?: AbortSignal): Promise<number> {
  const watching = options.watchDir !== undefined;
  if (watching) filesInDirectory(options.watchDir ?? '.'); // fails early on a missing folder
  const sources = options.paths.length === 0 && watching ? [] : collectSourceFiles(options.paths);

  output.err(`Starting DynamoDB Local and local S3${options.dataDir === undefined ? '' : ` (data in ${options.dataDir})`}…`);
  const started = performance.now();
  const stack = await startLocalStack({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(options.dynamoPort === undefined ? {} : { dynamoPort: options.dynamoPort }),
    ...(options.s3Port === undefined ? {} : { s3Port: options.s3Port }),
  });
  try {
    const handler = await loadProductionHandler({
      ...stack.environment,
      POWERTOOLS_LOG_LEVEL: handlerLogLevel(options.json, process.env.POWERTOOLS_LOG_LEVEL),
    });
    const ready = `Ready in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    output.err(sources.length === 0 ? `${ready}.` : `${ready}; ingesting ${sources.length} file${sources.length === 1 ? '' : 's'}…`);
    const session = openIngestSession(stack, handler);
    try {
      const reports =
        sources.length === 0 ? [] : await ingestAndPrint(session.run, sources.map((source) => ({ kind: 'put', source })), options, output, stack);
      if (!watching) return exitCodeFor(reports);

      let failed = reports.some((report) => exitCodeFor([report]) !== 0);
      if (!options.json && sources.length === 0) output.out(whereDataLives(stack, { watching: true }));
      output.err(`Watching ${options.watchDir} for created, changed and deleted article files (${STACK_SETTINGS.keySuffixes.join(', ')}); Ctrl-C to stop.`);
      const watcher = watchDirectory(
        options.watchDir ?? '.',
        async (operations) => {
          const changed = await session.run(operations);
          failed ||= exitCodeFor(changed) !== 0;
          for (const report of changed) output.out(options.json ? jsonLine(report) : changeLine(report));
        },
        { onError: (error) => output.err(`Ingestion round failed: ${String(error)}`) },
      );
      await waitForAbort(signal ?? new AbortController().signal);
      await watcher.stop();
      return failed ? 1 : 0;
    } finally {
      session.close();
    }
  } finally {
    await stack.stop();
  }
}
