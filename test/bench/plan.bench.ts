/**
 * Planner speed and memory (issue 3, Speed): `planScenario` on seeded synthetic scenarios
 * (synthetic-scenario.ts) of 1,000 nodes / 3,000 edges / 100 demands (target 200 ms) and 10,000 nodes /
 * 30,000 edges / 1,000 demands (target 3 s), the targets being for "routing + path analysis + LP" (the plan
 * without the min-cut bounds; the default plan with them is reported beside it), with the phases timed
 * separately through the exported pieces:
 * parse, edge physics, graph + router build, routing, path analysis, min-cut bounds and the LP (HiGHS). Also route
 * queries ('rate', the planner's default, and 'length'; the planner's typed A* and ngraph's NBA*) on the
 * planner's 10,000-node graph (target 5 ms) and the peak memory of planning the 10,000-node case in a fresh
 * child process (target 500 MB). The whole module takes a few minutes.
 *
 * Workload assumptions: every node is nv-diamond with HYPOTHETICAL improved hardware (BENCH_HARDWARE), because
 * with the preset's own values no demand over these distances reaches fidelity 0.5 and the plan then skips the
 * LP; the preset-as-is plan is timed beside it. Timings are wall-clock medians after a warm-up, with the
 * CPU-time median in the note (the machine is shared); a run slower than SLOW_RUN is measured once, cold.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createHighsSolver } from '../../src/cli/highs-solver.js';
import { loadPresetRegistry } from '../../src/cli/presets.js';
import { createRng } from '../../src/core/index.js';
import { allocateCapacity, type LpSolver } from '../../src/network/allocation/index.js';
import { minCutValues } from '../../src/network/bounds/index.js';
import { buildNetworkGraph, type NetworkGraphInput } from '../../src/network/graph/index.js';
import { analysePath, type RouteNode } from '../../src/network/path-analysis/index.js';
import {
  allocationProblem,
  edgePhysicsOf,
  planScenario,
  plannerRouter,
  resolvePlanOptions,
  routeNodeOf,
  type EdgePhysics,
  type PlanResult,
} from '../../src/network/planner/index.js';
import type { ParameterOverrides } from '../../src/network/platforms/index.js';
import {
  createRouter,
  createTypedAStarRouter,
  type Path,
  type Router,
  type RoutingMetric,
} from '../../src/network/routing/index.js';
import { parseScenarioValue, type Demand, type Scenario } from '../../src/network/scenario/index.js';
import type { BenchResult } from './bench-result.js';
import { syntheticScenarioDocument, type SyntheticScenarioSize } from './synthetic-scenario.js';

/**
 * Hypothetical NV hardware (not a forecast): cavity-enhanced emission 0.3 into the fibre, bright-state
 * population 0.02 (link fidelity ~0.98), gates and readout at 0.999, T2 = 10 s. With these most 1,000-node
 * demands reach fidelity 0.5, so routing, path analysis with purification and the LP all do real work.
 */
export const BENCH_HARDWARE: ParameterOverrides = {
  emissionEfficiency: 0.3,
  brightStatePopulation: 0.02,
  twoQubitGateFidelity: 0.999,
  measurementFidelity: 0.999,
  t2S: 10,
};

const SEED = 20_240_603;
/** A single run slower than this, ms, is reported as one cold run instead of a median. */
const SLOW_RUN = 10_000;
const MEMORY_CHILD_FLAG = '--plan-memory-child';

/** One planner case: its size, the issue's target (ms) and how often to run it. */
interface PlanCase {
  readonly label: string;
  readonly size: SyntheticScenarioSize;
  readonly target: number;
  readonly repetitions: number;
  /**
   * Untimed runs before the median. A fresh process needs about five plans before the JIT settles (the
   * first 1k plan takes 3-4 times the steady one), so the cold figure is reported beside the median.
   */
  readonly warmUps: number;
}

const SMALL: PlanCase = {
  label: '1k nodes / 3k edges / 100 demands',
  size: { nodeCount: 1000, edgeCount: 3000, demandCount: 100 },
  target: 200,
  repetitions: 5,
  warmUps: 5,
};
const LARGE: PlanCase = {
  label: '10k nodes / 30k edges / 1k demands',
  size: { nodeCount: 10_000, edgeCount: 30_000, demandCount: 1000 },
  target: 3000,
  repetitions: 3,
  warmUps: 1,
};

