/**
 * The size and init baseline for bench/bundle.ts: a bare S3 → DynamoDB handler with the same
 * SDK clients as the ingest function and nothing else (no parser, no Powertools).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';

const s3 = new S3Client({});
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function handler(event: S3Event): Promise<void> {
  for (const record of event.Records) {
    const output = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: record.s3.object.key }));
    const text = (await output.Body?.transformToString()) ?? '';
    const [title = '', ...lines] = text.split('\n');
    await doc.send(new PutCommand({ TableName: process.env.ARTICLES_TABLE, Item: { articleId: record.s3.object.key, title, body: lines.join('\n') } }));
    await doc.send(new BatchWriteCommand({ RequestItems: { [process.env.COMMENTS_TABLE ?? '']: [] } }));
  }
}
