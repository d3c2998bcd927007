/**
 * Decoherence of a Bell pair while its qubits wait in quantum memories.
 *
 * Each stored qubit undergoes a time-dependent Pauli channel; for a pair starting in |Phi+>:
 * - pure dephasing (T2): Z with probability (1 - e^(-t/T2))/2, so F = (1 + e^(-t/T2))/2;
 * - amplitude damping (T1) plus dephasing (T2 <= 2 T1): Pauli-twirled, F = (1 + e^(-t/T1) + 2 e^(-t/T2))/4;
 * - depolarising (time constant T): F = 1/4 + (F0 - 1/4) e^(-t/T).
 * Sources: Nielsen & Chuang §8.3 (channels); Duer & Briegel, Rep. Prog. Phys. 70, 1381 (2007);
 * Pauli twirling approximation of amplitude damping: Ghosh, Fowler & Geller, PRA 86, 062318 (2012).
 * Twirling assumption: amplitude damping is not a Pauli channel (it pushes |1> to |0>) and would make the
 * pair non-Bell-diagonal. We replace it by its Pauli twirl: X and Y each (1 - e^(-t/T1))/4, Z
 * (1 + e^(-t/T1) - 2 e^(-t/T2))/4. The twirl keeps the entanglement (process) fidelity exactly, so the
 * fidelity formula above is exact; only the off-fidelity weights are the twirled ones. T2 <= 2 T1 is
 * required for the combined channel to be physical (Z probability >= 0).
 * Both qubits stored: apply the channel to each qubit. T = Infinity means no decoherence.
 */
import {
  ParameterError,
  requireNonNegative,
  requirePositive,
  requirePositiveOrInfinite,
  requireProbability,
  type Fidelity,
  type Probability,
  type Seconds,
} from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import { requireBellDiagonal } from './bell-diagonal-checks.js';
import { applyPauliChannelUnchecked, type PauliChannel } from './pauli-channels.js';

/** Decoherence model of one memory qubit. Times in seconds, > 0 or Infinity (no decay). */
export type MemoryNoise =
  | { readonly model: 'dephasing'; readonly t2: Seconds }
  | { readonly model: 'amplitude-damping'; readonly t1: Seconds; readonly t2: Seconds }
  | { readonly model: 'depolarising'; readonly depolarisingTime: Seconds };

/** 1 - e^(-t/T), accurate for small t/T; 0 for T = Infinity. */
function decayedFraction(storageTime: Seconds, timeConstant: Seconds): number {
  return -Math.expm1(-storageTime / timeConstant);
}

function requireT2WithinT1(t1: Seconds, t2: Seconds): void {
  requirePositiveOrInfinite('t1', t1);
  requirePositiveOrInfinite('t2', t2);
  if (t2 > 2 * t1) {
    throw new ParameterError('t2', `must be <= 2 t1 = ${2 * t1} s for amplitude damping (got ${t2})`);
  }
}

/**
 * The Pauli channel one qubit of `noise` undergoes in `storageTime` seconds (twirled for amplitude
 * damping; see the file header).
 * @param storageTime t >= 0 in seconds (finite).
 * @throws ParameterError naming `storageTime`, `t1`, `t2`, `depolarisingTime` or `model`.
 */
export function memoryPauliChannel(noise: MemoryNoise, storageTime: Seconds): PauliChannel {
  requireNonNegative('storageTime', storageTime);
  switch (noise?.model) {
    case 'dephasing': {
      requirePositiveOrInfinite('t2', noise.t2);
      const phaseFlip = decayedFraction(storageTime, noise.t2) / 2;
      return { identity: 1 - phaseFlip, bitFlip: 0, bitPhaseFlip: 0, phaseFlip };
    }
    case 'amplitude-damping': {
      requireT2WithinT1(noise.t1, noise.t2);
      const damped = decayedFraction(storageTime, noise.t1);
      const dephased = decayedFraction(storageTime, noise.t2);
      const flip = damped / 4;
      // (1 + e^(-t/T1) - 2 e^(-t/T2))/4 rewritten in decayed fractions to avoid cancellation.
      const phaseFlip = Math.max(0, (2 * dephased - damped) / 4);
      return {
        identity: Math.max(0, 1 - 2 * flip - phaseFlip),
        bitFlip: flip,
        bitPhaseFlip: flip,
        phaseFlip,
      };
    }
    case 'depolarising': {
      requirePositiveOrInfinite('depolarisingTime', noise.depolarisingTime);
      const each = decayedFraction(storageTime, noise.depolarisingTime) / 4;
      return { identity: 1 - 3 * each, bitFlip: each, bitPhaseFlip: each, phaseFlip: each };
    }
    default:
      throw new ParameterError(
        'model',
        `must be "dephasing", "amplitude-damping" or "depolarising" (got "${String((noise as { model?: unknown })?.model)}")`,
      );
  }
}

