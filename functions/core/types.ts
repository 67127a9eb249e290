/**
 * The parse contract: what `parseArticle` returns and what the `parse` CLI prints.
 * Unknown fields are `null` or `[]`, never missing.
 */

export interface Dateline {
  /** Places named before the agency, upper-case as written ("TEHRAN", "TEL AVIV"). */
  locations: string[];
  /** The agency in parentheses or the lone source prefix ("APA", "Reuters", "ICBPS"). */
  agency: string | null;
}

export interface Article {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  /** ISO 8601; no zone suffix when the text gives none. */
  publishedAt: string | null;
  dateline: Dateline | null;
  captions: string[];
  /** An id printed by the source site in the header ("Code : 3912" → "3912"). */
  sourceId: string | null;
  /** Paragraphs joined by a blank line. */
  body: string;
  /** ISO 639-1, or null when the text is too short or unclear. */
  language: string | null;
  wordCount: number;
  commentCount: number;
  /** sha256 (hex) of the normalized article and comments. */
  contentHash: string;
  parserVersion: string;
}

export interface Comment {
  /** Thread path of 1-based positions among siblings, zero-padded: "0002", "0002.0001". Sorts in thread order. */
  commentId: string;
  parentId: string | null;
  /** 0 = top level. */
  depth: number;
  /** 1-based document order. */
  position: number;
  author: string | null;
  postedAt: string | null;
  /** Paragraphs joined by a blank line. */
  text: string;
}

/**
 * Why a file yields no article. EMPTY: no bytes or only white space; BINARY: not text (image, archive,
 * NUL bytes); TOO_LARGE: over the size limit; UNDECODABLE: no encoding fits; NO_CONTENT: text without
 * title, body or comments; UNREADABLE: the adapter could not read the bytes at all (CLI, handler);
 * INTERNAL: the parser itself failed (a bug: the file is kept and the failure recorded, never lost).
 */
export const PARSE_ERROR_CODES = ['EMPTY', 'BINARY', 'TOO_LARGE', 'UNDECODABLE', 'NO_CONTENT', 'UNREADABLE', 'INTERNAL'] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export interface ParseError {
  code: ParseErrorCode;
  message: string;
}

export type ParseResult =
  | { ok: true; article: Article; comments: Comment[] }
  | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Object key or file name; used only as a hint (extension). */
  key?: string;
  contentType?: string;
  /** Overrides of DEFAULT_SETTINGS. */
  settings?: Partial<ParseSettings>;
}

export interface ParseSettings {
  /** Inputs larger than this are rejected with TOO_LARGE. */
  maxInputBytes: number;
  /** Share of control characters above which text counts as binary. */
  maxControlCharRatio: number;
  /** Lines longer than this are never headers, bylines or captions. */
  maxHeaderLineLength: number;
  /** Replies nested deeper than this are attached at this depth (keeps ids short on pathological threads). */
  maxCommentDepth: number;
}
