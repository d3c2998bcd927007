/**
 * Plans a scenario: routes every demand through the network, analyses each candidate route with the physics of
 * its hops (path-analysis), shares the network between demands with the capacity LP, and reports bounds and the
 * effective qubit bandwidth. Pure: the LP solver is passed in (the CLI loads HiGHS); without one, each demand is
 * reported as if it had the network to itself, and the plan says so.
 */
import { QnetError } from '../../core/index.js';
import { allocateCapacity, type LpSolver } from '../allocation/index.js';
import { minCutValues } from '../bounds/index.js';
import { buildNetworkGraph, type NetworkGraph } from '../graph/index.js';
import { analysePath, type RouteNode } from '../path-analysis/index.js';
import {
  createRouter,
  createTypedAStarRouter,
  explainNoRoute,
  kShortestPaths,
  type Path,
  type Router,
} from '../routing/index.js';
import type { Demand, Scenario } from '../scenario/index.js';
import { edgePhysicsOf, type EdgePhysics } from './edge-physics.js';
import { allocationProblem } from './plan-allocation.js';
import { resolvePlanOptions, type PlanOptions, type ResolvedPlanOptions } from './plan-options.js';
import type { CandidateRoute, DemandPlan, PlanResult } from './plan-types.js';
import { routeNodeOf } from './route-nodes.js';

/** Plans every demand of a scenario. @throws ParameterError for invalid options. */
export function planScenario(scenario: Scenario, options: PlanOptions = {}, solver?: LpSolver): PlanResult {
  const resolved = resolvePlanOptions(options);
  const edges = edgePhysicsOf(scenario);
  const network = networkOf(scenario, edges);
  const router = plannerRouter(network, resolved);
  const routeNodes = new Map<string, RouteNode>();
  const assumptions = new Set<string>(BASE_ASSUMPTIONS);
  for (const node of scenario.nodes) {
    const resolvedNode = routeNodeOf(node);
    routeNodes.set(node.key, resolvedNode.node);
    resolvedNode.assumptions.forEach((line) => assumptions.add(line));
  }
  const methods = new Set<string>();
  for (const edge of edges.values()) {
    if (edge.usable) methods.add(`edge "${edge.edgeKey}": ${edge.method}`);
    else assumptions.add(`${edge.reason}; it is left out of routing`);
  }

  const standalone = scenario.demands.map((demand) =>
    planDemand(demand, { network, router, edges, routeNodes, options: resolved }),
  );
  standalone.forEach((plan) => plan.best?.performance.methods.forEach((line) => methods.add(line)));
  standalone.forEach((plan) => plan.best?.performance.assumptions.forEach((line) => assumptions.add(line)));
  const withBounds = resolved.minCutBounds ? addMinCutBounds(scenario, standalone, edges) : standalone;

  const routed = withBounds.filter((plan) => plan.status === 'ok');
  if (!solver || routed.length === 0) {
    if (!solver)
      assumptions.add('no LP solver given: each demand is reported as if it had the network to itself');
    return {
      options: resolved,
      demands: withBounds,
      edges,
      assumptions: [...assumptions],
      methods: [...methods],
    };
  }
  const allocation = allocateCapacity(allocationProblem(routed, resolved.objective), solver, {
    objective: resolved.objective,
  });
  methods.add(
    'allocation: each shared edge is time-shared; a path that alone delivers D pairs/s uses a fraction x/D of every edge ' +
      `on it (LP, ${resolved.objective}, solved with HiGHS)`,
  );
  const allocated = new Map(allocation.demands.map((entry) => [entry.key, entry]));
  const demands = withBounds.map((plan) => {
    const entry = allocated.get(plan.demand.key);
    if (!entry || plan.status !== 'ok') return plan;
    return withRate(plan, entry.rate, resolved);
  });
  return {
    options: resolved,
    demands,
    edges,
    allocation,
    assumptions: [...assumptions],
    methods: [...methods],
  };
}