/**
 * The pair after one of its qubits was stored for `storageTime` seconds under `noise` (exact for Pauli
 * channels, twirled for amplitude damping).
 * @throws ParameterError naming the invalid field.
 */
export function decohereOneQubit(
  state: BellDiagonal,
  noise: MemoryNoise,
  storageTime: Seconds,
): BellDiagonal {
  const checked = requireBellDiagonal('state', state);
  return applyPauliChannelUnchecked(checked, memoryPauliChannel(noise, storageTime));
}

/**
 * The pair after both qubits were stored for `storageTime` seconds, each under `noise` (per-qubit
 * channels applied in turn). For unequal memories or times, call {@link decohereOneQubit} twice.
 */
export function decohereBothQubits(
  state: BellDiagonal,
  noise: MemoryNoise,
  storageTime: Seconds,
): BellDiagonal {
  const channel = memoryPauliChannel(noise, storageTime);
  const checked = requireBellDiagonal('state', state);
  return applyPauliChannelUnchecked(applyPauliChannelUnchecked(checked, channel), channel);
}

/**
 * Fidelity of |Phi+> after one qubit dephases for time t: (1 + e^(-t/T2))/2.
 * @param storageTime t >= 0 s. @param t2 T2 > 0 s or Infinity.
 */
export function dephasedFidelity(storageTime: Seconds, t2: Seconds): Fidelity {
  requireNonNegative('storageTime', storageTime);
  requirePositiveOrInfinite('t2', t2);
  return (1 + Math.exp(-storageTime / t2)) / 2;
}

/**
 * Fidelity of |Phi+> after one qubit undergoes amplitude damping and dephasing for time t:
 * (1 + e^(-t/T1) + 2 e^(-t/T2))/4. Requires T2 <= 2 T1.
 * @throws ParameterError naming `t2` when T2 > 2 T1.
 */
export function amplitudeDampedFidelity(storageTime: Seconds, t1: Seconds, t2: Seconds): Fidelity {
  requireNonNegative('storageTime', storageTime);
  requireT2WithinT1(t1, t2);
  return (1 + Math.exp(-storageTime / t1) + 2 * Math.exp(-storageTime / t2)) / 4;
}

/**
 * Fidelity of a pair of initial fidelity F0 after one qubit depolarises for time t:
 * 1/4 + (F0 - 1/4) e^(-t/T). Exact for Werner states; for Bell-diagonal states it gives the fidelity.
 */
export function depolarisedFidelity(
  initialFidelity: Fidelity,
  storageTime: Seconds,
  depolarisingTime: Seconds,
): Fidelity {
  requireProbability('initialFidelity', initialFidelity);
  requireNonNegative('storageTime', storageTime);
  requirePositiveOrInfinite('depolarisingTime', depolarisingTime);
  return 0.25 + (initialFidelity - 0.25) * Math.exp(-storageTime / depolarisingTime);
}

/**
 * Expected decay factor E[e^(-N tau/T)] of a link that waits while its neighbour is generated in a
 * geometric number N >= 1 of attempts of duration tau: b p / (1 - b (1 - p)), b = e^(-tau/T)
 * (the geometric series sum_n p (1-p)^(n-1) b^n, derived here). Multiply a Werner parameter
 * (depolarising) or the coherence e^(-t/T2) (dephasing) by it.
 * @param successProbability p in (0, 1] per attempt.
 * @param attemptDuration tau > 0 s.
 * @param coherenceTime T > 0 s or Infinity (then the factor is 1).
 */
export function expectedDecayWhileWaiting(
  successProbability: Probability,
  attemptDuration: Seconds,
  coherenceTime: Seconds,
): number {
  requireProbability('successProbability', successProbability);
  requirePositive('successProbability', successProbability);
  requirePositive('attemptDuration', attemptDuration);
  requirePositiveOrInfinite('coherenceTime', coherenceTime);
  const perAttempt = Math.exp(-attemptDuration / coherenceTime);
  // 1 - b (1 - p) = (1 - b) + b p, both terms non-negative: no cancellation for b near 1 and small p.
  const denominator = decayedFraction(attemptDuration, coherenceTime) + perAttempt * successProbability;
  return (perAttempt * successProbability) / denominator;
}
