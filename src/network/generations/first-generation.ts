/**
 * First-generation repeater (1G): heralded entanglement generation (HEG) plus heralded entanglement
 * purification (HEP) in the nested protocol, as classified by Muralidharan et al., Sci. Rep. 6, 20463 (2016).
 *
 * Model (an analytic mean-value model built from the physics layer):
 * - segments: 2^n with n = ceil(log2(L / L0)), spacing L / 2^n (the nested protocol needs a power of two);
 * - HEG: double-click heralding (Barrett & Kok, PRA 71, 060310 (2005)), P0 = eta_c^2 eta_f(spacing) / 2 per
 *   attempt of duration tau = t0 + spacing / c, giving Werner pairs of fidelity F0 (elementaryPairFidelity);
 * - HEP: at every nesting level l = 0..n, r rounds of recurrence purification with noisy local operations
 *   (p2 = 1 - epsilon_G, eta_m = 1 - epsilon_M; Duer et al., PRA 59, 169 (1999); physics
 *   purification-schedule.ts), then a noisy swap to level l + 1 (physics swapping.ts) — the BDCZ scheme of
 *   Briegel, Duer, Cirac & Zoller, PRL 81, 5932 (1998);
 * - mean time: T = tau / P0 for a raw pair; a purification round at level l turns T into
 *   (2T + t0 + 2^l spacing / c) / p_k (two inputs made one after the other, one local step, one classical
 *   message across the level); a swap turns T into (3/2) T + t0 + 2^l spacing / c (the factor 3/2 for waiting
 *   on two independent halves: Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II);
 * - r: the smallest rounds per level in 0..R that reach the target fidelity;
 * - qubits per station: 2((n + 1) r + 1), a depth-first schedule holding one waiting pair per round and
 *   level plus the working pair, for each of the two sides.
 * Assumptions: no memory decoherence while waiting; no multiplexing; deterministic gate-based swaps.
 */
import type { BellDiagonal } from '../../physics/bell-diagonal.js';
import { wernerState } from '../../physics/bell-diagonal.js';
import { doubleClickHerald } from '../../physics/double-click.js';
import { fibreTransmissivity } from '../../physics/fibre.js';
import type { LocalOperationNoise } from '../../physics/local-operation-noise.js';
import type { PurificationProtocol } from '../../physics/purification-protocol.js';
import { recurrenceSchedule } from '../../physics/purification-schedule.js';
import { swapBellDiagonal } from '../../physics/swapping.js';
import type { Metres, Probability, Seconds } from '../../core/index.js';
import type { ResolvedHardware } from './generation-options.js';
import { segmentsFor } from './generation-formulas.js';
import { infeasibleRow, rowFromFigures, type RowLayout } from './generation-row.js';
import type { GenerationRow } from './generation-types.js';

/** Inputs of the 1G model. */
export interface FirstGenerationInputs {
  readonly hardware: ResolvedHardware;
  /** Requested spacing, m; the model uses L / 2^n <= this. */
  readonly repeaterSpacing: Metres;
  /** Most purification rounds per level to try (0..12). */
  readonly maxPurificationRounds: number;
  readonly protocol: PurificationProtocol;
}

/** Outcome of the nested protocol with a fixed number of rounds per level. */
export interface NestedPurificationOutcome {
  /** Delivered state (Bell-diagonal, not twirled). */
  readonly state: BellDiagonal;
  /** Mean time per delivered pair, s (may be +Infinity when it overflows). */
  readonly meanTime: Seconds;
}

/** Geometry and heralding of a 1G chain. */
export interface FirstGenerationLink {
  /** Nesting levels n. */
  readonly levels: number;
  /** Segments 2^n. */
  readonly segments: number;
  /** Spacing L / 2^n, m. */
  readonly spacing: Metres;
  /** Heralding probability P0 per attempt. */
  readonly heraldProbability: Probability;
  /** Attempt duration t0 + spacing / c, s. */
  readonly attemptDuration: Seconds;
}

/** Segments, spacing and heralding of the 1G chain for the given route. */
export function firstGenerationLink(
  hardware: ResolvedHardware,
  repeaterSpacing: Metres,
): FirstGenerationLink {
  const levels = Math.ceil(Math.log2(segmentsFor(hardware.totalLength, repeaterSpacing)) - 1e-12);
  const segments = 2 ** Math.max(0, levels);
  const spacing = hardware.totalLength / segments;
  const halfLinkEfficiency =
    hardware.couplingEfficiency * Math.sqrt(fibreTransmissivity(spacing, hardware.attenuation));
  return {
    levels: Math.max(0, levels),
    segments,
    spacing,
    heraldProbability: doubleClickHerald({ halfLinkEfficiency }).genuineProbability,
    attemptDuration: hardware.localOperationTime + spacing / hardware.fibreLightSpeed,
  };
}

function localNoise(hardware: ResolvedHardware): LocalOperationNoise {
  return {
    twoQubitGateReliability: 1 - hardware.gateError,
    measurementFidelity: 1 - hardware.measurementError,
  };
}

/**
 * Runs the nested protocol with `rounds` purification rounds at every level (see the file header).
 * Inputs are trusted (called after validation).
 */
