import type { ParseSettings } from './types';

/** Parser version, stored with every item so re-parses can be targeted. Bump on any output change. */
export const PARSER_VERSION = '1.24.0';

/** Thresholds of the heuristics, in one place; tests may zero or tighten them. */
export const DEFAULT_SETTINGS: ParseSettings = {
  maxInputBytes: 256 * 1024 * 1024,
  maxControlCharRatio: 0.1,
  maxHeaderLineLength: 300,
  maxCommentDepth: 32,
};

export function resolveSettings(overrides: Partial<ParseSettings> | undefined): ParseSettings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}
