/**
 * Purification schedules: recurrence (purify two equal pairs, then two outputs, ..., doubling) and
 * pumping (purify one kept pair again and again with fresh pairs), round by round, with the cost in raw
 * pairs including failed steps (Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007), §4 and §6).
 *
 * Recurrence, round k: 2^k raw pairs if every step succeeds; the whole tree succeeds with probability
 * P_k = P_(k-1)^2 p_k; a failed step discards both inputs and they are rebuilt, so the expected raw pairs
 * per output pair are E_k = 2 E_(k-1) / p_k (E_0 = 1).
 * Pumping, round k: k + 1 raw pairs if every step succeeds; success probability prod p_i; a failure
 * destroys the kept pair and pumping restarts, so E_k = (E_(k-1) + 1) / p_k.
 * Assumptions: memories hold pairs without decay while they wait (apply memory-decoherence.ts to the
 * inputs for that), and rebuilt pairs have the same state as the originals.
 */
import {
  ParameterError,
  requireInteger,
  requireProbability,
  UnreachableError,
  type Fidelity,
  type Probability,
} from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import { largestWeightChange, stateOrWerner } from './bell-diagonal-checks.js';
import {
  resolveLocalOperationNoise,
  type LocalOperationNoise,
  type ResolvedLocalOperationNoise,
} from './local-operation-noise.js';
import { describeScheme, unreachableFidelityError } from './purification-noise.js';
import {
  DEFAULT_PURIFICATION_PROTOCOL,
  purificationRoundUnchecked,
  requirePurificationProtocol,
  type PurificationProtocol,
} from './purification-protocol.js';

/** The two schedules. */
export type PurificationScheme = 'recurrence' | 'pumping';

/** State and cost after a number of purification rounds; round 0 is the unpurified input. */
export interface PurificationRound {
  /** Rounds done (0 = input). */
  readonly round: number;
  /** State of the output pair given success. */
  readonly state: BellDiagonal;
  /** Its fidelity with |Phi+>. */
  readonly fidelity: Fidelity;
  /** Success probability of this round's purification step (1 for round 0). */
  readonly successProbability: Probability;
  /** Probability that all steps succeed with the minimum number of raw pairs. */
  readonly overallSuccessProbability: Probability;
  /** Raw pairs consumed if every step succeeds: 2^k (recurrence) or k + 1 (pumping). */
  readonly idealRawPairs: number;
  /** Expected raw pairs consumed per output pair, counting failed steps. */
  readonly expectedRawPairs: number;
}

/** Inputs of a schedule. */
export interface PurificationScheduleOptions {
  /** Raw pair: a Bell-diagonal state, or a fidelity meaning the Werner state of that fidelity. */
  readonly initialState: BellDiagonal | Fidelity;
  /** Protocol; default 'dejmps'. */
  readonly protocol?: PurificationProtocol;
  /** Local-operation noise p2, eta_m; default perfect. */
  readonly noise?: LocalOperationNoise;
}

/** Default and hard bound on rounds searched by {@link roundsToReach}. */
export const DEFAULT_MAX_ROUNDS = 64;
/** A trajectory whose weights change less than this per round has converged. */
const CONVERGED = 1e-13;

function firstRound(initial: BellDiagonal): PurificationRound {
  return {
    round: 0,
    state: initial,
    fidelity: initial.phiPlus,
    successProbability: 1,
    overallSuccessProbability: 1,
    idealRawPairs: 1,
    expectedRawPairs: 1,
  };
}

/** The round after `current` (round number `round`) of a scheme, from checked inputs. */
function nextRound(
  scheme: PurificationScheme,
  protocol: PurificationProtocol,
  initial: BellDiagonal,
  current: PurificationRound,
  noise: ResolvedLocalOperationNoise,
  round: number,
): PurificationRound {
  const target = scheme === 'recurrence' ? current.state : initial;
  const step = purificationRoundUnchecked(protocol, current.state, target, noise);
  const p = step.successProbability;
  return scheme === 'recurrence'
    ? {
        round,
        state: step.state,
        fidelity: step.fidelity,
        successProbability: p,
        overallSuccessProbability: current.overallSuccessProbability ** 2 * p,
        idealRawPairs: 2 ** round,
        expectedRawPairs: (2 * current.expectedRawPairs) / p,
      }
    : {
        round,
        state: step.state,
        fidelity: step.fidelity,
        successProbability: p,
        overallSuccessProbability: current.overallSuccessProbability * p,
        idealRawPairs: round + 1,
        expectedRawPairs: (current.expectedRawPairs + 1) / p,
      };
}

/** Checked initial state, protocol and noise of a schedule. */
function checkedInputs(options: PurificationScheduleOptions): {
  readonly initial: BellDiagonal;
  readonly protocol: PurificationProtocol;
  readonly noise: ResolvedLocalOperationNoise;
} {
  const initial = stateOrWerner('initialState', options.initialState);
  const protocol = requirePurificationProtocol('protocol', options.protocol ?? DEFAULT_PURIFICATION_PROTOCOL);
  const noise = resolveLocalOperationNoise(options.noise);
  return { initial, protocol, noise };
}

/** A generator of rounds 0, 1, 2, ... of a scheme (validated once). */
function* trajectory(
  scheme: PurificationScheme,
  options: PurificationScheduleOptions,
): Generator<PurificationRound> {
  const { initial, protocol, noise } = checkedInputs(options);
  let current = firstRound(initial);
  yield current;
  for (let round = 1; ; round++) {
    current = nextRound(scheme, protocol, initial, current, noise, round);
    yield current;
  }
}

