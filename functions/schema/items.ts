/**
 * The item contract other tools read: one zod schema per DynamoDB item, the single source of
 * truth for docs/schema.md (scripts/gen-schema-doc.ts) and the exported TypeScript types.
 * The Lambda handler imports these types only (`import type`); zod validation runs in tests
 * and the doc generator, so zod stays out of the function bundle.
 */
import { z } from 'zod';
import {
  INGEST_ERROR_CODES,
  INGESTION_OUTCOMES,
  OVERFLOW_CONTENT_TYPE,
  SCHEMA_VERSION,
} from './constants';
import { ARTICLE_SUMMARY_ATTRIBUTES } from './tables';

const isoTimestamp = (description: string) => z.string().describe(`${description} (ISO 8601, UTC, ms precision)`);

export const S3PointerSchema = z
  .strictObject({
    bucket: z.string().describe('Processed bucket holding the full text.'),
    key: z.string().describe('Object key: `<articleId>/<contentHash>/body.txt` or `…/comments/<commentId>.txt`.'),
    bytes: z.number().int().nonnegative().describe('Size of the UTF-8 text in bytes.'),
    contentType: z.literal(OVERFLOW_CONTENT_TYPE).describe('Always UTF-8 plain text.'),
  })
  .describe('Where a text too large for an item is stored.');

export const SourceSchema = z
  .strictObject({
    bucket: z.string().describe('Upload bucket.'),
    key: z.string().describe('Decoded object key (spaces, `+` and non-ASCII as written).'),
    versionId: z.string().nullable().describe('Object version from the event; null in unversioned buckets.'),
    eTag: z.string().nullable().describe('ETag from the event.'),
    size: z.number().int().nonnegative().nullable().describe('Object size in bytes from the event.'),
    sequencer: z.string().describe('S3 `sequencer` of the event, as sent.'),
    contentType: z.string().nullable().describe('Content-Type returned by GetObject (null on delete events).'),
  })
  .describe('The S3 object version an item was built from.');

export const DatelineSchema = z
  .strictObject({
    locations: z.array(z.string()).describe('Places before the agency as written, one per comma: "KYIV, Ukraine (AP)" gives KYIV and Ukraine.'),
    agency: z.string().nullable().describe('Agency in parentheses or the lone source prefix.'),
  })
  .describe('Dateline of the article.');

export const ArticleItemSchema = z
  .strictObject({
    articleId: z.string().describe('Partition key; see "articleId" below.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Item contract version.'),
    title: z.string().nullable().describe('Headline.'),
    subtitle: z.string().nullable().describe('Standfirst / deck under the headline.'),
    authors: z.array(z.string()).describe('Byline names.'),
    publishedAt: z.string().nullable().describe('ISO 8601; no zone suffix when the text gives none.'),
    dateline: DatelineSchema.nullable(),
    captions: z.array(z.string()).describe('Photo captions.'),
    sourceId: z.string().nullable().describe('Id printed by the source site ("Code : 3912" → "3912").'),
    body: z.string().describe('Paragraphs joined by a blank line; only a preview (first 1000 characters) when `bodyRef` is set.'),
    bodyRef: S3PointerSchema.nullable().describe('Set when the body exceeds the inline limit: read the full body there.'),
    language: z.string().nullable().describe('ISO 639-1 language of the body.'),
    wordCount: z.number().int().nonnegative().describe('Words in the full body.'),
    commentCount: z.number().int().nonnegative().describe('Comments of this version (items in table Comments).'),
    contentHash: z.string().describe('sha256 (hex) of the normalized article and comments; equal hash = unchanged.'),
    parserVersion: z.string().describe('Version of the parser that produced the item.'),
    source: SourceSchema,
    sequencerOrder: z.string().describe('`source.sequencer` upper-cased and right-padded with zeros to 64 characters; writes are conditioned on it.'),
    day: z.string().describe('GSI `byDay` partition key: YYYY-MM-DD of `publishedAt`, or of `ingestedAt` when unknown.'),
    dayTime: z.string().describe('GSI `byDay` sort key: `<publishedAt or ingestedAt>#<articleId>`.'),
    dayBasis: z.enum(['published', 'ingested']).describe('Which timestamp `day`/`dayTime` come from.'),
    overflowPrefix: z.string().nullable().describe('Processed-bucket prefix holding this version\'s overflow texts, or null.'),
    ingestedAt: isoTimestamp('First time this article was stored'),
    updatedAt: isoTimestamp('Last time this article item was written'),
  })
  .describe('One item per uploaded object (table Articles).');

