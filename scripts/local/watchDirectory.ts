/**
 * Watches a folder for `npm start -- --watch DIR`: every created or changed `.txt` file becomes a
 * put, every removed one a delete. fs.watch only says "something changed", so each signal (and a
 * slow poll, for file systems where fs.watch misses events) rescans the folder and compares size
 * and modification time with the previous scan. Rounds never overlap.
 */
import { watch, statSync, type FSWatcher } from 'node:fs';
import type { FileOperation } from './ingestFiles';
import { filesInDirectory, type SourceFile } from './sourceFiles';

export interface WatchOptions {
  /** Quiet time after a change before the folder is rescanned. */
  debounceMs?: number;
  /** Rescan this often even without a signal. */
  pollMs?: number;
  /** A failed round is reported here; watching goes on. */
  onError?: (error: unknown) => void;
}

interface Seen {
  source: SourceFile;
  version: string;
}

export interface DirectoryWatcher {
  /** Resolves when the current round (if any) has finished. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

function scan(directory: string): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const source of filesInDirectory(directory)) {
    try {
      const stats = statSync(source.path);
      seen.set(source.key, { source, version: `${stats.size}:${stats.mtimeMs}` });
    } catch {
      // removed between listing and stat: the next scan sees it gone
    }
  }
  return seen;
}

export function diffScans(previous: ReadonlyMap<string, Seen>, current: ReadonlyMap<string, Seen>): FileOperation[] {
  const operations: FileOperation[] = [];
  for (const [key, now] of current) {
    if (previous.get(key)?.version !== now.version) operations.push({ kind: 'put', source: now.source });
  }
  for (const [key, before] of previous) {
    if (!current.has(key)) operations.push({ kind: 'delete', source: before.source });
  }
  return operations;
}

/**
 * Calls `onChanges` with the files present now (as puts), then with every later change, one
 * round at a time, until `stop()`.
 */
export function watchDirectory(
  directory: string,
  onChanges: (operations: FileOperation[]) => Promise<void>,
  options: WatchOptions = {},
): DirectoryWatcher {
  const debounceMs = options.debounceMs ?? 150;
  let known = new Map<string, Seen>();
  let round: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const rescan = () => {
    round = round.then(async () => {
      if (stopped) return;
      const current = scan(directory);
      const operations = diffScans(known, current);
      known = current;
      if (operations.length > 0) await onChanges(operations);
    }).catch((error: unknown) => options.onError?.(error));
    return round;
  };
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rescan(), debounceMs);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(directory, { recursive: true }, schedule);
  } catch {
    watcher = watch(directory, schedule); // platforms without recursive watching: top level only, plus the poll
  }
  watcher.on('error', () => undefined); // e.g. the folder itself removed: the poll keeps going
  const poll = setInterval(schedule, options.pollMs ?? 1_000);
  void rescan();

  return {
    idle: async () => {
      await new Promise((done) => setTimeout(done, debounceMs * 2));
      await round;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
      await round;
    },
  };
}
