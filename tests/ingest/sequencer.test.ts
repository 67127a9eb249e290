import fc from 'fast-check';
import { InvalidEventError } from '#errors';
import { SEQUENCER_WIDTH } from '#schema/constants';
import { compareSequencers, sequencerFromEventTime, sequencerOrder } from '../../functions/ingest/sequencer';

describe('Function: sequencerOrder', () => {
  it('upper-cases and right-pads with zeros to a fixed width', () => {
    const order = sequencerOrder('0055b4e3c1a');
    expect(order).toHaveLength(SEQUENCER_WIDTH);
    expect(order.startsWith('0055B4E3C1A0')).toBe(true);
  });

  it.each(['', 'xyz', '12 34', 'F'.repeat(SEQUENCER_WIDTH + 1)])('rejects "%s"', (sequencer) => {
    expect(() => sequencerOrder(sequencer)).toThrow(InvalidEventError);
  });
});

describe('Function: compareSequencers', () => {
  it('orders sequencers of equal length by hex value', () => {
    expect(compareSequencers('0055B4E3C1A0', '0055B4E3C1A1')).toBeLessThan(0);
  });

  it('compares different lengths after right-padding the shorter one', () => {
    // "0301" means 030100…, later than 03009F…
    expect(compareSequencers('0301', '03009F')).toBeGreaterThan(0);
    expect(compareSequencers('ABC', 'ABC000')).toBe(0);
  });

  it('agrees with string order of the stored form (what DynamoDB compares)', () => {
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEF'), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(hex, hex, (a, b) => {
        const [left, right] = [sequencerOrder(a), sequencerOrder(b)];
        expect(Math.sign(compareSequencers(a, b))).toBe(left < right ? -1 : left > right ? 1 : 0);
        // Antisymmetric (a sum rather than toBe(-x): 0 and -0 differ for toBe)
        expect(compareSequencers(a, b) + compareSequencers(b, a)).toBe(0);
      }),
      // Equal sequencers, and equal once padded, every run: random pairs seldom hit them.
      { examples: [['2', '2'], ['2', '20'], ['0A', '0A00']] },
    );
  });
});

describe('Function: sequencerFromEventTime', () => {
  it('orders events without a sequencer by their time', () => {
    const earlier = sequencerFromEventTime('2026-11-22T10:00:00.000Z');
    const later = sequencerFromEventTime('2026-11-22T10:00:00.001Z');
    expect(compareSequencers(earlier, later)).toBeLessThan(0);
  });

  it('rejects an event without a valid time', () => {
    expect(() => sequencerFromEventTime('')).toThrow(InvalidEventError);
  });
});
