/**
 * `npm run query -- [target flags] [--json] article <id> | comments <id> | author <name> |
 * day <YYYY-MM-DD> | failures` — reads Winnow's tables through functions/reader.
 * Target: --data DIR (a local run's data), --endpoint URL [--s3-endpoint URL] (a running local
 * stack), or deployed tables named by --articles-table/--comments-table/--ingestions-table,
 * ARTICLES_TABLE/COMMENTS_TABLE/INGESTIONS_TABLE, --outputs-file FILE or --stack NAME.
 * Exit 0 with results, 1 when `article` finds nothing, 2 on misuse or a read failure.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createReader, type Reader, type ReaderTables } from '../functions/reader';
import { ENV } from '../functions/schema/environment';
import { UsageError, parseCommandLine } from './local/args';
import { localTableNames } from './local/createTables';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './local/localService';
import { LOCAL_TABLE_PREFIX, startLocalStack } from './local/localStack';
import { articleView, authorView, commentsView, dayView, failuresView } from './local/queryViews';
import { localS3ClientConfig } from './local/s3Local';
import { tablesFromOutputsFile, tablesFromStack } from './local/stackOutputs';
import { runCli } from './runMain';

const USAGE = `usage: npm run query -- [--json] [TARGET] article <articleId> | comments <articleId> | author <name> | day <YYYY-MM-DD> | failures
TARGET: --data DIR | --endpoint URL [--s3-endpoint URL] | --stack NAME | --outputs-file FILE [--stack NAME]
        | --articles-table T --comments-table T --ingestions-table T   (default: ARTICLES_TABLE, COMMENTS_TABLE, INGESTIONS_TABLE)`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  data: { type: 'string' },
  endpoint: { type: 'string' },
  's3-endpoint': { type: 'string' },
  stack: { type: 'string' },
  'outputs-file': { type: 'string' },
  'articles-table': { type: 'string' },
  'comments-table': { type: 'string' },
  'ingestions-table': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

interface Target {
  reader: Reader;
  close(): Promise<void>;
}

function deployedTables(values: Values): ReaderTables {
  const flags = { articles: values['articles-table'], comments: values['comments-table'], ingestions: values['ingestions-table'] };
  const env = { articles: process.env[ENV.articlesTable], comments: process.env[ENV.commentsTable], ingestions: process.env[ENV.ingestionsTable] };
  const fromStack = values['outputs-file'] !== undefined ? tablesFromOutputsFile(values['outputs-file'], values.stack) : values.stack !== undefined ? tablesFromStack(values.stack) : null;
  const pick = (name: keyof ReaderTables): string => {
    const value = flags[name] ?? fromStack?.[name] ?? env[name];
    if (value === undefined || value === '') throw new UsageError(`no ${name} table: pass --${name}-table, --stack, --outputs-file, --data or --endpoint`);
    return value;
  };
  return { articles: pick('articles'), comments: pick('comments'), ingestions: pick('ingestions') };
}

function localTables(values: Values): ReaderTables {
  const names = localTableNames(LOCAL_TABLE_PREFIX);
  return {
    articles: values['articles-table'] ?? names.Articles,
    comments: values['comments-table'] ?? names.Comments,
    ingestions: values['ingestions-table'] ?? names.Ingestions,
  };
}

async function openTarget(values: Values): Promise<Target> {
  if (values.data !== undefined) {
    const stack = await startLocalStack({ dataDir: values.data });
    return { reader: createReader({ tables: stack.readerTables, client: stack.doc, s3: stack.s3 }), close: () => stack.stop() };
  }
  const local = values.endpoint !== undefined;
  const dynamo = new DynamoDBClient(local ? { endpoint: values.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS } : {});
  const s3Endpoint = values['s3-endpoint'];
  const s3 = s3Endpoint !== undefined ? new S3Client(localS3ClientConfig(s3Endpoint)) : local ? undefined : new S3Client({});
  const client = DynamoDBDocumentClient.from(dynamo);
  const tables = local ? localTables(values) : deployedTables(values);
  return {
    reader: createReader({ tables, client, ...(s3 === undefined ? {} : { s3 }) }),
    close: async () => {
      dynamo.destroy();
      s3?.destroy();
    },
  };
}

async function run(reader: Reader, command: string, argument: string | undefined, json: boolean, print: (text: string) => void): Promise<number> {
  const need = (what: string): string => {
    if (argument === undefined || argument === '') throw new UsageError(`${command} needs ${what}`);
    return argument;
  };
  const list = (items: readonly object[], view: () => string) => {
    if (json) for (const item of items) print(JSON.stringify(item));
    else print(items.length === 0 ? '(none)' : view());
    return 0;
  };
  switch (command) {
    case 'article': {
      const stored = await reader.getArticle(need('an articleId'));
      if (stored === null) {
        process.stderr.write(`no article ${argument}\n`);
        return 1;
      }
      print(json ? JSON.stringify(stored) : articleView(stored));
      return 0;
    }
    case 'comments': {
      const comments = await reader.listComments(need('an articleId'));
      return list(comments, () => commentsView(comments));
    }
    case 'author': {
      const comments = await reader.listCommentsByAuthor(need('a name'));
      return list(comments, () => authorView(comments));
    }
    case 'day': {
      const day = need('a day (YYYY-MM-DD)');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`day must look like 2026-11-22, got "${day}"`);
      const articles = await reader.listArticlesByDay(day);
      return list(articles, () => dayView(articles));
    }
    case 'failures': {
      const records = await reader.listFailedIngestions();
      return list(records, () => failuresView(records));
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('no command');
  const target = await openTarget(values);
  try {
    return await run(target.reader, command, rest.length === 0 ? undefined : rest.join(' '), values.json, (text) => process.stdout.write(`${text}\n`));
  } finally {
    await target.close();
  }
}

runCli('npm run query', USAGE, main);