interface Timing {
  /** Median wall-clock milliseconds. */
  readonly wall: number;
  /** Median CPU milliseconds (user + system) of this process. */
  readonly cpu: number;
  readonly runs: number;
  /** Wall-clock milliseconds of the first (cold) run. */
  readonly cold: number;
  /** Untimed runs before the median. */
  readonly warmUps?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Times `work`: `warmUps` runs (the first also timed on its own, cold), then the median of `repetitions`;
 * a first run slower than SLOW_RUN is the figure on its own.
 */
function measure(work: () => void, repetitions: number, warmUps = 1): Timing {
  const once = (): [number, number] => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return [wall, (cpu.user + cpu.system) / 1000];
  };
  const first = once();
  if (first[0] > SLOW_RUN || repetitions < 1)
    return { wall: first[0], cpu: first[1], runs: 1, cold: first[0] };
  for (let i = 1; i < warmUps; i++) once();
  const samples = Array.from({ length: repetitions }, once);
  return {
    wall: median(samples.map((s) => s[0])),
    cpu: median(samples.map((s) => s[1])),
    runs: repetitions,
    cold: first[0],
    warmUps: Math.max(1, warmUps),
  };
}

const describeRuns = (timing: Timing): string =>
  timing.runs === 1
    ? `one cold run (CPU ${timing.cpu.toFixed(0)} ms)`
    : `median of ${timing.runs} after ${timing.warmUps === 1 ? 'a warm-up' : `${timing.warmUps} warm-ups`} ` +
      `(CPU median ${timing.cpu.toFixed(0)} ms; first, cold run ${timing.cold.toFixed(0)} ms)`;

function scenarioOf(
  size: SyntheticScenarioSize,
  overrides?: ParameterOverrides,
): { document: unknown; scenario: Scenario } {
  const document = syntheticScenarioDocument(
    { ...size, ...(overrides ? { overrides } : {}) },
    createRng(SEED),
  );
  const parsed = parseScenarioValue(document, { presets: loadPresetRegistry() });
  if (!parsed.ok) throw parsed.error;
  return { document, scenario: parsed.value };
}

/** The planner's graph input (mirrors networkOf in plan.ts, which is not exported). */
function networkInputOf(scenario: Scenario, edges: ReadonlyMap<string, EdgePhysics>): NetworkGraphInput {
  return {
    nodes: scenario.nodes.map((node) => ({
      key: node.key,
      kind: node.kind,
      ...(node.position ?? {}),
    })),
    edges: scenario.edges.map((edge) => {
      const physics = edges.get(edge.key)!;
      return {
        key: edge.key,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        length: edge.kind === 'carrier' ? (edge.distance ?? 0) : edge.kind === 'free-space' ? 0 : edge.length,
        ...(physics.usable
          ? { successProbability: physics.successProbability, rate: physics.rate, fidelity: physics.fidelity }
          : {}),
      };
    }),
    blocked: [...edges.values()].filter((edge) => !edge.usable).map((edge) => edge.edgeKey),
  };
}

function statusCounts(plan: PlanResult): string {
  const counts = new Map<string, number>();
  for (const demand of plan.demands) counts.set(demand.status, (counts.get(demand.status) ?? 0) + 1);
  const hops = plan.demands.flatMap((demand) => (demand.best ? [demand.best.path.edges.length] : []));
  const positive = plan.demands.filter((demand) => demand.allocatedRate > 0).length;
  return (
    `demands ${[...counts].map(([status, count]) => `${status} ${count}`).join(', ')}; ` +
    `median route ${hops.length ? median(hops) : 0} hops; ${positive} with allocated rate > 0`
  );
}

