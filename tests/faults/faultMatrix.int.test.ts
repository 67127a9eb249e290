/**
 * The fault matrix of scripts/faults.ts, asserted: every case ends as expected with no item lost.
 */
import { createLocalHarness, type LocalHarness } from '../ingest/support/localHarness';
import { FAULT_CASES, type FaultRow } from './faultMatrix';

let harness: LocalHarness;

beforeAll(async () => {
  harness = await createLocalHarness('faultmatrix');
});

afterAll(() => harness.destroy());

describe('Fault matrix on the local services', () => {
  it.each(FAULT_CASES.map((faultCase, index) => [index + 1, faultCase] as const))('case %i ends as expected with no item lost', async (_index, faultCase) => {
    // Act
    const row: FaultRow = await faultCase(harness);
    // Assess
    expect({ name: row.name, observed: row.observed, ok: row.ok, itemsLost: row.itemsLost }).toEqual({ name: row.name, observed: row.observed, ok: true, itemsLost: 0 });
  });
});
