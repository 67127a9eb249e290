import { findEthiopianDate, gregorianOfEthiopian } from '#core/steps/ethiopianDate';
import { parseDateLine } from '#core/steps/parseDate';

describe('Function: gregorianOfEthiopian', () => {
  it.each([
    [2016, 7, 6, '2024-03-15'],
    [2017, 1, 1, '2024-09-11'],
    [2015, 13, 5, '2023-09-10'],
    [2016, 1, 1, '2023-09-12'], // the year before a Gregorian leap year starts a day later
  ])('converts %i/%i/%i to %s', (year, month, day, iso) => {
    expect(gregorianOfEthiopian(year, month, day)).toBe(iso);
  });

  it.each([
    [2016, 14, 1],
    [2016, 3, 31], // every month has 30 days
    [2016, 13, 7], // Pagume has five or six
  ])('returns null for %i/%i/%i, which the calendar does not have', (year, month, day) => {
    expect(gregorianOfEthiopian(year, month, day)).toBeNull();
  });
});

describe('Function: findEthiopianDate', () => {
  it.each([
    ['ዓርብ፣ መጋቢት 6 ቀን 2016 ዓ.ም', '2024-03-15', 'መጋቢት 6 ቀን 2016 ዓ.ም'],
    ['ባሕር ዳር፣ መጋቢት 6/2016 (ኢዜአ)', '2024-03-15', 'መጋቢት 6/2016'],
    ['6 መጋቢት 2016', '2024-03-15', '6 መጋቢት 2016'],
    ['ህዳር 12 ቀን 2017 ዓ.ም', '2024-11-21', 'ህዳር 12 ቀን 2017 ዓ.ም'],
  ])('reads "%s" as %s', (text, iso, covered) => {
    expect(findEthiopianDate(text)).toEqual({ iso, text: covered });
  });

  it('reads no Ethiopian month in a Gregorian date', () => {
    expect(findEthiopianDate('15 March 2024')).toBeNull();
  });
});

describe('Function: parseDateLine (Ethiopian calendar)', () => {
  it('reads a date line in the Ethiopian calendar, its weekday before it', () => {
    expect(parseDateLine('ዓርብ፣ መጋቢት 6 ቀን 2016 ዓ.ም')?.iso).toBe('2024-03-15');
  });
});
