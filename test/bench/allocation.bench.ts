/**
 * Capacity allocation (LP with HiGHS) and min-cut bounds on seeded random networks: 100 demands x 3 candidate
 * paths on 3,000 edges and 1,000 demands on 30,000 edges, 'max-total' and 'max-min' (two LP stages).
 * The targets (200 ms and 3 s) are for the whole plan; this reports allocation's share of them and
 * splits it into our own work (validation, building the LP, reading the answer) and HiGHS (taking the LP's arrays
 * and solving; the LP text is written only for the size in the note).
 */
import { createHighsSolver } from '../../src/cli/highs-solver.js';
import { createRng } from '../../src/core/index.js';
import {
  allocateCapacity,
  formulateAllocationLp,
  prepareAllocation,
  type AllocationObjective,
  type LpSolution,
  type LpSolver,
} from '../../src/network/allocation/index.js';
import { minCutBounds } from '../../src/network/bounds/index.js';
import { randomAllocationProblem, type RandomProblemSize } from '../network/allocation/random-network.js';
import { medianMilliseconds, type BenchResult } from './bench-result.js';

interface Case {
  readonly label: string;
  readonly size: RandomProblemSize;
  readonly target: number;
  readonly repetitions: number;
  /** Repetitions of the min-cut bounds (about 10 s per run on the large case, so fewer). */
  readonly cutRepetitions: number;
}

const CASES: readonly Case[] = [
  {
    label: '100 demands x 3 paths, 3,000 edges',
    size: { nodeCount: 1000, edgeCount: 3000, demandCount: 100, pathsPerDemand: 3, memoryNodeFraction: 0.2 },
    target: 200,
    repetitions: 5,
    cutRepetitions: 5,
  },
  {
    label: '1,000 demands x 3 paths, 30,000 edges',
    size: {
      nodeCount: 10_000,
      edgeCount: 30_000,
      demandCount: 1000,
      pathsPerDemand: 3,
      memoryNodeFraction: 0.2,
    },
    target: 3000,
    repetitions: 3,
    cutRepetitions: 1,
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU milliseconds (user + system) of this process since `start`; on a loaded machine this is steadier than wall time. */
function cpuMilliseconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Wraps a solver to record the wall and CPU milliseconds each allocation spends inside it. */
function timedSolver(inner: LpSolver): LpSolver & { wall: number[]; cpu: number[]; startRun(): void } {
  const wall: number[] = [];
  const cpu: number[] = [];
  return {
    wall,
    cpu,
    startRun() {
      wall.push(0);
      cpu.push(0);
    },
    solve: (text) => timed(() => inner.solve(text)),
    // The planner's path: the LP as arrays (lp-model.ts), when the solver takes them.
    ...(inner.solveModel ? { solveModel: (model) => timed(() => inner.solveModel!(model)) } : {}),
  };
  function timed(solve: () => LpSolution): LpSolution {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const solution = solve();
    wall[wall.length - 1]! += performance.now() - start;
    cpu[cpu.length - 1]! += cpuMilliseconds(startCpu);
    return solution;
  }
}

export async function run(): Promise<BenchResult[]> {
  const highs = await createHighsSolver();
  const results: BenchResult[] = [];
  for (const benchCase of CASES) {
    const problem = randomAllocationProblem(createRng(20261124), benchCase.size);
    const pathCount = problem.demands.reduce((sum, demand) => sum + demand.paths.length, 0);
    for (const objective of ['max-total', 'max-min'] as AllocationObjective[]) {
      const solver = timedSolver(highs);
      const totalCpu: number[] = [];
      let status = '';
      const total = medianMilliseconds(() => {
        solver.startRun();
        const startCpu = process.cpuUsage();
        status = allocateCapacity(problem, solver, { objective }).status;
        totalCpu.push(cpuMilliseconds(startCpu));
      }, benchCase.repetitions);
      const formulateCpu: number[] = [];
      for (let i = 0; i <= benchCase.repetitions; i++) {
        const startCpu = process.cpuUsage();
        formulateAllocationLp(prepareAllocation(problem, { objective }), 'max-total');
        formulateCpu.push(cpuMilliseconds(startCpu));
      }
      const lp = formulateAllocationLp(
        prepareAllocation(problem, { objective }),
        objective === 'max-total' ? 'max-total' : 'max-min-share',
      );
      const lpCount = objective === 'max-min' ? 2 : 1;
      const [cpu, solveCpu, ownCpu] = [median(totalCpu), median(solver.cpu), median(formulateCpu)];
      results.push({
        name: `allocate ${objective}, ${benchCase.label}`,
        value: total,
        unit: 'ms',
        target: benchCase.target,
        note:
          `wall median of ${benchCase.repetitions}, status ${status}. CPU ${cpu.toFixed(0)} ms: HiGHS ` +
          `${solveCpu.toFixed(0)} (${lpCount} LP passed as arrays + solve), validate+build LP ${ownCpu.toFixed(0)} x ${lpCount}, ` +
          `rest ${Math.max(0, cpu - solveCpu - ownCpu * lpCount).toFixed(0)}. LP: ${pathCount} path variables, ` +
          `${lp.rows.size} rows, ${(lp.text.length / 1024).toFixed(0)} kB`,
      });
    }
    const demands = problem.ends.map(([source, target], i) => ({ key: String(i), source, target }));
    const nodes = Array.from({ length: benchCase.size.nodeCount }, (_, n) => `node ${n}`);
    const cutsCpu: number[] = [];
    const cuts = medianMilliseconds(() => {
      const startCpu = process.cpuUsage();
      minCutBounds(problem.graph, demands, nodes);
      cutsCpu.push(cpuMilliseconds(startCpu));
    }, benchCase.cutRepetitions);
    results.push({
      name: `min-cut bounds, ${benchCase.label}`,
      value: cuts,
      unit: 'ms',
      note: `wall median of ${benchCase.cutRepetitions}, CPU ${median(cutsCpu).toFixed(0)} ms; one Dinic max-flow per demand pair (no target of its own)`,
    });
  }
  return results;
}
