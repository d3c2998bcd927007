/**
 * Validation of a route and its options, and their resolution into the numbers the models use: per hop a
 * success probability, attempt duration and state; per node the local-operation noise, the swap success and
 * the decay rates of a stored qubit in the Pauli-transfer (eigenvalue) picture.
 *
 * Decay rates: every memory model of src/physics/memory-decoherence.ts is a Pauli channel whose eigenvalues
 * on the X, Y and Z Pauli operators are exponentials in the storage time t (Nielsen & Chuang §8.3):
 *   dephasing (T2):                    lambda_X = lambda_Y = e^(-t/T2),  lambda_Z = 1;
 *   amplitude damping, twirled (T1,T2): lambda_X = lambda_Y = e^(-t/T2),  lambda_Z = e^(-t/T1);
 *   depolarising (T):                  lambda_X = lambda_Y = lambda_Z = e^(-t/T).
 * Channels on different qubits compose by multiplying eigenvalues, so the memory noise of a whole route is
 * fixed by two numbers, E[exp(-sum_q kappa_q t_q)] for the X (= Y) and the Z rates (parallel-decay.ts).
 * Assumption: lambda_X = lambda_Y for every model, which holds for all three.
 */
import {
  ParameterError,
  requireFinite,
  requireInteger,
  requireNonNegative,
  requirePositiveOrInfinite,
  requireProbability,
  type Fidelity,
  type Hertz,
  type Probability,
  type Seconds,
} from '../../core/index.js';
import { wernerState, type BellDiagonal } from '../../physics/bell-diagonal.js';
import { requireBellDiagonal } from '../../physics/bell-diagonal-checks.js';
import { entryField, isNonNegative, isProbability, prefixed } from './entry-checks.js';
import {
  resolveLocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from '../../physics/local-operation-noise.js';
import { memoryPauliChannel, type MemoryNoise } from '../../physics/memory-decoherence.js';
import {
  requirePurificationProtocol,
  type PurificationProtocol,
} from '../../physics/purification-protocol.js';
import type { PurificationScheme } from '../../physics/purification-schedule.js';
import {
  DEFAULT_PATH_MAX_ROUNDS,
  PURIFICATION_PLACEMENTS,
  SWAP_POLICIES,
  type PathAnalysisOptions,
  type PurificationPlacement,
  type Route,
  type RouteHop,
  type RouteNode,
  type SwapPolicy,
} from './path-types.js';

/** A hop in the numbers the models use. */
export interface ResolvedHop {
  readonly index: number;
  readonly edgeKey: string;
  readonly kind: RouteHop['kind'];
  /** Per-attempt success probability (1 for a delivered hop). */
  readonly successProbability: Probability;
  /** Attempt duration, s (0 for a delivered hop). */
  readonly attemptDuration: Seconds;
  /** Pairs per second of the hop alone, Hz. */
  readonly rate: Hertz;
  readonly state: BellDiagonal;
  readonly fidelity: Fidelity;
  readonly classicalDelay: Seconds;
  /** Latency of a delivered hop, s (0 for heralded hops). */
  readonly latency: Seconds;
}

/** Pauli-eigenvalue decay rates of one stored qubit, 1/s (0 = no decay). */
export interface QubitDecayRates {
  /** Rate of lambda_X (= lambda_Y). */
  readonly x: number;
  /** Rate of lambda_Z. */
  readonly z: number;
}

/** A node in the numbers the models use. */
export interface ResolvedNode {
  readonly index: number;
  readonly key: string;
  readonly memory: MemoryNoise | undefined;
  readonly noise: ResolvedLocalOperationNoise;
  readonly swapSuccessProbability: Probability;
  /** Memory qubits, or undefined for no limit. */
  readonly memoryCount: number | undefined;
  readonly decayRates: QubitDecayRates;
}

/** Options with defaults filled in. */
export interface ResolvedPathOptions {
  readonly targetFidelity: Fidelity;
  readonly swapPolicy: SwapPolicy;
  readonly protocol: PurificationProtocol;
  readonly scheme: PurificationScheme;
  readonly placement: PurificationPlacement;
  readonly maxRounds: number;
  /** Cutoff, s, or Infinity. */
  readonly cutoff: Seconds;
  readonly classicalLatencyPerSwap: Seconds;
}

/** A validated route. */
export interface ResolvedRoute {
  readonly hops: readonly ResolvedHop[];
  readonly nodes: readonly ResolvedNode[];
  readonly options: ResolvedPathOptions;
}

function requireKey(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ParameterError(field, 'must be a non-empty string');
  }
  return value;
}

