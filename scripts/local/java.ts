/**
 * DynamoDB Local needs Java 17+. Checked before anything starts, so a missing or old Java stops
 * the run with the install command instead of a spawn error.
 */
import { spawnSync } from 'node:child_process';

export const MIN_JAVA_MAJOR = 17;

export const JAVA_INSTALL_HINT = [
  `DynamoDB Local needs Java ${MIN_JAVA_MAJOR} or newer. Install it, then run the command again:`,
  '  Debian/Ubuntu:  sudo apt-get install -y openjdk-17-jre-headless',
  '  macOS:          brew install openjdk@17   (then follow brew\'s note to put it on PATH)',
  '  Windows:        winget install Microsoft.OpenJDK.17',
].join('\n');

export class JavaMissingError extends Error {
  constructor(detail: string) {
    super(`${detail}\n${JAVA_INSTALL_HINT}`);
    this.name = 'JavaMissingError';
  }
}

/** Major version from `java -version` output: `version "17.0.15"` → 17, `version "1.8.0_412"` → 8. */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match === null) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Throws JavaMissingError unless `java` (on PATH, or `command`) is Java 17+. */
export function assertJava(command = 'java'): void {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error !== undefined) throw new JavaMissingError(`\`${command}\` was not found on PATH (${result.error.message}).`);
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major !== null && major < MIN_JAVA_MAJOR) throw new JavaMissingError(`\`${command}\` is Java ${major}.`);
}
