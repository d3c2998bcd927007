/**
 * The example-file JSON formatter: Prettier's layout for scenario documents (objects broken, short scalar
 * arrays on one line within 110 columns), literal spellings kept per path while values are unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDocumentJson, literalSpellings } from '../../src/ui/state/index.js';

describe('formatDocumentJson', () => {
  it('breaks objects, keeps short scalar arrays on one line and empty containers inline', () => {
    const text = formatDocumentJson({
      a: 1,
      tags: ['x', 'y'],
      empty: [],
      none: {},
      nested: { b: [{ c: true }] },
    });
    expect(text).toBe(
      '{\n  "a": 1,\n  "tags": ["x", "y"],\n  "empty": [],\n  "none": {},\n  "nested": {\n    "b": [\n      {\n        "c": true\n      }\n    ]\n  }\n}\n',
    );
  });

  it('breaks a scalar array whose line would pass 110 columns (counting the comma)', () => {
    const fits = Array.from({ length: 10 }, (_, i) => `tag-${i}xxx`); // 10 x 12 chars
    const line = (items: string[]) => `  "tags": [${items.map((t) => JSON.stringify(t)).join(', ')}],`;
    const short = fits.slice(0, 7);
    expect(line(short).length).toBeLessThanOrEqual(110);
    expect(formatDocumentJson({ tags: short, b: 1 })).toContain(line(short));
    expect(line(fits).length).toBeGreaterThan(110);
    expect(formatDocumentJson({ tags: fits, b: 1 })).toContain('"tags": [\n    "tag-0xxx",\n');
  });

  it('keeps a literal spelling at its path while the value is unchanged', () => {
    const text = '{\n  "a": 2e-4,\n  "b": 1.0,\n  "c": 1,\n  "s": "\\u00e9"\n}\n';
    const spellings = literalSpellings(text);
    expect(formatDocumentJson(JSON.parse(text), spellings)).toBe(text);
    expect(formatDocumentJson({ ...JSON.parse(text), a: 3e-4 }, spellings)).toContain('"a": 0.0003,');
    expect(formatDocumentJson({ ...JSON.parse(text), c: 1 }, spellings)).toContain('"c": 1,');
  });

  it('reads spellings from malformed text without throwing', () => {
    expect(() => literalSpellings('{ "a": 1.50, "b": [')).not.toThrow();
    expect(literalSpellings('{ "a": 1.50, "b": [').get('a')).toBe('1.50');
  });

  it('always produces JSON that parses back to the same value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(formatDocumentJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });
});
