/**
 * Sequencers for local notifications. S3's `sequencer` grows with every event of a key; s3rver's
 * (Date.now() in hex) repeats within a millisecond. These are 18 hex digits, like S3's: the
 * millisecond clock shifted left 16 bits plus a counter, so they grow within one run and across
 * runs on the same data directory (later runs start from a later clock).
 */
const WIDTH = 18;

export function createSequencer(clock: () => number = Date.now): () => string {
  let last = 0n;
  return () => {
    const next = BigInt(clock()) << 16n;
    last = next > last ? next : last + 1n;
    return last.toString(16).toUpperCase().padStart(WIDTH, '0');
  };
}
