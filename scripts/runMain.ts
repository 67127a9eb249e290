/**
 * The entry shell every script shares: quiet the SDK's Node notice, run `main`, turn its number
 * into the exit code, and print a failure as `<name>: <stack>` with exit code 1.
 */

import { UsageError } from './local/args';

/** The SDK's notice that its 2027 releases need Node 22 says nothing about a local run. */
export function silenceSdkNodeNotice(): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export const describeError = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

export function runMain(name: string, main: () => Promise<number>): void {
  silenceSdkNodeNotice();
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${describeError(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * The shell of the user-facing commands (`npm start`, `invoke`, `query`): the SDK notice quieted,
 * `main(argv)` run, its number the exit code; a usage mistake prints the usage, any error exits 2.
 */
export function runCli(command: string, usage: string, main: (argv: string[]) => Promise<number>): void {
  silenceSdkNodeNotice();
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(error instanceof UsageError ? `${message}\n${usage}\n` : `${command}: ${message}\n`);
      process.exit(2);
    },
  );
}
