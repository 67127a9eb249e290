/**
 * Reads what the ingest path left for one uploaded hostile input and judges it: exactly one
 * ingestion record, either `stored` with the article and all its comments in the tables, or
 * `failed` with a typed, non-retryable parse/pipeline code and no article. Anything else (no
 * record = a silent skip, INTERNAL = a crash, a missing comment) is a violation.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { INGEST_ERROR_CODES } from '#schema/constants';
import { articleIdFor } from '../../functions/ingest/articleId';
import type { LocalHarness } from '../ingest/support/localHarness';
import type { HostileExpectation } from './generate';

export interface IngestVerdict {
  /** `stored (N comments)` or `failed CODE`. */
  observed: string;
  violation: string | null;
}

/** Comments stored for one article, across pages (the harness's `comments()` reads one page only). */
export async function countComments(harness: LocalHarness, articleId: string): Promise<number> {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await harness.doc.send(
      new QueryCommand({
        TableName: harness.tables.Comments,
        KeyConditionExpression: 'articleId = :articleId',
        ExpressionAttributeValues: { ':articleId': articleId },
        Select: 'COUNT',
        Limit: 1_000, // small pages: DynamoDB Local (256 MB heap) fails a COUNT over 100,000 items in one page run
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return count;
}

export async function ingestVerdict(harness: LocalHarness, key: string, expectation: HostileExpectation): Promise<IngestVerdict> {
  const articleId = articleIdFor(harness.uploadBucket, key);
  const records = await harness.records(articleId);
  const article = (await harness.articles()).find((item) => item.articleId === articleId) ?? null;
  const record = records[0];
  if (record === undefined) return { observed: 'no record', violation: 'silent skip: no ingestion record' };
  if (records.length > 1) return { observed: `${records.length} records`, violation: 'more than one record for one event' };

  if (record.outcome === 'stored') {
    const comments = await countComments(harness, articleId);
    const observed = `stored (${comments} comments)`;
    if (article === null) return { observed, violation: 'record says stored but the article is missing' };
    if (comments !== record.counts.comments || article.commentCount !== comments) {
      return { observed, violation: `${record.counts.comments} comments parsed, ${comments} stored` };
    }
    if (expectation.kind === 'failed') return { observed, violation: `expected ${expectation.codes.join(' or ')}` };
    return { observed, violation: null };
  }
  const observed = `${record.outcome} ${record.errorCode ?? '(no code)'}`;
  if (record.outcome !== 'failed') return { observed, violation: `unexpected outcome ${record.outcome}` };
  if (record.errorCode === null || !INGEST_ERROR_CODES.includes(record.errorCode)) return { observed, violation: 'failure without a typed code' };
  if (record.errorCode === 'INTERNAL' || record.retryable) return { observed, violation: `crash or transient failure: ${record.errorMessage ?? ''}` };
  if (article !== null) return { observed, violation: 'failed, yet an article is stored' };
  if (expectation.kind === 'stored') return { observed, violation: 'expected a stored article' };
  if (expectation.kind === 'failed' && !(expectation.codes as readonly string[]).includes(record.errorCode)) {
    return { observed, violation: `expected ${expectation.codes.join(' or ')}` };
  }
  return { observed, violation: null };
}
