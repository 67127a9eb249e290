/**
 * `npm run bench [-- parse bundle writes cost]`: every benchmark, one table, each figure beside
 * its same-run baseline. A full run (no section named) also writes docs/performance.md.
 */
import { startLocalServices, type RunningServices } from './localServices';
import { measureBundle } from './bundle';
import { measureCost } from './cost';
import { measureParse } from './parse';
import { writePerformanceDoc, PERFORMANCE_DOC } from './report';
import { formatTable, type BenchRow } from './table';
import { measureWrites } from './writes';
import { createLocalHarness } from '../tests/ingest/support/localHarness';
import { runMain } from '../scripts/runMain';

const SECTIONS = ['bundle', 'parse', 'writes', 'cost'] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')}`);
  const want = (name: Section): boolean => named.length === 0 || named.includes(name);
  const rows: BenchRow[] = [];
  // bundle first: its init timings want an idle machine, before the local services start
  if (want('bundle')) rows.push(...(await measureBundle()));
  if (want('parse')) rows.push(...(await measureParse()));
  if (want('writes') || want('cost')) {
    const services: RunningServices = await startLocalServices();
    try {
      if (want('writes')) rows.push(...(await measureWrites({ dynamoEndpoint: services.dynamoEndpoint, s3Endpoint: services.s3.endpoint })));
      if (want('cost')) {
        const harness = await createLocalHarness('cost');
        rows.push(...(await measureCost(harness)).rows);
        harness.destroy();
      }
    } finally {
      await services.stop();
    }
  }
  process.stdout.write(`${formatTable(rows)}\n`);
  if (named.length === 0) {
    writePerformanceDoc(rows);
    process.stderr.write(`written to ${PERFORMANCE_DOC}\n`);
  }
}

runMain('bench', async () => {
  await main();
  return 0;
});
