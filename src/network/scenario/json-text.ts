/**
 * Reading JSON text at the boundary: parse without throwing (reporting line and column where the engine
 * gives a position), and keep a normalised, frozen copy of the document for lossless serialisation.
 * Assumptions: input is UTF-8 text already decoded; a leading byte-order mark is ignored.
 */
import { err, ok, type Result, type ValidationIssue } from '../../core/index.js';

/** Line and column (both 1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Turns V8's JSON.parse message into `invalid JSON at line L, column C: <reason>`. */
function describeSyntaxError(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/\s*in JSON at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .trim();
  if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    return `invalid JSON at line ${line}, column ${column}: ${reason}`;
  }
  if (/end of JSON input/.test(message)) {
    const { line, column } = lineAndColumn(text, text.length);
    return `invalid JSON at line ${line}, column ${column}: unexpected end of input`;
  }
  return `invalid JSON: ${reason}`;
}

/** Parses JSON text; a syntax error becomes an issue at the document root, never an exception. */
export function parseJsonText(text: string): Result<unknown, ValidationIssue> {
  if (typeof text !== 'string') return err({ path: '', message: `expected JSON text, got ${typeof text}` });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err({ path: '', message: describeSyntaxError(body, message) });
  }
}

/** JSON type name of a value as users know it: string, number, boolean, null, array, object, missing. */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A deep, frozen copy of a JSON value. -0 becomes 0 because JSON text cannot keep the sign, so the copy
 * serialises to text that parses back to an equal value. Keys keep their order.
 */
export function frozenJsonCopy<T>(value: T): T {
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => frozenJsonCopy(item))) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, { value: frozenJsonCopy(item), enumerable: true, writable: false });
    }
    return Object.freeze(copy) as T;
  }
  if (typeof value === 'number' && Object.is(value, -0)) return 0 as T;
  return value;
}
