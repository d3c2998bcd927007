import { describe, expect, it } from 'vitest';
import { isClose } from '../../src/core/index.js';
import { ML_REFERENCE_CASES } from '../../src/ml/index.js';

describe('ML_REFERENCE_CASES', () => {
  it('all pass within their tolerance, with unique ids in group distributed-ml and a source', () => {
    expect(ML_REFERENCE_CASES.length).toBeGreaterThanOrEqual(17);
    expect(new Set(ML_REFERENCE_CASES.map((c) => c.id)).size).toBe(ML_REFERENCE_CASES.length);
    for (const c of ML_REFERENCE_CASES) {
      expect(c.group).toBe('distributed-ml');
      expect(c.source.length).toBeGreaterThan(10);
      const model = c.compute();
      expect(isClose(model, c.expected, c.tolerance), `${c.id}: model ${model}, expected ${c.expected}`).toBe(
        true,
      );
    }
  });

  it('would catch a wrong model value', () => {
    const inference = ML_REFERENCE_CASES.find((c) => c.id === 'ml.inference.qubits.n4096')!;
    expect(isClose(inference.compute() + 12, inference.expected, inference.tolerance)).toBe(false);
  });
});
