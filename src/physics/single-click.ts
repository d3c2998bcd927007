/**
 * Single-click (single-photon) entanglement generation with a midpoint beam splitter.
 *
 * Source: Humphreys et al., Nature 558, 268 (2018); Hermans et al., NJP 25, 013011 (2023); Cabrillo et al.,
 * PRA 59, 1025 (1999). Each node prepares sqrt(1 - alpha)|0>|no photon> + sqrt(alpha)|1>|photon>; the photons
 * meet at a 50:50 beam splitter and a click in exactly one of its two threshold detectors heralds
 * |Psi+> or |Psi-> (fixed by a local Z). Leading order in eta: p ~ 2 alpha eta, F ~ 1 - alpha (physics.md §2).
 *
 * Model used here (exact for threshold detectors, independently checked by a Fock-space calculation):
 * - Each node's photon is detected with probability alpha eta (eta = eta_half, per-node efficiency), so no
 *   signal photon is detected with P0 = (1 - alpha eta)^2 and a signal click occurs with
 *   P_sig = 1 - P0 = 2 alpha eta - alpha^2 eta^2 (two photons bunch onto one detector, Hong-Ou-Mandel).
 * - Of P_sig, alpha^2 eta (2 - eta) comes from both nodes bright (|11>, one photon possibly lost), so the
 *   heralded state is (1 - q) |Psi> + q |11><11| with q = alpha (2 - eta) / (2 - alpha eta) -> alpha as eta -> 0.
 * - Phi+ frame (local X on node B): Psi+ -> Phi+, Psi- -> Phi-, |11><11| -> |10><10| = (Psi+ + Psi-)/2 plus
 *   coherences dropped by Bell-diagonal twirling (fidelity unchanged). So
 *   (Phi+, Psi-, Psi+, Phi-) = ((1 - q)(1 + V)/2, q/2, q/2, (1 - q)(1 - V)/2), with V the coherence
 *   (visibility) of the single-photon superposition: optical phase stability and photon indistinguishability;
 *   Gaussian phase noise of standard deviation sigma gives V = exp(-sigma^2 / 2) ({@link visibilityFromPhaseNoise}).
 * - Unwanted clicks p_d per detector (dark counts, noise): genuine heralds need the other detector silent,
 *   P_sig (1 - p_d); false heralds P0 2 p_d (1 - p_d), maximally mixed (elementary-link.ts).
 * Not modelled: double optical excitation, spin-photon entanglement infidelity, asymmetric links.
 */
import { requireNonNegative, requireProbability, type Fidelity, type Probability } from '../core/index.js';
import type { BellDiagonal } from './bell-diagonal.js';
import {
  assembleElementaryLink,
  heraldOutcome,
  quantity,
  type ElementaryLink,
  type HeraldOutcome,
} from './elementary-link.js';
import { resolveLinkHardware, type LinkHardwareOptions } from './link-hardware.js';

/** Inputs of {@link singleClickHerald}: one mode of one attempt. */
export interface SingleClickHeraldOptions {
  /** Bright-state population alpha in [0, 1]. */
  readonly brightStatePopulation: Probability;
  /** Probability eta_half that one node's photon is detected, in [0, 1]. */
  readonly halfLinkEfficiency: Probability;
  /** Unwanted click probability per detector (dark counts, noise), in [0, 1]; default 0. */
  readonly unwantedClickProbability?: Probability;
  /** Coherence (visibility) V of the heralded superposition, in [0, 1]; default 1. */
  readonly visibility?: Probability;
}

/** Herald probability and state of one single-click mode (see the file header for the model). */
export function singleClickHerald(options: SingleClickHeraldOptions): HeraldOutcome {
  const alpha = requireProbability('brightStatePopulation', options.brightStatePopulation);
  const eta = requireProbability('halfLinkEfficiency', options.halfLinkEfficiency);
  const unwanted = requireProbability('unwantedClickProbability', options.unwantedClickProbability ?? 0);
  const visibility = requireProbability('visibility', options.visibility ?? 1);
  const photonDetected = alpha * eta;
  const noSignal = (1 - photonDetected) ** 2;
  const signal = photonDetected * (2 - photonDetected);
  const genuine = signal * (1 - unwanted);
  const falseHerald = noSignal * 2 * unwanted * (1 - unwanted);
  return heraldOutcome(singleClickGenuineState(alpha, eta, visibility), genuine, falseHerald);
}

/** Bell-diagonal state of a genuine single-click herald, Phi+ frame (file header). */
export function singleClickGenuineState(
  brightStatePopulation: Probability,
  halfLinkEfficiency: Probability,
  visibility: Probability = 1,
): BellDiagonal {
  const alpha = requireProbability('brightStatePopulation', brightStatePopulation);
  const eta = requireProbability('halfLinkEfficiency', halfLinkEfficiency);
  requireProbability('visibility', visibility);
  const bothBright = (alpha * (2 - eta)) / (2 - alpha * eta);
  const single = 1 - bothBright;
  return {
    phiPlus: (single * (1 + visibility)) / 2,
    psiMinus: bothBright / 2,
    psiPlus: bothBright / 2,
    phiMinus: (single * (1 - visibility)) / 2,
  };
}

/**
 * The leading-order (small eta) formulas of physics.md §2: p = 2 alpha eta, F = 1 - alpha. Kept for comparison
 * with the exact model; they overestimate p by a relative alpha eta / 2 and underestimate F slightly.
 */
export function singleClickLeadingOrder(
  brightStatePopulation: Probability,
  halfLinkEfficiency: Probability,
): { readonly successProbability: Probability; readonly fidelity: Fidelity } {
  const alpha = requireProbability('brightStatePopulation', brightStatePopulation);
  const eta = requireProbability('halfLinkEfficiency', halfLinkEfficiency);
  return { successProbability: Math.min(1, 2 * alpha * eta), fidelity: 1 - alpha };
}

/**
 * Coherence factor V = exp(-sigma^2 / 2) of a superposition whose relative optical phase has Gaussian noise of
 * standard deviation sigma (radians, >= 0).
 */
export function visibilityFromPhaseNoise(phaseStandardDeviation: number): Probability {
  requireNonNegative('phaseStandardDeviation', phaseStandardDeviation);
  return Math.exp(-(phaseStandardDeviation ** 2) / 2);
}

/** Options of {@link singleClickLink}: hardware plus the scheme's own parameters. */
export interface SingleClickLinkOptions extends LinkHardwareOptions {
  /** Bright-state population alpha in [0, 1] (typically 0.03-0.1). */
  readonly brightStatePopulation: Probability;
  /** Coherence V of the heralded state (phase stability, indistinguishability), in [0, 1]; default 1. */
  readonly visibility?: Probability;
}

/** A single-click elementary link over fibre with a midpoint station (attempt time L/c). */
export function singleClickLink(options: SingleClickLinkOptions): ElementaryLink {
  const hardware = resolveLinkHardware(options);
  const outcome = singleClickHerald({
    brightStatePopulation: options.brightStatePopulation,
    halfLinkEfficiency: hardware.halfLinkEfficiency,
    unwantedClickProbability: hardware.unwantedClickProbability,
    visibility: options.visibility ?? 1,
  });
  return assembleElementaryLink('single-click', hardware, outcome, 'midpoint-station', [
    quantity('brightStatePopulation', options.brightStatePopulation, '', 'alpha, bright-state population'),
    quantity('visibility', options.visibility ?? 1, '', 'coherence of the heralded superposition'),
  ]);
}
