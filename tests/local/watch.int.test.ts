/**
 * `npm start -- --json --watch DIR`: a file created, overwritten and deleted in the watched
 * folder appears in the tables, changes and disappears (each line is read back from the tables).
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLocal } from '../../scripts/local/runLocal';
import { articleText } from '../helpers/factories';
import { captureOutput, waitFor } from './support/localRun';

interface Line {
  key: string;
  outcome: string;
  article: { title: string | null; commentCount: number } | null;
  comments: { author: string | null; parentId: string | null }[];
}

describe('Function: runLocal with a watch folder', () => {
  it('ingests files created, overwritten and deleted until aborted', async () => {
    // Prepare
    const folder = mkdtempSync(join(tmpdir(), 'winnow-watch-'));
    const output = captureOutput();
    const controller = new AbortController();
    const linesFor = (key: string) => output.stdout.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Line).filter((line) => line.key === key);
    const nthLine = (key: string, count: number) => waitFor(() => linesFor(key)[count - 1]);
    const file = join(folder, 'harbour.txt');
    const running = runLocal({ json: true, watchDir: folder, paths: [] }, output, controller.signal);
    try {
      await waitFor(() => (output.stderr.some((line) => line.startsWith('Watching')) ? true : undefined), 40_000);

      // Act 1: create
      writeFileSync(file, articleText({ title: 'Harbour dredging approved', paragraphs: ['The council approved the dredging plan for the harbour on Tuesday evening after a long debate.'], comments: [{ author: 'Mara Quill', text: 'About time the harbour was dredged.' }] }));
      const created = await nthLine('incoming/harbour.txt', 1);
      // Act 2: overwrite
      writeFileSync(file, articleText({ title: 'Harbour dredging delayed', paragraphs: ['The council delayed the dredging plan for the harbour on Wednesday after a petition from fishermen.'], comments: [{ author: 'Mara Quill', text: 'Delayed again, of course.', replies: [{ author: 'Tobias Venn', text: 'The fishermen have a point.' }] }] }));
      const changed = await nthLine('incoming/harbour.txt', 2);
      // Act 3: delete
      unlinkSync(file);
      const deleted = await nthLine('incoming/harbour.txt', 3);

      // Assess
      expect(created).toMatchObject({ outcome: 'stored', article: { title: 'Harbour dredging approved', commentCount: 1 } });
      expect(changed).toMatchObject({ outcome: 'stored', article: { title: 'Harbour dredging delayed', commentCount: 2 } });
      expect(changed.comments.map((comment) => comment.author)).toEqual(['Mara Quill', 'Tobias Venn']);
      expect(changed.comments[1]?.parentId).not.toBeNull();
      expect(deleted).toMatchObject({ outcome: 'deleted', article: null, comments: [] });
    } finally {
      controller.abort();
      await expect(running).resolves.toBe(0);
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
