/**
 * Plain-text tables for terminal output: aligned columns, a header rule, numbers right-aligned.
 */

/** A column of a text table. */
export interface TextColumn {
  /** Header text. */
  readonly header: string;
  /** Alignment; numbers read best right-aligned. Default 'left'. */
  readonly align?: 'left' | 'right';
}

/** Renders rows of cells under the given columns; every row must have one cell per column. */
export function renderTextTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) => {
        const width = widths[index]!;
        return columns[index]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [header, rule, ...rows.map((row) => line(row))].join('\n');
}

/** Renders label/value pairs as a two-column list (`label  value`), labels left-aligned. */
export function renderKeyValues(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...pairs.map(([label]) => label.length));
  return pairs.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}
