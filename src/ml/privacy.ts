/**
 * Privacy figure of a quantum protocol: the most the receiving parties can learn about Alice's data from
 * the qubits exchanged, against the size of the data.
 *
 * Source: Holevo's bound (Holevo, Probl. Peredachi Inf. 9, 3 (1973)): n qubits carry at most n bits of
 * accessible classical information, 2n with prior shared entanglement (superdense coding; Bennett &
 * Wiesner, PRL 69, 2881 (1992)). Used in arXiv 2310.07136 (privacy discussion). distributed-ml.md.
 * Assumptions: teleportation's two classical bits per qubit are uniformly random and carry no information
 * about the data, so the default is 1 bit per qubit; set bitsPerQubit 2 when the parties also share
 * entanglement that the protocol does not consume. A cap, not an attack: the real leakage can be far lower.
 */
import { requireInRange, requireNonNegative } from '../core/index.js';
import type { Bits } from '../core/index.js';
import type { ResolvedWorkload } from './workload.js';

/** Holevo cap on learnable bits against the data size. */
export interface PrivacyFigure {
  /** Qubits exchanged. */
  readonly qubitsExchanged: number;
  /** At most this many bits about the data can be learnt: qubits x bitsPerQubit. */
  readonly learnableBitsCap: Bits;
  /** Size of the data, N b bits. */
  readonly dataBits: Bits;
  /** min(1, cap / data bits): the largest fraction of the data that can leak. */
  readonly fractionOfDataCap: number;
}

/**
 * Holevo cap for `qubitsExchanged` qubits (>= 0) against the workload's N b data bits.
 * @param bitsPerQubit accessible bits per qubit, 1 (default) to 2 (entanglement-assisted).
 */
export function privacyFigure(
  workload: ResolvedWorkload,
  qubitsExchanged: number,
  bitsPerQubit = 1,
): PrivacyFigure {
  requireNonNegative('qubitsExchanged', qubitsExchanged);
  requireInRange('bitsPerQubit', bitsPerQubit, 1, 2);
  const learnableBitsCap = qubitsExchanged * bitsPerQubit;
  const dataBits = workload.dimension * workload.bitsPerNumber;
  return {
    qubitsExchanged,
    learnableBitsCap,
    dataBits,
    fractionOfDataCap: Math.min(1, learnableBitsCap / dataBits),
  };
}
