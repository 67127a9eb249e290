/**
 * Parser throughput: docs/s and MB/s for fixture-sized files and for generated 20 MB and 100 MB
 * articles with many comments, each beside a single-pass baseline over the same bytes measured in
 * the same run (decode + split lines + NFC): the least any parser must do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { parseArticle } from '../functions/core/index';
import { CONFIGS } from '../infra/config';
import { bundleLikeCdk } from './bundle';
import { generateArticle } from './generate';
import type { BenchRow } from './table';

const FIXTURES = resolve(__dirname, '../events/files');
const MB = 1024 * 1024;

/** The least work over the bytes: decode, split into lines, NFC. */
function singlePass(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  let chars = 0;
  for (const line of text.split('\n')) chars += line.normalize('NFC').length;
  return chars;
}

/** Best of `rounds` wall-clock timings, in ms (the best is the least disturbed by the machine). */
function timeBest(rounds: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

type Parse = typeof parseArticle;

/**
 * The parsing core as the handler ships it: bundled, scope-hoisted and minified with WinnowFunction's
 * options. Timed as it runs in Lambda, without the per-module export getters a TypeScript loader adds
 * to every imported pattern (~5 % of a parse).
 */
export async function shippedParser(): Promise<Parse> {
  const file = await bundleLikeCdk('functions/core/index.ts', 'core');
  return (createRequire(__filename)(file) as { parseArticle: Parse }).parseArticle;
}

function parseAll(parse: Parse, docs: readonly Uint8Array[]): void {
  for (const doc of docs) if (!parse(doc).ok) throw new Error('benchmark input failed to parse');
}

export async function measureParse(options: { largeSizesMb?: number[] } = {}): Promise<BenchRow[]> {
  const parse = await shippedParser();
  const rows: BenchRow[] = [];
  const fixtures = readdirSync(FIXTURES)
    // The kinds of file the stack ingests (its upload filter).
    .filter((f) => CONFIGS.dev.keySuffixes.some((suffix) => f.endsWith(suffix)))
    .map((f) => new Uint8Array(readFileSync(resolve(FIXTURES, f))));
  const fixtureBytes = fixtures.reduce((n, d) => n + d.byteLength, 0);
  parseAll(parse, fixtures); // warm-up: JIT and chrono's lazily built tables
  const parseMs = timeBest(5, () => parseAll(parse, fixtures));
  const baseMs = timeBest(5, () => fixtures.forEach(singlePass));
  const docsPerSecond = (fixtures.length / parseMs) * 1000;
  rows.push({ name: `parse ${fixtures.length} fixture files (avg ${(fixtureBytes / fixtures.length / 1024).toFixed(1)} KB)`, value: docsPerSecond, unit: 'docs/s', baseline: (fixtures.length / baseMs) * 1000, ratio: parseMs / baseMs > 0 ? baseMs / parseMs : null });
  rows.push({ name: 'parse fixture files', value: fixtureBytes / MB / (parseMs / 1000), unit: 'MB/s', baseline: fixtureBytes / MB / (baseMs / 1000), ratio: baseMs / parseMs });

  const times = new Map<number, number>();
  for (const sizeMb of options.largeSizesMb ?? [20, 100]) {
    const { text, comments } = generateArticle(sizeMb * MB, sizeMb);
    const bytes = new TextEncoder().encode(text);
    // Best of a few rounds, as for the fixtures: one round on this shared machine mostly measures its neighbours.
    const rounds = sizeMb > 20 ? 2 : 3;
    const ms = timeBest(rounds, () => parseAll(parse, [bytes]));
    const base = timeBest(rounds, () => singlePass(bytes));
    times.set(sizeMb, ms);
    const mbps = bytes.byteLength / MB / (ms / 1000);
    rows.push({ name: `parse ${sizeMb} MB article, ${comments} comments`, value: mbps, unit: 'MB/s', baseline: bytes.byteLength / MB / (base / 1000), ratio: base / ms, target: '≥ 50 MB/s, ≤ 5× baseline time', met: mbps >= 50 && ms <= base * 5 });
  }
  const [small, large] = [times.get(20), times.get(100)];
  if (small !== undefined && large !== undefined) {
    rows.push({ name: '100 MB parse time vs 20 MB', value: large / 1000, unit: 's', baseline: small / 1000, ratio: large / small, target: '≤ 6× (linear)', met: large <= small * 6 });
  }
  return rows;
}
