/**
 * The words and tables of the distributed-ML workload section, shared by the Markdown and HTML renderers as
 * plain unescaped text (each renderer escapes for its format): a summary across workloads, and per workload
 * its tasks (communication, times, speed-up, break-even rate, crossover N), the time breakdown of each side,
 * and the notes (route, classical link, privacy cap, consumable data).
 * Source: the WorkloadReport entries of report-model.ts (distributed-ml.md cost and time model).
 * Assumptions: the report is valid; a workload without a quantum route prints "no quantum route" in place of
 * every quantum time, never Infinity.
 */
import { formatNumber } from '../format-number.js';
import type {
  CapacityReport,
  WorkloadReport,
  WorkloadTaskReport,
  WorkloadTimeReport,
} from './report-model.js';
import { MISSING, duration, percent, quantity, type TextTable } from './report-text.js';

/** What a missing quantum time prints as. */
export const NO_QUANTUM_ROUTE = 'no quantum route';

const FASTER_LABELS: Readonly<Record<WorkloadTaskReport['faster'], string>> = {
  quantum: 'quantum',
  classical: 'classical',
  equal: 'equal',
};

function quantumTotal(task: WorkloadTaskReport): string {
  return task.quantumTime ? quantity(task.quantumTime.totalS, 's') : NO_QUANTUM_ROUTE;
}

function crossover(task: WorkloadTaskReport): string {
  return task.crossoverDimension === undefined ? MISSING : formatNumber(task.crossoverDimension);
}

function breakEven(task: WorkloadTaskReport): string {
  if (task.breakEvenQubitsPerS === undefined) return MISSING;
  const rate = quantity(task.breakEvenQubitsPerS, 'qubit/s');
  return task.breakEvenReachable === false ? `${rate} (above teleportation limit)` : rate;
}

/** One row per workload: the inference figures that answer "which link is faster, and from where?". */
export function workloadSummaryTable(report: CapacityReport): TextTable {
  return {
    headers: [
      'Workload',
      'Demand',
      'Model',
      'N',
      'Qubit rate',
      'Inference, quantum',
      'Inference, classical',
      'Faster',
      'Break-even rate',
      'Crossover N',
    ],
    numeric: [3, 4, 5, 6, 8, 9],
    rows: (report.workloads ?? []).map((workload) => {
      const inference = workload.tasks.find((task) => task.task === 'inference');
      return [
        workload.workloadKey,
        workload.demandKey,
        workload.model,
        formatNumber(workload.dimension),
        workload.status === 'ok' ? quantity(workload.quantumRoute.qubitsPerS, 'qubit/s') : NO_QUANTUM_ROUTE,
        inference ? quantumTotal(inference) : MISSING,
        inference ? quantity(inference.classicalTime.totalS, 's') : MISSING,
        inference ? FASTER_LABELS[inference.faster] : MISSING,
        inference ? breakEven(inference) : MISSING,
        inference ? crossover(inference) : MISSING,
      ];
    }),
  };
}

/** The tasks of one workload: communication, totals on each side, speed-up, break-even rate, crossover N. */
export function workloadTaskTable(workload: WorkloadReport): TextTable {
  return {
    headers: [
      'Task',
      'Copies',
      'Qubits',
      'Classical bits',
      'Quantum time',
      'Classical time',
      'Faster',
      'Speed-up',
      'Break-even rate',
      'Break-even, comm. only',
      'Crossover N',
    ],
    numeric: [1, 2, 3, 4, 5, 7, 8, 9, 10],
    rows: workload.tasks.map((task) => [
      task.label,
      formatNumber(task.copies),
      formatNumber(task.qubits),
      formatNumber(task.bits),
      quantumTotal(task),
      quantity(task.classicalTime.totalS, 's'),
      FASTER_LABELS[task.faster],
      task.speedup === undefined ? MISSING : `${formatNumber(task.speedup)}x`,
      breakEven(task),
      quantity(task.communicationOnlyBreakEvenQubitsPerS, 'qubit/s'),
      crossover(task),
    ]),
  };
}

function timeRow(label: string, side: string, time: WorkloadTimeReport | undefined): string[] {
  if (!time) return [label, side, NO_QUANTUM_ROUTE, MISSING, MISSING, MISSING];
  return [
    label,
    side,
    quantity(time.communicationS, 's'),
    quantity(time.computeS, 's'),
    quantity(time.latencyS, 's'),
    quantity(time.totalS, 's'),
  ];
}

/** Each side's time of each task as communication + compute + latency, so the reader sees what dominates. */
export function workloadTimeTable(workload: WorkloadReport): TextTable {
  return {
    headers: ['Task', 'Side', 'Communication', 'Compute', 'Latency', 'Total'],
    numeric: [2, 3, 4, 5],
    rows: workload.tasks.flatMap((task) => [
      timeRow(task.label, 'quantum', task.quantumTime),
      timeRow(task.label, 'classical', task.classicalTime),
    ]),
  };
}

/** Heading text of one workload's subsection. */
export function workloadHeading(workload: WorkloadReport): string {
  const label = workload.label === undefined ? '' : ` (${workload.label})`;
  return `Workload ${workload.workloadKey}${label} on demand ${workload.demandKey}`;
}

/** The facts and notes of one workload, one sentence each. */
export function workloadNotes(workload: WorkloadReport): string[] {
  const w = workload;
  const route = w.quantumRoute;
  const steps = w.trainingSteps === undefined ? '' : `, T = ${w.trainingSteps} steps`;
  const notes = [
    `Model ${w.model}: N = ${w.dimension}, L = ${w.layers}, P = ${w.paramsPerUnitary}, eps = ${w.epsilon}, delta = ${w.delta}, b = ${w.bitsPerNumber} bits${steps}`,
    w.status === 'ok'
      ? `Quantum route: ${quantity(route.pairsPerS, 'pairs/s')}, ${quantity(route.qubitsPerS, 'qubit/s')} by teleportation` +
        `${route.classicalLimited ? ' (limited by the classical channel)' : ''}, ${quantity(route.roundLatencyS, 's')} per round` +
        (route.carrierTransitS === undefined
          ? ''
          : `; the carrier leg's transit (${duration(route.carrierTransitS)}) is paid once, ahead of the workload`) +
        (route.stockpiledPairs === undefined
          ? ''
          : `; ${formatNumber(route.stockpiledPairs)} pairs stockpiled end to end`)
      : `Quantum route: ${w.explanation ?? NO_QUANTUM_ROUTE}`,
    `Classical link: ${quantity(w.classicalLink.rateBitsPerS, 'bit/s')}, latency ${quantity(w.classicalLink.latencyS, 's')}`,
    `Privacy (Holevo cap): one inference exchanges ${formatNumber(w.privacy.qubitsPerInference)} qubits, so the receiver learns at most ` +
      `${formatNumber(w.privacy.learnableBitsCap)} of the ${formatNumber(w.privacy.dataBits)} data bits (${percent(w.privacy.fractionOfDataCap)})`,
    `Consumable data: ${w.consumableData.note}`,
  ];
  for (const task of w.tasks) {
    notes.push(`${task.label}: break-even: ${task.breakEvenNote}; crossover: ${task.crossoverNote}`);
  }
  return notes;
}
