/**
 * `npm start`'s code path on the seeds from ../shared/seeds: stored items (5 articles, 9 comments,
 * 004's reply nested under its parent), --json output read back from the tables, and a second
 * run — the real script, in its own process — on the same --data DIR reporting every file unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleItemSchema, CommentItemSchema } from '#schema';
import { runLocal } from '../../scripts/local/runLocal';
import { SEEDS_DIR, captureOutput, jsonLines, runScript, seedsPresent } from './support/localRun';

if (!seedsPresent) console.warn(`Skipping local-mode seed tests: ${SEEDS_DIR} is absent`);

interface Line {
  file: string;
  key: string;
  articleId: string;
  outcome: string;
  error: unknown;
  article: Record<string, unknown> | null;
  comments: Record<string, unknown>[];
}

(seedsPresent ? describe : describe.skip)('Function: runLocal (npm start) on the seeds', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'winnow-start-'));
  const output = captureOutput();
  let code: number;
  let lines: Line[];

  beforeAll(async () => {
    // Act
    code = await runLocal({ json: true, dataDir, paths: [SEEDS_DIR] }, output);
    lines = jsonLines(output.stdout.join('\n')) as unknown as Line[];
  }, 60_000);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores the five seeds and exits 0', () => {
    expect(code).toBe(0);
    expect(lines.map((line) => [line.key, line.outcome, line.error])).toEqual(
      ['000_b5bb2fee493941b0', '001_1b8e91f5702cf421', '002_2e6d30677b7acee7', '003_b82688a410b4c364', '004_7583df29caf2242e'].map((name) => [`incoming/${name}.txt`, 'stored', null]),
    );
  });

  it('prints JSON Lines of the stored items only', () => {
    expect(output.stdout.every((line) => line === '' || line.startsWith('{'))).toBe(true);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['file', 'key', 'articleId', 'outcome', 'error', 'article', 'comments']);
      expect(ArticleItemSchema.parse(line.article)).toEqual(line.article);
      for (const comment of line.comments) expect(CommentItemSchema.parse(comment)).toEqual(comment);
      expect(line.article?.articleId).toBe(line.articleId);
    }
  });

  it('stores 9 comments, with the reply in 004 nested under its parent', () => {
    expect(lines.reduce((sum, line) => sum + line.comments.length, 0)).toBe(9);
    expect(lines.map((line) => line.comments.length)).toEqual([6, 0, 0, 0, 3]);
    const thread = lines[4]?.comments ?? [];
    expect(thread.map((comment) => [comment.author, comment.depth])).toEqual([['Raffi', 0], ['Ari', 0], ['Ararat', 1]]);
    expect(thread[2]?.parentId).toBe(thread[1]?.commentId);
  });

  it('reports every file unchanged when npm start runs again on the same --data DIR', async () => {
    // Act
    const second = await runScript('local', ['--json', '--data', dataDir, SEEDS_DIR]);
    // Assess
    expect(second.code).toBe(0);
    const again = jsonLines(second.stdout) as unknown as Line[];
    expect(again.map((line) => [line.key, line.outcome])).toEqual(lines.map((line) => [line.key, 'unchanged']));
    expect(again.map((line) => line.comments.length)).toEqual([6, 0, 0, 0, 3]);
  }, 60_000);
});
