/**
 * Acceptance 1: the five seed files land as the right items. Reads ../shared/seeds/ (outside
 * the repository); skipped with a warning where it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ArticleItemSchema, CommentItemSchema, IngestionRecordSchema } from '#schema';
import { articleIdFor } from '../../functions/ingest/articleId';
import { s3Notification, sqsEvent, sqsRecord } from '../helpers/factories';
import { createLocalHarness, type LocalHarness } from './support/localHarness';

const SEEDS_DIR = resolve(__dirname, '../../../shared/seeds');
const seedsPresent = existsSync(SEEDS_DIR);
if (!seedsPresent) console.warn(`Skipping seed acceptance tests: ${SEEDS_DIR} is absent`);

interface SeedExpectation {
  title: string;
  /** [author, index of the parent comment in this list or null]. */
  comments: [string, number | null][];
}

const EXPECTED: Record<string, SeedExpectation> = {
  '000_b5bb2fee493941b0.txt': {
    title: 'Azerbaijan Plans $3 Billion Arms Purchase',
    comments: [['Hay', null], ['Alex Postallian', null], ['GB', null], ['GeorgeMardig', null], ['raz', null], ['arziv', null]],
  },
  '001_1b8e91f5702cf421.txt': { title: 'Turkish Arms Sales To Azerbaijan Rose Sixfold', comments: [] },
  '002_2e6d30677b7acee7.txt': { title: 'Azerbaijan to procure more Israeli weapon systems', comments: [] },
  '003_b82688a410b4c364.txt': { title: 'Azerbaijan Says Israeli Arms to be Used Against Karabakh', comments: [] },
  '004_7583df29caf2242e.txt': {
    title: 'Iran ‘Refuses to Sell’ Missile Supplies to Azerbaijan',
    comments: [['Raffi', null], ['Ari', null], ['Ararat', 1]],
  },
};

(seedsPresent ? describe : describe.skip)('Acceptance 1: seed files', () => {
  let harness: LocalHarness;
  const seedNames = seedsPresent ? readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort() : [];

  beforeAll(async () => {
    harness = await createLocalHarness('seeds');
    // Prepare: upload every seed under a key with a space, as an uploader might name it
    const records = await Promise.all(
      seedNames.map(async (name, index) => {
        const uploaded = await harness.upload(`seeds/${name}`, readFileSync(resolve(SEEDS_DIR, name)));
        const spec = { bucket: harness.uploadBucket, key: uploaded.key, size: uploaded.size, eTag: uploaded.eTag, sequencer: `0A${index}` };
        return sqsRecord(s3Notification(spec), `message-${index}`);
      }),
    );
    // Act
    const response = await harness.handler()(sqsEvent(...records));
    expect(response.batchItemFailures).toEqual([]);
  });

  afterAll(() => harness.destroy());

  it('finds the five seeds', () => {
    expect(seedNames).toEqual(Object.keys(EXPECTED));
  });

  it.each(Object.entries(EXPECTED))('stores %s as one article with its threaded comments', async (name, expected) => {
    const articleId = articleIdFor(harness.uploadBucket, `seeds/${name}`);
    // Act
    const article = (await harness.articles()).find((item) => item.articleId === articleId);
    const comments = await harness.comments(articleId);
    // Assess
    expect(article).toBeDefined();
    expect(ArticleItemSchema.parse(article)).toEqual(article);
    expect(article?.title).toBe(expected.title);
    expect(article?.commentCount).toBe(expected.comments.length);
    expect(article?.source).toMatchObject({ bucket: harness.uploadBucket, key: `seeds/${name}` });
    expect(comments.map((comment) => comment.author)).toEqual(expected.comments.map(([author]) => author));
    expect(comments.map((comment) => comment.parentId)).toEqual(
      expected.comments.map(([, parent]) => (parent === null ? null : (comments[parent]?.commentId ?? 'missing parent'))),
    );
    for (const comment of comments) expect(CommentItemSchema.parse(comment)).toEqual(comment);
  });

  it('threads the reply in 004 under the second comment', async () => {
    const comments = await harness.comments(articleIdFor(harness.uploadBucket, 'seeds/004_7583df29caf2242e.txt'));
    expect(comments).toHaveLength(3);
    expect(comments[2]?.parentId).toBe(comments[1]?.commentId);
    expect(comments[2]?.depth).toBe(1);
  });

  it('writes one valid `stored` ingestion record per seed', async () => {
    const records = await harness.records();
    expect(records).toHaveLength(seedNames.length);
    for (const record of records) {
      expect(IngestionRecordSchema.parse(record)).toEqual(record);
      expect(record.outcome).toBe('stored');
    }
  });
});
