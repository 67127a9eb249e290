import { createHash } from 'node:crypto';

/** sha256 (hex) over the normalized parts, length-prefixed so that moving text between parts changes the hash. */
export function contentHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}\n`);
  return hash.digest('hex');
}
