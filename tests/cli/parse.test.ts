import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { PARSE_ERROR_CODES } from '#core';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(ROOT, 'scripts', 'parse.ts');

const ARTICLE_FIELDS = [
  'authors',
  'body',
  'captions',
  'commentCount',
  'contentHash',
  'dateline',
  'language',
  'parserVersion',
  'publishedAt',
  'sourceId',
  'subtitle',
  'title',
  'wordCount',
];
const COMMENT_FIELDS = ['author', 'commentId', 'depth', 'parentId', 'position', 'postedAt', 'text'];

const GOOD = [
  'Harbour tolls rise for visiting yachts',
  '',
  'By Petra Holm',
  '',
  'The harbour board agreed on Tuesday to raise mooring fees for visiting yachts by ten percent from May.',
  '',
  'The board said the money would pay for new pontoons and a second fuel berth at the marina.',
  '',
  '2 Responses',
  '',
  '  1. Ann Lee said:',
  '      Long overdue, the east pontoon is falling apart.',
  '',
  '  2. Bo Marsh said:',
  '      Too expensive for small boats.',
  '',
].join('\n');

interface CliRun {
  status: number | null;
  stdout: string;
  lines: Array<Record<string, unknown>>;
}

function runParse(files: readonly string[]): CliRun {
  const run = spawnSync(TSX, [SCRIPT, ...files], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const stdout = run.stdout;
  const lines = stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: run.status, stdout, lines };
}

const keysOf = (value: unknown): string[] => Object.keys(value as Record<string, unknown>).sort();

describe('CLI: parse', () => {
  let dir: string;
  let good: string;
  let empty: string;
  let png: string;
  let missing: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'winnow-parse-'));
    good = join(dir, 'good article.txt');
    empty = join(dir, 'empty.txt');
    png = join(dir, 'image.txt');
    missing = join(dir, 'does-not-exist.txt');
    writeFileSync(good, GOOD);
    writeFileSync(empty, '');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one JSON line per file, in input order, and nothing else on stdout', () => {
    // Act
    const run = runParse([good, empty, png, missing]);

    // Assess
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.split('\n').slice(0, -1)).toHaveLength(4);
    expect(run.lines.map((l) => l.file)).toEqual([good, empty, png, missing]);
  });

  it('prints every article field of the contract and comments with exactly the contract fields', () => {
    // Act
    const run = runParse([good]);

    // Assess
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    const [line] = run.lines;
    expect(keysOf(line)).toEqual(['article', 'comments', 'file']);
    const article = line!.article as Record<string, unknown>;
    expect(keysOf(article)).toEqual(ARTICLE_FIELDS);
    for (const field of ARTICLE_FIELDS) expect(article[field]).not.toBeUndefined();
    expect(article.title).toBe('Harbour tolls rise for visiting yachts');
    expect(article.authors).toEqual(['Petra Holm']);
    expect(article.subtitle).toBeNull();
    expect(article.captions).toEqual([]);
    const comments = line!.comments as unknown[];
    expect(comments).toHaveLength(2);
    for (const comment of comments) expect(keysOf(comment)).toEqual(COMMENT_FIELDS);
    expect(comments[0]).toEqual(expect.objectContaining({ commentId: '0001', parentId: null, depth: 0, position: 1, author: 'Ann Lee' }));
  });

  it('prints failures as {file, error: {code, message}} with the contract codes', () => {
    // Act
    const run = runParse([empty, png, missing]);

    // Assess
    expect(run.lines.map((l) => keysOf(l))).toEqual([
      ['error', 'file'],
      ['error', 'file'],
      ['error', 'file'],
    ]);
    for (const line of run.lines) {
      expect(keysOf(line.error)).toEqual(['code', 'message']);
      expect(PARSE_ERROR_CODES).toContain((line.error as { code: string }).code);
      expect(typeof (line.error as { message: unknown }).message).toBe('string');
    }
    expect(run.lines.map((l) => (l.error as { code: string }).code)).toEqual(['EMPTY', 'BINARY', 'UNREADABLE']);
  });

  it('exits 1 when any file failed, still printing every line', () => {
    // Act
    const run = runParse([good, missing]);

    // Assess
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(2);
    expect(run.lines[0]).toHaveProperty('article');
  });

  it('exits 0 when every file parsed', () => {
    // Act
    const run = runParse([good, good]);

    // Assess
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
  });

  it('prints each path exactly as given, relative or with a space', () => {
    // Prepare
    const relativePath = relative(ROOT, good);

    // Act
    const run = runParse([relativePath, good]);

    // Assess
    expect(run.lines.map((l) => l.file)).toEqual([relativePath, good]);
    expect(run.lines.every((l) => 'article' in l)).toBe(true);
  });

  it('prints only JSON lines on stdout through `npm run --silent parse --`', () => {
    // Act
    const run = spawnSync('npm', ['run', '--silent', 'parse', '--', good, missing], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

    // Assess
    const rows = run.stdout.split('\n').slice(0, -1);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => (JSON.parse(r) as { file: string }).file)).toEqual([good, missing]);
    expect(run.status).toBe(1);
  });
});
