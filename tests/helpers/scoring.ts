import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Comment } from '#core/types';

/** One comment as a human extracted it; `parent` is the 0-based index of the parent in the same list. */
export interface GoldComment {
  author: string | null;
  depth: number;
  parent: number | null;
  postedAt?: string | null;
  text: string;
}

/** A human extraction: the seeds' gold and the fixtures' expected files share this shape. */
export interface GoldArticle {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
  dateline: { locations: string[]; agency: string | null } | null;
  captions: string[];
  /** Absent in the seeds' gold when the page prints no id: read as null. */
  sourceId?: string | null;
  body: string;
  language?: string | null;
  comments: GoldComment[];
  /** Strings that must not appear in the title, body or comment texts. */
  boilerplate: string[];
}

export interface LabelledFile {
  key: string;
  bytes: Buffer;
  gold: GoldArticle;
}

const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/gu;

/** Drops zero-width characters, collapses every run of whitespace (no-break spaces too) and trims. */
export function normalizeWs(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/\s+/gu, ' ').trim();
}

/** Lower-case word tokens: runs of letters, marks and digits in any script. */
export function tokenize(s: string): string[] {
  return s.toLowerCase().replace(ZERO_WIDTH, '').match(/[\p{L}\p{M}\p{N}]+/gv) ?? [];
}

/** Multiset F1 of the two texts' tokens; two empty texts score 1. */
export function tokenF1(expected: string, actual: string): number {
  const want = tokenize(expected);
  const got = tokenize(actual);
  if (want.length === 0 && got.length === 0) return 1;
  if (want.length === 0 || got.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of want) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of got) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / got.length;
  const recall = common / want.length;
  return (2 * precision * recall) / (precision + recall);
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * True when both ISO 8601 strings name the same minute (seconds ignored), or both are null.
 * Date-only values match only date-only values; zoned values are compared as instants and
 * never match a value without a zone.
 */
export function sameMinute(isoA: string | null | undefined, isoB: string | null | undefined): boolean {
  const a = isoA ?? null;
  const b = isoB ?? null;
  if (a === null || b === null) return a === b;
  const ma = ISO.exec(a.trim());
  const mb = ISO.exec(b.trim());
  if (ma === null || mb === null) return false;
  const [, dayA, hourA, minA, zoneA] = ma;
  const [, dayB, hourB, minB, zoneB] = mb;
  if ((hourA === undefined) !== (hourB === undefined)) return false;
  if (hourA === undefined) return dayA === dayB && (zoneA === undefined) === (zoneB === undefined);
  if ((zoneA === undefined) !== (zoneB === undefined)) return false;
  if (zoneA === undefined) return dayA === dayB && hourA === hourB && minA === minB;
  const instant = (day: string | undefined, h: string | undefined, m: string | undefined, z: string): number =>
    Date.parse(`${day ?? ''}T${h ?? ''}:${m ?? ''}:00${z === 'Z' ? 'Z' : `${z.slice(0, 3)}:${z.slice(-2)}`}`);
  return instant(dayA, hourA, minA, zoneA) === instant(dayB, hourB, minB, zoneB ?? 'Z');
}

/** Captions and subtitle as one sorted set: which of the two a line lands in is not scored. */
export function captionSet(captions: readonly string[], subtitle: string | null): string[] {
  const all = [...captions, ...(subtitle === null ? [] : [subtitle])].map(normalizeWs).filter((s) => s !== '');
  return [...new Set(all)].sort();
}

/** For each comment, the 0-based index of the comment whose `commentId` is its `parentId` (-1 when dangling). */
export function parentIndexes(comments: readonly { commentId: string; parentId: string | null }[]): (number | null)[] {
  return comments.map((c) => (c.parentId === null ? null : comments.findIndex((p) => p.commentId === c.parentId)));
}

/** The boilerplate strings found in any of the texts (compared whitespace-normalized). */
export function boilerplateHits(boilerplate: readonly string[], texts: readonly (string | null)[]): string[] {
  const haystack = texts.filter((t): t is string => t !== null).map(normalizeWs);
  return boilerplate.filter((b) => haystack.some((t) => t.includes(normalizeWs(b))));
}

const SHARED_DIR = path.resolve(__dirname, '../../../shared');

