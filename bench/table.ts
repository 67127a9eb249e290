/** One benchmark figure beside the baseline it is compared with, measured in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with (same unit), or null. */
  baseline: number | null;
  /** value / baseline, or null. */
  ratio: number | null;
  /** The target, in words ("≥ 50 MB/s"), and whether this run met it. */
  target?: string;
  met?: boolean;
}

const fmt = (n: number | null): string =>
  n === null ? '—' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(2);

/** A Markdown table (readable in a terminal and pasteable into the README). */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['benchmark', 'value', 'unit', 'baseline', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [r.name, fmt(r.value), r.unit, fmt(r.baseline), r.ratio === null ? '—' : `${fmt(r.ratio)}×`, r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
