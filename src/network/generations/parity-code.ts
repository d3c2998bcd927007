/**
 * The quantum parity code QPC(n, m) as a loss- and error-tolerant one-way code: n blocks of m photons,
 * |0_L>, |1_L> ~ (|0^m> + |1^m>)^n +- (|0^m> - |1^m>)^n (Ralph, Hayes & Gilchrist, PRL 95, 100501 (2005);
 * used for one-way repeaters by Muralidharan et al., PRL 112, 250501 (2014)).
 *
 * Loss: the encoded Bell measurement succeeds when every block has at least one measured photon and at
 * least one block has all m measured, P_enc = (1 - (1-eta)^m)^n - (1 - (1-eta)^m - eta^m)^n
 * (Muralidharan et al. 2014). Errors: the code has the Shor-type structure (m-fold repetition inside a block,
 * n-fold repetition of blocks), so one logical outcome is a majority vote inside every block multiplied over
 * the blocks, and the other a majority vote over the complete blocks of their m-photon parities.
 * Assumptions: independent photon losses and outcome errors; survivor counts of the two votes are conditioned
 * on the two success conditions separately (their correlation is neglected); ties are broken at random.
 */
import type { Probability } from '../../core/index.js';
import { accumulatedFlipProbability } from './generation-formulas.js';

/** A quantum parity code QPC(n, m): n blocks of m photons. */
export interface ParityCode {
  readonly blocks: number;
  readonly photonsPerBlock: number;
}

/**
 * Failure probability 1 - P_enc of the encoded Bell measurement of QPC(n, m) when each photon is measured
 * with probability eta: 1 - (1 - (1-eta)^m)^n + (1 - (1-eta)^m - eta^m)^n, computed without cancellation
 * near P_enc = 1.
 */
export function parityCodeFailureProbability(code: ParityCode, photonSurvival: Probability): Probability {
  const { blocks: n, photonsPerBlock: m } = code;
  if (photonSurvival <= 0) return 1;
  const allLost = Math.pow(1 - photonSurvival, m);
  const noneComplete = Math.max(0, 1 - allLost - Math.pow(photonSurvival, m));
  const someBlockSilent = -Math.expm1(n * Math.log1p(-allLost));
  return Math.min(1, Math.max(0, someBlockSilent + Math.pow(noneComplete, n)));
}

/** Success probability P_enc of the encoded Bell measurement of QPC(n, m) (Muralidharan et al. 2014). */
export function parityCodeSuccessProbability(code: ParityCode, photonSurvival: Probability): Probability {
  return 1 - parityCodeFailureProbability(code, photonSurvival);
}

/** Binomial(n, p) probabilities of 0..n successes, built up in log space (no overflow for large n). */
function binomialDistribution(n: number, p: Probability): Float64Array {
  const pmf = new Float64Array(n + 1);
  if (p <= 0 || p >= 1) {
    pmf[p <= 0 ? 0 : n] = 1;
    return pmf;
  }
  const logOdds = Math.log(p) - Math.log1p(-p);
  let logTerm = n * Math.log1p(-p);
  pmf[0] = Math.exp(logTerm);
  for (let k = 1; k <= n; k++) {
    logTerm += Math.log((n - k + 1) / k) + logOdds;
    pmf[k] = Math.exp(logTerm);
  }
  return pmf;
}

/**
 * Probability that a majority vote over k independent readings, each wrong with probability e, is wrong;
 * a tie (even k) is broken at random. k = 0 gives 1/2 (no information).
 */
export function majorityVoteError(readings: number, readingError: Probability): Probability {
  if (readings === 0) return 0.5;
  const pmf = binomialDistribution(readings, readingError);
  let wrong = 0;
  for (let i = Math.floor(readings / 2); i <= readings; i++) {
    if (2 * i > readings) wrong += pmf[i]!;
    else if (2 * i === readings) wrong += pmf[i]! / 2;
  }
  return Math.min(0.5, wrong);
}

/** Per-segment logical flip probabilities of the two logical outcomes of a QPC(n, m) Bell measurement. */
export interface ParityCodeLogicalErrors {
  /** Inner (within-block repetition) outcome: per-block majority over surviving photons, parity over blocks. */
  readonly inner: Probability;
  /** Outer (block repetition) outcome: majority over complete blocks of each block's m-photon parity. */
  readonly outer: Probability;
}

/** Majority-vote errors for 0..maxReadings readings of error e (index = number of readings). */
export function majorityVoteTable(maxReadings: number, readingError: Probability): Float64Array {
  const table = new Float64Array(maxReadings + 1);
  for (let k = 0; k <= maxReadings; k++) table[k] = majorityVoteError(k, readingError);
  return table;
}

/** Error of a majority vote over the k >= 1 survivors of `total` readings, k ~ Binomial(total, p). */
export function conditionedVoteError(total: number, survival: Probability, votes: Float64Array): Probability {
  const survivors = binomialDistribution(total, survival);
  let weight = 0;
  let wrong = 0;
  for (let k = 1; k <= total; k++) {
    const probability = survivors[k]!;
    weight += probability;
    wrong += probability * votes[k]!;
  }
  return weight > 0 ? wrong / weight : 0.5;
}

/** Probability that the m-photon parity of a complete block is wrong: (1 - (1 - 2 e_p)^m)/2. */
export function completeBlockError(photonsPerBlock: number, photonError: Probability): Probability {
  return accumulatedFlipProbability(photonError, photonsPerBlock);
}

export function logicalErrorsFromTables(
  code: ParityCode,
  photonSurvival: Probability,
  blockError: Probability,
  outerVotes: Float64Array,
): ParityCodeLogicalErrors {
  return {
    inner: accumulatedFlipProbability(blockError, code.blocks),
    outer: conditionedVoteError(code.blocks, Math.pow(photonSurvival, code.photonsPerBlock), outerVotes),
  };
}

/**
 * Logical error of one encoded Bell measurement of QPC(n, m) — the Shor-type structure of the parity code:
 * the inner outcome is read from every block by a majority vote over its k ~ Binomial(m, eta) surviving
 * photons (k >= 1) and multiplied over the n blocks, (1 - (1 - 2 e_block)^n)/2; the outer outcome is the
 * parity of all m photons of a complete block, wrong with (1 - (1 - 2 e_p)^m)/2, decided by a majority vote
 * over the j ~ Binomial(n, eta^m) complete blocks (j >= 1). Survivor counts are conditioned on the two
 * success conditions separately (their correlation is neglected).
 * @param photonError e_p, probability that a photon's measured outcome is wrong.
 */
export function parityCodeLogicalErrors(
  code: ParityCode,
  photonSurvival: Probability,
  photonError: Probability,
): ParityCodeLogicalErrors {
  const innerVotes = majorityVoteTable(code.photonsPerBlock, photonError);
  return logicalErrorsFromTables(
    code,
    photonSurvival,
    conditionedVoteError(code.photonsPerBlock, photonSurvival, innerVotes),
    majorityVoteTable(code.blocks, completeBlockError(code.photonsPerBlock, photonError)),
  );
}
