/**
 * Reference cases of path analysis for `qnet verify`: each runs {@link analysePath} on a small route whose
 * answer is known from physics.md (published formulas, values computed two independent ways there).
 */
import type { ReferenceCase } from '../../core/index.js';
import { wernerState } from '../../physics/bell-diagonal.js';
import type { LocalOperationNoise } from '../../physics/local-operation-noise.js';
import { analysePath } from './analyse-path.js';
import type { PathAnalysisOptions, Route, RouteNode } from './path-types.js';

const ATTEMPT = 1e-3;

/** A route of identical heralded Werner hops (p per attempt of 1 ms, fidelity F). */
function identicalRoute(hops: number, p: number, fidelity: number, node: Partial<RouteNode> = {}): Route {
  return {
    hops: Array.from({ length: hops }, (_, index) => ({
      kind: 'heralded' as const,
      edgeKey: `e${index}`,
      length: 10_000,
      link: {
        successProbability: p,
        attemptDuration: ATTEMPT,
        rate: p / ATTEMPT,
        state: wernerState(fidelity),
        fidelity,
      },
      classicalDelay: 5e-5,
    })),
    nodes: Array.from({ length: hops + 1 }, (_, index) => ({ key: `n${index}`, ...node })),
  };
}

const LOOSE: PathAnalysisOptions = { targetFidelity: 0.25 };

function waitingAttempts(hops: number, p: number, node: Partial<RouteNode> = {}): number {
  return analysePath(identicalRoute(hops, p, 1, node), LOOSE).meanRawWaitingTime / ATTEMPT;
}

function noisyFidelity(noise: LocalOperationNoise): number {
  return analysePath(identicalRoute(2, 0.5, 0.9, { localNoise: noise }), LOOSE).rawFidelity;
}

/** Path-analysis reference cases. */
export const PATH_ANALYSIS_REFERENCE_CASES: readonly ReferenceCase[] = [
  ...(
    [
      [2, 14.7368],
      [4, 20.2734],
      [8, 26.2958],
    ] as const
  ).map(([hops, expected]): ReferenceCase => ({
    id: `path.waiting.identical.${hops}-hops`,
    group: 'path analysis',
    description: `swap-asap waiting time of ${hops} identical hops, p = 0.1, p_s = 1, in attempts`,
    source: 'physics.md §5: sum_k (-1)^(k+1) C(N,k)/(1-(1-p)^k), computed two independent ways',
    expected,
    unit: 'attempts',
    tolerance: { absolute: 5e-5 },
    compute: () => waitingAttempts(hops, 0.1),
  })),
  {
    id: 'path.waiting.two-hops.swap-failure',
    group: 'path analysis',
    description: 'swap-asap waiting time of two hops, p = 0.01, Bell-measurement success 0.5, in attempts',
    source: 'physics.md §5: (3 - 2p)/(p (2 - p) p_s)',
    expected: (3 - 0.02) / (0.01 * 1.99 * 0.5),
    unit: 'attempts',
    tolerance: { relative: 1e-9 },
    compute: () => waitingAttempts(2, 0.01, { bellMeasurementSuccessProbability: 0.5 }),
  },
  {
    id: 'path.fidelity.werner-product',
    group: 'path analysis',
    description: 'four Werner links at F = 0.95, perfect memories and operations: end-to-end fidelity',
    source: 'physics.md §3: Werner parameters multiply, w = w1 w2 w3 w4',
    expected: 0.819126,
    unit: '',
    tolerance: { absolute: 5e-7 },
    compute: () => analysePath(identicalRoute(4, 0.1, 0.95), LOOSE).rawFidelity,
  },
  {
    id: 'path.fidelity.noisy-swap',
    group: 'path analysis',
    description: 'two Werner links at F = 0.9 swapped with p2 = 0.99, eta_m = 0.99',
    source: 'physics.md §3 (Duer et al., PRA 59, 169 (1999)): w = p2 (4 eta^2 - 1)/3 w1 w2',
    expected: 0.792902,
    unit: '',
    tolerance: { absolute: 5e-7 },
    compute: () => noisyFidelity({ twoQubitGateReliability: 0.99, measurementFidelity: 0.99 }),
  },
  {
    id: 'path.rate.one-hop',
    group: 'path analysis',
    description: 'one heralded hop (p = 0.02, 1 ms attempts): delivered rate equals the link rate',
    source: 'physics.md §1: rate = p / attempt duration',
    expected: 20,
    unit: 'Hz',
    tolerance: { relative: 1e-12 },
    compute: () => analysePath(identicalRoute(1, 0.02, 0.9), { targetFidelity: 0.5 }).deliveredRate,
  },
];
