import { createHash } from 'node:crypto';

/** Small parts are gathered into chunks of about this many characters: one hash call per chunk, not per part. */
const CHUNK_CHARS = 64 * 1024;

/** sha256 (hex) over the normalized parts, length-prefixed so that moving text between parts changes the hash. */
export function contentHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  let pending = '';
  for (const part of parts) {
    if (part.length < CHUNK_CHARS) {
      pending += `${part.length}:${part}\n`;
      if (pending.length >= CHUNK_CHARS) {
        hash.update(pending);
        pending = '';
      }
    } else {
      // A large part (the body) goes in as it is: no copy of it just to hash it.
      hash.update(`${pending}${part.length}:`);
      hash.update(part);
      pending = '\n';
    }
  }
  hash.update(pending);
  return hash.digest('hex');
}
