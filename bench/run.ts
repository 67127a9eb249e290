/** `npm run bench`: every benchmark, one table, each figure beside its same-run baseline. */
import { measureParse } from './parse';
import { formatTable } from './table';
import type { BenchRow } from './table';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (name: string): boolean => only.length === 0 || only.includes(name);
  const rows: BenchRow[] = [];
  if (want('parse')) rows.push(...measureParse());
  process.stdout.write(`${formatTable(rows)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${String(error)}\n`);
  process.exitCode = 1;
});
