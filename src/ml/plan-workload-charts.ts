/**
 * Chart data of a workload on a planned demand: inference time against the data dimension N over the quantum
 * route and over the classical link, with the crossover and the workload's own N marked; and the
 * communication of inference and of one gradient step against the precision eps (deep-unitary model).
 *
 * Source: the cost and time model of distributed-ml.md (cost-model.ts, end-to-end-time.ts, tabulate.ts).
 * Assumptions: N is sampled at even powers of two 2^2..2^k (k up to 52, at least 2^40 and two octaves past
 * the crossover and the workload's N), plus those two values; eps at 0.5, 0.2, 0.1, 0.05, 0.02, 0.01 plus the
 * workload's eps. Points without a quantum route are left out (never Infinity). The shapes mirror ChartSpec
 * of src/report/capacity-report/report-model.ts, which this layer may not import.
 */
import { ceilLog2 } from './cost-model.js';
import { classicalTime, quantumTime } from './end-to-end-time.js';
import { protocolCost } from './protocol-cost.js';
import type { ChartSpec } from '../core/index.js';
import { communicationVersusEpsilon } from './tabulate.js';
import { resolveTimeOptions, type TimeOptions } from './time-options.js';
import { withDimension, type ResolvedWorkload } from './workload.js';

/** Data for one chart (the shared chart contract of core). */
export type WorkloadChartSpec = ChartSpec;

/** Precisions sampled by the communication-against-eps chart. */
export const CHART_EPSILONS: readonly number[] = [0.5, 0.2, 0.1, 0.05, 0.02, 0.01];

function sampledDimensions(workload: ResolvedWorkload, crossover: number | undefined): number[] {
  const first = Math.max(2, ceilLog2(workload.graphFeatures));
  const reach = Math.max(40, ceilLog2(workload.dimension) + 2, crossover ? ceilLog2(crossover) + 2 : 0);
  const last = Math.min(52, reach);
  const exponents: number[] = [];
  for (let exponent = first + (first % 2); exponent <= last; exponent += 2) exponents.push(exponent);
  const dimensions = new Set(exponents.map((exponent) => 2 ** exponent));
  dimensions.add(workload.dimension);
  if (crossover !== undefined) dimensions.add(crossover);
  return [...dimensions].sort((a, b) => a - b);
}

/** Inference time against N over both links, the crossover and the workload's N marked. */
export function timeVersusDimensionChart(
  demandKey: string,
  workload: ResolvedWorkload,
  quantumLink: TimeOptions,
  classicalLink: TimeOptions,
  crossover: number | undefined,
): WorkloadChartSpec {
  const quantumOptions = resolveTimeOptions(quantumLink);
  const classicalOptions = resolveTimeOptions(classicalLink);
  const quantumPoints: { x: number; y: number }[] = [];
  const classicalPoints: { x: number; y: number }[] = [];
  for (const dimension of sampledDimensions(workload, crossover)) {
    const cost = protocolCost(withDimension(workload, dimension), 'inference');
    const quantum = quantumTime(cost, quantumOptions);
    if (quantum.status === 'ok' && quantum.breakdown.total > 0) {
      quantumPoints.push({ x: dimension, y: quantum.breakdown.total });
    }
    const classical = classicalTime(cost, classicalOptions).breakdown.total;
    if (classical > 0) classicalPoints.push({ x: dimension, y: classical });
  }
  const markers = [{ x: workload.dimension, label: `this workload, N = ${workload.dimension}` }];
  if (crossover !== undefined) markers.push({ x: crossover, label: `crossover, N = ${crossover}` });
  return {
    id: `ml-time-vs-n-${demandKey}`,
    title: `Inference time against data dimension N, demand "${demandKey}": quantum route against classical link`,
    kind: 'line',
    xLabel: 'data dimension N',
    yLabel: 'time (s)',
    logX: true,
    logY: true,
    series: [
      {
        label: quantumPoints.length > 0 ? 'quantum route' : 'quantum route (no quantum route)',
        points: quantumPoints,
      },
      { label: 'classical link', points: classicalPoints },
    ],
    markers,
  };
}

/** Qubits and bits of inference and one gradient step against eps (deep-unitary workloads only). */
export function communicationVersusEpsilonChart(
  demandKey: string,
  workload: ResolvedWorkload,
): WorkloadChartSpec | undefined {
  if (workload.model !== 'deep-unitary') return undefined;
  const epsilons = [...new Set([...CHART_EPSILONS, workload.epsilon])].sort((a, b) => a - b);
  const points = communicationVersusEpsilon(workload, epsilons);
  const series = (label: string, value: (point: (typeof points)[number]) => number) => ({
    label,
    points: points.map((point) => ({ x: point.epsilon, y: value(point) })),
  });
  return {
    id: `ml-communication-vs-eps-${demandKey}`,
    title: `Communication against precision eps, demand "${demandKey}" (N = ${workload.dimension})`,
    kind: 'line',
    xLabel: 'precision eps',
    yLabel: 'qubits or bits',
    logX: true,
    logY: true,
    series: [
      series('inference qubits', (point) => point.inferenceQubits),
      series('gradient qubits (parameter shift)', (point) => point.naiveGradientQubits),
      series('gradient qubits (shadow tomography)', (point) => point.shadowGradientQubits),
      series('inference bits (classical)', (point) => point.inferenceBits),
      series('gradient bits (classical)', (point) => point.gradientBits),
    ],
    markers: [{ x: workload.epsilon, label: `this workload, eps = ${workload.epsilon}` }],
  };
}

/** Both charts of a workload on a demand (the eps chart only for deep-unitary workloads). */
export function workloadChartsFor(
  demandKey: string,
  workload: ResolvedWorkload,
  quantumLink: TimeOptions,
  classicalLink: TimeOptions,
  crossover: number | undefined,
): WorkloadChartSpec[] {
  const charts = [timeVersusDimensionChart(demandKey, workload, quantumLink, classicalLink, crossover)];
  const epsilonChart = communicationVersusEpsilonChart(demandKey, workload);
  if (epsilonChart) charts.push(epsilonChart);
  return charts;
}
