import type { RemovalPolicy } from 'aws-cdk-lib';
import { ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Attribute } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { ENV } from '#schema/environment';
import type { EnvName } from '#schema/environment';
import { TABLE_DEFINITIONS } from '#schema/tables';
import type { IndexProjection, KeyAttribute, TableDefinition } from '#schema/tables';
import { attributeType, tableDefaults, tableStreamDefaults, withDefaults } from '../defaults';

function projection(definition: IndexProjection): { projectionType: ProjectionType; nonKeyAttributes?: string[] } {
  return definition.type === 'ALL'
    ? { projectionType: ProjectionType.ALL }
    : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...definition.attributes] };
}

export interface BuildTablesProps {
  /** @default RETAIN (tableDefaults) */
  readonly removalPolicy?: RemovalPolicy;
  /** @default true (tableDefaults) */
  readonly deletionProtection?: boolean;
  /** @default TABLE_DEFINITIONS, the schema module's tables */
  readonly definitions?: readonly TableDefinition[];
}

export interface BuiltTable {
  readonly definition: TableDefinition;
  readonly table: Table;
  /** The definition's `envVar`, checked to be one the handler reads (schema/environment.ts). */
  readonly envVar: EnvName;
}

const ENV_NAMES: readonly string[] = Object.values(ENV);

function isEnvName(name: string): name is EnvName {
  return ENV_NAMES.includes(name);
}

function envVarOf(definition: TableDefinition): EnvName {
  if (!isEnvName(definition.envVar)) throw new Error(`Table ${definition.id}: envVar ${definition.envVar} is not listed in functions/schema/environment.ts`);
  return definition.envVar;
}

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: attributeType(key.type) };
}

/** One table per schema definition, with its keys, GSIs, stream and TTL; construct id `<id>Table`. */
export function buildTables(scope: Construct, props: BuildTablesProps = {}): BuiltTable[] {
  return (props.definitions ?? TABLE_DEFINITIONS).map((definition) => {
    const envVar = envVarOf(definition);
    const table = new Table(
      scope,
      `${definition.id}Table`,
      withDefaults(
        { ...tableDefaults(), ...(definition.stream ? tableStreamDefaults() : {}) },
        { removalPolicy: props.removalPolicy, deletionProtection: props.deletionProtection },
        {
          partitionKey: attribute(definition.partitionKey),
          sortKey: definition.sortKey && attribute(definition.sortKey),
          timeToLiveAttribute: definition.timeToLiveAttribute,
        },
      ),
    );
    for (const index of definition.globalSecondaryIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: index.sortKey && attribute(index.sortKey),
        ...projection(index.projection),
      });
    }
    return { definition, table, envVar };
  });
}
