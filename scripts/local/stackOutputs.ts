/**
 * Table names of a deployed stack from its CloudFormation outputs (`<TableId>TableName`, see
 * infra/stacks/WinnowStack.ts): from a `cdk deploy --outputs-file` file, or live through the AWS
 * CLI (`aws cloudformation describe-stacks`), which uses the caller's credentials and region.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ReaderTables } from '../../functions/reader';

const OUTPUT_KEYS: Record<keyof ReaderTables, string> = {
  articles: 'ArticlesTableName',
  comments: 'CommentsTableName',
  ingestions: 'IngestionsTableName',
};

export function tablesFromOutputs(outputs: Record<string, string>, source: string): ReaderTables {
  const pick = (name: keyof ReaderTables): string => {
    const value = outputs[OUTPUT_KEYS[name]];
    if (value === undefined) throw new Error(`${source} has no output ${OUTPUT_KEYS[name]}`);
    return value;
  };
  return { articles: pick('articles'), comments: pick('comments'), ingestions: pick('ingestions') };
}

/** `cdk deploy --outputs-file FILE`: `{ "<stack>": { "<OutputKey>": "<value>" } }`. */
export function tablesFromOutputsFile(path: string, stackName: string | undefined): ReaderTables {
  const document = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
  const names = Object.keys(document);
  const name = stackName ?? (names.length === 1 ? names[0] : undefined);
  const outputs = name === undefined ? undefined : document[name];
  if (outputs === undefined) throw new Error(`${path}: name the stack with --stack (one of ${names.join(', ')})`);
  return tablesFromOutputs(outputs, `${path} (${name})`);
}

export function tablesFromStack(stackName: string): ReaderTables {
  let json: string;
  try {
    json = execFileSync('aws', ['cloudformation', 'describe-stacks', '--stack-name', stackName, '--query', 'Stacks[0].Outputs', '--output', 'json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not read the outputs of stack ${stackName} with the AWS CLI (${detail.trim()}). Pass --outputs-file, table flags or ARTICLES_TABLE/COMMENTS_TABLE/INGESTIONS_TABLE instead.`, { cause: error });
  }
  const outputs = JSON.parse(json) as { OutputKey: string; OutputValue: string }[];
  return tablesFromOutputs(Object.fromEntries(outputs.map((output) => [output.OutputKey, output.OutputValue])), `stack ${stackName}`);
}
