/** How many answers a memo keeps before it starts over: enough for one page's distinct short lines. */
const MEMO_LIMIT = 4096;
/** Lines that repeat are short (menus, controls, labels); hashing a paragraph costs more than asking again. */
const MEMO_MAX_CHARS = 160;

/**
 * A pure function of one string, remembered for the strings last asked about. Saved pages repeat
 * lines (menus, "Reply", a flood of identical lines), and several heuristics ask about the same
 * line; the bounds keep a long-running process from holding every line it ever saw.
 */
export function memoized<T extends NonNullable<unknown> | null>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    if (text.length > MEMO_MAX_CHARS) return compute(text);
    // `compute` never returns undefined (see T), so one lookup tells a miss.
    const known = memo.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/**
 * A value built on first use. Unicode-property regexes cost V8 up to ~2 ms each to build, so the
 * patterns of rare formats are built when a file needs them, not in every cold start.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return (): T => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/**
 * A pattern that can only match text holding `needs` (a character it requires): built on the first text that
 * holds it and never tried on one that does not. Most openings have no parenthesis or slash, so the many
 * dateline forms built around one cost neither a build in the cold start nor a scan per article.
 */
export function patternNeeding(needs: string, build: () => RegExp): { exec: (text: string) => RegExpExecArray | null } {
  const pattern = lazy(build);
  return { exec: (text) => (text.includes(needs) ? pattern().exec(text) : null) };
}
