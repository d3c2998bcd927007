/**
 * Midpoint entangled-pair source (SPDC) with heralded absorptive memories at both ends.
 *
 * Architecture: Jones et al., "Design and analysis of communication protocols for quantum repeater networks",
 * NJP 18, 083015 (2016) ("MidpointSource"); physics.md §2. A source halfway along the link emits polarisation-
 * entangled photon pairs; each photon travels L/2 to a memory that heralds its absorption. The link succeeds
 * when both memories herald; p ~ mu eta_A eta_B per mode for small mean pair number mu.
 *
 * Model used here (exact for these assumptions, checked against a direct sum over pair numbers):
 * - Pair number n per mode is thermal, P(n) = mu^n / (1 + mu)^(n + 1) (single-mode SPDC).
 * - Each photon reaches and is absorbed-and-heralded by its memory independently with eta_A (eta_B); a memory
 *   heralds if at least one photon is absorbed or an unwanted click p_d occurs (threshold heralding).
 *   With G(x) = E[x^n] = 1 / (1 + mu (1 - x)), u = mu eta_A, v = mu eta_B, w = mu (eta_A + eta_B - eta_A eta_B):
 *   P(no unwanted clicks) = mu eta_A eta_B (1 + 2 mu + mu w) / ((1 + u)(1 + v)(1 + w)) (a form without
 *   cancellation), plus p_d [mu (1 - eta_A) eta_B / ((1 + u)(1 + w)) + mu (1 - eta_B) eta_A / ((1 + v)(1 + w))]
 *   + p_d^2 / (1 + w) for heralds helped by unwanted clicks.
 * - Genuine heralds: exactly one pair, both photons absorbed, P(1) eta_A eta_B = mu eta_A eta_B / (1 + mu)^2,
 *   delivering the source's pair (Werner state of fidelity F0, default 1). Every other herald (multi-pair
 *   emission, dark counts) is a false herald with the maximally mixed state (elementary-link.ts). This makes
 *   the multi-pair error grow with mu: F ~ 1 - (3/4) (multi-pair fraction), monotonically decreasing in mu
 *   without dark counts; with dark counts there is an optimal mu.
 * Timing: attempt time 3L/(2c) (link-hardware.ts). Not modelled: memory efficiency dependence on photon
 * bandwidth, the partial entanglement left by two-pair events.
 */
import { requireNonNegative, requireProbability, type Fidelity, type Probability } from '../core/index.js';
import { wernerState } from './bell-diagonal.js';
import {
  assembleElementaryLink,
  heraldOutcome,
  quantity,
  type ElementaryLink,
  type HeraldOutcome,
} from './elementary-link.js';
import { resolveLinkHardware, type LinkHardwareOptions } from './link-hardware.js';

/** Inputs of {@link midpointSourceHerald}: one mode of one attempt. */
export interface MidpointSourceHeraldOptions {
  /** Mean pair number mu per mode (>= 0). */
  readonly meanPairNumber: number;
  /** Probability that the photon to node A is absorbed and heralded, in [0, 1]. */
  readonly efficiencyA: Probability;
  /** Probability that the photon to node B is absorbed and heralded, in [0, 1]. */
  readonly efficiencyB: Probability;
  /** Unwanted herald probability per memory (dark counts, noise), in [0, 1]; default 0. */
  readonly unwantedClickProbability?: Probability;
  /** Fidelity F0 of the emitted pair (Werner), in [0, 1]; default 1. */
  readonly pairFidelity?: Fidelity;
}

/** Herald probability and state of one midpoint-source mode (see the file header for the model). */
export function midpointSourceHerald(options: MidpointSourceHeraldOptions): HeraldOutcome {
  const mu = requireNonNegative('meanPairNumber', options.meanPairNumber);
  const etaA = requireProbability('efficiencyA', options.efficiencyA);
  const etaB = requireProbability('efficiencyB', options.efficiencyB);
  const unwanted = requireProbability('unwantedClickProbability', options.unwantedClickProbability ?? 0);
  const pairFidelity = requireProbability('pairFidelity', options.pairFidelity ?? 1);
  const u = mu * etaA;
  const v = mu * etaB;
  const w = mu * (etaA + etaB - etaA * etaB);
  const withoutUnwanted = (mu * etaA * etaB * (1 + 2 * mu + mu * w)) / ((1 + u) * (1 + v) * (1 + w));
  const helpedByUnwanted =
    unwanted *
      ((mu * (1 - etaA) * etaB) / ((1 + u) * (1 + w)) + (mu * (1 - etaB) * etaA) / ((1 + v) * (1 + w))) +
    (unwanted * unwanted) / (1 + w);
  const total = withoutUnwanted + helpedByUnwanted;
  const genuine = (mu * etaA * etaB) / (1 + mu) ** 2;
  const falseHerald = Math.max(0, total - genuine);
  return heraldOutcome(wernerState(pairFidelity), genuine, falseHerald);
}

/** Options of {@link midpointSourceLink}. */
export interface MidpointSourceLinkOptions extends LinkHardwareOptions {
  /** Mean pair number mu per mode (>= 0); typically 0.01-0.1. */
  readonly meanPairNumber: number;
  /** Fidelity of the emitted pair (Werner), in [0, 1]; default 1. */
  readonly pairFidelity?: Fidelity;
}

/**
 * A midpoint-source elementary link over fibre. `emissionEfficiency` is the source's coupling of each photon
 * into its fibre and `detectorEfficiency` each memory's heralded absorption efficiency, so
 * eta_A = eta_B = emission x conversion x fibre(L/2) x absorption.
 */
export function midpointSourceLink(options: MidpointSourceLinkOptions): ElementaryLink {
  const hardware = resolveLinkHardware(options);
  const outcome = midpointSourceHerald({
    meanPairNumber: options.meanPairNumber,
    efficiencyA: hardware.halfLinkEfficiency,
    efficiencyB: hardware.halfLinkEfficiency,
    unwantedClickProbability: hardware.unwantedClickProbability,
    pairFidelity: options.pairFidelity ?? 1,
  });
  return assembleElementaryLink('midpoint-source', hardware, outcome, 'midpoint-source', [
    quantity('meanPairNumber', options.meanPairNumber, '', 'mu, mean pair number per mode'),
    quantity('pairFidelity', options.pairFidelity ?? 1, '', 'fidelity of the emitted pair'),
  ]);
}
