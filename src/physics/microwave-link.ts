/**
 * Entanglement over a cryogenic microwave link between two superconducting nodes (e.g. a ~5-30 m cryolink,
 * Magnard et al., PRL 125, 260502 (2020); Kurpiers et al., Nature 558, 264 (2018)).
 *
 * Model: node A prepares a local Bell pair and sends one half as a microwave photon through the line, whose
 * transmissivity eta acts as an amplitude-damping channel with gamma = 1 - eta on that qubit (Nielsen & Chuang,
 * §8.3.5). The transfer is deterministic (no herald), one attempt per node cycle. The Pauli twirl of amplitude
 * damping gives the Bell-diagonal state
 *   Phi+ = (1 + sqrt(eta))^2 / 4,  Psi+ = Psi- = (1 - eta)/4,  Phi- = (1 - sqrt(eta))^2 / 4,
 * whose fidelity (1 + sqrt(eta))^2/4 is exact (twirling keeps the Phi+ weight).
 * Assumptions: thermal photons in the line are neglected (at 10 mK and 5 GHz the mean occupation is ~1e-11);
 * qubit decay during the transfer is part of eta.
 */
import {
  requirePositive,
  requireProbability,
  type Hertz,
  type Seconds,
  type Transmissivity,
} from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';

/** Result of a microwave-link transfer. */
export interface MicrowaveLink {
  /** Delivered Bell-diagonal state (Phi+ frame). */
  readonly state: BellDiagonal;
  /** Its fidelity. */
  readonly fidelity: number;
  /** Success probability per attempt: 1 (deterministic transfer). */
  readonly successProbability: 1;
  /** Duration of one attempt (the node cycle), s. */
  readonly attemptDuration: Seconds;
  /** Pairs per second, 1 / attemptDuration, Hz. */
  readonly rate: Hertz;
}

/**
 * Deterministic microwave transfer of half a Bell pair through a line of transmissivity `transmissivity`.
 * @param transmissivity line transmissivity in [0, 1]
 * @param cycleTime node cycle per transfer, s (> 0)
 */
export function microwaveLink(transmissivity: Transmissivity, cycleTime: Seconds): MicrowaveLink {
  requireProbability('transmissivity', transmissivity);
  requirePositive('cycleTime', cycleTime);
  const root = Math.sqrt(transmissivity);
  const state: BellDiagonal = {
    phiPlus: (1 + root) ** 2 / 4,
    psiMinus: (1 - transmissivity) / 4,
    psiPlus: (1 - transmissivity) / 4,
    phiMinus: (1 - root) ** 2 / 4,
  };
  return {
    state,
    fidelity: state.phiPlus,
    successProbability: 1,
    attemptDuration: cycleTime,
    rate: 1 / cycleTime,
  };
}
