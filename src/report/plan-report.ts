/**
 * Builds the capacity report of a plan: every figure comes from the PlanResult (so the report can be traced to
 * the formulas named in `methods`), every option is recorded in `settings`, and the scenario document is embedded
 * so the report is reproducible. Charts: delivered rate against both bounds per demand, and the elementary-link rate
 * against distance for the scenario's longest heralded hop next to its PLOB bound.
 */
import { metresToKm } from '../core/index.js';
import {
  computeResolvedLink,
  type DemandPlan,
  type PlanResult,
  type ResolvedLinkParameters,
  type Scenario,
} from '../network/index.js';
import { fibreTransmissivity, plobCapacity } from '../physics/index.js';
import type { CapacityReport, ChartSpec, DemandReport, WorkloadReport } from './capacity-report/index.js';

/** Provenance recorded in the report. */
export interface ReportProvenance {
  /** Software version writing the report. */
  readonly version: string;
  /** Scenario file name, if any. */
  readonly file?: string;
}

/** Papers the planner's models rest on, cited in every report. */
export const PLAN_REFERENCES: readonly string[] = [
  'Sangouard, Simon, de Riedmatten & Gisin, Rev. Mod. Phys. 83, 33 (2011): fibre loss and repeater rates',
  'Barrett & Kok, PRA 71, 060310 (2005); Humphreys et al., Nature 558, 268 (2018): elementary link schemes',
  'Dür, Briegel, Cirac & Zoller, PRA 59, 169 (1999): swapping with noisy operations',
  'Deutsch et al., PRL 77, 2818 (1996); Bennett et al., PRL 76, 722 (1996): purification',
  'Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020): waiting times in repeater chains',
  'Pirandola, Laurenza, Ottaviani & Banchi, Nat. Commun. 8, 15043 (2017); Pirandola, Commun. Phys. 2, 51 (2019): bounds',
  'Devitt, Greentree, Stephens & Van Meter, Sci. Rep. 6, 36163 (2016): shipping error-corrected memories',
];

/** The capacity report of a plan. */
export function capacityReportFromPlan(
  scenario: Scenario,
  plan: PlanResult,
  provenance: ReportProvenance,
): CapacityReport {
  const { options } = plan;
  return {
    schemaVersion: 1,
    kind: 'qnet-capacity-report',
    generator: { name: 'qnet-planner', version: provenance.version },
    scenario: {
      name: scenario.name,
      description: scenario.description,
      seed: scenario.seed,
      ...(provenance.file ? { file: provenance.file } : {}),
      document: scenario.document,
    },
    settings: {
      metric: options.metric,
      candidatePaths: options.candidatePaths,
      swapPolicy: options.swapPolicy,
      purificationProtocol: options.purification.protocol,
      purificationScheme: options.purification.scheme,
      purificationPlacement: options.purification.placement,
      cutoffS: options.cutoff ?? 'none',
      objective: options.objective,
      classicalRateBitPerS: options.classicalRate,
      allocation: plan.allocation ? 'LP (HiGHS)' : 'none (standalone rates)',
      minCutBounds: options.minCutBounds ? 'exact (max-flow per demand pair)' : 'skipped (--no-min-cut)',
    },
    network: {
      nodes: scenario.nodes.map((node) => ({
        key: node.key,
        kind: node.kind,
        ...(node.label ? { label: node.label } : {}),
        ...(node.position ? { latitude: node.position.latitude, longitude: node.position.longitude } : {}),
      })),
      edges: scenario.edges.map((edge) => {
        const physics = plan.edges.get(edge.key);
        const length =
          edge.kind === 'carrier' ? edge.distance : edge.kind === 'free-space' ? undefined : edge.length;
        return {
          key: edge.key,
          source: edge.source,
          target: edge.target,
          kind: edge.kind,
          ...(length === undefined ? {} : { lengthM: length }),
          ...(physics?.usable ? { rateHz: physics.rate, fidelity: physics.fidelity } : {}),
        };
      }),
    },
    demands: plan.demands.map((demand) => demandReport(demand)),
    ...(plan.allocation
      ? {
          allocation: {
            objective: plan.allocation.objective,
            status: plan.allocation.status,
            message: plan.allocation.message,
            totalRateHz: plan.allocation.totalRate,
            constraints: plan.allocation.constraints.map((constraint) => ({
              kind: constraint.kind,
              key: constraint.key,
              utilisation: constraint.utilisation,
              binding: constraint.binding,
            })),
          },
        }
      : {}),
    charts: charts(scenario, plan),
    assumptions: [...plan.assumptions],
    methods: [...plan.methods],
    references: [...PLAN_REFERENCES],
  };
}

