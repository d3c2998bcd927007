/**
 * Third-generation repeater (3G): one-way quantum communication with a loss-tolerant quantum parity code
 * QPC(n, m) — n blocks of m photons — corrected at every station by teleportation-based error correction
 * (Muralidharan et al., PRL 112, 250501 (2014); generation 3 of Muralidharan et al., Sci. Rep. 6, 20463
 * (2016)). No two-way signalling: the rate is set by the local operation time, not by the fibre delay.
 *
 * Model:
 * - segments N = ceil(L / L0), spacing L / N; each photon survives the segment with eta = eta_c eta_f(spacing)
 *   and its Bell measurement at the next station is then deterministic (gate-based);
 * - encoded Bell measurement succeeds when every block has at least one measured photon and at least one
 *   block has all m (the structure of the QPC, Muralidharan et al. 2014):
 *   P_enc = (1 - (1 - eta)^m)^n - (1 - (1 - eta)^m - eta^m)^n;
 * - rate R = P_enc^N / t0 (one encoded qubit per local operation time);
 * - operation errors: each measured photon's relevant outcome is wrong with e_p = 8 epsilon_G / 15 +
 *   epsilon_M; QPC(n, m) is a Shor-type code (m-fold repetition inside a block, n-fold repetition of
 *   blocks), so one logical outcome is a majority vote inside every block multiplied over blocks and the other
 *   a majority vote over complete blocks of their m-photon parities ({@link parityCodeLogicalErrors}); the
 *   residual logical errors of each station accumulate over N segments as parities;
 * - qubits per station 2nm (an encoded Bell pair);
 * - no one-way code corrects a per-photon loss of 1/2 or more: the quantum erasure channel has zero
 *   capacity there (Bennett, DiVincenzo & Smolin, PRL 78, 3217 (1997)), so such rows are infeasible.
 */
import type { Metres, Probability } from '../../core/index.js';
import { fibreTransmissivity } from '../../physics/fibre.js';
import type { CostBasis, GenerationRow } from './generation-types.js';
import type { ResolvedHardware } from './generation-options.js';
import {
  accumulatedFlipProbability,
  bb84SecretFraction,
  costPerKm,
  segmentsFor,
} from './generation-formulas.js';
import { infeasibleRow, rowFromFigures, type RowFigures, type RowLayout } from './generation-row.js';
import {
  completeBlockError,
  conditionedVoteError,
  logicalErrorsFromTables,
  majorityVoteTable,
  parityCodeFailureProbability,
  type ParityCode,
} from './parity-code.js';

const METHOD: readonly string[] = [
  'Per-photon survival eta = eta_c eta_f(spacing) (physics/fibre.ts); gate-based Bell measurement of every received photon',
  'Encoded Bell measurement of QPC(n,m): P_enc = (1-(1-eta)^m)^n - (1-(1-eta)^m-eta^m)^n (Muralidharan et al., PRL 112, 250501 (2014))',
  'Rate R = P_enc^N / t0 (one-way, one encoded qubit per local operation time)',
  'Logical errors per segment: inner = parity over n blocks of a majority vote over surviving photons; outer = majority vote over complete blocks of (1-(1-2e_p)^m)/2; e_p = 8 gateError/15 + measurementError; accumulated over N segments as parities',
  'Qubits per station 2nm; loss >= 1/2 per photon is beyond any one-way code (Bennett, DiVincenzo & Smolin, PRL 78, 3217 (1997))',
];

const ASSUMPTIONS: readonly string[] = [
  'survivor counts for the two majority votes are conditioned on the two success conditions separately (their correlation is neglected)',
  'encoded states are prepared on demand at every station within t0; photon sources are deterministic',
  'errors of different photons are independent; re-encoding errors are folded into e_p',
];

/** Inputs of the 3G model; a code dimension left undefined is searched up to its maximum. */
export interface ThirdGenerationInputs {
  readonly hardware: ResolvedHardware;
  readonly repeaterSpacing: Metres;
  readonly blocks?: number;
  readonly photonsPerBlock?: number;
  readonly maxBlocks: number;
  readonly maxPhotonsPerBlock: number;
  readonly costBasis: CostBasis;
}

interface ThirdGenerationLink {
  readonly segments: number;
  readonly spacing: Metres;
  readonly photonSurvival: Probability;
  readonly photonError: Probability;
}

function parityCodeLayout(link: ThirdGenerationLink, code: ParityCode, failure: Probability): RowLayout {
  return {
    generation: '3G',
    architecture: `one-way QEC (quantum parity code QPC(${code.blocks}, ${code.photonsPerBlock}))`,
    qubitsPerStation: 2 * code.blocks * code.photonsPerBlock,
    segments: link.segments,
    spacing: link.spacing,
    parameters: {
      blocks: code.blocks,
      photonsPerBlock: code.photonsPerBlock,
      photonSurvival: link.photonSurvival,
      encodedSuccessProbability: 1 - failure,
      endToEndSuccessProbability: Math.exp(link.segments * Math.log1p(-failure)),
      photonError: link.photonError,
    },
    method: METHOD,
    assumptions: ASSUMPTIONS,
  };
}

/** Numbers of one QPC(n, m) on one link, before they become a row. */
interface ParityCodeEvaluation {
  readonly code: ParityCode;
  readonly failure: Probability;
  readonly figures: RowFigures;
}

