/**
 * `qnet ml`: what a distributed-ML workload costs over a quantum link and over a classical one — qubits and
 * bits per inference, per gradient step (parameter shift, shadow tomography) and over T training steps, the
 * end-to-end times with their communication, compute and latency parts, the speed-up, the break-even qubit
 * rate, the crossover dimension, the Holevo privacy cap and the consumable-data break-even.
 * `qnet ml demo`: the protocol run on a state vector, the sampled estimate against the exact value.
 * Model: distributed-ml.md (after Gilboa, Michaeli, Soudry & McClean, arXiv 2310.07136); every constant is an
 * option and is printed with the result.
 */
import { Option, type Command } from 'commander';
import { ParameterError } from '../../core/index.js';
import {
  ML_MODELS,
  TRAINING_CAVEAT,
  consumableDataBreakEven,
  effectiveQubitRate,
  hopsPerPass,
  privacyFigure,
  qubitsForDimension,
  resolveTimeOptions,
  resolveWorkload,
  workloadAssumptions,
  type CopySchedule,
  type EncodingAssumption,
  type MlModel,
  type ResolvedTimeOptions,
  type ResolvedWorkload,
  type TimeOptions,
  type Transport,
} from '../../ml/index.js';
import { evaluateWorkloadTasks } from '../../ml/workload-tasks.js';
import { formatNumber, formatQuantity } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { parseInteger, parseNumber } from '../options.js';
import { emit } from '../output.js';
import { registerDemo } from './ml-demo.js';
import { withOptionNames } from './ml-option-names.js';
import { renderMl, type MlResult } from './ml-output.js';

interface MlOptions {
  n?: number;
  layers?: number;
  params?: number;
  eps?: number;
  delta?: number;
  bits?: number;
  steps?: number;
  model: MlModel;
  graphNodes?: number;
  graphFeatures?: number;
  margin?: number;
  hoeffdingConstant?: number;
  shadowConstant?: number;
  shadowEpsilonExponent?: number;
  qubitRate?: number;
  classicalRate?: number;
  latencyS?: number;
  transport?: Transport;
  schedule?: CopySchedule;
  preSharedPairs?: number;
  encoding?: EncodingAssumption;
  logicalGateTimeS?: number;
  parallelQpus?: number;
  classicalFlops?: number;
  json?: boolean;
}

function requireGiven(option: string, value: number | undefined, what: string): void {
  if (value === undefined) throw new ParameterError(option, `is required (${what})`);
}

function workloadOf(options: MlOptions): ResolvedWorkload {
  if (options.graphNodes === undefined || options.model !== 'graph-cnn') {
    requireGiven('--n', options.n, 'the data dimension N, an integer >= 2');
  }
  requireGiven('--eps', options.eps, 'the precision of each expectation value, in (0, 1)');
  requireGiven('--delta', options.delta, 'the failure probability, in (0, 1)');
  if (options.model === 'deep-unitary') {
    requireGiven('--layers', options.layers, 'the number of layers L, an integer >= 1');
    requireGiven('--params', options.params, 'the parameters per unitary P, an integer >= 1');
  }
  if (options.model === 'linear-classifier') {
    requireGiven('--margin', options.margin, 'the classification margin gamma, in (0, 1]');
  }
  const defined = <T>(value: T | undefined, name: string) => (value === undefined ? {} : { [name]: value });
  return resolveWorkload({
    model: options.model,
    epsilon: options.eps!,
    delta: options.delta!,
    ...defined(options.n, 'dimension'),
    ...defined(options.layers, 'layers'),
    ...defined(options.params, 'paramsPerUnitary'),
    ...defined(options.bits, 'bitsPerNumber'),
    ...defined(options.steps, 'trainingSteps'),
    ...defined(options.graphNodes, 'graphNodes'),
    ...defined(options.graphFeatures, 'graphFeatures'),
    ...defined(options.margin, 'margin'),
    ...defined(options.hoeffdingConstant, 'hoeffdingConstant'),
    ...defined(options.shadowConstant, 'shadowConstant'),
    ...defined(options.shadowEpsilonExponent, 'shadowEpsilonExponent'),
  });
}

