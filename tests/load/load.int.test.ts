/**
 * A small load run (scripts/load.ts) on DynamoDB Local and an in-process s3rver, whose object
 * events feed the queue as S3 notifications would: every generated article and comment ends in
 * the tables exactly once.
 */
import { startS3Local, type S3LocalService } from '../../scripts/local/s3Local';
import { runLoad, summaryLine } from '../../scripts/load';
import { createLocalHarness, requireLocalServices, type LocalHarness } from '../ingest/support/localHarness';

const FILES = 200;

let s3Local: S3LocalService;
let harness: LocalHarness;
let sharedS3Endpoint: string | undefined;

beforeAll(async () => {
  requireLocalServices();
  // this file's own s3rver: its object events are only visible in the process that runs it
  s3Local = await startS3Local();
  sharedS3Endpoint = process.env.AWS_ENDPOINT_URL_S3;
  process.env.AWS_ENDPOINT_URL_S3 = s3Local.endpoint;
  harness = await createLocalHarness('load');
});

afterAll(async () => {
  harness.destroy();
  process.env.AWS_ENDPOINT_URL_S3 = sharedS3Endpoint;
  await s3Local.stop();
});

describe('Load run', () => {
  it(`stores ${FILES} generated articles with every comment, none lost or duplicated`, async () => {
    // Act
    const result = await runLoad(harness, s3Local, { files: FILES, concurrency: 4 });
    // Assess
    console.log(summaryLine(result));
    expect(result).toMatchObject({ files: FILES, stored: FILES, failed: 0, lost: 0, duplicated: 0, receives: FILES });
  }, 90_000);
});
