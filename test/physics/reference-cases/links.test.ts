import { describe, expect, it } from 'vitest';
import { isClose } from '../../../src/core/index.js';
import { linksReferenceCases } from '../../../src/physics/reference-cases/links.js';

describe('links reference cases', () => {
  it('every case passes within its tolerance', () => {
    const failures = linksReferenceCases
      .map((c) => ({ id: c.id, model: c.compute(), expected: c.expected, tolerance: c.tolerance }))
      .filter((row) => !isClose(row.model, row.expected, row.tolerance));
    expect(failures).toEqual([]);
  });

  it('ids are unique, groups are the four named ones, every case has a source', () => {
    const ids = linksReferenceCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(linksReferenceCases.map((c) => c.group))).toEqual(
      new Set(['propagation', 'links', 'transduction', 'bounds']),
    );
    for (const c of linksReferenceCases) expect(c.source.length).toBeGreaterThan(10);
  });

  it('a case can fail: a wrong expected value is detected', () => {
    const c = linksReferenceCases.find((x) => x.id === 'double-click.p')!;
    expect(isClose(c.compute(), c.expected * 1.001, c.tolerance)).toBe(false);
  });
});
