/**
 * Creates Winnow's tables from functions/schema/tables.ts (the same definitions the CDK stack
 * uses) on any DynamoDB endpoint, typically DynamoDB Local. Idempotent: existing tables are kept.
 */
import {
  CreateTableCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type AttributeDefinition,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITIONS, type KeyAttribute, type TableDefinition } from '../../functions/schema/tables';

export type TableId = TableDefinition['id'];
export type TableNameMap = Record<TableId, string>;

/** Physical names for a run: `<prefix><id>`, e.g. "winnow-local-Articles". */
export function localTableNames(prefix: string): TableNameMap {
  return Object.fromEntries(TABLE_DEFINITIONS.map((definition) => [definition.id, `${prefix}${definition.id}`])) as TableNameMap;
}

/** The environment variables (ARTICLES_TABLE, …) that point the handler at these tables. */
export function tableEnvironment(names: TableNameMap): Record<string, string> {
  return Object.fromEntries(TABLE_DEFINITIONS.map((definition) => [definition.envVar, names[definition.id]]));
}

function keySchema(partitionKey: KeyAttribute, sortKey: KeyAttribute | undefined): KeySchemaElement[] {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey === undefined ? [] : [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }]),
  ];
}

export function createTableInput(definition: TableDefinition, tableName: string): CreateTableCommandInput {
  const keys = [
    definition.partitionKey,
    definition.sortKey,
    ...definition.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ].filter((key): key is KeyAttribute => key !== undefined);
  const attributes = new Map<string, AttributeDefinition>(
    keys.map((key) => [key.name, { AttributeName: key.name, AttributeType: key.type }]),
  );
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes.values()],
    KeySchema: keySchema(definition.partitionKey, definition.sortKey),
    ...(definition.globalSecondaryIndexes.length === 0
      ? {}
      : {
          GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
            IndexName: index.indexName,
            KeySchema: keySchema(index.partitionKey, index.sortKey),
            Projection:
              index.projection.type === 'ALL'
                ? { ProjectionType: 'ALL' }
                : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection.attributes] },
          })),
        }),
    ...(definition.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
  };
}

async function createTable(client: DynamoDBClient, definition: TableDefinition, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(definition, tableName)));
  } catch (error) {
    if (error instanceof ResourceInUseException) return;
    throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  if (definition.timeToLiveAttribute !== undefined) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
      }),
    );
  }
}

export async function createTables(client: DynamoDBClient, prefix: string): Promise<TableNameMap> {
  const names = localTableNames(prefix);
  await Promise.all(TABLE_DEFINITIONS.map((definition) => createTable(client, definition, names[definition.id])));
  return names;
}