/** Each phase of planScenario timed on its own, from the exported pieces. */
function phaseResults(
  { label, repetitions, warmUps }: PlanCase,
  scenario: Scenario,
  plan: PlanResult,
  solver: LpSolver,
): BenchResult[] {
  const options = resolvePlanOptions({});
  let edges: ReadonlyMap<string, EdgePhysics> = new Map();
  const physicsTime = measure(() => (edges = edgePhysicsOf(scenario)), repetitions, warmUps);
  const input = networkInputOf(scenario, edges);
  let network = buildNetworkGraph(input);
  const routeNodes = new Map<string, RouteNode>();
  const graphTime = measure(
    () => {
      network = buildNetworkGraph(input);
      for (const node of scenario.nodes) routeNodes.set(node.key, routeNodeOf(node).node);
    },
    repetitions,
    warmUps,
  );
  let router = plannerRouter(network, options);
  const routerTime = measure(() => (router = plannerRouter(network, options)), repetitions, warmUps);
  const paths: (Path | undefined)[] = [];
  const routingTime = measure(
    () => {
      paths.length = 0;
      for (const demand of scenario.demands)
        paths.push(router.route(demand.source, demand.target, { metric: options.metric }));
    },
    repetitions,
    warmUps,
  );
  const analysisTime = measure(
    () => {
      scenario.demands.forEach((demand, index) => {
        const path = paths[index];
        if (!path) return;
        analysePath(
          {
            hops: path.edges.map((key) => (edges.get(key) as EdgePhysics & { usable: true }).hop),
            nodes: path.nodes.map((key) => routeNodes.get(key)!),
          },
          {
            targetFidelity: demand.targetFidelity,
            swapPolicy: options.swapPolicy,
            purification: options.purification,
          },
        );
      });
    },
    repetitions,
    warmUps,
  );
  const capacityEdges = scenario.edges.map((edge) => {
    const physics = edges.get(edge.key)!;
    return {
      key: edge.key,
      from: edge.source,
      to: edge.target,
      capacity: physics.usable ? physics.capacityBound : 0,
    };
  });
  const cutTime = measure(() => minCutValues(capacityEdges, scenario.demands), repetitions, warmUps);
  const routed = plan.demands.filter((demand) => demand.status === 'ok');
  const lpTime = measure(
    () => {
      if (routed.length > 0)
        allocateCapacity(allocationProblem(routed, options.objective), solver, {
          objective: options.objective,
        });
    },
    repetitions,
    warmUps,
  );
  const phase = (name: string, timing: Timing, note: string): BenchResult => ({
    name: `${label}: ${name}`,
    value: timing.wall,
    unit: 'ms',
    note: `${note}; ${describeRuns(timing)}`,
  });
  const found = paths.filter((path) => path).length;
  return [
    phase('edge physics (edgePhysicsOf)', physicsTime, `${scenario.edges.length} edges, link model per edge`),
    phase('graph build + route nodes', graphTime, 'buildNetworkGraph (graphology) + routeNodeOf per node'),
    phase(
      'router build (flat arrays)',
      routerTime,
      'plannerRouter (typed A*), once per plan; its landmarks are tabulated at the first query (routing)',
    ),
    phase(
      `routing ('${options.metric}')`,
      routingTime,
      `${scenario.demands.length} queries, ${found} routes found`,
    ),
    phase(
      'path analysis',
      analysisTime,
      `analysePath on ${found} routes (purification search, ${options.swapPolicy})`,
    ),
    phase('min-cut bounds', cutTime, `minCutValues (push-relabel) for ${scenario.demands.length} demands`),
    phase(
      'LP allocation (HiGHS)',
      lpTime,
      `allocationProblem + allocateCapacity for ${routed.length} routed demands`,
    ),
  ];
}

/** Median wall and CPU time of one route query over the pairs, after a warm-up pass over all of them. */
function routeQueryResult(
  router: Router,
  pairs: readonly Demand[],
  metric: RoutingMetric,
  label: string,
): BenchResult {
  for (const demand of pairs) router.route(demand.source, demand.target, { metric });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const demand of pairs) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    router.route(demand.source, demand.target, { metric });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    name: `route query '${metric}'${metric === 'rate' ? ' (planner default)' : ''}, ${label}, 10k / 30k`,
    value: median(wall),
    unit: 'ms',
    target: 5,
    note: `median over ${pairs.length} demand pairs after a warm-up pass; CPU median ${median(cpu).toFixed(2)} ms; slowest ${Math.max(...wall).toFixed(1)} ms`,
  };
}

