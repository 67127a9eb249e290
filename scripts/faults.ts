/**
 * `npm run faults`: the fault matrix end to end on DynamoDB Local + s3rver (started here), through
 * the real handler and an in-process SQS model with redelivery and a DLQ. Prints one table (case,
 * expected, observed, items lost) and exits 1 when any case misses or loses an item.
 */
import { startLocalServices } from '../bench/localServices';
import { formatFaultTable, runFaultMatrix } from '../tests/faults/faultMatrix';
import { createLocalHarness } from '../tests/ingest/support/localHarness';
import { runMain } from './runMain';

async function main(): Promise<number> {
  const services = await startLocalServices();
  try {
    const harness = await createLocalHarness('faults');
    const rows = await runFaultMatrix(harness);
    harness.destroy();
    process.stdout.write(`${formatFaultTable(rows)}\n`);
    const lost = rows.reduce((sum, row) => sum + row.itemsLost, 0);
    process.stdout.write(`cases=${rows.length} ok=${rows.filter((row) => row.ok).length} items_lost=${lost}\n`);
    return rows.every((row) => row.ok) && lost === 0 ? 0 : 1;
  } finally {
    await services.stop();
  }
}

runMain('faults', main);
