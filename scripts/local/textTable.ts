/** Plain-text tables for terminals: padded columns, a rule under the header, long cells cut with "…". */
export interface Column {
  header: string;
  /** Right-align (numbers). */
  right?: boolean;
  /** Cut longer cells to this many characters. */
  max?: number;
}

/** Display width of a string (code points; good enough for the Latin, Cyrillic and Arabic texts here). */
function width(text: string): number {
  return [...text].length;
}

export function cut(text: string, max: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  const chars = [...single];
  return chars.length <= max ? single : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((column, index) => cut(row[index] ?? '', column.max ?? Number.MAX_SAFE_INTEGER)));
  const widths = columns.map((column, index) => Math.max(width(column.header), ...cells.map((row) => width(row[index] ?? ''))));
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - width(value));
        return columns[index]?.right === true ? pad + value : value + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
