/**
 * Small builders of routes for the path-analysis tests.
 */
import { wernerState } from '../../../src/physics/bell-diagonal.js';
import type {
  DeliveredHop,
  HeraldedHop,
  Route,
  RouteNode,
} from '../../../src/network/path-analysis/index.js';

/** A heralded Werner hop with p per attempt of `attemptDuration` seconds and fidelity F. */
export function heralded(p: number, attemptDuration: number, fidelity = 1, edgeKey = 'edge'): HeraldedHop {
  return {
    kind: 'heralded',
    edgeKey,
    length: attemptDuration * 2e8,
    link: {
      successProbability: p,
      attemptDuration,
      rate: p / attemptDuration,
      state: wernerState(fidelity),
      fidelity,
    },
    classicalDelay: attemptDuration / 2,
  };
}

/** A delivered hop (ship, stockpile). */
export function delivered(rate: number, fidelity: number, latency: number, edgeKey = 'ship'): DeliveredHop {
  return { kind: 'delivered', edgeKey, rate, fidelity, latency };
}

/** A route from hops, with node i built by `node(i)` (default: a plain node). */
export function route(
  hops: readonly (HeraldedHop | DeliveredHop)[],
  node: (index: number) => Partial<RouteNode> = () => ({}),
): Route {
  return {
    hops: hops.map((hop, index) => ({ ...hop, edgeKey: `${hop.edgeKey}${index}` })),
    nodes: Array.from({ length: hops.length + 1 }, (_, index) => ({ key: `n${index}`, ...node(index) })),
  };
}

/** N identical heralded hops. */
export function identicalRoute(
  hops: number,
  p: number,
  attemptDuration: number,
  fidelity = 1,
  node: (index: number) => Partial<RouteNode> = () => ({}),
): Route {
  return route(
    Array.from({ length: hops }, () => heralded(p, attemptDuration, fidelity)),
    node,
  );
}