function resolveHop(hop: RouteHop, index: number): ResolvedHop {
  if (hop === null || typeof hop !== 'object') {
    throw new ParameterError(entryField('hops', index, ''), 'must be a hop object');
  }
  const edgeKey =
    typeof hop.edgeKey === 'string' && hop.edgeKey.length > 0
      ? hop.edgeKey
      : requireKey(entryField('hops', index, '.edgeKey'), hop.edgeKey);
  if (hop.kind === 'heralded') {
    if (!isNonNegative(hop.length)) requireNonNegative(entryField('hops', index, '.length'), hop.length);
    const link = hop.link;
    if (link === null || typeof link !== 'object')
      throw new ParameterError(entryField('hops', index, '.link'), 'must be a link');
    const p = isProbability(link.successProbability)
      ? link.successProbability
      : requireProbability(entryField('hops', index, '.link.successProbability'), link.successProbability);
    const duration =
      typeof link.attemptDuration === 'number' && Number.isFinite(link.attemptDuration)
        ? link.attemptDuration
        : requireFinite(entryField('hops', index, '.link.attemptDuration'), link.attemptDuration);
    if (!(duration > 0)) {
      throw new ParameterError(
        entryField('hops', index, '.link.attemptDuration'),
        `must be > 0 (got ${duration})`,
      );
    }
    const state = requireBellDiagonal(entryField('hops', index, '.link.state'), link.state);
    return {
      index,
      edgeKey,
      kind: 'heralded',
      successProbability: p,
      attemptDuration: duration,
      rate: p / duration,
      state,
      fidelity: state.phiPlus,
      classicalDelay: isNonNegative(hop.classicalDelay)
        ? hop.classicalDelay
        : requireNonNegative(entryField('hops', index, '.classicalDelay'), hop.classicalDelay),
      latency: 0,
    };
  }
  const field = entryField('hops', index, '');
  if (hop.kind === 'delivered') {
    const fidelity = requireProbability(`${field}.fidelity`, hop.fidelity);
    return {
      index,
      edgeKey,
      kind: 'delivered',
      successProbability: 1,
      attemptDuration: 0,
      rate: requireNonNegative(`${field}.rate`, hop.rate),
      state: wernerState(fidelity),
      fidelity,
      classicalDelay: requireNonNegative(`${field}.classicalDelay`, hop.classicalDelay ?? 0),
      latency: requireNonNegative(`${field}.latency`, hop.latency),
    };
  }
  throw new ParameterError(
    `${field}.kind`,
    `must be "heralded" or "delivered" (got "${String((hop as { kind?: unknown }).kind)}")`,
  );
}

/** 1/time, 0 for an infinite time. */
function rate(time: Seconds): number {
  return time === Number.POSITIVE_INFINITY ? 0 : 1 / time;
}

/** Decay rates of a memory model (see the file header); validates the model. */
export function qubitDecayRates(memory: MemoryNoise | undefined): QubitDecayRates {
  if (memory === undefined) return { x: 0, z: 0 };
  memoryPauliChannel(memory, 0);
  switch (memory.model) {
    case 'dephasing':
      return { x: rate(memory.t2), z: 0 };
    case 'amplitude-damping':
      return { x: rate(memory.t2), z: rate(memory.t1) };
    case 'depolarising':
      return { x: rate(memory.depolarisingTime), z: rate(memory.depolarisingTime) };
  }
}

