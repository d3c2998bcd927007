/**
 * Elementary link generation: the result type shared by all heralded schemes (single-click, double-click,
 * midpoint source), false-herald mixing and assembling the result from one mode's herald outcome. Hardware
 * options, per-node efficiency and attempt timing are in link-hardware.ts.
 *
 * Rate = p / attempt duration; with a geometric number of attempts the mean generation time is
 * attempt duration / p (physics.md §1).
 * Dark counts and other unwanted clicks (model stated once here, used by every scheme): a herald with no
 * genuine photon behind it (a false herald) leaves the memories in the maximally mixed state, and the
 * delivered state is the probability-weighted mixture of genuine and false heralds. This is conservative for
 * fidelity (a real false herald often leaves a product state) and exact for the herald probability.
 */
import {
  type Fidelity,
  type Hertz,
  type Probability,
  type Seconds,
  type Transmissivity,
} from '../core/index.js';
import { MAXIMALLY_MIXED, fidelityOf, type BellDiagonal } from './bell-diagonal.js';
import { attemptDuration, type HeraldingGeometry, type ResolvedLinkHardware } from './link-hardware.js';
import { multiplexedSuccessProbability } from './multiplexing.js';

/** Link-generation schemes modelled here. */
export type LinkScheme = 'single-click' | 'double-click' | 'midpoint-source';

/** All schemes, for validation and did-you-mean suggestions. */
export const LINK_SCHEMES: readonly LinkScheme[] = ['single-click', 'double-click', 'midpoint-source'];

/** Outcome of one mode of one attempt, before multiplexing. */
export interface HeraldOutcome {
  /** Probability of a herald caused by the genuine photons, in [0, 1]. */
  readonly genuineProbability: Probability;
  /** Probability of a false herald (dark counts, noise, multi-pair events...), in [0, 1]. */
  readonly falseProbability: Probability;
  /** Total herald probability, genuine + false. */
  readonly successProbability: Probability;
  /** State delivered on a herald (Phi+ frame). */
  readonly state: BellDiagonal;
}

/** One named intermediate quantity, for the CLI and reports. */
export interface LinkQuantity {
  readonly name: string;
  readonly value: number;
  /** Unit, '' for dimensionless. */
  readonly unit: string;
  readonly description: string;
}

/** Result of an elementary-link model: rate, timing and delivered state. */
export interface ElementaryLink {
  readonly scheme: LinkScheme;
  /** Success probability per attempt, after multiplexing, in [0, 1]. */
  readonly successProbability: Probability;
  /** Success probability per attempt of one mode. */
  readonly modeSuccessProbability: Probability;
  /** Part of the mode success probability from genuine heralds. */
  readonly genuineHeraldProbability: Probability;
  /** Part of the mode success probability from false heralds. */
  readonly falseHeraldProbability: Probability;
  /** Duration of one attempt, s. */
  readonly attemptDuration: Seconds;
  /** Heralded pairs per second, successProbability / attemptDuration, Hz (Infinity if the duration is 0). */
  readonly rate: Hertz;
  /** Mean time to the first success, attemptDuration / successProbability, s (Infinity if p = 0). */
  readonly meanGenerationTime: Seconds;
  /** Delivered Bell-diagonal state (Phi+ frame). */
  readonly state: BellDiagonal;
  /** Fidelity of the delivered state with |Phi+>. */
  readonly fidelity: Fidelity;
  /** Number of multiplexed modes. */
  readonly modes: number;
  /** Fibre transmissivity of one half of the link (L/2). */
  readonly halfLinkTransmissivity: Transmissivity;
  /** Probability that one node's photon is detected (emission x conversion x fibre(L/2) x detector). */
  readonly halfLinkEfficiency: Probability;
  /** Dark-count probability per detector per window. */
  readonly darkCountProbability: Probability;
  /** Named intermediate quantities for display. */
  readonly quantities: readonly LinkQuantity[];
}

/**
 * Mixes a genuine-herald state with the maximally mixed state of false heralds, weighted by their
 * probabilities. With no heralds at all the genuine state is returned (the limit of a vanishing false rate),
 * so the result is never NaN.
 */