/** Runs in a fresh process: peak memory of planning the large case (flag MEMORY_CHILD_FLAG). */
async function memoryChild(): Promise<void> {
  const { scenario } = scenarioOf(LARGE.size, BENCH_HARDWARE);
  const solver = await createHighsSolver();
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const plan = planScenario(scenario, {}, solver);
  const planMilliseconds = performance.now() - start;
  const after = process.memoryUsage();
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  collect?.();
  const retained = process.memoryUsage().heapUsed;
  const report = {
    gcExposed: collect !== undefined,
    rssBefore: before.rss,
    heapBefore: before.heapUsed,
    peakBefore,
    peakAfter,
    rssAfter: after.rss,
    heapAfter: after.heapUsed,
    heapRetained: retained,
    planMilliseconds,
    demands: plan.demands.length,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function memoryResult(): BenchResult {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), MEMORY_CHILD_FLAG],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`memory child failed (${child.status}): ${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
    rssBefore: number;
    heapBefore: number;
    peakBefore: number;
    peakAfter: number;
    heapAfter: number;
    heapRetained: number;
    planMilliseconds: number;
  };
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return {
    name: 'peak RSS while planning 10k nodes / 30k edges / 1k demands',
    value: report.peakAfter / 2 ** 20,
    unit: 'MB',
    target: 500,
    note:
      `fresh process: RSS ${mb(report.rssBefore)} MB before planning (scenario parsed, HiGHS loaded), ` +
      `peak ${mb(report.peakAfter)} MB (peak before planning ${mb(report.peakBefore)} MB); ` +
      `heap ${mb(report.heapBefore)} -> ${mb(report.heapAfter)} MB, ${mb(report.heapRetained)} MB after GC with the plan alive; ` +
      `plan took ${(report.planMilliseconds / 1000).toFixed(1)} s there`,
  };
}

function caseResults(planCase: PlanCase, solver: LpSolver): { results: BenchResult[]; scenario: Scenario } {
  const { label, size, target, repetitions, warmUps } = planCase;
  const { document, scenario } = scenarioOf(size, BENCH_HARDWARE);
  const presets = loadPresetRegistry();
  const parseTime = measure(() => parseScenarioValue(document, { presets }), repetitions, warmUps);
  let plan: PlanResult | undefined;
  const planTime = measure(
    () => {
      plan = undefined; // let the previous run's plan be collected, as in a single planning run
      plan = planScenario(scenario, {}, solver);
    },
    repetitions,
    warmUps,
  );
  // The issue's target is for "routing + path analysis + LP": the plan without the network-level min-cut
  // bounds (scope item 4), which is what carries the target here. The default plan also computes the bounds
  // (one maximum flow per demand; skippable with --no-min-cut): it is reported beside it with its ratio to the
  // same target, and the bounds are timed on their own below.
  const withoutCutsTime = measure(
    () => {
      plan = undefined;
      plan = planScenario(scenario, { minCutBounds: false }, solver);
    },
    repetitions,
    warmUps,
  );
  const results: BenchResult[] = [
    {
      name: `plan ${label} (routing + analysis + LP, the issue's scope: --no-min-cut)`,
      value: withoutCutsTime.wall,
      unit: 'ms',
      target,
      note: `planScenario with HiGHS, minCutBounds false, parse excluded; ${describeRuns(withoutCutsTime)}; ${statusCounts(plan!)}`,
    },
    {
      name: `plan ${label} with the min-cut bounds too (the default)`,
      value: planTime.wall,
      unit: 'ms',
      note:
        `planScenario with HiGHS, parse excluded; ${describeRuns(planTime)}; ` +
        `${(planTime.wall / target).toFixed(2)} x the ${target} ms target of the plan without them`,
    },
    {
      name: `${label}: parse (parseScenarioValue)`,
      value: parseTime.wall,
      unit: 'ms',
      note: `schema + resolution of the JSON value; ${describeRuns(parseTime)}`,
    },
  ];
  return { results: [...results, ...phaseResults(planCase, scenario, plan!, solver)], scenario };
}

export async function run(): Promise<BenchResult[]> {
  const solver = await createHighsSolver();
  const { results } = caseResults(SMALL, solver);

  const asIs = scenarioOf(SMALL.size).scenario;
  let asIsPlan: PlanResult | undefined;
  const asIsTime = measure(() => (asIsPlan = planScenario(asIs, {}, solver)), 3, 3);
  results.push({
    name: 'plan 1k / 3k / 100 with the nv-diamond preset as is',
    value: asIsTime.wall,
    unit: 'ms',
    note: `no overrides; ${describeRuns(asIsTime)}; ${statusCounts(asIsPlan!)}`,
  });

  const large = caseResults(LARGE, solver);
  results.push(...large.results);

  // Route queries at 10,000 nodes on the planner's own graph, its default metric 'rate' and 'length', over the
  // first 200 demand pairs: the planner's flat-array A* (landmark and great-circle bounds; landmarks built in
  // the warm-up pass) and the ngraph NBA* router that createRouter gives by default (great-circle bounds).
  const scenario = large.scenario;
  const network = buildNetworkGraph(networkInputOf(scenario, edgePhysicsOf(scenario)));
  const router = createRouter(network);
  const typed = createTypedAStarRouter(network);
  const pairs = scenario.demands.slice(0, 200);
  for (const metric of ['rate', 'length'] as const) {
    results.push(routeQueryResult(typed, pairs, metric, 'typed A* (the planner)'));
    results.push(routeQueryResult(router, pairs, metric, 'ngraph NBA* (createRouter)'));
  }

  results.push(memoryResult());
  return results;
}

if (process.argv.includes(MEMORY_CHILD_FLAG) && process.argv[1] === fileURLToPath(import.meta.url)) {
  await memoryChild();
}
