/**
 * Human-readable output of `qnet ml` and `qnet ml demo`: the workload, its communication per task, each
 * side's time as communication + compute + latency, the comparison (speed-up, break-even qubit rate,
 * crossover N), the privacy and consumable-data notes and the assumptions; the demo's estimate against the
 * exact value with its convergence table. Pure formatting of results computed in ml.ts.
 */
import type { ConsumableDataBreakEven, DemoResult, PrivacyFigure, ResolvedWorkload } from '../../ml/index.js';
import { workloadTaskLabel, type WorkloadTaskResult } from '../../ml/workload-tasks.js';
import { formatNumber, formatQuantity, renderKeyValues, renderTextTable } from '../../report/index.js';

/** What `qnet ml` computes (the --json result). */
export interface MlResult {
  readonly workload: ResolvedWorkload;
  readonly qubitsPerCopy: number;
  readonly hopsPerPass: number;
  /** Which parts were computed: 'costs' (no rates), 'classical' (no --qubit-rate) or 'times'. */
  readonly computed: 'costs' | 'classical' | 'times';
  readonly tasks: readonly WorkloadTaskResult[];
  readonly privacy: PrivacyFigure;
  /** The whole break-even with a classical link, only its bit counts without one. */
  readonly consumableData: Partial<ConsumableDataBreakEven>;
  readonly notes: readonly string[];
  readonly assumptions: readonly string[];
}

function timeCells(time: {
  communication: number;
  compute: number;
  latency: number;
  total: number;
}): string[] {
  return [time.communication, time.compute, time.latency, time.total].map((value) =>
    formatQuantity(value, 's'),
  );
}

function quantumCells(task: WorkloadTaskResult): string[] {
  if (task.quantum === null) return ['not computed', '-', '-', '-'];
  if (task.quantum.status !== 'ok') return ['no quantum route', '-', '-', '-'];
  return timeCells(task.quantum.breakdown);
}

function breakEvenCell(task: WorkloadTaskResult): string {
  const breakEven = task.breakEven;
  if (!breakEven) return '-';
  if (breakEven.status !== 'ok') return 'none (see notes)';
  const rate = formatQuantity(breakEven.qubitRate, 'qubit/s');
  return breakEven.reachableByTeleportation ? rate : `${rate} (above teleportation limit)`;
}

function crossoverCell(task: WorkloadTaskResult): string {
  if (!task.crossover) return '-';
  return task.crossover.status === 'found' ? formatNumber(task.crossover.dimension) : 'none up to 2^53';
}