function demandReport(plan: DemandPlan): DemandReport {
  const { demand } = plan;
  const best = plan.best;
  const performance = best?.performance;
  const base: DemandReport = {
    key: demand.key,
    source: demand.source,
    target: demand.target,
    targetFidelity: demand.targetFidelity,
    ...(demand.requestedRate === undefined ? {} : { requestedRateHz: demand.requestedRate }),
    status: plan.status,
    ...(plan.explanation ? { explanation: plan.explanation } : {}),
  };
  if (!best || !performance) return base;
  return {
    ...base,
    route: { nodes: [...best.path.nodes], edges: [...best.path.edges], lengthM: best.path.length },
    ...(plan.status === 'ok'
      ? {
          rateHz: plan.allocatedRate,
          unallocatedRateHz: plan.standaloneRate,
          fidelity: performance.deliveredFidelity,
          latencyS: performance.latency,
          jitterS: performance.jitter,
          purificationRounds: performance.purificationRounds,
        }
      : { fidelity: performance.rawFidelity }),
    bottleneck: { edgeKey: performance.bottleneck.edgeKey, reason: performance.bottleneck.reason },
    bound: {
      ...(finite(plan.chainBound) ? { plobPairsPerS: plan.chainBound } : {}),
      ...(finite(plan.minCutBound) ? { minCutPairsPerS: plan.minCutBound } : {}),
      description:
        'plobPairsPerS: repeaterless (PLOB) capacity of the weakest hop of the route at its mode rate; ' +
        'minCutPairsPerS: min cut of per-edge bounds between the two ends (Pirandola 2019); a bound is left out ' +
        'when the channels are lossless (no finite bound)',
    },
    ...(plan.effectiveBandwidth
      ? {
          effectiveBandwidth: {
            pairsPerS: plan.effectiveBandwidth.pairsPerSecond,
            qubitsPerS: plan.effectiveBandwidth.qubitsPerSecond,
            classicalLimited: plan.effectiveBandwidth.classicalLimited,
            note: `teleportation: one pair and two classical bits per qubit, classical channel ${plan.effectiveBandwidth.classicalRate} bit/s`,
          },
        }
      : {}),
    alternatives: plan.candidates.slice(1).map((candidate) => ({
      label: `via ${candidate.path.nodes.join(' - ')}`,
      status: candidate.performance.status,
      ...(candidate.performance.status === 'ok'
        ? {
            rateHz: candidate.performance.deliveredRate,
            fidelity: candidate.performance.deliveredFidelity,
            latencyS: candidate.performance.latency,
          }
        : {}),
      ...(candidate.performance.explanation ? { explanation: candidate.performance.explanation } : {}),
    })),
    methods: [...performance.methods],
  };
}

/** Bounds of lossless channels are infinite; the report leaves them out (and its description says so). */
function finite(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value);
}

function charts(scenario: Scenario, plan: PlanResult): ChartSpec[] {
  const result: ChartSpec[] = [];
  const routed = plan.demands.filter((demand) => demand.status === 'ok');
  if (routed.length > 0) {
    const series = (label: string, value: (demand: DemandPlan) => number | undefined) => ({
      label,
      points: routed
        .map((demand, index) => ({ x: index + 1, y: value(demand) ?? 0 }))
        .filter((point) => point.y > 0 && Number.isFinite(point.y)),
    });
    result.push({
      id: 'demand-rates',
      title: `Delivered rate and bounds per demand (${routed.map((d, i) => `${i + 1}: ${d.demand.key}`).join(', ')})`,
      kind: 'bar',
      xLabel: 'demand',
      yLabel: 'pairs per second',
      logY: true,
      series: [
        series('delivered', (demand) => demand.allocatedRate),
        series('route bound (PLOB, weakest hop)', (demand) => demand.chainBound),
        series('network bound (min cut)', (demand) => demand.minCutBound),
      ],
    });
  }
  const sweep = rateVersusDistance(scenario, plan);
  if (sweep) result.push(sweep);
  return result;
}

