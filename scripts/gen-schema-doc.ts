/**
 * Generates docs/schema.md from the zod item schemas (functions/schema/items.ts) and the table
 * definitions (functions/schema/tables.ts). `npx tsx scripts/gen-schema-doc.ts` writes the file;
 * `--check` exits 1 when the committed file is stale. tests/ingest/schema/schemaDoc.test.ts
 * fails when it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  ArticleItemSchema,
  BODY_PREVIEW_CHARS,
  CommentItemSchema,
  INLINE_TEXT_MAX_BYTES,
  IngestionRecordSchema,
  SCHEMA_VERSION,
  SEQUENCER_WIDTH,
  TABLE_DEFINITIONS,
  type IndexProjection,
  type TableDefinition,
} from '../functions/schema/index';
import { articleIdFor } from '../functions/ingest/articleId';

export const SCHEMA_DOC_PATH = resolve(__dirname, '../docs/schema.md');

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

interface AttributeRow {
  name: string;
  type: string;
  dynamoType: string;
  required: boolean;
  description: string;
}

const ITEM_SCHEMAS: Record<TableDefinition['id'], z.ZodType> = {
  Articles: ArticleItemSchema,
  Comments: CommentItemSchema,
  Ingestions: IngestionRecordSchema,
};

const DYNAMO_TYPES: Record<string, string> = { string: 'S', number: 'N', integer: 'N', boolean: 'BOOL', null: 'NULL', array: 'L', object: 'M' };

const typesOf = (schema: JsonSchema): string[] => (schema.type === undefined ? [] : [schema.type].flat());

function describeType(schema: JsonSchema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum !== undefined) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.anyOf !== undefined) return schema.anyOf.map(describeType).join(' | ');
  return typesOf(schema)
    .map((type) => (type === 'array' ? `${describeType(schema.items ?? {})}[]` : type === 'object' ? 'map' : type))
    .join(' | ');
}

function dynamoType(schema: JsonSchema): string {
  const members = schema.anyOf ?? [schema];
  const types = members.flatMap((member) => typesOf(member).map((type) => DYNAMO_TYPES[type] ?? type));
  return [...new Set(types)].join(' | ');
}

/** The object schema inside a property (itself, or the non-null member of a nullable union). */
function objectPart(schema: JsonSchema): JsonSchema | null {
  const candidate = schema.anyOf?.find((member) => member.properties !== undefined) ?? schema;
  return candidate.properties === undefined ? null : candidate;
}

function attributeRows(schema: JsonSchema, prefix = ''): AttributeRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const nested = objectPart(property);
    const row: AttributeRow = {
      name: `${prefix}${name}`,
      type: describeType(property),
      dynamoType: dynamoType(property),
      required: required.has(name),
      description: property.description ?? nested?.description ?? '',
    };
    return nested === null ? [row] : [row, ...attributeRows(nested, `${prefix}${name}.`)];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function keyText(table: { partitionKey: { name: string; type: string }; sortKey?: { name: string; type: string } }): string {
  const sort = table.sortKey === undefined ? '—' : `\`${table.sortKey.name}\` (${table.sortKey.type})`;
  return `partition \`${table.partitionKey.name}\` (${table.partitionKey.type}), sort ${sort}`;
}

