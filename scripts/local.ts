/**
 * `npm start -- [--json] [--data DIR] [--watch DIR] [FILE|DIR…]`: runs Winnow locally on
 * DynamoDB Local and s3rver (see docs/local.md). Exit 0 when every file was stored, unchanged or
 * deleted, 1 when any was not, 2 when the run could not start (usage, Java missing, port busy).
 */
import { parseCommandLine, portOption } from './local/args';
import { runLocal } from './local/runLocal';
import { runCli } from './runMain';

const USAGE = `usage: npm start -- [--json] [--data DIR] [--watch DIR] [--dynamodb-port N] [--s3-port N] [FILE|DIR…]
  no FILE|DIR: the sample articles in events/files
  --json        one JSON object per file on stdout (read back from the tables), nothing else
  --data DIR    keep tables and objects in DIR between runs (default: in memory, removed on exit)
  --watch DIR   keep running; ingest every article file (.txt, .md, .html, .htm, .json, .xml, .rss, .atom) created, changed or deleted in DIR (Ctrl-C stops)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    json: { type: 'boolean', default: false },
    data: { type: 'string' },
    watch: { type: 'string' },
    'dynamodb-port': { type: 'string' },
    's3-port': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // In watch mode the first Ctrl-C stops watching and shuts down cleanly; otherwise (or on a second
  // Ctrl-C) exit at once: the 'exit' hook of startDynamoLocal still kills Java.
  const controller = new AbortController();
  const stop = () => {
    if (values.watch === undefined || controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const dynamoPort = portOption(values['dynamodb-port'], '--dynamodb-port');
  const s3Port = portOption(values['s3-port'], '--s3-port');
  return runLocal(
    {
      json: values.json,
      paths: positionals,
      ...(values.data === undefined ? {} : { dataDir: values.data }),
      ...(values.watch === undefined ? {} : { watchDir: values.watch }),
      ...(dynamoPort === undefined ? {} : { dynamoPort }),
      ...(s3Port === undefined ? {} : { s3Port }),
    },
    undefined,
    controller.signal,
  );
}

runCli('npm start', USAGE, main);
