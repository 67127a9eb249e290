/**
 * What every hostile input must end in, at parse level and on the ingest path: a typed result
 * whose code is in the closed set (never INTERNAL, which means the parser itself failed), and
 * the expected outcome where the case states one.
 */
import { PARSE_ERROR_CODES, type ParseResult } from '#core';
import type { HostileExpectation } from './generate';

/** Outcome in the words the tables print: `stored (N comments)` or the error code. */
export function describeResult(result: ParseResult): string {
  return result.ok ? `ok (${result.comments.length} comments)` : result.error.code;
}

/** Why a parse result breaks the case's expectation, or null when it meets it. */
export function parseViolation(result: ParseResult, expectation: HostileExpectation): string | null {
  if (!result.ok) {
    if (!PARSE_ERROR_CODES.includes(result.error.code)) return `untyped error code ${String(result.error.code)}`;
    if (result.error.code === 'INTERNAL') return `the parser failed: ${result.error.message}`;
    if (expectation.kind === 'stored') return `expected an article, got ${result.error.code}`;
    if (expectation.kind === 'failed' && !expectation.codes.includes(result.error.code)) {
      return `expected ${expectation.codes.join(' or ')}, got ${result.error.code}`;
    }
    return null;
  }
  if (expectation.kind === 'failed') return `expected ${expectation.codes.join(' or ')}, got an article`;
  if (result.article.commentCount !== result.comments.length) return 'commentCount differs from the comments returned';
  return null;
}
