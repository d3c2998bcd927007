/**
 * A linear program as arrays (maximise c'x subject to rowLower <= Ax <= rowUpper, columnLower <= x <=
 * columnUpper, A stored by columns), built from named rows exactly as an LP-format reader would build it from
 * the same rows written as text: columns numbered in order of first appearance (objective first, then the rows
 * in order), rows in order, within each column the row indices ascending, bounds [0, Infinity) unless given.
 *
 * Why: at 1,000 demands the allocation LP is 1.7 MB of CPLEX LP text; HiGHS spends about 0.25 s reading it (and
 * highs-js copies it through its virtual file system first), far more than the 0.08 s it needs to solve it.
 * Handing HiGHS the arrays of the same model skips the text; the text stays available for debugging and for
 * solvers that only read text (formulate.ts).
 * Assumptions: every coefficient and bound is finite (Infinity only as a missing bound); a row names each
 * variable at most once.
 */

/** One named row: sum of coefficient x variable over `terms`, between `lower` and `upper`. */
export interface LpRow {
  readonly name: string;
  readonly terms: readonly (readonly [string, number])[];
  /** Lower bound of the row activity; -Infinity when none. */
  readonly lower: number;
  /** Upper bound of the row activity; Infinity when none. */
  readonly upper: number;
}

/** A maximisation LP as arrays (see the file header). Missing bounds are +/-Infinity. */
export interface LpModel {
  readonly columnNames: readonly string[];
  readonly rowNames: readonly string[];
  /** Objective coefficient of each column (maximised). */
  readonly objective: Float64Array;
  readonly columnLower: Float64Array;
  readonly columnUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Column j's coefficients are values[columnStarts[j] .. columnStarts[j + 1]), in rows rowIndices[...]. */
  readonly columnStarts: Int32Array;
  readonly rowIndices: Int32Array;
  readonly values: Float64Array;
}

/**
 * Builds the array form of `maximise objective subject to rows` (see the file header for the numbering).
 * @param columnLower lower bounds other than 0, by variable name (e.g. a fixed minimum share).
 */
export function lpModelOf(
  objective: readonly (readonly [string, number])[],
  rows: readonly LpRow[],
  columnLower: ReadonlyMap<string, number> = new Map(),
): LpModel {
  const columnIndex = new Map<string, number>();
  const columnOf = (name: string): number => {
    let index = columnIndex.get(name);
    if (index === undefined) {
      index = columnIndex.size;
      columnIndex.set(name, index);
    }
    return index;
  };
  const objectiveByColumn: number[] = [];
  for (const [name, coefficient] of objective) objectiveByColumn[columnOf(name)] = coefficient;
  // Entries per column in row order: count, then place (rows are visited in order, so indices ascend).
  let entryCount = 0;
  const rowColumns = rows.map((row) => {
    entryCount += row.terms.length;
    return Int32Array.from(row.terms, ([name]) => columnOf(name));
  });
  const columnCount = columnIndex.size;
  const columnStarts = new Int32Array(columnCount + 1);
  for (const columns of rowColumns) for (const column of columns) columnStarts[column + 1]!++;
  for (let j = 0; j < columnCount; j++) columnStarts[j + 1]! += columnStarts[j]!;
  const fill = columnStarts.slice(0, columnCount);
  const rowIndices = new Int32Array(entryCount);
  const values = new Float64Array(entryCount);
  rows.forEach((row, i) => {
    const columns = rowColumns[i]!;
    row.terms.forEach(([, coefficient], k) => {
      const slot = fill[columns[k]!]!++;
      rowIndices[slot] = i;
      values[slot] = coefficient;
    });
  });
  const columnNames = [...columnIndex.keys()];
  return {
    columnNames,
    rowNames: rows.map((row) => row.name),
    objective: Float64Array.from({ length: columnCount }, (_, j) => objectiveByColumn[j] ?? 0),
    columnLower: Float64Array.from(columnNames, (name) => columnLower.get(name) ?? 0),
    columnUpper: new Float64Array(columnCount).fill(Number.POSITIVE_INFINITY),
    rowLower: Float64Array.from(rows, (row) => row.lower),
    rowUpper: Float64Array.from(rows, (row) => row.upper),
    columnStarts,
    rowIndices,
    values,
  };
}
