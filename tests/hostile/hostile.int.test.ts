/**
 * Every hostile input (≤ 1 MB) through the real handler on DynamoDB Local + s3rver ends in a
 * stored article or a typed failure record: no unhandled exception, no silent skip, no message
 * left for SQS to retry. The large inputs run in scripts/hostile.ts.
 */
import { s3Notification, sqsEvent, sqsRecord } from '../helpers/factories';
import { createLocalHarness, type LocalHarness } from '../ingest/support/localHarness';
import { hostileCases, type HostileCase } from './generate';
import { ingestVerdict } from './ingestVerdict';

const CASES = hostileCases('small');
const BATCH = 10;

let harness: LocalHarness;

const keyOf = (index: number, testCase: HostileCase) => `hostile/${String(index).padStart(2, '0')} ${testCase.key}`;

beforeAll(async () => {
  harness = await createLocalHarness('hostile');
  // Prepare: every input uploaded and delivered, ten messages per SQS batch as in production
  for (let start = 0; start < CASES.length; start += BATCH) {
    const batch = CASES.slice(start, start + BATCH);
    const messages = await Promise.all(
      batch.map(async (testCase, offset) => {
        const index = start + offset;
        const uploaded = await harness.upload(keyOf(index, testCase), testCase.build());
        const spec = { bucket: harness.uploadBucket, key: uploaded.key, size: uploaded.size, eTag: uploaded.eTag, sequencer: '0A' };
        return sqsRecord(s3Notification(spec), `hostile-${index}`);
      }),
    );
    const response = await harness.handler()(sqsEvent(...messages));
    expect(response.batchItemFailures).toEqual([]);
  }
}, 60_000);

afterAll(() => harness.destroy());

describe('Hostile inputs: the ingest path', () => {
  it.each(CASES.map((testCase, index) => [testCase.name, index, testCase] as const))(
    'ends %s in a stored article or a typed failure record',
    async (_name, index, testCase) => {
      // Act
      const verdict = await ingestVerdict(harness, keyOf(index, testCase), testCase.expect);
      // Assess
      expect(verdict).toMatchObject({ violation: null });
    },
  );
});
