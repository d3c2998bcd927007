/**
 * Double-click (Barrett-Kok) entanglement generation: two photon detections at a midpoint station.
 *
 * Source: Barrett & Kok, PRA 71, 060310(R) (2005); used by Bernien et al., Nature 497, 86 (2013) and Hensen
 * et al., Nature 526, 682 (2015). Each node emits one photon entangled with its spin (time-bin form: spin |0>
 * -> early bin, |1> -> late bin); a herald needs exactly one click in the early bin and exactly one in the late
 * bin behind a 50:50 beam splitter, which projects the spins onto |Psi+> or |Psi-> (fixed by a local Z).
 * Ideal: p = eta^2 / 2, F = 1 (physics.md §2), eta = eta_half the per-node detection probability.
 *
 * Model used here (threshold detectors, two per time bin; checked by a Fock-space calculation):
 * - genuine: both photons detected in different bins, eta^2 / 2, with the other detector of each bin silent,
 *   (1 - p_d)^2, p_d the unwanted click probability per detector per bin (dark counts, noise);
 * - false (maximally mixed, elementary-link.ts), with d = 2 p_d (1 - p_d) the probability that an otherwise
 *   empty bin shows exactly one click: both photons in the same bin (they bunch onto one detector)
 *   eta^2 / 2 (1 - p_d) d; one photon detected 2 eta (1 - eta) (1 - p_d) d; none (1 - eta)^2 d^2.
 * - Partial distinguishability: the two-photon interference visibility V dephases the heralded state,
 *   (Phi+, Phi-) = ((1 + V)/2, (1 - V)/2) in the Phi+ frame, so F = (1 + V)/2 for otherwise perfect devices
 *   (model assumption, as in the visibility-limited fidelity of Bernien et al. 2013).
 * Not modelled: rate loss from distinguishable photons not bunching, spin-photon infidelity, asymmetric links.
 */
import { requireProbability, type Probability } from '../core/index.js';
import {
  assembleElementaryLink,
  heraldOutcome,
  quantity,
  type ElementaryLink,
  type HeraldOutcome,
} from './elementary-link.js';
import { resolveLinkHardware, type LinkHardwareOptions } from './link-hardware.js';

/** Inputs of {@link doubleClickHerald}: one mode of one attempt. */
export interface DoubleClickHeraldOptions {
  /** Probability eta_half that one node's photon is detected, in [0, 1]. */
  readonly halfLinkEfficiency: Probability;
  /** Unwanted click probability per detector per time bin, in [0, 1]; default 0. */
  readonly unwantedClickProbability?: Probability;
  /** Two-photon interference visibility V in [0, 1]; default 1. */
  readonly visibility?: Probability;
}

/** Herald probability and state of one double-click mode (see the file header for the model). */
export function doubleClickHerald(options: DoubleClickHeraldOptions): HeraldOutcome {
  const eta = requireProbability('halfLinkEfficiency', options.halfLinkEfficiency);
  const unwanted = requireProbability('unwantedClickProbability', options.unwantedClickProbability ?? 0);
  const visibility = requireProbability('visibility', options.visibility ?? 1);
  const silent = 1 - unwanted;
  const oneDarkClick = 2 * unwanted * silent;
  const genuine = ((eta * eta) / 2) * silent * silent;
  const falseHerald =
    ((eta * eta) / 2) * silent * oneDarkClick +
    2 * eta * (1 - eta) * silent * oneDarkClick +
    (1 - eta) ** 2 * oneDarkClick * oneDarkClick;
  const genuineState = {
    phiPlus: (1 + visibility) / 2,
    psiMinus: 0,
    psiPlus: 0,
    phiMinus: (1 - visibility) / 2,
  };
  return heraldOutcome(genuineState, genuine, falseHerald);
}

/** Options of {@link doubleClickLink}: hardware plus the photon visibility. */
export interface DoubleClickLinkOptions extends LinkHardwareOptions {
  /** Two-photon interference visibility V in [0, 1]; default 1. */
  readonly visibility?: Probability;
}

/**
 * A double-click elementary link over fibre with a midpoint station. Both time bins are detected within one
 * attempt, so the attempt time is L/c (or the cycle time, which should include both emissions).
 */
export function doubleClickLink(options: DoubleClickLinkOptions): ElementaryLink {
  const hardware = resolveLinkHardware(options);
  const outcome = doubleClickHerald({
    halfLinkEfficiency: hardware.halfLinkEfficiency,
    unwantedClickProbability: hardware.unwantedClickProbability,
    visibility: options.visibility ?? 1,
  });
  return assembleElementaryLink('double-click', hardware, outcome, 'midpoint-station', [
    quantity('visibility', options.visibility ?? 1, '', 'two-photon interference visibility'),
  ]);
}
