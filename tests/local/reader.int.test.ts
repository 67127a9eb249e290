/**
 * functions/reader on a local stack filled through npm start's ingestion path, and the query CLI
 * (`npm run query`) against the same running stack.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INLINE_TEXT_MAX_BYTES } from '#schema';
import { articleIdFor } from '../../functions/ingest/articleId';
import type { Reader } from '../../functions/reader';
import { openIngestSession, type FileReport } from '../../scripts/local/ingestFiles';
import { startLocalStack, type LocalStack } from '../../scripts/local/localStack';
import { loadProductionHandler } from '../../scripts/local/productionHandler';
import { collectSourceFiles } from '../../scripts/local/sourceFiles';
import { articleText } from '../helpers/factories';
import { jsonLines, runScript } from './support/localRun';

const longParagraphs = Array.from({ length: 2_600 }, (_, index) => `Paragraph ${index + 1} of the inquiry report describes the harbour works, the tides and the cost of keeping the channel open for ferries.`);

describe('Function: createReader', () => {
  const folder = mkdtempSync(join(tmpdir(), 'winnow-reader-'));
  let stack: LocalStack;
  let reader: Reader;
  let reports: FileReport[];
  const idOf = (name: string) => articleIdFor(stack.uploadBucket, `incoming/${name}`);

  beforeAll(async () => {
    // Prepare
    writeFileSync(
      join(folder, 'ferry.txt'),
      articleText({
        title: 'Ferry timetable cut',
        paragraphs: ['Published 2026-03-14. The island ferry will run twice a day from April, the operator said on Saturday.'],
        comments: [
          { author: 'Ines Castell', text: 'Twice a day is not enough for commuters.', replies: [{ author: 'Hugo Gallo', text: 'It never was enough.' }] },
          { author: 'José Dunmore', text: 'Who decided this?' },
        ],
      }),
    );
    writeFileSync(join(folder, 'inquiry.txt'), articleText({ title: 'Harbour inquiry report', paragraphs: longParagraphs }));
    writeFileSync(
      join(folder, 'pier.txt'),
      articleText({
        title: 'Pier reopens',
        paragraphs: ['The pier reopened on Sunday after two years of repairs, with a new cafe at the far end.'],
        comments: [{ author: 'Jose Dunmore', text: 'Finally, a place to sit.' }],
      }),
    );
    writeFileSync(join(folder, 'empty.txt'), '');
    stack = await startLocalStack();
    const handler = await loadProductionHandler({ ...stack.environment, POWERTOOLS_LOG_LEVEL: 'SILENT' });
    const session = openIngestSession(stack, handler);
    reader = session.reader;
    // Act
    reports = await session.run(collectSourceFiles([folder]).map((source) => ({ kind: 'put', source })));
    session.close();
  }, 60_000);

  afterAll(async () => {
    await stack.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports each file with its outcome', () => {
    expect(reports.map((report) => [report.key, report.outcome, report.error?.code ?? null])).toEqual([
      ['incoming/empty.txt', 'failed', 'EMPTY'],
      ['incoming/ferry.txt', 'stored', null],
      ['incoming/inquiry.txt', 'stored', null],
      ['incoming/pier.txt', 'stored', null],
    ]);
  });

  it('gets an article with its comments in thread order', async () => {
    const stored = await reader.getArticle(idOf('ferry.txt'));
    expect(stored?.article.title).toBe('Ferry timetable cut');
    expect(stored?.comments.map((comment) => [comment.author, comment.depth])).toEqual([['Ines Castell', 0], ['Hugo Gallo', 1], ['José Dunmore', 0]]);
    expect(stored?.comments[1]?.parentId).toBe(stored?.comments[0]?.commentId);
  });

  it('follows the S3 pointer of an overflowed body', async () => {
    const stored = await reader.getArticle(idOf('inquiry.txt'));
    const preview = await reader.getArticle(idOf('inquiry.txt'), { fullText: false });
    expect(stored?.article.bodyRef).not.toBeNull();
    expect(Buffer.byteLength(stored?.article.body ?? '')).toBeGreaterThan(INLINE_TEXT_MAX_BYTES);
    expect(stored?.article.body).toContain('Paragraph 2600 of the inquiry report');
    expect(preview?.article.body.length).toBeLessThan(2_000);
  });

  it('returns null for an unknown article', async () => {
    await expect(reader.getArticle('winnow-local-uploads~nothing~0000000000000000')).resolves.toBeNull();
  });

  it('lists the articles of a day', async () => {
    const day = (await reader.getArticle(idOf('ferry.txt')))?.article.day ?? '';
    const articles = await reader.listArticlesByDay(day);
    expect(articles.map((article) => article.articleId)).toContain(idOf('ferry.txt'));
    expect(articles.every((article) => article.day === day)).toBe(true);
    // The index carries the summary only: the title and counts, not the body
    const ferry = articles.find((article) => article.articleId === idOf('ferry.txt'));
    expect(ferry).toEqual(expect.objectContaining({ title: expect.any(String), commentCount: expect.any(Number) }));
    expect(ferry).not.toHaveProperty('body');
  });

  it('lists one commenter across articles whatever the spelling', async () => {
    const comments = await reader.listCommentsByAuthor('  jose DUNMORE ');
    expect(comments.map((comment) => [comment.articleId, comment.author]).sort()).toEqual([
      [idOf('ferry.txt'), 'José Dunmore'],
      [idOf('pier.txt'), 'Jose Dunmore'],
    ]);
  });

  it('lists failed ingestions', async () => {
    const failures = await reader.listFailedIngestions();
    expect(failures.map((record) => [record.source.key, record.errorCode])).toEqual([['incoming/empty.txt', 'EMPTY']]);
    await expect(reader.listFailedIngestions({ since: '2999-01-01' })).resolves.toEqual([]);
  });

  it('answers the query CLI: article --json, author and failures tables', async () => {
    const target = ['--endpoint', stack.dynamo.endpoint, '--s3-endpoint', stack.s3Service.endpoint];
    // Act
    const [article, author, failures] = await Promise.all([
      runScript('query', [...target, '--json', 'article', idOf('ferry.txt')]),
      runScript('query', [...target, 'author', 'Hugo Gallo']),
      runScript('query', [...target, 'failures']),
    ]);
    // Assess
    expect(article.code).toBe(0);
    const [parsed] = jsonLines(article.stdout) as { article: { title: string }; comments: unknown[] }[];
    expect(parsed?.article.title).toBe('Ferry timetable cut');
    expect(parsed?.comments).toHaveLength(3);
    expect(author.code).toBe(0);
    expect(author.stdout).toMatch(/Hugo Gallo .*It never was enough\./);
    expect(failures.stdout).toMatch(/incoming\/empty\.txt\s+EMPTY/);
  }, 30_000);
});