const BASE_ASSUMPTIONS = [
  'elementary links of different hops are generated independently and in parallel',
  'Bell measurements at repeaters are gate-based and deterministic (a linear-optics station would succeed at most half the time)',
  'a link uses the hardware of its source node (or the target node when the source has no platform)',
  'teleporting one qubit consumes one pair and two classical bits',
];

interface PlanContext {
  readonly network: NetworkGraph;
  readonly router: Router;
  readonly edges: ReadonlyMap<string, EdgePhysics>;
  readonly routeNodes: ReadonlyMap<string, RouteNode>;
  readonly options: ResolvedPlanOptions;
}

/**
 * The flat-array A* router (several times faster at 10,000 nodes, issue 3), except for 'hops': its integer
 * costs tie between many equally short routes, and ngraph's NBA* keeps choosing the ones plans always showed.
 */
export function plannerRouter(network: NetworkGraph, options: ResolvedPlanOptions): Router {
  return options.metric === 'hops' ? createRouter(network) : createTypedAStarRouter(network);
}

function networkOf(scenario: Scenario, edges: ReadonlyMap<string, EdgePhysics>): NetworkGraph {
  return buildNetworkGraph({
    nodes: scenario.nodes.map((node) => ({
      key: node.key,
      kind: node.kind,
      ...(node.position ? { latitude: node.position.latitude, longitude: node.position.longitude } : {}),
    })),
    edges: scenario.edges.map((edge) => {
      const physics = edges.get(edge.key)!;
      // Free-space hops have no single length in the scenario; their physics knows the path (both slant ranges).
      const freeSpaceLength = physics.usable && physics.hop.kind === 'heralded' ? physics.hop.length : 0;
      const length =
        edge.kind === 'carrier'
          ? (edge.distance ?? 0)
          : edge.kind === 'free-space'
            ? freeSpaceLength
            : edge.length;
      return {
        key: edge.key,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        length,
        ...(physics.usable
          ? { successProbability: physics.successProbability, rate: physics.rate, fidelity: physics.fidelity }
          : {}),
      };
    }),
    blocked: [...edges.values()].filter((edge) => !edge.usable).map((edge) => edge.edgeKey),
  });
}

function planDemand(demand: Demand, context: PlanContext): DemandPlan {
  const { router, options } = context;
  const paths: Path[] =
    options.candidatePaths > 1
      ? kShortestPaths(router, demand.source, demand.target, {
          k: options.candidatePaths,
          metric: options.metric,
        })
      : [router.route(demand.source, demand.target, { metric: options.metric })].filter(
          (path): path is Path => !!path,
        );
  if (paths.length === 0) {
    const why =
      explainNoRoute(context.network, demand.source, demand.target, { metric: options.metric }) ??
      'no path between its ends';
    return emptyPlan(demand, 'no-route', `${why}${unusableEdgesNote(context.edges)}`);
  }
  const candidates: CandidateRoute[] = paths
    .map((path) => ({ path, performance: analyse(path, demand, context) }))
    .sort((a, b) => b.performance.deliveredRate - a.performance.deliveredRate);
  const best = candidates[0]!;
  const performance = best.performance;
  if (performance.status !== 'ok') {
    return { ...emptyPlan(demand, performance.status, performance.explanation), best, candidates };
  }
  const chainBound = Math.min(...best.path.edges.map((key) => capacityBoundOf(context.edges.get(key)!)));
  const plan: DemandPlan = {
    demand,
    status: 'ok',
    ...(performance.explanation ? { explanation: performance.explanation } : {}),
    best,
    candidates,
    standaloneRate: performance.deliveredRate,
    allocatedRate: performance.deliveredRate,
    fidelity: performance.deliveredFidelity,
    latency: performance.latency,
    jitter: performance.jitter,
    chainBound,
  };
  return withRate(plan, performance.deliveredRate, options);
}

