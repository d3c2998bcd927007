/**
 * The LP text: generated names only (no user key reaches the text), rows per constraint kind, scaled
 * coefficients, fairness rows and the fixed share only in the max-min stages, and wrapped long rows.
 */
import { describe, expect, it } from 'vitest';
import {
  formulateAllocationLp,
  prepareAllocation,
  type AllocationProblem,
} from '../../../src/network/allocation/index.js';

const PROBLEM: AllocationProblem = {
  edges: [
    { key: 'a "b"', capacity: 50 },
    { key: 'c\nd', capacity: 100 },
    { key: 'unused', capacity: 7 },
  ],
  nodes: [{ key: 'mem: node', memoryLimit: 20 }],
  demands: [
    {
      key: 'first',
      requestedRate: 40,
      minimumRate: 10,
      weight: 2,
      paths: [
        {
          edges: ['a "b"', 'c\nd'],
          nodes: ['s', 'mem: node', 't'],
          pairCosts: [1.5, 1],
          memoryCosts: [0, 0.25, 0],
        },
        { edges: ['c\nd'], nodes: ['s', 't'], memoryCosts: [0, 0] },
      ],
    },
    { key: 'second', requestedRate: 100, paths: [{ edges: ['a "b"'], nodes: ['u', 'v'] }] },
  ],
};

describe('formulateAllocationLp', () => {
  it('writes the max-total LP with generated names and rates divided by the largest capacity', () => {
    const lp = formulateAllocationLp(prepareAllocation(PROBLEM), 'max-total');
    expect(lp.text).toBe(
      [
        'Maximize',
        ' obj: 2 x1 + 2 x2 + 1 x3',
        'Subject To',
        ' e1: 1.5 x1 + 1 x3 <= 0.5',
        ' e2: 1 x1 + 1 x2 <= 1',
        ' n1: 0.25 x1 <= 0.2',
        ' c1: 1 x1 + 1 x2 <= 0.4',
        ' m1: 1 x1 + 1 x2 >= 0.1',
        ' c2: 1 x3 <= 1',
        'Bounds',
        'End',
        '',
      ].join('\n'),
    );
    expect(lp.pathVariables).toEqual(['x1', 'x2', 'x3']);
    expect([...lp.rows]).toEqual([
      ['e1', { kind: 'edge', index: 0 }],
      ['e2', { kind: 'edge', index: 1 }],
      ['n1', { kind: 'node', index: 0 }],
      ['c1', { kind: 'cap', index: 0 }],
      ['m1', { kind: 'minimum', index: 0 }],
      ['c2', { kind: 'cap', index: 1 }],
    ]);
  });

  it('adds fairness rows in the max-min stages, with a_d = weight x request / scale', () => {
    const prepared = prepareAllocation(PROBLEM, { objective: 'max-min' });
    const first = formulateAllocationLp(prepared, 'max-min-share');
    expect(first.text).toContain(' obj: 1 share\n');
    expect(first.text).toContain(' f1: 1 x1 + 1 x2 - 0.8 share >= 0\n');
    expect(first.text).toContain(' f2: 1 x3 - 1 share >= 0\n');
    const second = formulateAllocationLp(prepared, 'max-min-total', 0.25);
    expect(second.text).toContain(' obj: 2 x1 + 2 x2 + 1 x3\n');
    expect(second.text).toContain('Bounds\n share >= 0.25\nEnd');
  });

  it('uses the weight alone as the share coefficient when no demand gives a request', () => {
    const problem: AllocationProblem = {
      ...PROBLEM,
      demands: PROBLEM.demands.map(({ key, paths, weight }) => ({
        key,
        paths,
        ...(weight ? { weight } : {}),
      })),
    };
    const lp = formulateAllocationLp(prepareAllocation(problem, { objective: 'max-min' }), 'max-min-share');
    expect(lp.text).toContain(' f1: 1 x1 + 1 x2 - 2 share >= 0\n');
    expect(lp.text).not.toContain(' c1:');
  });

  it('never writes a user key into the LP text', () => {
    const lp = formulateAllocationLp(prepareAllocation(PROBLEM, { objective: 'max-min' }), 'max-min-share');
    for (const key of ['a "b"', 'c\nd', 'mem: node', 'first', 'second']) expect(lp.text).not.toContain(key);
  });

  it('wraps rows with many terms over several lines', () => {
    const problem: AllocationProblem = {
      edges: [{ key: 'shared', capacity: 1 }],
      demands: Array.from({ length: 20 }, (_, i) => ({
        key: `d${i}`,
        paths: [{ edges: ['shared'], nodes: ['a', 'b'] }],
      })),
    };
    const lp = formulateAllocationLp(prepareAllocation(problem), 'max-total');
    const row = lp.text.slice(lp.text.indexOf(' e1:'), lp.text.indexOf('<= 1'));
    expect(row.split('\n')).toHaveLength(3);
  });

  it('refuses to formulate a problem without usable paths (the caller reports "empty")', () => {
    expect(() => formulateAllocationLp(prepareAllocation({ edges: [], demands: [] }), 'max-total')).toThrow(
      /no usable path/,
    );
  });
});
