/**
 * `npm run invoke -- events/<name>.json [--json]`: the production handler on one sample event
 * against fresh local services (see scripts/local/invokeEvent.ts). Prints the handler's response,
 * each object's outcome and the stored items; exit 0 when every object was stored, unchanged or
 * deleted, 1 otherwise, 2 when it could not run.
 */
import { readFile } from 'node:fs/promises';
import { UsageError, parseCommandLine } from './local/args';
import { invokeEvent } from './local/invokeEvent';
import { startLocalStack } from './local/localStack';
import { loadProductionHandler } from './local/productionHandler';
import { handlerLogLevel } from './local/runLocal';
import { exitCodeFor, jsonLine } from './local/summary';
import { runCli } from './runMain';

const USAGE = 'usage: npm run invoke -- events/<name>.json [--json]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean', default: false } });
  const [eventFile] = positionals;
  if (eventFile === undefined || positionals.length > 1) throw new UsageError('give exactly one event file');
  const event: unknown = JSON.parse(await readFile(eventFile, 'utf8'));
  if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new UsageError(`${eventFile} is not a JSON object`);

  const stack = await startLocalStack();
  try {
    const handler = await loadProductionHandler({ ...stack.environment, POWERTOOLS_LOG_LEVEL: handlerLogLevel(values.json, process.env.POWERTOOLS_LOG_LEVEL) });
    const result = await invokeEvent(stack, handler, event as Record<string, unknown>);
    const print = (text: string) => process.stdout.write(`${text}\n`);
    if (values.json) {
      for (const report of result.reports) print(jsonLine(report));
      return exitCodeFor(result.reports);
    }
    print(`Event ${eventFile}: ${result.reports.length} object event(s)${result.testEvents > 0 ? `, ${result.testEvents} s3:TestEvent (ignored by the handler)` : ''}`);
    print(`Handler response: ${JSON.stringify(result.response)}`);
    for (const report of result.reports) {
      const error = report.error === null || report.outcome === 'stored' ? '' : ` (${report.error.code}: ${report.error.message})`;
      print(`\n${report.key} → ${report.outcome}${error}, ${report.ms ?? '?'} ms\narticleId ${report.articleId}`);
      print(report.article === null ? 'Article item: none stored' : `Article item:\n${JSON.stringify(report.article, null, 2)}`);
      print(`Comment items (${report.comments.length}, thread order):`);
      for (const comment of report.comments) print(JSON.stringify(comment));
    }
    return exitCodeFor(result.reports);
  } finally {
    await stack.stop();
  }
}

runCli('npm run invoke', USAGE, main);
