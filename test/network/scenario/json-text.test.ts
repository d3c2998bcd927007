/** JSON text at the boundary: line/column of syntax errors, paths, frozen copies. */
import { describe, expect, it } from 'vitest';
import { formatIssuePath, joinIssuePath } from '../../../src/network/scenario/issue-path.js';
import {
  frozenJsonCopy,
  jsonTypeOf,
  lineAndColumn,
  parseJsonText,
} from '../../../src/network/scenario/json-text.js';

describe('parseJsonText', () => {
  it('parses valid JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('reports line and column of a syntax error', () => {
    expect(parseJsonText('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      error: {
        path: '',
        message: "invalid JSON at line 3, column 3: Expected ',' or '}' after property value",
      },
    });
  });

  it('reports errors without a position plainly', () => {
    const result = parseJsonText('{"a": tru}');
    expect(!result.ok && result.error.message).toMatch(/^invalid JSON/);
  });

  it('rejects non-text input without throwing', () => {
    expect(parseJsonText(42 as unknown as string)).toEqual({
      ok: false,
      error: { path: '', message: 'expected JSON text, got number' },
    });
  });
});

describe('helpers', () => {
  it('lineAndColumn counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 });
  });

  it('formats paths as users read them', () => {
    expect(formatIssuePath(['edges', 3, 'lengthKm'])).toBe('edges[3].lengthKm');
    expect(formatIssuePath(['metadata', 'odd key'])).toBe('metadata["odd key"]');
    expect(formatIssuePath(['$schema'])).toBe('$schema');
    expect(formatIssuePath([])).toBe('');
    expect(joinIssuePath('edges[3]', 'satellite', 'altitudeKm')).toBe('edges[3].satellite.altitudeKm');
    expect(joinIssuePath('', 'name')).toBe('name');
    expect(joinIssuePath('nodes', 0)).toBe('nodes[0]');
  });

  it('names JSON types', () => {
    expect([undefined, null, [], {}, 'x', 1, true].map(jsonTypeOf)).toEqual([
      'missing',
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
    ]);
  });

  it('frozenJsonCopy copies deeply, keeps key order, freezes, and turns -0 into 0', () => {
    const source = { b: [1, { c: -0 }], a: 'x', ['__proto__']: 5 } as Record<string, unknown>;
    const parsed = JSON.parse('{"b":[1,{"c":-0}],"a":"x","__proto__":5}') as Record<string, unknown>;
    const copy = frozenJsonCopy(parsed);
    expect(Object.keys(copy)).toEqual(['b', 'a', '__proto__']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(copy.b)).toBe(true);
    expect(Object.is((copy.b as [number, { c: number }])[1].c, 0)).toBe(true);
    expect(copy).not.toBe(parsed);
    expect(source.a).toBe('x');
  });
});