/** How many unusable edges a no-route explanation names with their reasons (the assumptions list all). */
const UNUSABLE_EDGES_NAMED = 3;

/** ' (unusable edges: <reason>; ...)' for the edges left out of routing, or '' when there are none. */
function unusableEdgesNote(edges: ReadonlyMap<string, EdgePhysics>): string {
  const reasons = [...edges.values()].flatMap((edge) => (edge.usable ? [] : [edge.reason]));
  if (reasons.length === 0) return '';
  const more = reasons.length - UNUSABLE_EDGES_NAMED;
  const named = reasons.slice(0, UNUSABLE_EDGES_NAMED).join('; ');
  return ` (unusable edges: ${named}${more > 0 ? `; and ${more} more, listed in the assumptions` : ''})`;
}

function analyse(path: Path, demand: Demand, context: PlanContext) {
  const hops = path.edges.map((key) => {
    const physics = context.edges.get(key);
    if (!physics?.usable) throw new QnetError(`internal: route uses unusable edge "${key}"`);
    return physics.hop;
  });
  const nodes = path.nodes.map((key) => context.routeNodes.get(key)!);
  const { options } = context;
  return analysePath(
    { hops, nodes },
    {
      targetFidelity: demand.targetFidelity,
      swapPolicy: options.swapPolicy,
      purification: options.purification,
      ...(options.cutoff === undefined ? {} : { cutoff: options.cutoff }),
    },
  );
}

function capacityBoundOf(edge: EdgePhysics): number {
  return edge.usable ? edge.capacityBound : 0;
}

function emptyPlan(demand: Demand, status: DemandPlan['status'], explanation?: string): DemandPlan {
  return {
    demand,
    status,
    ...(explanation ? { explanation } : {}),
    candidates: [],
    standaloneRate: 0,
    allocatedRate: 0,
  };
}

/** Sets the allocated rate and the effective bandwidth that follows from it. */
function withRate(plan: DemandPlan, rate: number, options: ResolvedPlanOptions): DemandPlan {
  const classicalRate = options.classicalRate;
  const teleportLimit = classicalRate / 2;
  return {
    ...plan,
    allocatedRate: rate,
    effectiveBandwidth: {
      pairsPerSecond: rate,
      qubitsPerSecond: Math.min(rate, teleportLimit),
      classicalLimited: teleportLimit < rate,
      classicalRate,
    },
  };
}

/**
 * Adds the min-cut bound of per-edge capacity bounds between each demand's ends (Pirandola 2019). A lossless
 * channel has no finite PLOB bound; for the max-flow it stands in as one more than the sum of all finite
 * capacities (it can then never be the cut unless every cut crosses only lossless edges, when the bound is
 * reported as Infinity).
 */
function addMinCutBounds(
  scenario: Scenario,
  plans: readonly DemandPlan[],
  edges: ReadonlyMap<string, EdgePhysics>,
): DemandPlan[] {
  const bounds = scenario.edges.map((edge) => capacityBoundOf(edges.get(edge.key)!));
  const unbounded = 1 + bounds.filter(Number.isFinite).reduce((sum, value) => sum + value, 0);
  const capacityEdges = scenario.edges.map((edge, index) => ({
    key: edge.key,
    from: edge.source,
    to: edge.target,
    capacity: Number.isFinite(bounds[index]!) ? bounds[index]! : unbounded,
  }));
  const demands = plans.map((plan) => ({
    key: plan.demand.key,
    source: plan.demand.source,
    target: plan.demand.target,
  }));
  const nodes = scenario.nodes.map((node) => node.key);
  const cuts = minCutValues(capacityEdges, demands, nodes);
  return plans.map((plan, index) => {
    const cut = cuts[index]!;
    return { ...plan, minCutBound: cut >= unbounded ? Number.POSITIVE_INFINITY : cut };
  });
}
