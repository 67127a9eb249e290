/**
 * `npm run --silent parse -- FILE [FILE…]`: one JSON object per file on stdout (JSON Lines), in input
 * order; exit 0 when every file parsed, 1 when any failed (every line is still printed), 2 on misuse.
 */
import { readFile } from 'node:fs/promises';
import { parseArticle } from '#core';
import type { ParseError, ParseResult } from '#core';

type CliLine = { file: string } & ({ article: unknown; comments: unknown } | { error: ParseError });

function toLine(file: string, result: ParseResult): CliLine {
  return result.ok ? { file, article: result.article, comments: result.comments } : { file, error: result.error };
}

async function parseFile(file: string): Promise<CliLine> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, error: { code: 'UNREADABLE', message: `cannot read the file (${code ?? String(error)})` } };
  }
  try {
    return toLine(file, parseArticle(bytes, { key: file }));
  } catch (error) {
    return { file, error: { code: 'INTERNAL', message: `the parser failed: ${String(error)}` } };
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0 || files.includes('--help')) {
    process.stderr.write('usage: npm run --silent parse -- FILE [FILE…]\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const line = await parseFile(file);
    if ('error' in line) failed = true;
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`parse: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
