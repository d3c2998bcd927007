/**
 * Input validation of allocation problems: every bad input throws a ParameterError naming the field, and
 * valid input is resolved into usable paths with merged costs and a rate scale.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  prepareAllocation,
  type AllocationOptions,
  type AllocationProblem,
} from '../../../src/network/allocation/index.js';

const VALID: AllocationProblem = {
  edges: [
    { key: 'alpha', capacity: 10 },
    { key: 'beta', capacity: 20 },
  ],
  nodes: [{ key: 'm', memoryLimit: 5 }],
  demands: [
    {
      key: 'd',
      paths: [
        { edges: ['alpha', 'beta'], nodes: ['a', 'm', 'b'], pairCosts: [1, 2], memoryCosts: [0, 1, 0] },
      ],
      requestedRate: 3,
    },
  ],
};

function expectFieldError(
  problem: AllocationProblem,
  field: string,
  pattern?: RegExp,
  options?: AllocationOptions,
) {
  let caught: unknown;
  try {
    prepareAllocation(problem, options);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ParameterError);
  expect((caught as ParameterError).field).toBe(field);
  if (pattern) expect((caught as ParameterError).message).toMatch(pattern);
}

function withPath(path: Partial<AllocationProblem['demands'][number]['paths'][number]>): AllocationProblem {
  return {
    ...VALID,
    demands: [{ ...VALID.demands[0]!, paths: [{ ...VALID.demands[0]!.paths[0]!, ...path }] }],
  };
}

function withDemand(demand: Partial<AllocationProblem['demands'][number]>): AllocationProblem {
  return { ...VALID, demands: [{ ...VALID.demands[0]!, ...demand }] };
}

describe('prepareAllocation', () => {
  it('resolves a valid problem: merged terms, memory terms only at limited nodes, rate scale', () => {
    const prepared = prepareAllocation(
      withPath({
        edges: ['alpha', 'beta', 'alpha'],
        nodes: ['a', 'm', 'b', 'a'],
        pairCosts: [1, 2, 1.5],
        memoryCosts: [0, 1, 0, 0],
      }),
    );
    expect(prepared.paths[0]!.edgeTerms).toEqual([
      { index: 0, cost: 2.5 },
      { index: 1, cost: 2 },
    ]);
    expect(prepared.paths[0]!.nodeTerms).toEqual([{ index: 0, cost: 1 }]);
    expect(prepared.rateScale).toBe(20);
    expect(prepared.objective).toBe('max-total');
    expect(prepared.sharesAreFractions).toBe(true);
  });

  it('sets aside paths through a node with memory limit 0', () => {
    const problem: AllocationProblem = { ...VALID, nodes: [{ key: 'm', memoryLimit: 0 }] };
    const prepared = prepareAllocation(problem);
    expect(prepared.paths).toHaveLength(0);
    expect(prepared.demands[0]!.explanations).toEqual([
      'every candidate path is unusable',
      'path 0 is unusable: node "m" has memory limit 0',
    ]);
  });

  it('rejects bad edges, nodes and keys, naming the field', () => {
    expectFieldError(
      { ...VALID, edges: [{ key: 'alpha', capacity: -1 }] },
      'edges[0].capacity',
      /between 0 and/,
    );
    expectFieldError(
      { ...VALID, edges: [{ key: 'alpha', capacity: Number.NaN }] },
      'edges[0].capacity',
      /NaN/,
    );
    expectFieldError({ ...VALID, edges: [{ key: 'alpha', capacity: 1e16 }] }, 'edges[0].capacity');
    expectFieldError(
      { ...VALID, edges: [VALID.edges[0]!, VALID.edges[0]!] },
      'edges[1].key',
      /duplicate key "alpha"/,
    );
    expectFieldError({ ...VALID, nodes: [{ key: 'm', memoryLimit: -2 }] }, 'nodes[0].memoryLimit');
    expectFieldError({ ...VALID, demands: [VALID.demands[0]!, VALID.demands[0]!] }, 'demands[1].key');
    expectFieldError({ ...VALID, edges: 'x' as unknown as AllocationProblem['edges'] }, 'edges');
  });

  it('rejects bad demands, naming the field', () => {
    expectFieldError(withDemand({ requestedRate: 0 }), 'demands[0].requestedRate', /> 0/);
    expectFieldError(withDemand({ weight: -1 }), 'demands[0].weight');
    expectFieldError(withDemand({ minimumRate: -1 }), 'demands[0].minimumRate');
    expectFieldError(withDemand({ minimumRate: 4 }), 'demands[0].minimumRate', /<= requestedRate/);
    expectFieldError(withDemand({ paths: undefined as unknown as [] }), 'demands[0].paths');
  });

  it('rejects bad paths, naming the field', () => {
    expectFieldError(
      withPath({ edges: ['alpha', 'btea'] }),
      'demands[0].paths[0].edges[1]',
      /did you mean "beta"/,
    );
    expectFieldError(
      withPath({ edges: [], nodes: ['a'], pairCosts: [], memoryCosts: [0] }),
      'demands[0].paths[0].edges',
    );
    expectFieldError(withPath({ nodes: ['a', 'b'] }), 'demands[0].paths[0].nodes', /3 nodes/);
    expectFieldError(withPath({ pairCosts: [1] }), 'demands[0].paths[0].pairCosts', /one entry per edge/);
    expectFieldError(withPath({ pairCosts: [1, 0.5] }), 'demands[0].paths[0].pairCosts[1]', /must be >= 1/);
    expectFieldError(withPath({ memoryCosts: [0, -1, 0] }), 'demands[0].paths[0].memoryCosts[1]');
    expectFieldError(
      withPath({ memoryCosts: undefined }),
      'demands[0].paths[0].memoryCosts',
      /node "m" has a memoryLimit/,
    );
    const twoPaths = withDemand({
      paths: [VALID.demands[0]!.paths[0]!, { edges: ['alpha'], nodes: ['a', 'z'] }],
    });
    expectFieldError(twoPaths, 'demands[0].paths[1].nodes', /same ends/);
  });

  it('accepts a second path in the reverse direction', () => {
    const problem = withDemand({
      paths: [VALID.demands[0]!.paths[0]!, { edges: ['beta'], nodes: ['b', 'a'] }],
    });
    expect(prepareAllocation(problem).paths).toHaveLength(2);
  });

  it('rejects an unknown objective and max-min with requests on only some demands', () => {
    expectFieldError(VALID, 'objective', /max-total/, { objective: 'fair' as 'max-min' });
    const mixed: AllocationProblem = {
      ...VALID,
      demands: [VALID.demands[0]!, { key: 'e', paths: [] }],
    };
    expectFieldError(mixed, 'demands[1].requestedRate', /every demand or on none/, { objective: 'max-min' });
    expect(prepareAllocation(mixed).demands).toHaveLength(2);
  });
});