function evaluateParityCode(
  hardware: ResolvedHardware,
  link: ThirdGenerationLink,
  code: ParityCode,
  blockError: Probability,
  outerVotes: Float64Array,
): ParityCodeEvaluation {
  const failure = parityCodeFailureProbability(code, link.photonSurvival);
  const endToEndSuccess = Math.exp(link.segments * Math.log1p(-failure));
  const errors = logicalErrorsFromTables(code, link.photonSurvival, blockError, outerVotes);
  const innerFlip = accumulatedFlipProbability(errors.inner, link.segments);
  const outerFlip = accumulatedFlipProbability(errors.outer, link.segments);
  return {
    code,
    failure,
    figures: {
      rate: endToEndSuccess / hardware.localOperationTime,
      fidelity: (1 - innerFlip) * (1 - outerFlip),
      bitErrorRate: innerFlip,
      phaseErrorRate: outerFlip,
    },
  };
}

function rowOf(hardware: ResolvedHardware, link: ThirdGenerationLink, evaluation: ParityCodeEvaluation) {
  return rowFromFigures(
    parityCodeLayout(link, evaluation.code, evaluation.failure),
    evaluation.figures,
    hardware.targetFidelity,
  );
}

/** Cost of an evaluation on `basis` (as the row would report it), or undefined when it has none. */
function evaluationCost(
  evaluation: ParityCodeEvaluation,
  link: ThirdGenerationLink,
  targetFidelity: number,
  basis: CostBasis,
): number | undefined {
  const { rate, fidelity, bitErrorRate, phaseErrorRate } = evaluation.figures;
  if (!(rate > 0) || !Number.isFinite(rate) || !(fidelity >= targetFidelity)) return undefined;
  const usefulRate = basis === 'ebit' ? rate : rate * bb84SecretFraction(bitErrorRate, phaseErrorRate);
  const qubits = 2 * evaluation.code.blocks * evaluation.code.photonsPerBlock;
  return costPerKm(qubits, usefulRate, link.spacing);
}

function range(fixed: number | undefined, max: number): number[] {
  return fixed === undefined ? Array.from({ length: max }, (_, i) => i + 1) : [fixed];
}

/**
 * The evaluation to report when no code has a cost: a code that meets the rate and fidelity (it lacks only a
 * secret key); else, among codes that meet the fidelity target (they fail on rate), the highest encoded
 * success probability; else the best fidelity.
 */
function closestEvaluation(evaluations: readonly ParityCodeEvaluation[], targetFidelity: number) {
  const accurate = evaluations.filter((e) => e.figures.fidelity >= targetFidelity);
  if (accurate.length > 0) return accurate.reduce((best, e) => (e.failure < best.failure ? e : best));
  return evaluations.reduce((best, e) => (e.figures.fidelity > best.figures.fidelity ? e : best));
}

/**
 * The 3G row: for the given QPC(n, m), or the cheapest feasible one on `costBasis` over the dimensions
 * left open (n <= maxBlocks, m <= maxPhotonsPerBlock).
 */
export function thirdGenerationRow(inputs: ThirdGenerationInputs): GenerationRow {
  const { hardware } = inputs;
  const segments = segmentsFor(hardware.totalLength, inputs.repeaterSpacing);
  const spacing = hardware.totalLength / segments;
  const link: ThirdGenerationLink = {
    segments,
    spacing,
    photonSurvival: hardware.couplingEfficiency * fibreTransmissivity(spacing, hardware.attenuation),
    photonError: Math.min(0.5, (8 * hardware.gateError) / 15 + hardware.measurementError),
  };
  const blockChoices = range(inputs.blocks, inputs.maxBlocks);
  const photonChoices = range(inputs.photonsPerBlock, inputs.maxPhotonsPerBlock);
  if (1 - link.photonSurvival >= 0.5) {
    const code = { blocks: blockChoices[0]!, photonsPerBlock: photonChoices[0]! };
    return infeasibleRow(
      parityCodeLayout(link, code, parityCodeFailureProbability(code, link.photonSurvival)),
      `per-photon loss ${(1 - link.photonSurvival).toPrecision(4)} over ${spacing.toPrecision(4)} m ` +
        '(1 - couplingEfficiency x fibre transmissivity) is at or beyond 1/2, which no one-way loss code ' +
        'tolerates (erasure-channel capacity vanishes); shorten the 3G spacing or raise the coupling efficiency',
    );
  }
  // The search reuses the same majority votes for many codes: tabulate them once.
  const maxBlocks = blockChoices.at(-1)!;
  const innerVotes = majorityVoteTable(photonChoices.at(-1)!, link.photonError);
  const evaluations: ParityCodeEvaluation[] = [];
  let cheapest: ParityCodeEvaluation | undefined;
  let cheapestCost = Number.POSITIVE_INFINITY;
  for (const photonsPerBlock of photonChoices) {
    const outerVotes = majorityVoteTable(maxBlocks, completeBlockError(photonsPerBlock, link.photonError));
    const blockError = conditionedVoteError(photonsPerBlock, link.photonSurvival, innerVotes);
    for (const blocks of blockChoices) {
      const evaluation = evaluateParityCode(
        hardware,
        link,
        { blocks, photonsPerBlock },
        blockError,
        outerVotes,
      );
      evaluations.push(evaluation);
      const cost = evaluationCost(evaluation, link, hardware.targetFidelity, inputs.costBasis);
      if (cost !== undefined && cost < cheapestCost) {
        cheapest = evaluation;
        cheapestCost = cost;
      }
    }
  }
  if (cheapest !== undefined) return rowOf(hardware, link, cheapest);
  const fallback = rowOf(hardware, link, closestEvaluation(evaluations, hardware.targetFidelity));
  if (fallback.status === 'feasible' || evaluations.length === 1) return fallback;
  return {
    ...fallback,
    reason:
      `no parity code QPC(n, m) with n <= ${maxBlocks} and m <= ${photonChoices.at(-1)} is feasible; ` +
      `for example ${fallback.architecture}: ${fallback.reason ?? 'no reason recorded'}`,
  };
}
