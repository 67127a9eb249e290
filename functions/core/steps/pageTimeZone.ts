import type { Line } from '../lines';

/** "All times are UTC+04:00", "All times are GMT +4. The time now is 03:25 PM.": a forum's note on its clock. */
const TIME_ZONE_NOTE = /\ball times are (?:utc|gmt)(?:\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?)?(?:\s?hours?)?(?![\d:])/iu;
/** Forums print the note in their header or footer. */
const NOTE_REACH = 200;

/** The offset ("+04:00", "Z") a forum states for every time on the page, or null. */
export function pageTimeZone(lines: readonly Line[]): string | null {
  const near = lines.length <= 2 * NOTE_REACH ? lines : [...lines.slice(0, NOTE_REACH), ...lines.slice(-NOTE_REACH)];
  for (const { text } of near) {
    const note = text.length <= 300 ? TIME_ZONE_NOTE.exec(text) : null;
    if (!note) continue;
    const [, sign, hours, minutes] = note;
    if (sign === undefined || Number(hours) + Number(minutes ?? 0) === 0) return 'Z';
    return `${sign}${hours!.padStart(2, '0')}:${minutes ?? '00'}`;
  }
  return null;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/u;

/** A date and time printed without a zone, in the page's stated zone; other values stay as they are. */
export const inPageZone = (iso: string | null, zone: string | null): string | null =>
  zone !== null && iso !== null && LOCAL_TIME.test(iso) ? `${iso}${zone}` : iso;
