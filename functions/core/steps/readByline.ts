import { AGENCIES, BYLINE_PREFIX } from '../patterns';
import { isNameLike } from '../text';
import { findDate } from './parseDate';

export interface Byline {
  authors: string[];
  /** A date printed on the byline line ("By Jane Doe | June 4, 2021"). */
  publishedAt: string | null;
}

const AGENCY_NAMES = new Set(AGENCIES.map((a) => a.toLowerCase()));
const ROLE_WORDS = /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|redaktion|korrespondent(?:in)?|team|desk|newsroom)\b/iu;
const NAME_SEPARATORS = /\s*(?:,|;|\band\b|\bund\b|\bet\b|&)\s*/iu;
const PART_SEPARATORS = /\s+[|•·—–]\s+|\s+(?:on|am|le|at)\s+(?=\S*\d)/u;

export const isAgency = (text: string): boolean => AGENCY_NAMES.has(text.trim().toLowerCase());

/** Names from "A, B and C", without agencies and staff roles. */
function namesFrom(list: string): string[] | null {
  const names = list
    .split(NAME_SEPARATORS)
    .map((n) => n.trim())
    .filter((n) => n.length > 0 && !isAgency(n) && !ROLE_WORDS.test(n));
  return names.length > 0 && names.every(isNameLike) ? names : null;
}

/**
 * Reads a byline: "By Jane Doe", "By A and B", "Von Max Muster", "Posted by admin on June 4, 2021",
 * or "Jane Doe, Reuters" (a name followed by an agency). Returns null for any other line.
 */
export function readByline(text: string): Byline | null {
  if (text.length > 160) return null;
  const prefixed = BYLINE_PREFIX.exec(text);
  const [namePart = '', ...rest] = (prefixed ? prefixed[1]! : text).split(PART_SEPARATORS);
  const date = rest.map((part) => findDate(part)).find((d) => d?.iso) ?? null;
  if (prefixed) {
    const authors = namesFrom(namePart);
    return authors ? { authors, publishedAt: date?.iso ?? null } : null;
  }
  // Unprefixed: only "Name, Agency" counts, so an ordinary short line is never taken for a byline.
  const parts = namePart.split(/\s*,\s*/u);
  if (parts.length >= 2 && isAgency(parts[parts.length - 1]!)) {
    const authors = namesFrom(parts.slice(0, -1).join(', '));
    return authors ? { authors, publishedAt: date?.iso ?? null } : null;
  }
  return null;
}