/** The text `qnet ml` prints: summary, tables, notes and assumptions. */
export function renderMl(result: MlResult): string {
  const w = result.workload;
  const summary = renderKeyValues([
    ['model', w.model],
    ['data dimension N', `${formatNumber(w.dimension)} (n = ${result.qubitsPerCopy} qubits per copy)`],
    ['layers L', `${w.layers} (H = ${result.hopsPerPass} hops per forward pass)`],
    ['parameters per unitary P', String(w.paramsPerUnitary)],
    ['precision', `eps = ${w.epsilon}, delta = ${w.delta}`],
    ['bits per number b', String(w.bitsPerNumber)],
    [
      'training steps T',
      w.trainingSteps === undefined ? 'not given (--steps)' : formatNumber(w.trainingSteps),
    ],
  ]);
  const label = (task: WorkloadTaskResult) => workloadTaskLabel(w.model, task.task);
  const costs = renderTextTable(
    [
      { header: 'task' },
      { header: 'copies', align: 'right' },
      { header: 'qubits', align: 'right' },
      { header: 'classical bits', align: 'right' },
    ],
    result.tasks.map((task) => [
      label(task),
      formatNumber(task.copies),
      formatNumber(task.qubits),
      formatNumber(task.bits),
    ]),
  );
  const parts = [summary, '', costs];
  if (result.computed !== 'costs') {
    const times = renderTextTable(
      [
        { header: 'task' },
        { header: 'side' },
        { header: 'communication', align: 'right' },
        { header: 'compute', align: 'right' },
        { header: 'latency', align: 'right' },
        { header: 'total', align: 'right' },
      ],
      result.tasks.flatMap((task) => [
        [label(task), 'quantum', ...quantumCells(task)],
        [label(task), 'classical', ...(task.classical ? timeCells(task.classical) : ['-', '-', '-', '-'])],
      ]),
    );
    const comparison = renderTextTable(
      [
        { header: 'task' },
        { header: 'faster' },
        { header: 'speed-up', align: 'right' },
        { header: 'break-even qubit rate', align: 'right' },
        { header: 'communication only', align: 'right' },
        { header: 'crossover N', align: 'right' },
      ],
      result.tasks.map((task) => [
        label(task),
        task.faster ?? '-',
        task.quantumSpeedup === null ? '-' : `${formatNumber(task.quantumSpeedup)}x`,
        breakEvenCell(task),
        task.breakEven ? formatQuantity(task.breakEven.communicationOnlyRate, 'qubit/s') : '-',
        crossoverCell(task),
      ]),
    );
    parts.push('', times, '', comparison);
  }
  const p = result.privacy;
  const c = result.consumableData;
  const lines = [
    `privacy (Holevo cap): one inference sends ${formatNumber(p.qubitsExchanged)} qubits, so the receiver learns at most ${formatNumber(p.learnableBitsCap)} of the ${formatNumber(p.dataBits)} data bits (${formatNumber(100 * p.fractionOfDataCap)} %)`,
    `consumable data: quantum copies are used up, data sent once classically (${formatNumber(c.bitsOnce!)} bits) is not; classical needs fewer bits from ${formatNumber(c.usesUntilFewerClassicalBits!)} uses${consumableTime(c)}`,
    ...result.tasks.flatMap((task) => [
      ...(task.breakEven?.status === 'unreachable'
        ? [`${label(task)}: no qubit rate breaks even: ${task.breakEven.reason}`]
        : []),
      ...(task.crossover?.status === 'not-found'
        ? [`${label(task)}: no crossover: ${task.crossover.reason}`]
        : []),
    ]),
    ...result.notes,
  ];
  parts.push(
    '',
    ...lines.map((line) => `- ${line}`),
    '',
    'assumptions:',
    ...result.assumptions.map((line) => `  ${line}`),
  );
  return parts.join('\n');
}

function consumableTime(c: MlResult['consumableData']): string {
  const byTime = c.byTime;
  if (!byTime) return '';
  if (byTime.status === 'classical-faster-from')
    return `, and is faster from ${formatNumber(byTime.uses)} uses`;
  if (byTime.status === 'quantum-always-faster') return ', while quantum stays faster for any number of uses';
  return ' (no quantum time, so no time comparison)';
}

/** The text `qnet ml demo` prints: the run and its convergence table. */
export function renderDemo(result: DemoResult, convergence: readonly ConvergenceRow[]): string {
  const summary = renderKeyValues([
    [
      'qubits n',
      `${result.qubits} (data of 2^${result.qubits} = ${formatNumber(2 ** result.qubits)} numbers)`,
    ],
    ['layers L', `${result.layers} (${result.ledger.hopsPerShot} hops per shot)`],
    ['shots S', formatNumber(result.shots)],
    ['exact F = <Z_0>', formatNumber(result.exact, 8)],
    ['estimate', formatNumber(result.estimate, 8)],
    ['error', formatNumber(result.error, 4)],
    ['expected error sqrt((1 - F^2)/S)', formatNumber(result.standardError, 4)],
    [
      'qubits sent',
      `${formatNumber(result.ledger.totalQubits)} (${result.ledger.qubitsPerShot} per shot x ${formatNumber(result.shots)} shots)`,
    ],
    ['classical pipeline, same pass', `${formatNumber(result.ledger.classicalBits)} bits (32 per number)`],
  ]);
  const table = renderTextTable(
    [
      { header: 'shots', align: 'right' },
      { header: 'estimate', align: 'right' },
      { header: '|error|', align: 'right' },
      { header: 'sqrt((1-F^2)/S)', align: 'right' },
      { header: 'qubits sent', align: 'right' },
    ],
    convergence.map((row) => [
      formatNumber(row.shots),
      formatNumber(row.estimate, 6),
      formatNumber(Math.abs(row.error), 3),
      formatNumber(row.standardError, 3),
      formatNumber(row.qubits),
    ]),
  );
  return `${summary}\n\nconvergence (same seed, same circuit):\n${table}`;
}

/** One run of the demonstration at a smaller shot count. */
export interface ConvergenceRow {
  readonly shots: number;
  readonly estimate: number;
  readonly error: number;
  readonly standardError: number;
  readonly qubits: number;
}