function projectionText(projection: IndexProjection): string {
  return projection.type === 'ALL'
    ? 'projection ALL: whole items'
    : `projection INCLUDE: the keys and ${projection.attributes.map((name) => `\`${name}\``).join(', ')}`;
}

function tableSection(table: TableDefinition): string {
  const schema = z.toJSONSchema(ITEM_SCHEMAS[table.id], { io: 'output' }) as JsonSchema;
  const indexes = table.globalSecondaryIndexes.map((index) => `- GSI \`${index.indexName}\` (${projectionText(index.projection)}): ${keyText(index)}`);
  const rows = attributeRows(schema).map(
    (row) => `| \`${row.name}\` | \`${cell(row.type)}\` | ${cell(row.dynamoType)} | ${row.required ? 'yes' : 'no'} | ${cell(row.description)} |`,
  );
  return [
    `## Table \`${table.id}\``,
    '',
    cell(schema.description ?? ''),
    '',
    `- Physical name: environment variable \`${table.envVar}\``,
    `- Key: ${keyText(table)}`,
    ...indexes,
    `- Stream: ${table.stream ? 'NEW_AND_OLD_IMAGES' : 'none'}`,
    ...(table.timeToLiveAttribute === undefined ? [] : [`- TTL attribute: \`${table.timeToLiveAttribute}\``]),
    '',
    '| Attribute | Type | DynamoDB | Required | Description |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const PROSE = `## articleId

\`articleId = <bucket>~<slug of the key>~<first 16 hex digits of sha256(bucket + "\\n" + key)>\`, computed from the
**decoded** object key (\`+\` and \`%XX\` escapes of the S3 notification undone). The slug is the key with accents
stripped, lower-cased, every run of characters outside \`[a-z0-9._]\` replaced by \`-\`, cut to 80 characters
(\`object\` when nothing is left). The id is readable, URL-safe (only \`[a-z0-9._~-]\`), and deterministic: the same
bucket and key always map to the same article; the hash keeps keys apart whose slugs collide.
Example: bucket \`winnow-uploads\`, key \`news/Iran refuses.txt\` → \`${articleIdFor('winnow-uploads', 'news/Iran refuses.txt')}\`.

## Ordering and idempotency

S3 notifications arrive at least once and out of order. Each event of one key carries a \`sequencer\`; as S3
documents, two sequencers of different lengths are compared after right-padding the shorter with zeros. Winnow
stores the padded form (${SEQUENCER_WIDTH} upper-case hex digits) as the article's \`sequencerOrder\` and as the
ingestion record's \`recordKey\`, so DynamoDB compares them as strings.

- The article item is written last, with \`attribute_not_exists(articleId) OR sequencerOrder < :new\`: an older
  event never overwrites a newer version. Deletes carry the same condition.
- An event whose ingestion record already exists with an outcome other than \`failed\` is a duplicate: nothing is
  written, not even the record.
- An event older than one already applied (a later record with outcome \`stored\`, \`unchanged\` or \`deleted\`, or a
  newer \`sequencerOrder\` on the article) is recorded as \`skipped\` with \`STALE_SEQUENCER\`. The \`deleted\` records
  are the tombstones that keep a late ObjectCreated from resurrecting a deleted article.
- An unchanged \`contentHash\` writes only the ingestion record (\`unchanged\`); the article keeps its sequencer.
- Comments are written before the article: put the new version's comments, delete the ones it no longer has.
  Readers may briefly see new comments under the previous article version. Events of one key in one SQS batch
  are processed one after another; two versions of one key processed at the same moment by two Lambda
  invocations can still interleave their comment writes (the article stays right; the next changed version of
  that key rewrites the comments).

## Large texts: overflow to S3

DynamoDB items are limited to 400 KB. A body or comment text larger than ${INLINE_TEXT_MAX_BYTES.toLocaleString('en-US')} UTF-8 bytes
is written to the processed bucket (environment variable \`PROCESSED_BUCKET\`, never the upload bucket) at
\`<articleId>/<contentHash>/body.txt\` or \`<articleId>/<contentHash>/comments/<commentId>.txt\` before the item
that points to it. The item then carries \`bodyRef\` / \`textRef\` = \`{ bucket, key, bytes, contentType }\`, its
\`body\` / \`text\` holds only the first ${BODY_PREVIEW_CHARS} characters as a preview, and the article's
\`overflowPrefix\` names the prefix of that version's objects.

**What a reader does:** if \`bodyRef\` (or \`textRef\`) is not null, GetObject \`bodyRef.bucket\`/\`bodyRef.key\` and
use its UTF-8 content as the full text; never treat \`body\` as complete in that case. Overflow objects of a
superseded version are deleted once the new article item is written; those of a deleted article with it.

## Ingestion records: why a separate table

Records have another lifecycle (operational, may get a TTL later), another access pattern (list every failure
across articles: GSI \`byOutcome\`, partition \`failed\`, sorted by \`recordedAt\`) and must not appear in the
Articles stream that downstream consumers read. Keyed by \`articleId\` + \`recordKey\` (the sequencer), one item
per S3 event of an object version, they also give the ordering history the handler needs.
To re-drive failures: query \`byOutcome\` with \`outcome = failed\`, then re-send \`source.bucket\`/\`source.key\` as
an S3 event (or copy the object onto itself).

Deterministic failures (parse errors such as \`BINARY\` or \`EMPTY\`, \`TOO_LARGE\` above \`MAX_OBJECT_BYTES\`,
\`INVALID_EVENT\`) are recorded with \`retryable: false\` and the message is acknowledged. Transient ones
(throttling, 5xx, timeouts, \`UNPROCESSED_ITEMS\` after bounded retries), parser crashes and unexpected errors
(\`INTERNAL\`: a bug, whether the parser returned it or threw) are recorded with \`retryable: true\` and the message
fails, so SQS redelivers it (\`attempts\` counts the deliveries) and, after maxReceiveCount, parks it in the
dead-letter queue, from where it can be re-driven once the bug is fixed. An object that no longer exists is \`skipped\`
with \`NOT_FOUND\`. A version that fails to parse leaves the previously stored version in place.

## Versioning policy

Every item carries \`schemaVersion\` (now ${SCHEMA_VERSION}).
- Adding an optional attribute, a new error code or a new outcome value is not breaking: the version stays.
  Readers ignore attributes they do not know.
- Removing or renaming an attribute, changing its type or meaning, or changing a key or index is breaking: the
  version is bumped, this document says what changed, and the handler writes the new version while readers
  accept both until every item was rewritten (re-ingesting the objects rewrites them).
- \`parserVersion\` is separate: a new parser changes \`contentHash\` only when its output changes.

## Reading recipes

- One article: GetItem Articles \`{ articleId }\`; its thread: Query Comments \`articleId = :id\` (ascending
  \`commentId\` is thread order; \`parentId\` links replies, \`depth\` gives the indent).
- Articles of a day in time order: Query Articles index \`byDay\`, \`day = :yyyy-mm-dd\`. The index holds a
  summary (title, authors, dates, counts, hash: see the table above), not the body: GetItem the ones you need.
- One commenter across articles: Query Comments index \`byAuthor\`, \`authorKey = :normalized name\`.
- Failed files: Query Ingestions index \`byOutcome\`, \`outcome = failed\`, newest first.
`;

export function renderSchemaDoc(): string {
  return [
    '# Winnow item schema',
    '',
    `<!-- Generated by scripts/gen-schema-doc.ts from functions/schema/items.ts and functions/schema/tables.ts. Do not edit by hand: run \`npx tsx scripts/gen-schema-doc.ts\`. -->`,
    '',
    `Schema version ${SCHEMA_VERSION}. Each uploaded object becomes one article item, one item per reader comment and`,
    'one ingestion record per processed S3 event. Attributes marked "Required: yes" are always present (possibly',
    '`null` when the type allows it); "no" means the attribute is absent when it does not apply. Dotted names are',
    'attributes of a nested map.',
    '',
    ...TABLE_DEFINITIONS.map(tableSection),
    PROSE,
  ].join('\n');
}

if (require.main === module) {
  const rendered = renderSchemaDoc();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_DOC_PATH, 'utf8');
    if (current !== rendered) {
      console.error('docs/schema.md is stale: run npx tsx scripts/gen-schema-doc.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_DOC_PATH, rendered);
    console.log(`wrote ${SCHEMA_DOC_PATH}`);
  }
}
