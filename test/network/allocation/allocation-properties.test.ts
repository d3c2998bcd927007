/**
 * Properties of HiGHS-solved allocations on seeded random networks: feasibility, requests respected, the
 * max-min guarantee, max-total >= max-min in total, every rate below its min-cut bound, and, with all simple
 * paths as candidates and unit pair costs, the LP optimum of one demand equal to the max-flow min cut.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHighsSolver } from '../../../src/cli/highs-solver.js';
import { createRng } from '../../../src/core/index.js';
import {
  allocateCapacity,
  type AllocationPath,
  type LpSolver,
} from '../../../src/network/allocation/index.js';
import { maxFlowMinCut, minCutBounds, type CapacityEdge } from '../../../src/network/bounds/index.js';
import { expectClose } from '../../support/close.js';
import { randomAllocationProblem } from './random-network.js';

let solver: LpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});

const TOLERANCE = 1e-6;

describe('allocation properties on random networks', () => {
  it('is feasible, respects requests and min cuts, and max-total >= max-min', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.boolean(), (seed, withMemory) => {
        const problem = randomAllocationProblem(createRng(seed), {
          nodeCount: 12,
          edgeCount: 20,
          demandCount: 6,
          pathsPerDemand: 3,
          memoryNodeFraction: withMemory ? 0.3 : 0,
        });
        const total = allocateCapacity(problem, solver, { objective: 'max-total' });
        const fair = allocateCapacity(problem, solver, { objective: 'max-min' });
        expect(total.status).toBe('optimal');
        expect(fair.status).toBe('optimal');
        expect(total.totalRate).toBeGreaterThanOrEqual(fair.totalRate * (1 - TOLERANCE));
        const bounds = minCutBounds(
          problem.graph,
          problem.ends.map(([source, target], i) => ({ key: String(i), source, target })),
        );
        for (const result of [total, fair]) {
          for (const usage of result.constraints)
            expect(usage.used).toBeLessThanOrEqual(usage.limit * (1 + TOLERANCE));
          result.demands.forEach((demand, d) => {
            expect(demand.rate).toBeLessThanOrEqual(problem.demands[d]!.requestedRate! * (1 + TOLERANCE));
            expect(demand.rate).toBeLessThanOrEqual(bounds[d]!.bound * (1 + TOLERANCE));
            expect(Number.isFinite(demand.rate) && demand.rate >= 0).toBe(true);
          });
        }
        fair.demands.forEach((demand, d) => {
          if (problem.demands[d]!.paths.length === 0) return;
          const floor = fair.fairShare! * problem.demands[d]!.requestedRate!;
          expect(demand.rate).toBeGreaterThanOrEqual(floor * (1 - 10 * TOLERANCE));
        });
      }),
      { numRuns: 15, seed: 20261124 },
    );
  });

  it('with every simple path as a candidate, one demand gets exactly the max-flow min cut', () => {
    const graphs = fc
      .tuple(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
      .map(([nodeCount, seed]) => {
        const rng = createRng(seed);
        const edges: CapacityEdge[] = [];
        for (let a = 0; a < nodeCount; a++) {
          for (let b = a + 1; b < nodeCount; b++) {
            if (rng.nextFloat() < 0.6)
              edges.push({ key: `${a}-${b}`, from: `${a}`, to: `${b}`, capacity: rng.nextInt(0, 9) });
          }
        }
        return { nodeCount, edges };
      });
    fc.assert(
      fc.property(graphs, ({ nodeCount, edges }) => {
        const target = String(nodeCount - 1);
        const paths: AllocationPath[] = [];
        const walk = (node: string, nodes: string[], used: string[]): void => {
          if (node === target) {
            paths.push({ nodes: [...nodes], edges: [...used] });
            return;
          }
          for (const edge of edges) {
            const next = edge.from === node ? edge.to : edge.to === node ? edge.from : undefined;
            if (next === undefined || nodes.includes(next)) continue;
            walk(next, [...nodes, next], [...used, edge.key]);
          }
        };
        walk('0', ['0'], []);
        const result = allocateCapacity(
          { edges: edges.map(({ key, capacity }) => ({ key, capacity })), demands: [{ key: 'st', paths }] },
          solver,
        );
        const nodes = Array.from({ length: nodeCount }, (_, n) => String(n));
        const expected = maxFlowMinCut(edges, '0', target, nodes).value;
        if (expected === 0) expect(result.totalRate).toBe(0);
        else expectClose(result.totalRate, expected, { relative: TOLERANCE });
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
