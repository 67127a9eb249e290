/** The pure pieces of local mode: exit codes, log level, sequencers, Java check, file keys, watch diffs, stack outputs. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { sequencerOrder } from '../../functions/ingest/sequencer';
import type { FileReport } from '../../scripts/local/ingestFiles';
import { earlierSequencer } from '../../scripts/local/invokeEvent';
import { javaMajorVersion } from '../../scripts/local/java';
import { createSequencer } from '../../scripts/local/localSequencer';
import { handlerLogLevel } from '../../scripts/local/runLocal';
import { SourceFileError, collectSourceFiles, filesInDirectory } from '../../scripts/local/sourceFiles';
import { tablesFromOutputsFile } from '../../scripts/local/stackOutputs';
import { exitCodeFor, jsonLine, summaryTable } from '../../scripts/local/summary';
import { diffScans } from '../../scripts/local/watchDirectory';

const report = (outcome: FileReport['outcome'], overrides: Partial<FileReport> = {}): FileReport => ({
  file: 'a.txt',
  key: 'incoming/a.txt',
  articleId: 'bucket~incoming-a.txt~0123456789abcdef',
  outcome,
  error: null,
  ms: 12.3,
  article: null,
  comments: [],
  ...overrides,
});

describe('Function: exitCodeFor', () => {
  it('returns 0 when every file was stored, unchanged or deleted', () => {
    expect(exitCodeFor([report('stored'), report('unchanged'), report('deleted')])).toBe(0);
  });

  it('returns 1 when any file failed or was skipped', () => {
    expect(exitCodeFor([report('stored'), report('failed')])).toBe(1);
    expect(exitCodeFor([report('skipped')])).toBe(1);
  });
});

describe('Function: summaryTable / jsonLine', () => {
  it('prints a header, a rule and one row per file with the error code', () => {
    const table = summaryTable([report('failed', { file: join('in', 'a.txt'), error: { code: 'EMPTY', message: 'no bytes' } })]).split('\n');
    expect(table[0]).toBe(`files in in${sep}`);
    expect(table[1]).toMatch(/^file\s+articleId\s+title\s+comments\s+outcome\s+ms$/);
    expect(table[2]).toMatch(/^-+( +-+)+$/);
    expect(table[3]).toMatch(/^a\.txt\s+bucket~incoming-a\.txt~0123456789abcdef\s+failed \(EMPTY\)\s+12$/);
  });

  it('writes the JSON line fields in the documented order', () => {
    expect(Object.keys(JSON.parse(jsonLine(report('stored'))) as object)).toEqual(['file', 'key', 'articleId', 'outcome', 'error', 'article', 'comments']);
  });
});

describe('Function: handlerLogLevel', () => {
  it('keeps INFO lines (stdout) out of --json runs', () => {
    expect(handlerLogLevel(true, 'debug')).toBe('WARN');
    expect(handlerLogLevel(true, 'ERROR')).toBe('ERROR');
    expect(handlerLogLevel(false, 'info')).toBe('INFO');
    expect(handlerLogLevel(false, undefined)).toBe('WARN');
  });
});

describe('Function: createSequencer', () => {
  it('grows within one millisecond and across runs, at a fixed width', () => {
    const first = createSequencer(() => 1_795_000_000_000);
    const values = [first(), first(), first()];
    const later = createSequencer(() => 1_795_000_000_001)();
    const ordered = [...values, later].map(sequencerOrder);
    expect([...ordered].sort()).toEqual(ordered);
    expect(new Set(ordered).size).toBe(4);
    expect(values.every((value) => value.length === 18)).toBe(true);
  });

  it('gives invoke a sequencer just before a delete event', () => {
    expect(earlierSequencer('0067B2F3C09A4B7730')).toBe('0067B2F3C09A4B772F');
    expect(earlierSequencer('00')).toBeNull();
  });
});

describe('Function: javaMajorVersion', () => {
  it('reads new and old version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorVersion('java version "1.8.0_412"')).toBe(8);
    expect(javaMajorVersion('nonsense')).toBeNull();
  });
});

describe('Function: collectSourceFiles', () => {
  const folder = mkdtempSync(join(tmpdir(), 'winnow-sources-'));
  beforeAll(() => {
    mkdirSync(join(folder, 'a', 'deep'), { recursive: true });
    mkdirSync(join(folder, 'b'));
    for (const name of ['a/one.txt', 'a/deep/two.txt', 'a/.hidden.txt', 'a/notes.md', 'a/scan.pdf', 'a/three.txt~', 'b/one.txt']) writeFileSync(join(folder, name), 'x');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keys a folder\'s article files by relative path under incoming/', () => {
    expect(filesInDirectory(join(folder, 'a')).map((file) => file.key)).toEqual(['incoming/deep/two.txt', 'incoming/notes.md', 'incoming/one.txt']);
  });

  it('takes a named file whatever its suffix', () => {
    expect(collectSourceFiles([join(folder, 'a', 'scan.pdf')]).map((file) => file.key)).toEqual(['incoming/scan.pdf']);
  });

  it('refuses two files that would share a key', () => {
    expect(() => collectSourceFiles([join(folder, 'a'), join(folder, 'b')])).toThrow(SourceFileError);
  });

  it('defaults to every sample file in events/files', () => {
    expect(collectSourceFiles([]).length).toBe(filesInDirectory(join(__dirname, '../../events/files')).length);
  });
});

describe('Function: diffScans', () => {
  const seen = (key: string, version: string) => [key, { source: { file: key, path: key, key }, version }] as const;

  it('turns new and changed files into puts and missing ones into deletes', () => {
    const before = new Map([seen('a', '1'), seen('b', '1'), seen('c', '1')]);
    const after = new Map([seen('a', '1'), seen('b', '2'), seen('d', '1')]);
    expect(diffScans(before, after).map((operation) => [operation.kind, operation.source.key])).toEqual([
      ['put', 'b'],
      ['put', 'd'],
      ['delete', 'c'],
    ]);
  });
});

describe('Function: tablesFromOutputsFile', () => {
  it('reads the table names from cdk deploy --outputs-file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'winnow-outputs-')), 'cdk-outputs.json');
    writeFileSync(file, JSON.stringify({ 'Winnow-dev': { ArticlesTableName: 'A', CommentsTableName: 'C', IngestionsTableName: 'I', UploadBucketName: 'u' } }));
    expect(tablesFromOutputsFile(file, undefined)).toEqual({ articles: 'A', comments: 'C', ingestions: 'I' });
    expect(() => tablesFromOutputsFile(file, 'Winnow-prod')).toThrow(/--stack/);
  });
});
