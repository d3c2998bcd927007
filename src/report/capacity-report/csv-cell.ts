/**
 * One CSV cell, written per RFC 4180 (fields holding a comma, double quote, CR or LF are enclosed in double
 * quotes, and double quotes inside are doubled) and defended against formula injection (OWASP "CSV Injection":
 * a text cell starting with =, +, -, @, tab or carriage return is prefixed with a single quote and quoted, so a
 * spreadsheet shows it as text instead of evaluating it).
 * Rule for numbers: numeric cells are written as plain numbers (JavaScript's shortest round-trip form, e.g.
 * `-2`, `0.125`, `1e-7`) and never prefixed — a spreadsheet reads them as numbers, not formulas. Only text
 * cells are prefixed, whatever they contain: the text "-2+3" becomes `"'-2+3"`, the number -2 stays `-2`.
 */

/** A cell value: text, a finite number, a boolean, or undefined for an empty cell. */
export type CsvValue = string | number | boolean | undefined;

/** First characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force quoting under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Encodes one cell. Numbers must be finite (the report is validated before rendering); booleans become
 * `true`/`false`; undefined becomes the empty field.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csvCell: non-finite number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (FORMULA_START.test(value)) return quote(`'${value}`);
  return NEEDS_QUOTES.test(value) ? quote(value) : value;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Encodes a record (row) of cells, without the line break. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** Joins records with CRLF and ends the last one with CRLF too (RFC 4180 section 2, rules 1 and 2). */
export function csvDocument(records: readonly (readonly CsvValue[])[]): string {
  return records.map((record) => `${csvRecord(record)}\r\n`).join('');
}