/**
 * Rounds 0, 1, 2, ... of a schedule, one at a time, for callers that stop as soon as they know enough (path
 * analysis reads only the first rounds of most hops' per-link schedules; issue 3). The same values as
 * {@link recurrenceSchedule} and {@link pumpingSchedule}; the iterator never ends.
 * @throws ParameterError naming `scheme` at once, or `initialState`, `protocol` or the noise field at the first
 *   `next()`.
 */
export function scheduleRounds(
  scheme: PurificationScheme,
  options: PurificationScheduleOptions,
): Iterator<PurificationRound> {
  if (scheme !== 'recurrence' && scheme !== 'pumping') {
    throw new ParameterError('scheme', `must be "recurrence" or "pumping" (got "${String(scheme)}")`);
  }
  // A plain object rather than the generator: resuming a generator costs far more than one round.
  let inputs: ReturnType<typeof checkedInputs> | undefined;
  let current: PurificationRound | undefined;
  return {
    next(): IteratorResult<PurificationRound> {
      if (inputs === undefined || current === undefined) {
        inputs = checkedInputs(options);
        current = firstRound(inputs.initial);
      } else {
        current = nextRound(
          scheme,
          inputs.protocol,
          inputs.initial,
          current,
          inputs.noise,
          current.round + 1,
        );
      }
      return { value: current, done: false };
    },
  };
}

/** Rounds 0..rounds as a plain loop (path analysis builds one schedule per hop of a route; issue 3). */
function schedule(
  scheme: PurificationScheme,
  options: PurificationScheduleOptions,
  rounds: number,
): PurificationRound[] {
  requireInteger('rounds', rounds, 0);
  const { initial, protocol, noise } = checkedInputs(options);
  let current = firstRound(initial);
  const result: PurificationRound[] = [current];
  for (let round = 1; round <= rounds; round++) {
    current = nextRound(scheme, protocol, initial, current, noise, round);
    result.push(current);
  }
  return result;
}

/**
 * Recurrence purification for `rounds` rounds: entries for rounds 0..rounds.
 * @param rounds integer >= 0.
 * @throws ParameterError naming `initialState`, `rounds`, `protocol` or the noise field.
 */
export function recurrenceSchedule(
  options: PurificationScheduleOptions,
  rounds: number,
): PurificationRound[] {
  return schedule('recurrence', options, rounds);
}

/**
 * Entanglement pumping for `rounds` rounds: entries for rounds 0..rounds.
 * @param rounds integer >= 0.
 * @throws ParameterError naming `initialState`, `rounds`, `protocol` or the noise field.
 */
export function pumpingSchedule(options: PurificationScheduleOptions, rounds: number): PurificationRound[] {
  return schedule('pumping', options, rounds);
}

/** Options of {@link roundsToReach}. */
export interface RoundsToReachOptions extends PurificationScheduleOptions {
  /** Which schedule. */
  readonly scheme: PurificationScheme;
  /** Most rounds to try, integer >= 1; default 64. */
  readonly maxRounds?: number;
}

/**
 * The first round of the schedule whose fidelity is at least `targetFidelity` (round 0 if the input
 * already is).
 * @param targetFidelity in [0, 1]; 1 is reachable only from a perfect input.
 * @throws UnreachableError naming the target and the best fidelity the scheme reaches when the
 *   trajectory converges below the target (noise cap, pumping fixed point, or F <= 1/2), or when
 *   maxRounds pass first.
 * @throws ParameterError naming an invalid option.
 */
export function roundsToReach(targetFidelity: Fidelity, options: RoundsToReachOptions): PurificationRound {
  const found = searchRounds(targetFidelity, options);
  if (typeof found === 'function') throw found();
  return found;
}

/**
 * {@link roundsToReach} without the exception when the target is out of reach: undefined instead (callers that
 * explain the failure themselves skip building an error and its stack; issue 3).
 * @throws ParameterError naming an invalid option.
 */
export function roundsToReachIfReachable(
  targetFidelity: Fidelity,
  options: RoundsToReachOptions,
): PurificationRound | undefined {
  const found = searchRounds(targetFidelity, options);
  return typeof found === 'function' ? undefined : found;
}

/** The round reaching the target, or a builder of the UnreachableError that says why none does. */
function searchRounds(
  targetFidelity: Fidelity,
  options: RoundsToReachOptions,
): PurificationRound | (() => UnreachableError) {
  requireProbability('targetFidelity', targetFidelity);
  if (options.scheme !== 'recurrence' && options.scheme !== 'pumping') {
    throw new ParameterError('scheme', `must be "recurrence" or "pumping" (got "${String(options.scheme)}")`);
  }
  const maxRounds = requireInteger('maxRounds', options.maxRounds ?? DEFAULT_MAX_ROUNDS, 1);
  const scheme = describeScheme(options.scheme, options);
  let previous: PurificationRound | undefined;
  let best = 0;
  for (const round of trajectory(options.scheme, options)) {
    if (round.fidelity >= targetFidelity) return round;
    best = Math.max(best, round.fidelity);
    if (targetFidelity === 1) {
      return () =>
        new UnreachableError(
          `targetFidelity 1 is unreachable by ${scheme}: purification approaches fidelity 1 only in the limit`,
        );
    }
    if (previous !== undefined && largestWeightChange(previous.state, round.state) <= CONVERGED) {
      const cap = best;
      return () => unreachableFidelityError(targetFidelity, cap, scheme);
    }
    if (round.round >= maxRounds) {
      const reached = best;
      return () =>
        new UnreachableError(
          `targetFidelity ${targetFidelity} was not reached by ${scheme} within maxRounds=${maxRounds} rounds (best ${reached.toPrecision(6)})`,
        );
    }
    previous = round;
  }
  throw new Error('unreachable: the trajectory is infinite');
}