export function mixWithFalseHeralds(
  genuineState: BellDiagonal,
  genuineProbability: Probability,
  falseProbability: Probability,
): BellDiagonal {
  const total = genuineProbability + falseProbability;
  if (!(total > 0) || falseProbability === 0) return genuineState;
  const g = genuineProbability / total;
  const f = falseProbability / total;
  return {
    phiPlus: g * genuineState.phiPlus + f * MAXIMALLY_MIXED.phiPlus,
    psiMinus: g * genuineState.psiMinus + f * MAXIMALLY_MIXED.psiMinus,
    psiPlus: g * genuineState.psiPlus + f * MAXIMALLY_MIXED.psiPlus,
    phiMinus: g * genuineState.phiMinus + f * MAXIMALLY_MIXED.phiMinus,
  };
}

/** Builds a {@link HeraldOutcome} from genuine and false herald probabilities and the genuine state. */
export function heraldOutcome(
  genuineState: BellDiagonal,
  genuineProbability: Probability,
  falseProbability: Probability,
): HeraldOutcome {
  return {
    genuineProbability,
    falseProbability,
    successProbability: Math.min(1, genuineProbability + falseProbability),
    state: mixWithFalseHeralds(genuineState, genuineProbability, falseProbability),
  };
}

/**
 * Assembles an {@link ElementaryLink} from one mode's herald outcome: multiplexing, attempt duration, rate and
 * mean generation time. Used by the scheme modules.
 */
export function assembleElementaryLink(
  scheme: LinkScheme,
  hardware: ResolvedLinkHardware,
  outcome: HeraldOutcome,
  geometry: HeraldingGeometry,
  schemeQuantities: readonly LinkQuantity[],
): ElementaryLink {
  const successProbability = multiplexedSuccessProbability(outcome.successProbability, hardware.modes);
  const duration = attemptDuration({
    length: hardware.length,
    lightSpeed: hardware.lightSpeed,
    cycleTime: hardware.cycleTime,
    geometry,
  });
  const rate = duration > 0 ? successProbability / duration : successProbability > 0 ? Infinity : 0;
  const meanGenerationTime = successProbability > 0 ? duration / successProbability : Infinity;
  return {
    scheme,
    successProbability,
    modeSuccessProbability: outcome.successProbability,
    genuineHeraldProbability: outcome.genuineProbability,
    falseHeraldProbability: outcome.falseProbability,
    attemptDuration: duration,
    rate,
    meanGenerationTime,
    state: outcome.state,
    fidelity: fidelityOf(outcome.state),
    modes: hardware.modes,
    halfLinkTransmissivity: hardware.halfLinkTransmissivity,
    halfLinkEfficiency: hardware.halfLinkEfficiency,
    darkCountProbability: hardware.darkCountProbability,
    quantities: [
      quantity(
        'halfLinkTransmissivity',
        hardware.halfLinkTransmissivity,
        '',
        'fibre transmissivity over L/2',
      ),
      quantity(
        'halfLinkEfficiency',
        hardware.halfLinkEfficiency,
        '',
        'detection probability of one node photon',
      ),
      quantity(
        'darkCountProbability',
        hardware.darkCountProbability,
        '',
        'dark count per detector and window',
      ),
      quantity(
        'unwantedClickProbability',
        hardware.unwantedClickProbability,
        '',
        'dark + extra clicks per detector',
      ),
      quantity(
        'genuineHeraldProbability',
        outcome.genuineProbability,
        '',
        'genuine heralds per mode and attempt',
      ),
      quantity('falseHeraldProbability', outcome.falseProbability, '', 'false heralds per mode and attempt'),
      quantity('modeSuccessProbability', outcome.successProbability, '', 'herald probability per mode'),
      quantity('modes', hardware.modes, '', 'multiplexed modes per attempt'),
      quantity('attemptDuration', duration, 's', 'max(cycle time, light time)'),
      ...schemeQuantities,
    ],
  };
}

/** Shorthand for a {@link LinkQuantity}. */
export function quantity(name: string, value: number, unit: string, description: string): LinkQuantity {
  return { name, value, unit, description };
}
