import { describe, expect, it } from 'vitest';
import type { ReferenceCase } from '../../src/core/index.js';
import { runReferenceCases } from '../../src/report/index.js';

const base = { description: 'd', source: 's', unit: '' };
const cases: ReferenceCase[] = [
  { ...base, id: 'a.pass', group: 'g1', expected: 2, compute: () => 2 + 1e-9 },
  { ...base, id: 'b.fail', group: 'g1', expected: 2, compute: () => 2.1 },
  {
    ...base,
    id: 'c.throws',
    group: 'g2',
    expected: 1,
    compute: () => {
      throw new Error('boom');
    },
  },
  { ...base, id: 'd.loose', group: 'g2', expected: 100, tolerance: { relative: 0.01 }, compute: () => 100.5 },
];

describe('reference-case runner', () => {
  it('passes, fails and reports errors per case without throwing', () => {
    const summary = runReferenceCases(cases);
    expect(summary.rows.map((row) => row.pass)).toEqual([true, false, false, true]);
    expect(summary.passed).toBe(2);
    expect(summary.failed).toBe(2);
    expect(summary.rows[2]!.error).toBe('boom');
    expect(summary.rows[2]!.model).toBeNull();
    expect(summary.rows[1]!.relativeError).toBeCloseTo(0.05, 12);
  });

  it('filters by id or group', () => {
    expect(runReferenceCases(cases, 'g2').rows.map((row) => row.id)).toEqual(['c.throws', 'd.loose']);
    expect(runReferenceCases(cases, 'b.fail').rows).toHaveLength(1);
  });
});