/** The link: undefined without --classical-rate (costs only); ebitRate 0 without --qubit-rate. */
function linkOf(options: MlOptions): TimeOptions | undefined {
  if (options.classicalRate === undefined) {
    if (options.qubitRate !== undefined) {
      throw new ParameterError(
        '--classical-rate',
        'is required with --qubit-rate (teleportation and the classical side use it)',
      );
    }
    return undefined;
  }
  const defined = <T>(value: T | undefined, name: string) => (value === undefined ? {} : { [name]: value });
  return {
    ebitRate: options.qubitRate ?? 0,
    classicalRate: options.classicalRate,
    latency: options.latencyS ?? 0,
    ...defined(options.transport, 'transport'),
    ...defined(options.schedule, 'schedule'),
    ...defined(options.preSharedPairs, 'preSharedPairs'),
    ...defined(options.encoding, 'encoding'),
    ...defined(options.logicalGateTimeS, 'logicalGateTime'),
    ...defined(options.parallelQpus, 'parallelQpus'),
    ...defined(options.classicalFlops, 'classicalFlopRate'),
  };
}
function linkAssumptions(link: ResolvedTimeOptions): string[] {
  const rate =
    link.transport === 'teleportation'
      ? `teleportation: one Bell pair and 2 classical bits per qubit, qubit rate = min(--qubit-rate, classical rate / 2) = ${formatQuantity(effectiveQubitRate(link), 'qubit/s')}`
      : `direct transmission at --qubit-rate ${formatQuantity(link.ebitRate, 'qubit/s')}`;
  return [
    rate,
    `one-way latency ${formatQuantity(link.latency, 's')} per round, on both links; copies ${link.schedule}; ${formatNumber(link.preSharedPairs)} pre-shared pairs`,
    `encoding ${link.encoding}; logical gate time ${formatQuantity(link.logicalGateTime, 's')}; ${link.parallelQpus} QPU(s); classical compute ${formatNumber(link.classicalFlopRate)} FLOP/s`,
  ];
}

function computeMl(options: MlOptions): MlResult {
  const workload = withOptionNames(() => workloadOf(options));
  const link = withOptionNames(() => {
    const given = linkOf(options);
    return given ? resolveTimeOptions(given) : undefined;
  });
  const timed = link !== undefined && options.qubitRate !== undefined;
  const tasks = withOptionNames(() =>
    evaluateWorkloadTasks(workload, {
      ...(timed ? { quantum: link } : {}),
      ...(link ? { classical: link } : {}),
    }),
  );
  const inference = tasks.find((task) => task.task === 'inference')!;
  // The bit counts of the consumable-data break-even do not depend on the link; a placeholder link gives them.
  const consumable = consumableDataBreakEven(workload, link ?? { ebitRate: 0, classicalRate: 1, latency: 0 });
  const consumableData = link
    ? consumable
    : {
        qubitsPerUse: consumable.qubitsPerUse,
        bitsOnce: consumable.bitsOnce,
        usesUntilFewerClassicalBits: consumable.usesUntilFewerClassicalBits,
      };
  const notes: string[] = [];
  if (!link) {
    notes.push(
      'costs only, no times: give --qubit-rate, --classical-rate and --latency-s for end-to-end times (--classical-rate alone gives the break-even qubit rate)',
    );
  } else if (!timed) {
    notes.push('no --qubit-rate: the classical side and the break-even qubit rate only');
  }
  if (workload.model === 'linear-classifier') {
    notes.push(
      'linear classifier: quantum LOWER bound against classical UPPER bound; no exponential advantage',
    );
  }
  if (tasks.some((task) => task.task === 'training-last-layer')) notes.push(TRAINING_CAVEAT);
  return {
    workload,
    qubitsPerCopy: qubitsForDimension(workload.dimension),
    hopsPerPass: hopsPerPass(workload.layers),
    computed: timed ? 'times' : link ? 'classical' : 'costs',
    tasks,
    privacy: privacyFigure(workload, inference.qubits),
    consumableData,
    notes,
    assumptions: [...workloadAssumptions(workload), ...(link ? linkAssumptions(link) : [])],
  };
}

