/**
 * Distributed-ML workloads over a planned network: for every demand that carries a workload, inference and
 * training times over the demand's effective qubit bandwidth (from the plan) against the workload's own
 * classical link, the speed-up, break-even qubit rate, crossover dimension, Holevo privacy cap and
 * consumable-data break-even, as capacity-report entries, plus chart data (time against N with the
 * crossover marked; communication against eps).
 *
 * Source: distributed-ml.md (cost and time model after Gilboa, Michaeli, Soudry & McClean, arXiv
 * 2310.07136; consumable data after Gilboa, Jain & McClean, arXiv 2409.08495); the plan's effective
 * bandwidth (design.md).
 * Assumptions:
 * - the quantum route supplies the demand's allocated pairs/s; a qubit is teleported with one pair and two
 *   bits over the workload's classical link, so qubits/s = min(pairs/s, classical rate / 2);
 * - each round of a task waits max(route latency, classical latency): the first pair over the route (with
 *   its swap signalling) and the teleportation bits must both have arrived; later pairs are generated while
 *   earlier rounds are in flight, so the route latency is not added twice;
 * - a carrier (sneakernet) leg runs on its own schedule ahead of the workload: shipped pairs wait in the
 *   port memories, so its transit is a one-off pipeline delay, left out of the per-round latency and shown
 *   on its own (sneakernet.md: the ship is a high-latency, high-bandwidth channel);
 * - when every hop of the route is a carrier leg, the pairs of one delivery are an end-to-end stockpile
 *   (distributed-ml.md: pre-shared pairs remove the generation wait, not the classical latency); beside fibre
 *   hops they are not, because each still needs the fibre hops to extend it;
 * - copies are batched, the encoding and hardware are the workload's (defaults of time-options.ts);
 * - a demand without a delivered rate gets status 'no-quantum-route' and no quantum time (never Infinity).
 * The report types below mirror WorkloadReport and ChartSpec of src/report/capacity-report/report-model.ts
 * (this layer may not import the report layer); a type test keeps the two identical.
 */
import { ParameterError } from '../core/index.js';
import type { DemandPlan, PlanResult, Scenario, Workload } from '../network/index.js';
import { TRAINING_CAVEAT } from './cost-model-training.js';
import { consumableDataBreakEven } from './consumable-data.js';
import { privacyFigure } from './privacy.js';
import { carrierLegs } from './route-carrier-legs.js';
import { TIME_DEFAULTS, type TimeOptions } from './time-options.js';
import { workloadChartsFor, type WorkloadChartSpec } from './plan-workload-charts.js';
import type { WorkloadReport, WorkloadTaskReport } from './workload-report.js';
import { evaluateWorkloadTasks, workloadTaskLabel, type WorkloadTaskResult } from './workload-tasks.js';
import { resolveWorkload, workloadAssumptions, type ResolvedWorkload } from './workload.js';

/** One workload on one demand, as the capacity report shows it. */
export type PlanWorkloadReport = WorkloadReport;

/** What {@link workloadReportsForPlan} returns: report entries and their charts. */
export interface PlanWorkloads {
  readonly workloads: PlanWorkloadReport[];
  readonly charts: WorkloadChartSpec[];
}

/** The workload of a scenario as cost-model options; errors name the scenario path (`workloads[i].field`). */
function resolveScenarioWorkload(workload: Workload, index: number): ResolvedWorkload {
  try {
    return resolveWorkload({
      model: workload.model,
      dimension: workload.dimension,
      layers: workload.layers,
      paramsPerUnitary: workload.paramsPerUnitary,
      epsilon: workload.epsilon,
      delta: workload.delta,
      bitsPerNumber: workload.bitsPerNumber,
      shadowConstant: workload.shadowConstant,
      ...(workload.trainingSteps === undefined ? {} : { trainingSteps: workload.trainingSteps }),
      ...(workload.margin === undefined ? {} : { margin: workload.margin }),
    });
  } catch (error) {
    if (error instanceof ParameterError) {
      throw new ParameterError(`workloads[${index}].${error.field}`, error.problem);
    }
    throw error;
  }
}

/** The classical link and hardware of a workload (ebitRate 0: the classical side has no quantum link). */
function classicalLinkOf(workload: Workload): TimeOptions {
  return {
    ebitRate: 0,
    classicalRate: workload.classicalRate,
    latency: workload.classicalLatency,
    encoding: workload.encoding,
    parallelQpus: workload.parallelQpus,
    ...(workload.logicalGateTime === undefined ? {} : { logicalGateTime: workload.logicalGateTime }),
    ...(workload.classicalFlopRate === undefined ? {} : { classicalFlopRate: workload.classicalFlopRate }),
  };
}

function timeOf(breakdown: { communication: number; compute: number; latency: number; total: number }) {
  return {
    communicationS: breakdown.communication,
    computeS: breakdown.compute,
    latencyS: breakdown.latency,
    totalS: breakdown.total,
  };
}