type SummaryKey = 'articleId' | 'day' | 'dayTime' | (typeof ARTICLE_SUMMARY_ATTRIBUTES)[number];
const SUMMARY_MASK = Object.fromEntries(
  (['articleId', 'day', 'dayTime', ...ARTICLE_SUMMARY_ATTRIBUTES] as const).map((name) => [name, true]),
) as { [K in SummaryKey]: true };

export const ArticleSummarySchema = ArticleItemSchema.pick(SUMMARY_MASK).describe(
  'What the Articles index `byDay` returns per article: the keys and the summary attributes (no body).',
);

export const CommentItemSchema = z
  .strictObject({
    articleId: z.string().describe('Partition key: the article the comment belongs to.'),
    commentId: z.string().describe('Sort key: thread path of zero-padded sibling positions ("0002.0001"); sorts in thread order.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Item contract version.'),
    parentId: z.string().nullable().describe('`commentId` of the parent; null at depth 0.'),
    depth: z.number().int().nonnegative().describe('0 = top level.'),
    position: z.number().int().positive().describe('1-based document order.'),
    author: z.string().nullable().describe('Author as written.'),
    postedAt: z.string().nullable().describe('ISO 8601 time of the comment, when given.'),
    text: z.string().describe('Paragraphs joined by a blank line; only a preview (first 1000 characters) when `textRef` is set.'),
    textRef: S3PointerSchema.nullable().describe('Set when the text exceeds the inline limit: read the full text there.'),
    authorKey: z
      .string()
      .optional()
      .describe('GSI `byAuthor` partition key: author lower-cased, accents stripped, spaces collapsed. Absent when the author is unknown (not in the index).'),
    authorSortKey: z
      .string()
      .optional()
      .describe('GSI `byAuthor` sort key: `<postedAt, else article publishedAt, else ingestedAt>#<articleId>#<commentId>`.'),
    updatedAt: isoTimestamp('Time this comment item was written'),
  })
  .describe('One item per reader comment (table Comments).');

export const IngestionRecordSchema = z
  .strictObject({
    articleId: z.string().describe('Partition key: the article the object maps to.'),
    recordKey: z.string().describe('Sort key: the event\'s `sequencerOrder`, so records sort in S3 event order.'),
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Item contract version.'),
    outcome: z.enum(INGESTION_OUTCOMES).describe('GSI `byOutcome` partition key.'),
    errorCode: z.enum(INGEST_ERROR_CODES).nullable().describe('Why the object was skipped or failed; null otherwise.'),
    errorMessage: z.string().nullable().describe('Human-readable detail for `errorCode`.'),
    retryable: z.boolean().describe('True when SQS redelivers the event (transient failure).'),
    attempts: z.number().int().positive().describe('Times this event was processed (SQS redeliveries + 1).'),
    eventName: z.string().describe('S3 event name, e.g. `ObjectCreated:Put`.'),
    eventTime: z.string().describe('S3 event time.'),
    source: SourceSchema,
    contentHash: z.string().nullable().describe('Hash of the parsed version, when it was parsed.'),
    parserVersion: z.string().nullable().describe('Parser version, when the object was parsed.'),
    counts: z
      .strictObject({
        comments: z.number().int().nonnegative().describe('Comments in the parsed version.'),
        commentsWritten: z.number().int().nonnegative().describe('Comment items put.'),
        commentsDeleted: z.number().int().nonnegative().describe('Comment items deleted (stale or removed).'),
        itemWrites: z.number().int().nonnegative().describe('Article and comment item writes (puts + deletes), excluding this record.'),
        writeCapacityUnits: z.number().nonnegative().describe('Consumed WCU of those writes, as DynamoDB reports it.'),
      })
      .describe('What the ingestion wrote.'),
    durations: z
      .strictObject({
        fetchMs: z.number().nonnegative().describe('GetObject and body read.'),
        parseMs: z.number().nonnegative().describe('parseArticle.'),
        writeMs: z.number().nonnegative().describe('Overflow objects and item writes.'),
        totalMs: z.number().nonnegative().describe('Whole event.'),
      })
      .describe('Time spent per stage, in milliseconds.'),
    recordedAt: isoTimestamp('GSI `byOutcome` sort key: time the record was written'),
  })
  .describe('One item per processed S3 event / object version (table Ingestions).');

export type S3Pointer = z.infer<typeof S3PointerSchema>;
export type ObjectSource = z.infer<typeof SourceSchema>;
export type ArticleItem = z.infer<typeof ArticleItemSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type CommentItem = z.infer<typeof CommentItemSchema>;
export type IngestionRecord = z.infer<typeof IngestionRecordSchema>;
export type IngestionCounts = IngestionRecord['counts'];
export type IngestionDurations = IngestionRecord['durations'];
