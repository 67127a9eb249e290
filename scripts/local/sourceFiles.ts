/**
 * Which local files a run ingests and under which object keys: the key layout the deployed
 * stack's notification filter accepts (`incoming/…` ending in `.txt`, `.md`, `.html`, `.htm` or `.json`,
 * from infra/config.ts). A directory contributes its files with those endings (recursively,
 * relative paths kept); a file named on the command line is taken whatever its name.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { STACK_SETTINGS } from './localStack';

export interface SourceFile {
  /** The path as shown to the user (relative to the working directory when inside it). */
  file: string;
  /** Absolute path. */
  path: string;
  /** Decoded object key in the upload bucket. */
  key: string;
}

/** The sample article files shipped with the repository. */
export const SAMPLES_DIR = resolve(__dirname, '../../events/files');

export class SourceFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceFileError';
  }
}

/** True for keys the stack's S3 notification filter delivers (prefix and one of the suffixes). */
export function matchesNotificationFilter(key: string): boolean {
  return key.startsWith(STACK_SETTINGS.keyPrefix) && STACK_SETTINGS.keySuffixes.some((suffix) => key.endsWith(suffix));
}

/** Skips editor droppings and hidden files (`.x.txt.swp`, `#x#`, `x~`). */
function isIngestible(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('#') && !name.endsWith('~') && STACK_SETTINGS.keySuffixes.some((suffix) => name.endsWith(suffix));
}

export function keyFor(relativePath: string): string {
  return `${STACK_SETTINGS.keyPrefix}${relativePath.split(sep).join('/')}`;
}

function displayPath(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') ? path : fromCwd;
}

/** The article files under `directory`, sorted, with keys relative to it. */
export function filesInDirectory(directory: string): SourceFile[] {
  const root = resolve(directory);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => isIngestible(basename(name)) && statSync(join(root, name)).isFile())
    .sort()
    .map((name) => ({ file: displayPath(join(root, name)), path: join(root, name), key: keyFor(name) }));
}

/** Expands FILE|DIR arguments (none: the samples) into files with distinct keys. */
export function collectSourceFiles(paths: readonly string[]): SourceFile[] {
  const files = (paths.length === 0 ? [SAMPLES_DIR] : paths).flatMap((given) => {
    const path = resolve(given);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new SourceFileError(`${given}: no such file or directory`);
    }
    if (stats.isDirectory()) return filesInDirectory(path);
    return [{ file: displayPath(path), path, key: keyFor(basename(path)) }];
  });
  const byKey = new Map<string, SourceFile>();
  for (const file of files) {
    const other = byKey.get(file.key);
    if (other !== undefined && other.path !== file.path) {
      throw new SourceFileError(`${other.file} and ${file.file} would both be uploaded as ${file.key}; rename one of them`);
    }
    byKey.set(file.key, file);
  }
  return [...byKey.values()];
}
