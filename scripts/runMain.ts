/**
 * The entry shell every script shares: quiet the SDK's Node notice, run `main`, turn its number
 * into the exit code, and print a failure as `<name>: <stack>` with exit code 1.
 */

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