/** Rate of the scenario's longest fibre hop re-evaluated at other lengths, with its PLOB bound. */
function rateVersusDistance(scenario: Scenario, plan: PlanResult): ChartSpec | undefined {
  let longest: { key: string; attenuation: number; length: number } | undefined;
  for (const edge of scenario.edges) {
    const physics = plan.edges.get(edge.key);
    if (edge.kind !== 'fibre' || !physics?.usable) continue;
    if (!longest || edge.length > longest.length) {
      longest = { key: edge.key, attenuation: edge.attenuation, length: edge.length };
    }
  }
  // The planner resolves `fibreLink` on read (edge-physics.ts), so only the chosen edge's is read.
  const physics = longest && plan.edges.get(longest.key);
  const resolved: ResolvedLinkParameters | undefined = physics?.usable ? physics.fibreLink : undefined;
  if (!longest || !resolved) return undefined;
  const { attenuation } = longest;
  const maximum = Math.max(2 * longest.length, 100_000);
  const lengths = Array.from({ length: 40 }, (_, i) => (maximum * (i + 1)) / 40);
  const links = lengths.map((length) =>
    computeResolvedLink({ ...resolved, request: { ...resolved.request, length } }),
  );
  const points = (value: (index: number) => number) =>
    lengths
      .map((length, index) => ({ x: metresToKm(length), y: value(index) }))
      .filter((point) => point.y > 0);
  const falseHeralds = points((i) => (links[i]!.fidelity > 0.5 ? 0 : links[i]!.rate));
  return {
    id: 'rate-vs-distance',
    title: `Elementary link rate against length, hardware of edge "${longest.key}"`,
    kind: 'line',
    xLabel: 'fibre length (km)',
    yLabel: 'pairs per second',
    logY: true,
    series: [
      // Dark-count heralds (F <= 1/2) carry no entanglement and may outrun the PLOB bound: a series of their own.
      {
        label: `${resolved.request.scheme} link (entangled, F > 1/2)`,
        points: points((i) => (links[i]!.fidelity > 0.5 ? links[i]!.rate : 0)),
      },
      {
        label: 'PLOB bound at the same mode rate',
        points: points(
          (i) =>
            plobCapacity(fibreTransmissivity(lengths[i]!, attenuation)) *
            (links[i]!.modes / links[i]!.attemptDuration),
        ),
      },
      ...(falseHeralds.length > 0
        ? [{ label: 'heralds with F <= 1/2 (dark counts, no entanglement)', points: falseHeralds }]
        : []),
    ],
    markers: [{ x: metresToKm(longest.length), label: `edge ${longest.key}` }],
  };
}

/**
 * The report with its distributed-ML workload entries and their charts (from `workloadReportsForPlan` in
 * src/ml/plan-workloads.ts). Workload entries replace any already present; a chart replaces one with the same
 * id, others are appended, so calling it twice gives the same report. With workloads, the method and the paper
 * behind their figures join `methods` and `references`; an empty list leaves `workloads` out.
 */
export function withWorkloads(
  report: CapacityReport,
  workloadReports: readonly WorkloadReport[],
  charts: readonly ChartSpec[] = [],
): CapacityReport {
  const ids = new Set(charts.map((chart) => chart.id));
  const allCharts = [...(report.charts ?? []).filter((chart) => !ids.has(chart.id)), ...charts];
  const result: CapacityReport = { ...report, ...(allCharts.length > 0 ? { charts: allCharts } : {}) };
  if (workloadReports.length === 0) {
    delete result.workloads;
    return result;
  }
  const add = (list: readonly string[], item: string) => (list.includes(item) ? [...list] : [...list, item]);
  return {
    ...result,
    workloads: [...workloadReports],
    methods: add(report.methods, ML_METHOD),
    references: add(report.references, ML_REFERENCE),
  };
}

/** How the workload figures are obtained, for `methods`. */
const ML_METHOD =
  'distributed-ML workloads: qubits and bits from the explicit-constant cost model of distributed-ml.md; ' +
  "time = communication + compute + latency over the route's teleported qubits/s and the workload's classical link (approximation)";

/** The paper behind the workload figures, for `references`. */
const ML_REFERENCE =
  'Gilboa, Michaeli, Soudry & McClean, "Exponential Quantum Communication Advantage in Distributed Inference and Learning", arXiv 2310.07136 (NeurIPS 2024): distributed-ML communication cost';