function breakEvenFields(result: WorkloadTaskResult, qubitsPerS: number) {
  const breakEven = result.breakEven!;
  if (breakEven.status !== 'ok') return { breakEvenNote: `no qubit rate breaks even: ${breakEven.reason}` };
  const limit =
    breakEven.teleportationLimit === null
      ? ''
      : breakEven.reachableByTeleportation
        ? '; within the teleportation limit of the classical link'
        : `; above the teleportation limit (classical rate / 2 = ${short(breakEven.teleportationLimit)} qubit/s)`;
  return {
    breakEvenQubitsPerS: breakEven.qubitRate,
    breakEvenReachable: breakEven.reachableByTeleportation,
    breakEvenNote: `needs ${short(breakEven.qubitRate)} qubit/s (the route gives ${short(qubitsPerS)})${limit}`,
  };
}

function taskReport(
  result: WorkloadTaskResult,
  qubitsPerS: number,
  model: ResolvedWorkload['model'],
): WorkloadTaskReport {
  const quantum = result.quantum?.status === 'ok' ? result.quantum : undefined;
  const crossover = result.crossover!;
  return {
    task: result.task,
    label: workloadTaskLabel(model, result.task),
    copies: result.copies,
    qubits: result.qubits,
    bits: result.bits,
    ...(quantum ? { quantumTime: timeOf(quantum.breakdown) } : {}),
    classicalTime: timeOf(result.classical!),
    faster: result.faster ?? 'classical',
    ...(result.quantumSpeedup === null ? {} : { speedup: result.quantumSpeedup }),
    communicationOnlyBreakEvenQubitsPerS: result.breakEven!.communicationOnlyRate,
    ...breakEvenFields(result, qubitsPerS),
    ...(crossover.status === 'found'
      ? {
          crossoverDimension: crossover.dimension,
          crossoverNote: `quantum faster from N = ${crossover.dimension} (${short(crossover.quantumTime)} s against ${short(crossover.classicalTime)} s)`,
        }
      : {
          crossoverNote: quantum || result.quantum === null ? crossover.reason : 'no quantum route',
        }),
  };
}

function consumableNote(uses: number, usesByTime: number | undefined, status: string): string {
  const byTime =
    status === 'no-quantum-route'
      ? 'no quantum route, so no time comparison'
      : usesByTime === undefined
        ? 'by time, quantum stays faster for any number of uses'
        : `by time, sending x once is faster from ${usesByTime === 1 ? 'the first use' : `${usesByTime} uses`}`;
  return `each quantum copy is consumed by its measurement, while classical data sent once (N b bits) can be reused: classical needs fewer bits from ${uses} uses; ${byTime}`;
}

/** A number for a sentence: 4 significant digits, exponent form outside [1e-3, 1e5). */
function short(value: number): string {
  const rounded = Number(value.toPrecision(4));
  return rounded !== 0 && (Math.abs(rounded) >= 1e5 || Math.abs(rounded) < 1e-3)
    ? rounded.toExponential()
    : String(rounded);
}

function assumptionsOf(
  resolved: ResolvedWorkload,
  workload: Workload,
  routeLatency: number,
  roundLatency: number | undefined,
  carrier: { transit: number; stockpiledPairs: number | undefined },
): string[] {
  const lines = [...workloadAssumptions(resolved)];
  lines.push(
    `quantum route: the demand's allocated pairs/s, teleported at min(pairs/s, classical rate / 2) qubits/s; ` +
      (roundLatency === undefined
        ? 'no delivered rate on this demand'
        : `each round waits max(route latency ${short(routeLatency)} s, classical latency ${short(workload.classicalLatency)} s) = ${short(roundLatency)} s`),
    `copies batched; encoding ${workload.encoding}; logical gate time ${short(workload.logicalGateTime ?? TIME_DEFAULTS.logicalGateTime)} s; ` +
      `${workload.parallelQpus} QPU(s); classical compute ${short(workload.classicalFlopRate ?? TIME_DEFAULTS.classicalFlopRate)} FLOP/s`,
    'the paper counts communication only; local compute and latency are added here so each part is visible',
  );
  if (carrier.transit > 0 && roundLatency !== undefined) {
    lines.push(
      `the carrier leg's transit (${short(carrier.transit)} s) is a one-off pipeline delay: shipments run ahead of the workload and their pairs wait in port memories, so rounds do not wait for it`,
    );
    lines.push(
      carrier.stockpiledPairs === undefined
        ? 'the shipped pairs are not an end-to-end stockpile here: other hops of the route must still extend every pair'
        : `the route is carrier legs only, so one delivery (${short(carrier.stockpiledPairs)} pairs) is pre-shared end to end and used before any newly delivered pair`,
    );
  }
  if (resolved.trainingSteps !== undefined && resolved.model === 'deep-unitary') lines.push(TRAINING_CAVEAT);
  return lines;
}

