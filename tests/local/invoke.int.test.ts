/**
 * `npm run invoke`'s code path on every sample event in events/: the production handler runs once
 * on the event as written (after the referenced sample file is uploaded) and the stored items come
 * back. (scripts/invoke.ts only adds argument parsing, a fresh stack and printing.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestHandler } from '../../functions/ingest/createIngestHandler';
import { invokeEvent } from '../../scripts/local/invokeEvent';
import { startLocalStack, type LocalStack } from '../../scripts/local/localStack';
import { loadProductionHandler } from '../../scripts/local/productionHandler';
import { REPO_ROOT } from './support/localRun';

const sampleEvent = (name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'events', name), 'utf8')) as Record<string, unknown>;

describe('Function: invokeEvent (npm run invoke)', () => {
  let stack: LocalStack;
  let handler: IngestHandler;

  beforeAll(async () => {
    stack = await startLocalStack();
    handler = await loadProductionHandler({ ...stack.environment, POWERTOOLS_LOG_LEVEL: 'SILENT' });
  }, 60_000);

  afterAll(() => stack.stop());

  it('stores the article of s3-put.json', async () => {
    const result = await invokeEvent(stack, handler, sampleEvent('s3-put.json'));
    expect(result.response).toEqual({ batchItemFailures: [] });
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]).toMatchObject({ key: 'incoming/news-meridian-estuary-bridge-tolls.txt', outcome: 'stored', article: { title: 'Ministers Rule Out Return of Estuary Bridge Tolls' } });
    expect(result.reports[0]?.comments.length).toBeGreaterThan(0);
  });

  it('decodes the key of s3-put-encoded-key.json as S3 wrote it', async () => {
    const result = await invokeEvent(stack, handler, sampleEvent('s3-put-encoded-key.json'));
    expect(result.reports.map((report) => [report.key, report.outcome])).toEqual([
      ['incoming/Presse Archiv/Elbkurier – Lüneburg/news-elbkurier-freibad-sanierung.txt', 'stored'],
    ]);
    expect(result.reports[0]?.article?.source.key).toBe('incoming/Presse Archiv/Elbkurier – Lüneburg/news-elbkurier-freibad-sanierung.txt');
  });

  it('stores every object of sqs-batch.json', async () => {
    const result = await invokeEvent(stack, handler, sampleEvent('sqs-batch.json'));
    expect(result.response).toEqual({ batchItemFailures: [] });
    expect(result.reports.map((report) => report.outcome)).toEqual(['stored', 'stored', 'stored']);
    expect(result.reports.every((report) => report.article !== null)).toBe(true);
  });

  it('acknowledges s3-test-event.json without storing anything', async () => {
    const result = await invokeEvent(stack, handler, sampleEvent('s3-test-event.json'));
    expect(result).toEqual({ testEvents: 1, response: { batchItemFailures: [] }, reports: [] });
  });

  it('removes the article and its comments on s3-delete.json', async () => {
    const result = await invokeEvent(stack, handler, sampleEvent('s3-delete.json'));
    expect(result.reports).toEqual([expect.objectContaining({ outcome: 'deleted', article: null, comments: [] })]);
  });

});