export function nestedPurification(
  hardware: ResolvedHardware,
  link: FirstGenerationLink,
  rounds: number,
  protocol: PurificationProtocol,
): NestedPurificationOutcome {
  const noise = localNoise(hardware);
  const t0 = hardware.localOperationTime;
  let state = wernerState(hardware.elementaryPairFidelity);
  let meanTime = link.attemptDuration / link.heraldProbability;
  for (let level = 0; level <= link.levels; level++) {
    const messageTime = (2 ** level * link.spacing) / hardware.fibreLightSpeed;
    if (rounds > 0) {
      const schedule = recurrenceSchedule({ initialState: state, protocol, noise }, rounds);
      for (const round of schedule.slice(1)) {
        const p = round.successProbability;
        meanTime = p > 0 ? (2 * meanTime + t0 + messageTime) / p : Number.POSITIVE_INFINITY;
      }
      state = schedule[rounds]!.state;
    }
    if (level < link.levels) {
      state = swapBellDiagonal(state, state, noise).state;
      meanTime = 1.5 * meanTime + t0 + messageTime;
    }
  }
  return { state, meanTime };
}

const METHOD: readonly string[] = [
  'HEG: double-click heralding P0 = eta_c^2 eta_f(spacing)/2 per attempt of t0 + spacing/c (Barrett & Kok, PRA 71, 060310 (2005); physics/double-click.ts)',
  'HEP: nested protocol on 2^n segments with r recurrence-purification rounds per level and noisy swaps, p2 = 1 - gateError, eta_m = 1 - measurementError (Briegel et al., PRL 81, 5932 (1998); Duer et al., PRA 59, 169 (1999); physics/purification-schedule.ts, physics/swapping.ts)',
  'Mean time: T = tau/P0; purification round k at level l: T <- (2T + t0 + 2^l spacing/c)/p_k; swap: T <- (3/2)T + t0 + 2^l spacing/c (3/2 waiting factor: Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II)',
  'r = smallest rounds per level in 0..maxPurificationRounds reaching targetFidelity; qubits per station 2((n+1) r + 1)',
];

const ASSUMPTIONS: readonly string[] = [
  'segments rounded up to a power of two, so the spacing is totalLength/2^n <= the requested spacing',
  'memories do not decohere while waiting (memory time much longer than the mean time per pair)',
  'purification inputs of a segment are generated one after the other in the same memories (no multiplexing)',
  'waiting for two independent halves approximated by 3/2 of the mean of one (exponential approximation)',
  'heralded pairs are Werner states of fidelity elementaryPairFidelity; swaps are deterministic (gate-based)',
];

/** Bit (Z-basis) and phase (X-basis) error rates of a Bell-diagonal pair. */
export function basisErrorRates(state: BellDiagonal): { bitErrorRate: number; phaseErrorRate: number } {
  return {
    bitErrorRate: state.psiPlus + state.psiMinus,
    phaseErrorRate: state.phiMinus + state.psiMinus,
  };
}

/** The 1G row of the comparison (see the file header for the model). */
export function firstGenerationRow(inputs: FirstGenerationInputs): GenerationRow {
  const { hardware, maxPurificationRounds, protocol } = inputs;
  const link = firstGenerationLink(hardware, inputs.repeaterSpacing);
  const layout = (rounds: number): RowLayout => ({
    generation: '1G',
    architecture: 'HEG + HEP (heralded generation, nested purification and swapping)',
    qubitsPerStation: 2 * ((link.levels + 1) * rounds + 1),
    segments: link.segments,
    spacing: link.spacing,
    parameters: {
      nestingLevels: link.levels,
      purificationRoundsPerLevel: rounds,
      protocol,
      heraldProbability: link.heraldProbability,
      attemptDuration: link.attemptDuration,
    },
    method: METHOD,
    assumptions: ASSUMPTIONS,
  });
  if (!(link.heraldProbability > 0)) {
    return infeasibleRow(
      layout(0),
      'no pair is ever heralded: eta_c^2 eta_f / 2 is 0 at this spacing and coupling efficiency',
    );
  }
  let best = { rounds: 0, fidelity: -1 };
  for (let rounds = 0; rounds <= maxPurificationRounds; rounds++) {
    const outcome = nestedPurification(hardware, link, rounds, protocol);
    const fidelity = outcome.state.phiPlus;
    if (fidelity >= hardware.targetFidelity) {
      return rowFromFigures(
        layout(rounds),
        { rate: 1 / outcome.meanTime, fidelity, ...basisErrorRates(outcome.state) },
        hardware.targetFidelity,
      );
    }
    if (fidelity > best.fidelity) best = { rounds, fidelity };
  }
  return infeasibleRow(
    layout(best.rounds),
    `nested purification with up to ${maxPurificationRounds} rounds per level reaches at most fidelity ` +
      `${best.fidelity.toPrecision(6)} (at ${best.rounds} rounds) over ${link.segments} segments, below the ` +
      `target ${hardware.targetFidelity}: gate/measurement errors or the elementary fidelity are too poor for 1G`,
    best.fidelity,
  );
}
