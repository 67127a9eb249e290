/**
 * What `npm start` prints: the summary table (file, articleId, title, comments, outcome, ms) and
 * where the data lives, or, with --json, one JSON object per file read back from the tables.
 */
import { sep } from 'node:path';
import type { FileReport } from './ingestFiles';
import type { LocalStack } from './localStack';
import { formatTable } from './textTable';

const SUCCESSFUL_OUTCOMES: ReadonlySet<string> = new Set(['stored', 'unchanged', 'deleted']);

/** 0 when every file ended stored, unchanged or deleted; 1 otherwise. */
export function exitCodeFor(reports: readonly FileReport[]): number {
  return reports.every((report) => SUCCESSFUL_OUTCOMES.has(report.outcome)) ? 0 : 1;
}

export function jsonLine(report: FileReport): string {
  const { file, key, articleId, outcome, error, article, comments } = report;
  return JSON.stringify({ file, key, articleId, outcome, error, article, comments });
}

function outcomeCell(report: FileReport): string {
  return report.error === null || report.outcome === 'stored' ? report.outcome : `${report.outcome} (${report.error.code})`;
}

/** The folder every file is in (with a trailing separator), or '' when they differ. */
export function commonFolder(files: readonly string[]): string {
  const folders = new Set(files.map((file) => file.slice(0, file.lastIndexOf(sep) + 1)));
  return folders.size === 1 ? ([...folders][0] ?? '') : '';
}

/** The table; files in one folder are shown by name, under a `files in <folder>` line. */
export function summaryTable(reports: readonly FileReport[]): string {
  const folder = commonFolder(reports.map((report) => report.file));
  const table = formatTable(
    [{ header: 'file', max: 48 }, { header: 'articleId' }, { header: 'title', max: 40 }, { header: 'comments', right: true }, { header: 'outcome' }, { header: 'ms', right: true }],
    reports.map((report) => [
      report.file.slice(folder.length),
      report.articleId,
      report.article?.title ?? '',
      report.article === null ? '' : String(report.comments.length),
      outcomeCell(report),
      report.ms === null ? '' : String(Math.round(report.ms)),
    ]),
  );
  return folder === '' ? table : `files in ${folder}\n${table}`;
}

export function outcomeCounts(reports: readonly FileReport[]): string {
  const counts = new Map<string, number>();
  for (const report of reports) counts.set(report.outcome, (counts.get(report.outcome) ?? 0) + 1);
  const comments = reports.reduce((sum, report) => sum + report.comments.length, 0);
  const parts = [...counts.entries()].map(([outcome, count]) => `${count} ${outcome}`);
  return `${reports.length} file${reports.length === 1 ? '' : 's'}: ${parts.join(', ')}; ${comments} comments in the tables`;
}

export function errorLines(reports: readonly FileReport[]): string[] {
  return reports.filter((report) => report.error !== null && report.outcome !== 'stored').map((report) => `  ${report.file}: ${report.error?.code} ${report.error?.message}`);
}

/** Where the tables and objects are, and how to look at them. */
export function whereDataLives(stack: LocalStack, options: { watching: boolean }): string {
  const storage =
    stack.dataDir === null
      ? 'Data: in memory, gone when this process exits (keep it between runs with --data DIR).'
      : `Data: ${stack.dataDir} (tables in dynamodb/, objects in s3/); the next run with --data ${stack.dataDir} starts from it.`;
  const tables = Object.values(stack.tables).join(', ');
  const queryTarget =
    stack.dataDir !== null && !options.watching
      ? `--data ${stack.dataDir}`
      : `--endpoint ${stack.dynamo.endpoint} --s3-endpoint ${stack.s3Service.endpoint}`;
  const queryNote = stack.dataDir === null && !options.watching ? ' (while a stack runs, e.g. with --watch)' : '';
  return [
    storage,
    `  DynamoDB Local  ${stack.dynamo.endpoint}  tables ${tables}`,
    `  S3 (s3rver)     ${stack.s3Service.endpoint}  buckets ${stack.uploadBucket} (uploads, under incoming/), ${stack.processedBucket}`,
    `Query${queryNote}: npm run query -- ${queryTarget} day <YYYY-MM-DD> | article <articleId> | author <name> | failures`,
  ].join('\n');
}