/** Registers `qnet ml` and its `demo` subcommand on the program. */
export function registerMlCommand(program: Command, io: CliIo): void {
  const ml = program
    .command('ml')
    .description('distributed ML over quantum vs classical links: qubits, bits, times, break-even, crossover')
    .option(
      '--n <N>',
      'data dimension N (integer >= 2), amplitude-encoded into ceil(log2 N) qubits',
      parseInteger,
    )
    .option('--layers <L>', 'layers L (a forward pass crosses 2L - 1 hops)', parseInteger)
    .option('--params <P>', 'trainable parameters per unitary P', parseInteger)
    .option('--eps <e>', 'additive precision of each expectation value, in (0, 1)', parseNumber)
    .option('--delta <d>', 'failure probability, in (0, 1)', parseNumber)
    .option('--bits <b>', 'bits per classical number (default 32)', parseInteger)
    .option('--steps <T>', 'training steps T (adds training over T steps)', parseInteger)
    .addOption(new Option('--model <model>', 'model family').choices(ML_MODELS).default('deep-unitary'))
    .option('--graph-nodes <V>', 'graph-cnn: graph nodes V (N = V x D)', parseInteger)
    .option('--graph-features <D>', 'graph-cnn: features per node D (default 1)', parseInteger)
    .option('--margin <gamma>', 'linear-classifier: margin gamma in (0, 1]', parseNumber)
    .option('--hoeffding-constant <c>', 'factor of the Hoeffding copy count (default 2)', parseNumber)
    .option(
      '--shadow-constant <c>',
      'shadow-tomography constant c_ST (default 1; unknown in the literature)',
      parseNumber,
    )
    .option(
      '--shadow-epsilon-exponent <k>',
      'exponent of 1/eps in the shadow copy count (default 4)',
      parseNumber,
    )
    .option(
      '--qubit-rate <R>',
      'quantum link: Bell pairs/s (teleportation) or qubits/s (--transport direct)',
      parseNumber,
    )
    .option(
      '--classical-rate <R>',
      'classical link rate, bit/s (also carries teleportation bits)',
      parseNumber,
    )
    .option('--latency-s <t>', 'one-way latency of both links, s (default 0)', parseNumber)
    .addOption(
      new Option('--transport <how>', 'how qubits cross (default teleportation)').choices([
        'teleportation',
        'direct',
      ]),
    )
    .addOption(
      new Option('--schedule <how>', 'copies per hop (default batched)').choices([
        'batched',
        'sequential',
        'pipelined',
      ]),
    )
    .option('--pre-shared-pairs <M>', 'Bell pairs stockpiled before the task (e.g. shipped)', parseNumber)
    .addOption(
      new Option('--encoding <how>', 'data-state preparation (default state-preparation)').choices([
        'state-preparation',
        'qram',
        'quantum-data',
      ]),
    )
    .option('--logical-gate-time-s <t>', 'logical gate time, s (default 25e-6)', parseNumber)
    .option('--parallel-qpus <k>', 'QPUs preparing copies in parallel (default 1)', parseInteger)
    .option('--classical-flops <F>', 'classical compute rate, FLOP/s (default 1e12)', parseNumber)
    .option('--json', 'machine-readable output')
    .action((options: MlOptions) => {
      const result = computeMl(options);
      const inputs = { ...options, json: undefined };
      emit(io, options.json, 'ml', inputs, result, () => renderMl(result));
    });
  registerDemo(ml, io);
  // The program parses options anywhere on the line, so `qnet ml demo --layers 3 --json` hands --layers and
  // --json to `ml` before `demo` runs; pass such values on to the subcommand and refuse the ones it lacks.
  ml.hook('preSubcommand', (parent, sub) => {
    for (const option of parent.options) {
      const name = option.attributeName();
      if (parent.getOptionValueSource(name) !== 'cli') continue;
      if (!sub.options.some((own) => own.attributeName() === name)) {
        throw new ParameterError(option.long ?? name, `is not an option of \`qnet ml ${sub.name()}\``);
      }
      sub.setOptionValueWithSource(name, parent.getOptionValue(name), 'cli');
    }
  });
}
