import { toLines } from '#core/lines';
import { inPageZone, pageTimeZone } from '#core/steps/pageTimeZone';

describe('Function: pageTimeZone', () => {
  it.each([
    ['Board index   The team   Delete cookies   All times are UTC+04:00', '+04:00'],
    ['All times are GMT +4. The time now is 03:25 PM.', '+04:00'],
    ['All times are UTC - 5 hours', '-05:00'],
    ['All times are UTC+05:30', '+05:30'],
    ['All times are UTC', 'Z'],
  ])('reads "%s" as %s', (note, zone) => {
    expect(pageTimeZone(toLines(['Re: Ferry timetable', 'Post by harbourfan » 14 Jan 2022, 13:05', 'The new boat is late again.', note].join('\n')))).toBe(zone);
  });

  it('finds no zone on a page without the note', () => {
    expect(pageTimeZone(toLines('All the times I took that ferry, it was late.\nThe new boat is late again.'))).toBeNull();
  });
});

describe('Function: inPageZone', () => {
  it('adds the zone to a local date and time only', () => {
    expect([inPageZone('2022-01-14T13:05:00', '+04:00'), inPageZone('2022-01-14', '+04:00'), inPageZone('2022-01-14T13:05:00Z', '+04:00'), inPageZone(null, '+04:00')]).toEqual([
      '2022-01-14T13:05:00+04:00',
      '2022-01-14',
      '2022-01-14T13:05:00Z',
      null,
    ]);
  });
});
