import { SOURCE_ID_LINE, TRAILING_SOURCE_ID } from '../patterns';

/** "2023-11-07 08:30 | ID: 88412", "Article ID: 73150 · Filed under: Science": segments of a meta row. */
export const SEGMENT_SEPARATOR = /\s+[|·]\s+/u;

/** "2023-11-07 08:30 | ID: 88412" → the id, and the line without it. */
export function withoutSourceIdSegment(text: string): { id: string | null; rest: string } {
  if (!text.includes('|') && !text.includes(' · ')) {
    const trailing = text.includes(':') || text.includes('：') ? TRAILING_SOURCE_ID.exec(text) : null;
    return trailing ? { id: trailing[1]!, rest: text.slice(0, trailing.index) } : { id: null, rest: text };
  }
  const segments = text.split(SEGMENT_SEPARATOR);
  const at = segments.findIndex((segment) => SOURCE_ID_LINE.test(segment));
  if (at < 0) return { id: null, rest: text };
  return { id: SOURCE_ID_LINE.exec(segments[at]!)![1]!, rest: segments.filter((_, k) => k !== at).join(' | ') };
}

