import { ARTICLE_SUMMARY_ATTRIBUTES, ARTICLES_TABLE, COMMENTS_TABLE } from '#schema';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { itemBytes, writeUnits } from '../../bench/cost';
import { withReadmeTable } from '../../bench/report';

const KB = 1024;

describe('Function: writeUnits (the cost model of npm run bench)', () => {
  it('charges an article body once: the byDay index holds only the summary', () => {
    // Prepare: a 5 KB body, a small summary
    const article = { articleId: 'a', day: '2026-11-22', dayTime: '2026-11-22T10:00:00#a', title: 'Ferry fares rise', commentCount: 3, body: 'x'.repeat(5 * KB) };

    // Act
    const units = writeUnits(article, ARTICLES_TABLE);

    // Assess: 6 WRU for the ~5 KB base item + 1 for the index entry
    expect(ARTICLE_SUMMARY_ATTRIBUTES).not.toContain('body');
    expect(units).toBe(Math.ceil(itemBytes(article) / KB) + 1);
  });

  it('charges a whole comment twice when byAuthor indexes it, once when it has no author key', () => {
    // Prepare
    const comment = { articleId: 'a', commentId: '0001', text: 'y'.repeat(1500) };
    const authored = { ...comment, authorKey: 'jane doe', authorSortKey: '2026#a#0001' };

    // Act
    const [anonymous, indexed] = [writeUnits(comment, COMMENTS_TABLE), writeUnits(authored, COMMENTS_TABLE)];

    // Assess
    expect(anonymous).toBe(2);
    expect(indexed).toBe(2 * Math.ceil(itemBytes(authored) / KB));
  });
});

describe('Function: withReadmeTable', () => {
  it('replaces only the table between the bench markers', () => {
    // Prepare
    const readme = '## Performance\n\nintro\n\n<!-- bench:start (note) -->\n| old |\n<!-- bench:end -->\n\nafter\n';

    // Act
    const updated = withReadmeTable(readme, '| new |\n| --- |');

    // Assess
    expect(updated).toBe('## Performance\n\nintro\n\n<!-- bench:start (note) -->\n| new |\n| --- |\n<!-- bench:end -->\n\nafter\n');
  });

  it('leaves a README without markers as it is', () => {
    expect(withReadmeTable('no markers here\n', '| new |')).toBe('no markers here\n');
  });

  it('finds the markers in this repository\'s README', () => {
    // Prepare
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

    // Assess
    expect(withReadmeTable(readme, 'TABLE')).toContain('-->\nTABLE\n<!-- bench:end -->');
  });
});
