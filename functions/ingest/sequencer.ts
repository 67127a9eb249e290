/**
 * S3 `sequencer` values order the events of one object key. As S3 documents, values of
 * different lengths are compared after right-padding the shorter one with zeros. Storing them
 * padded to a fixed width lets DynamoDB condition expressions compare them as plain strings.
 */
import { SEQUENCER_WIDTH } from '#schema/constants';
import { InvalidEventError } from '#errors';

const HEX = /^[0-9A-F]+$/;

export function sequencerOrder(sequencer: string): string {
  const hex = sequencer.trim().toUpperCase();
  if (!HEX.test(hex) || hex.length > SEQUENCER_WIDTH) {
    throw new InvalidEventError(`sequencer "${sequencer}" is not a hex string of at most ${SEQUENCER_WIDTH} digits`);
  }
  return hex.padEnd(SEQUENCER_WIDTH, '0');
}

/** Negative when `a` happened before `b`, 0 for the same event, positive when after. */
export function compareSequencers(a: string, b: string): number {
  const left = sequencerOrder(a);
  const right = sequencerOrder(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Events without a sequencer (hand-written direct invocations) are ordered by their event time. */
export function sequencerFromEventTime(eventTime: string): string {
  const millis = Date.parse(eventTime);
  if (Number.isNaN(millis)) throw new InvalidEventError(`event has neither a sequencer nor a valid eventTime ("${eventTime}")`);
  return millis.toString(16).toUpperCase();
}
