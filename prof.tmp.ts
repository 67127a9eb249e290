import { readFileSync } from 'node:fs';
import { parseArticle } from './functions/core/index';
parseArticle(new Uint8Array(readFileSync('/tmp/w/big1.txt')));
const bytes = new Uint8Array(readFileSync(process.argv[2] ?? '/tmp/w/big20.txt'));
const runs: Record<string, number[]> = {};
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  parseArticle(bytes);
  const total = performance.now() - t;
  const T = (globalThis as unknown as { __T: [string, number][] }).__T;
  for (let k = 1; k < T.length; k++) (runs[T[k]![0]] ??= []).push(T[k]![1] - T[k - 1]![1]);
  (runs.total ??= []).push(total);
}
for (const [k, v] of Object.entries(runs)) console.log(k.padEnd(16), Math.min(...v).toFixed(1));