/** The shared seed files with their human gold, or null when ../shared is not checked out. */
export function loadSharedSeeds(): LabelledFile[] | null {
  const seedDir = path.join(SHARED_DIR, 'seeds');
  const goldFile = path.join(SHARED_DIR, 'eval', 'seeds-gold.json');
  if (!existsSync(seedDir) || !existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldArticle>;
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((key) => {
      const entry = gold[key];
      if (entry === undefined) throw new Error(`no gold entry for seed ${key}`);
      return { key, bytes: readFileSync(path.join(seedDir, key)), gold: entry };
    });
}

export const FIXTURE_DIR = path.resolve(__dirname, '../../events/files');
export const EXPECTED_DIR = path.resolve(__dirname, '../fixtures/expected');

/** Base names (without extension) of the files in `dir` ending in `ext`. */
export function baseNames(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** The kinds of article file the samples hold: page text dumps, saved HTML pages and JSON exports. */
export const FIXTURE_EXTENSIONS = ['.txt', '.md', '.html', '.json', '.xml'] as const;

/** File names in events/files of every kind, sorted. */
export function fixtureFileNames(): string[] {
  if (!existsSync(FIXTURE_DIR)) return [];
  return readdirSync(FIXTURE_DIR)
    .filter((f) => FIXTURE_EXTENSIONS.some((ext) => f.endsWith(ext)))
    .sort();
}

const withoutExtension = (file: string): string => file.slice(0, file.lastIndexOf('.'));

/** Base names of the sample files (any kind). */
export const fixtureBaseNames = (): string[] => fixtureFileNames().map(withoutExtension).sort();

/** Every sample file in events/files that has an expected JSON, with that expectation. */
export function loadFixtures(): LabelledFile[] {
  const expected = new Set(baseNames(EXPECTED_DIR, '.json'));
  return fixtureFileNames()
    .filter((file) => expected.has(withoutExtension(file)))
    .map((file) => ({
      key: file,
      bytes: readFileSync(path.join(FIXTURE_DIR, file)),
      gold: JSON.parse(readFileSync(path.join(EXPECTED_DIR, `${withoutExtension(file)}.json`), 'utf8')) as GoldArticle,
    }));
}

/** Tokens of `a` that `b` lacks (multiset difference), in order of appearance. */
export function missingTokens(a: string, b: string): string[] {
  const counts = new Map<string, number>();
  for (const t of tokenize(b)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of tokenize(a)) {
    const left = counts.get(t) ?? 0;
    if (left > 0) counts.set(t, left - 1);
    else out.push(t);
  }
  return out;
}

/** The aspects `scoreArticle` reports, in order; the strict ones only when `Thresholds.strict`. */
export const ASPECT_NAMES = [
  'title',
  'authors',
  'publishedAt (to the minute)',
  'dateline',
  'sourceId',
  'captions and subtitle',
  'body',
  'no boilerplate in title, body or comments',
  'comment count',
  'comment authors',
  'comment depths',
  'comment parents',
  'comment texts',
] as const;
export const STRICT_ASPECT_NAMES = ['language', 'comment dates (to the minute)'] as const;
export type AspectName = (typeof ASPECT_NAMES)[number] | (typeof STRICT_ASPECT_NAMES)[number];

export interface Thresholds {
  body: number;
  commentText: number;
  /** Score `language` and comment `postedAt` too (the fixtures have them; the seeds' gold does not). */
  strict: boolean;
}

/** One scored aspect: it passes when `actual` deep-equals `expected`, so a failing test prints both. */
export interface Aspect {
  name: AspectName;
  actual: unknown;
  expected: unknown;
}

function textScore(want: string, got: string, min: number): unknown {
  const f1 = tokenF1(want, got);
  if (f1 >= min) return `token F1 >= ${min}`;
  return {
    f1: Number(f1.toFixed(3)),
    missing: missingTokens(want, got).slice(0, 30),
    extra: missingTokens(got, want).slice(0, 30),
  };
}

/** Compares a parse with a human extraction, aspect by aspect, as the acceptance scores it. */
export function scoreArticle(gold: GoldArticle, article: Article, comments: readonly Comment[], t: Thresholds): Aspect[] {
  const ws = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : normalizeWs(s));
  const dl = (d: GoldArticle['dateline']): unknown =>
    d === null ? null : { locations: d.locations.map(normalizeWs), agency: ws(d.agency) };
  const aspects: Aspect[] = [
    { name: 'title', actual: ws(article.title), expected: ws(gold.title) },
    { name: 'authors', actual: article.authors.map(normalizeWs), expected: gold.authors.map(normalizeWs) },
    {
      name: 'publishedAt (to the minute)',
      actual: sameMinute(article.publishedAt, gold.publishedAt) ? gold.publishedAt : article.publishedAt,
      expected: gold.publishedAt,
    },
    { name: 'dateline', actual: dl(article.dateline), expected: dl(gold.dateline) },
    { name: 'sourceId', actual: ws(article.sourceId), expected: ws(gold.sourceId) },
    {
      name: 'captions and subtitle',
      actual: captionSet(article.captions, article.subtitle),
      expected: captionSet(gold.captions, gold.subtitle),
    },
    { name: 'body', actual: textScore(gold.body, article.body, t.body), expected: `token F1 >= ${t.body}` },
    {
      name: 'no boilerplate in title, body or comments',
      actual: boilerplateHits(gold.boilerplate, [article.title, article.body, ...comments.map((c) => c.text)]),
      expected: [],
    },
    { name: 'comment count', actual: comments.length, expected: gold.comments.length },
    { name: 'comment authors', actual: comments.map((c) => ws(c.author)), expected: gold.comments.map((c) => ws(c.author)) },
    { name: 'comment depths', actual: comments.map((c) => c.depth), expected: gold.comments.map((c) => c.depth) },
    { name: 'comment parents', actual: parentIndexes(comments), expected: gold.comments.map((c) => c.parent) },
    {
      name: 'comment texts',
      actual: gold.comments.map((c, i) => textScore(c.text, comments[i]?.text ?? '', t.commentText)),
      expected: gold.comments.map(() => `token F1 >= ${t.commentText}`),
    },
  ];
  if (t.strict) {
    aspects.push(
      { name: 'language', actual: article.language, expected: gold.language ?? null },
      {
        name: 'comment dates (to the minute)',
        actual: gold.comments.map((c, i) => {
          const got = comments[i]?.postedAt ?? null;
          return sameMinute(got, c.postedAt) ? (c.postedAt ?? null) : got;
        }),
        expected: gold.comments.map((c) => c.postedAt ?? null),
      },
    );
  }
  return aspects;
}