function resolveNode(node: RouteNode, index: number): ResolvedNode {
  if (node === null || typeof node !== 'object') {
    throw new ParameterError(entryField('nodes', index, ''), 'must be a node object');
  }
  const key =
    typeof node.key === 'string' && node.key.length > 0
      ? node.key
      : requireKey(entryField('nodes', index, '.key'), node.key);
  let decayRates: QubitDecayRates;
  let noise: ResolvedLocalOperationNoise;
  try {
    decayRates = qubitDecayRates(node.memory);
  } catch (error) {
    throw prefixed(entryField('nodes', index, '.memory'), error);
  }
  try {
    noise = resolveLocalOperationNoise(node.localNoise ?? {});
  } catch (error) {
    throw prefixed(entryField('nodes', index, '.localNoise'), error);
  }
  const swap = node.bellMeasurementSuccessProbability ?? 1;
  const swapSuccessProbability = isProbability(swap)
    ? swap
    : requireProbability(entryField('nodes', index, '.bellMeasurementSuccessProbability'), swap);
  const memoryCount =
    node.memoryCount === undefined
      ? undefined
      : requireInteger(entryField('nodes', index, '.memoryCount'), node.memoryCount, 0);
  return { index, key, memory: node.memory, noise, swapSuccessProbability, memoryCount, decayRates };
}

function requireOneOf<T extends string>(field: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw new ParameterError(
      field,
      `must be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got "${String(value)}")`,
    );
  }
  return value;
}

/**
 * Validates the options and fills in defaults.
 * @throws ParameterError naming the option (e.g. `targetFidelity`, `purification.scheme`).
 */
export function resolvePathOptions(options: PathAnalysisOptions): ResolvedPathOptions {
  if (options === null || typeof options !== 'object') {
    throw new ParameterError('options', 'must be an options object');
  }
  const purification = options.purification ?? {};
  const cutoff = options.cutoff ?? Number.POSITIVE_INFINITY;
  return {
    targetFidelity: requireProbability('targetFidelity', options.targetFidelity),
    swapPolicy: requireOneOf('swapPolicy', options.swapPolicy ?? 'swap-asap', SWAP_POLICIES),
    protocol: requirePurificationProtocol('purification.protocol', purification.protocol ?? 'dejmps'),
    scheme: requireOneOf<PurificationScheme>('purification.scheme', purification.scheme ?? 'recurrence', [
      'recurrence',
      'pumping',
    ]),
    placement: requireOneOf(
      'purification.placement',
      purification.placement ?? 'auto',
      PURIFICATION_PLACEMENTS,
    ),
    maxRounds: requireInteger('purification.maxRounds', purification.maxRounds ?? DEFAULT_PATH_MAX_ROUNDS, 1),
    cutoff: requirePositiveOrInfinite('cutoff', cutoff),
    classicalLatencyPerSwap: requireNonNegative(
      'classicalLatencyPerSwap',
      options.classicalLatencyPerSwap ?? 0,
    ),
  };
}

/**
 * Validates a route and its options.
 * @throws ParameterError naming the field, e.g. `hops[2].link.successProbability` or `nodes[1].memory.t2`.
 */
export function resolveRoute(route: Route, options: PathAnalysisOptions): ResolvedRoute {
  if (route === null || typeof route !== 'object')
    throw new ParameterError('route', 'must be a route object');
  if (!Array.isArray(route.hops) || route.hops.length === 0) {
    throw new ParameterError('hops', 'must be a non-empty array of hops');
  }
  if (!Array.isArray(route.nodes) || route.nodes.length !== route.hops.length + 1) {
    throw new ParameterError(
      'nodes',
      `must list hops.length + 1 = ${route.hops.length + 1} nodes (got ${Array.isArray(route.nodes) ? route.nodes.length : 'none'})`,
    );
  }
  const hops = route.hops.map(resolveHop);
  const nodes = route.nodes.map(resolveNode);
  return { hops, nodes, options: resolvePathOptions(options) };
}