/** One workload on one planned demand. */
function workloadReport(
  plan: DemandPlan,
  edges: PlanResult['edges'],
  workload: Workload,
  index: number,
): { report: PlanWorkloadReport; charts: WorkloadChartSpec[] } {
  const resolved = resolveScenarioWorkload(workload, index);
  const classical = classicalLinkOf(workload);
  const pairsPerS = plan.status === 'ok' ? plan.allocatedRate : 0;
  const routed = pairsPerS > 0;
  const carrier = carrierLegs(plan, edges);
  const routeLatency = Math.max(0, (plan.latency ?? 0) - carrier.transit);
  const roundLatency = routed ? Math.max(routeLatency, workload.classicalLatency) : undefined;
  const quantum: TimeOptions = {
    ...classical,
    ebitRate: pairsPerS,
    latency: roundLatency ?? workload.classicalLatency,
    ...(routed && carrier.stockpiledPairs !== undefined ? { preSharedPairs: carrier.stockpiledPairs } : {}),
  };
  const qubitsPerS = Math.min(pairsPerS, workload.classicalRate / 2);
  const results = evaluateWorkloadTasks(resolved, { quantum, classical });
  const inference = results.find((result) => result.task === 'inference')!;
  const consumable = consumableDataBreakEven(resolved, classical);
  const status = routed ? 'ok' : 'no-quantum-route';
  let usesByTime: number | undefined;
  if (inference.quantum?.status === 'ok') {
    const margin = inference.quantum.breakdown.total - consumable.classicalTimePerUse;
    if (margin > 0) usesByTime = Math.floor(consumable.classicalTimeOnce / margin) + 1;
  }
  const privacy = privacyFigure(resolved, inference.qubits);
  const reason = plan.explanation ? `: ${plan.explanation}` : '';
  const report: PlanWorkloadReport = {
    demandKey: plan.demand.key,
    workloadKey: workload.key,
    ...(workload.label === undefined ? {} : { label: workload.label }),
    model: resolved.model,
    dimension: resolved.dimension,
    layers: resolved.layers,
    paramsPerUnitary: resolved.paramsPerUnitary,
    epsilon: resolved.epsilon,
    delta: resolved.delta,
    bitsPerNumber: resolved.bitsPerNumber,
    ...(resolved.trainingSteps === undefined ? {} : { trainingSteps: resolved.trainingSteps }),
    status,
    ...(routed
      ? {}
      : { explanation: `no quantum route: demand "${plan.demand.key}" is ${plan.status}${reason}` }),
    quantumRoute: {
      pairsPerS,
      qubitsPerS,
      ...(roundLatency === undefined ? {} : { roundLatencyS: roundLatency }),
      classicalLimited: routed && workload.classicalRate / 2 < pairsPerS,
      ...(routed && carrier.transit > 0 ? { carrierTransitS: carrier.transit } : {}),
      ...(routed && carrier.stockpiledPairs !== undefined
        ? { stockpiledPairs: carrier.stockpiledPairs }
        : {}),
    },
    classicalLink: { rateBitsPerS: workload.classicalRate, latencyS: workload.classicalLatency },
    tasks: results.map((result) => taskReport(result, qubitsPerS, resolved.model)),
    privacy: {
      qubitsPerInference: privacy.qubitsExchanged,
      learnableBitsCap: privacy.learnableBitsCap,
      dataBits: privacy.dataBits,
      fractionOfDataCap: privacy.fractionOfDataCap,
    },
    consumableData: {
      usesUntilFewerClassicalBits: consumable.usesUntilFewerClassicalBits,
      ...(usesByTime === undefined ? {} : { usesUntilClassicalFaster: usesByTime }),
      note: consumableNote(consumable.usesUntilFewerClassicalBits, usesByTime, status),
    },
    assumptions: assumptionsOf(resolved, workload, routeLatency, roundLatency, carrier),
  };
  const crossover = inference.crossover?.status === 'found' ? inference.crossover.dimension : undefined;
  return { report, charts: workloadChartsFor(plan.demand.key, resolved, quantum, classical, crossover) };
}

/**
 * The workload entries and charts of a plan, one per demand that names a workload, in demand order.
 * @throws ParameterError naming `workloads[i].field` for a workload the cost model rejects (e.g. a linear
 *   classifier without a margin).
 */
export function workloadReportsForPlan(scenario: Scenario, plan: PlanResult): PlanWorkloads {
  const workloads: PlanWorkloadReport[] = [];
  const charts: WorkloadChartSpec[] = [];
  for (const demandPlan of plan.demands) {
    const key = demandPlan.demand.workload;
    if (key === undefined) continue;
    const index = scenario.workloads.findIndex((workload) => workload.key === key);
    if (index < 0) {
      throw new ParameterError(`demands["${demandPlan.demand.key}"].workload`, `unknown workload "${key}"`);
    }
    const entry = workloadReport(demandPlan, plan.edges, scenario.workloads[index]!, index);
    workloads.push(entry.report);
    charts.push(...entry.charts);
  }
  return { workloads, charts };
}
