import { findDate, parseDateLine } from '#core/steps/parseDate';
import { findSolarHijriDate, gregorianOf } from '#core/steps/solarHijriDate';
import { normalizeText } from '#core/steps/normalizeText';

describe('Function: gregorianOf', () => {
  it.each([
    [1402, 12, 13, '2024-03-03'],
    [1403, 1, 1, '2024-03-20'],
    [1399, 12, 30, '2021-03-20'], // 1399 is a leap year: Esfand has 30 days
    [1380, 7, 1, '2001-09-23'],
  ])('converts %i/%i/%i to %s', (year, month, day, iso) => {
    expect(gregorianOf(year, month, day)).toBe(iso);
  });

  it.each([
    [1400, 12, 30], // 1400 is not a leap year
    [1402, 13, 1],
    [1402, 7, 31], // months 7–11 have 30 days
  ])('returns null for %i/%i/%i, which the calendar does not have', (year, month, day) => {
    expect(gregorianOf(year, month, day)).toBeNull();
  });
});

describe('Function: findSolarHijriDate', () => {
  it('reads a numeric date with the time of day beside it', () => {
    expect(findSolarHijriDate('1402/12/13 - 10:30')).toEqual({ iso: '2024-03-03T10:30:00', time: '10:30:00', text: '1402/12/13 - 10:30' });
  });

  it('reads a date with the Persian month name', () => {
    expect(findSolarHijriDate('13 اسفند 1402')?.iso).toBe('2024-03-03');
  });

  it.each([
    ['12 Mehr 1402', '2023-10-04'],
    ['3 esfand 1401', '2023-02-22'],
    ['1 Dey 1400', '2021-12-22'],
  ])('reads the month as English-language sites spell it: "%s"', (text, iso) => {
    expect(findSolarHijriDate(text)?.iso).toBe(iso);
  });

  it('finds nothing in a Gregorian date', () => {
    expect(findSolarHijriDate('2024/03/03')).toBeNull();
  });
});

describe('Function: findDate with Solar Hijri dates', () => {
  it('reads a labelled Persian date line written in Persian digits', () => {
    // Act
    const found = findDate(normalizeText('تاریخ انتشار: ۱۴۰۲/۱۲/۱۳ - ۱۰:۳۰'));

    // Assess
    expect(found).toEqual(expect.objectContaining({ iso: '2024-03-03T10:30:00', relative: false }));
  });

  it('reads the zone printed after the time ("Tehran time") and a "Publish Date:" label', () => {
    // Act
    const found = parseDateLine(normalizeText('Publish Date: ۱۲ Mehr ۱۴۰۲ - ۱۱:۲۷ Tehran time'));

    // Assess
    expect(found?.iso).toBe('2023-10-04T11:27:00+03:30');
  });

  it('does not read a day the Solar Hijri calendar lacks as the Gregorian year 1400', () => {
    expect(findDate('1400/12/30')).toBeNull();
  });
});
