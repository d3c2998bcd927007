/**
 * The 'sequential' swap policy: hop 0 makes a link, then hop 1 starts and node 1 swaps as soon as hop 1's
 * link exists, then hop 2 starts, and so on. Only one hop generates at a time.
 *
 * Waiting time: step k (k >= 1) lasts T_k (hop k's generation time). The step fails when its Bell
 * measurement fails (probability 1 - p_s,k) or, with a cutoff c, when the chain waited longer than c for
 * hop k (it is then discarded at c); a failure restarts the chain from hop 0. With A_k the mean time to a
 * chain over hops 0..k, Wald's identity gives, exactly,
 *   A_0 = E[T_0],  A_k = (A_(k-1) + E[min(T_k, c)]) / (p_s,k P(T_k <= c)),
 * and the variance of the geometric sum of independent tries, Var_k = Var[X]/pi + (1 - pi) E[X]^2/pi^2 with
 * X = D_(k-1) + min(T_k, c), exact without a cutoff (a try's duration is then independent of its outcome).
 * Memory: while hop k generates, the qubit at node 0 and the qubit of hop k-1 at node k wait, so the Pauli
 * eigenvalue of the delivered pair is prod_(k>=1) E[e^(-(kappa_0 + kappa_k) T_k) | T_k <= c], exact for
 * geometric attempts (E[b^N] = b p / (1 - b(1-p)), b = e^(-kappa tau); physics memory-decoherence.ts and
 * cutoff.ts) and for exponential delivered hops (r / (r + kappa)).
 */
import type { Seconds } from '../../core/index.js';
import { cutoffAttempts, storedLinkCutoff } from '../../physics/cutoff.js';
import { expectedDecayWhileWaiting } from '../../physics/memory-decoherence.js';
import type { HopTiming } from './hop-timing.js';
import type { DecayEigenvalues } from './parallel-decay.js';
import type { PolicyFigures } from './parallel-policy.js';
import type { ResolvedNode } from './resolve-route.js';

/** One step's figures: arrival within the cutoff, mean and variance of min(T, c), conditional decay. */
interface StepFigures {
  readonly arrival: number;
  readonly meanTry: Seconds;
  readonly varianceTry: number;
  readonly decay: (kappa: number) => number;
}

function heraldedStep(timing: HopTiming, cutoff: Seconds): StepFigures {
  const { successProbability: p, attemptDuration: tau } = timing;
  if (!Number.isFinite(cutoff)) {
    return {
      arrival: 1,
      meanTry: timing.mean,
      varianceTry: timing.variance,
      decay: (kappa) => (kappa === 0 ? 1 : expectedDecayWhileWaiting(p, tau, 1 / kappa)),
    };
  }
  if (cutoffAttempts(cutoff, tau) === 0) {
    return { arrival: 0, meanTry: tau, varianceTry: 0, decay: () => 0 };
  }
  const stored = (kappa: number): ReturnType<typeof storedLinkCutoff> =>
    storedLinkCutoff({
      linkSuccessProbability: p,
      attemptDuration: tau,
      cutoff,
      linkFidelity: 1,
      pairDepolarisingTime: kappa > 0 ? 1 / kappa : Number.POSITIVE_INFINITY,
    });
  const base = stored(0);
  const meanTry = base.expectedAttemptsPerTry * tau;
  return {
    arrival: base.partnerArrivalProbability,
    meanTry,
    varianceTry: truncatedExponentialVariance(timing.mean, cutoff),
    decay: (kappa) => (kappa === 0 ? 1 : stored(kappa).meanDecayFactorGivenArrival),
  };
}

/** Var[min(T, c)] for T exponential with the given mean (approximation for geometric T). */
function truncatedExponentialVariance(mean: Seconds, cutoff: Seconds): number {
  const x = cutoff / mean;
  const first = -Math.expm1(-x);
  const second = 2 * (first - x * Math.exp(-x));
  return Math.max(0, (second - first * first) * mean * mean);
}

function deliveredStep(timing: HopTiming, cutoff: Seconds): StepFigures {
  const rate = timing.decayRate;
  if (!Number.isFinite(cutoff)) {
    return {
      arrival: 1,
      meanTry: timing.mean,
      varianceTry: timing.variance,
      decay: (kappa) => rate / (rate + kappa),
    };
  }
  const arrival = -Math.expm1(-rate * cutoff);
  return {
    arrival,
    meanTry: arrival / rate,
    varianceTry: truncatedExponentialVariance(timing.mean, cutoff),
    decay: (kappa) => ((rate / (rate + kappa)) * -Math.expm1(-(rate + kappa) * cutoff)) / arrival,
  };
}

/** Result of the sequential policy, or why it cannot deliver. */
export type SequentialOutcome =
  | { readonly ok: true; readonly figures: PolicyFigures }
  | { readonly ok: false; readonly hopIndex: number; readonly reason: string };

/** Figures of the sequential policy (file header). */
export function sequentialPolicyFigures(
  timings: readonly HopTiming[],
  nodes: readonly ResolvedNode[],
  cutoff: Seconds,
): SequentialOutcome {
  const hops = timings.length;
  let mean = timings[0]!.mean;
  let variance = timings[0]!.variance;
  let decayX = 1;
  let decayZ = 1;
  const stepSuccess: number[] = [1];
  const meanTries: number[] = [timings[0]!.mean];
  for (let k = 1; k < hops; k++) {
    const timing = timings[k]!;
    const step = timing.attemptDuration > 0 ? heraldedStep(timing, cutoff) : deliveredStep(timing, cutoff);
    if (step.arrival === 0) {
      return {
        ok: false,
        hopIndex: k,
        reason: `the cutoff ${cutoff} s is shorter than one attempt (${timing.attemptDuration} s) of hop ${k}, so the waiting chain is always discarded`,
      };
    }
    const success = step.arrival * nodes[k]!.swapSuccessProbability;
    const tryMean = mean + step.meanTry;
    const tryVariance = variance + step.varianceTry;
    mean = tryMean / success;
    variance = tryVariance / success + ((1 - success) * tryMean * tryMean) / (success * success);
    decayX *= step.decay(nodes[0]!.decayRates.x + nodes[k]!.decayRates.x);
    decayZ *= step.decay(nodes[0]!.decayRates.z + nodes[k]!.decayRates.z);
    stepSuccess.push(success);
    meanTries.push(step.meanTry);
  }
  const generationsPerPair = timings.map((_, hop) =>
    stepSuccess.slice(Math.max(1, hop)).reduce((count, success) => count / success, 1),
  );
  const laterTries = meanTries.slice(1).reduce((sum, value) => sum + value, 0);
  const meanStorage = timings.map((_, hop): readonly [Seconds, Seconds] => [
    hop === 0 ? laterTries : 0,
    hop + 1 < hops ? meanTries[hop + 1]! : 0,
  ]);
  const decay: DecayEigenvalues = { x: decayX, z: decayZ };
  const exactVariance = !Number.isFinite(cutoff);
  return {
    ok: true,
    figures: {
      meanWaiting: mean,
      waitingVariance: variance,
      generationsPerPair,
      decay,
      meanStorage,
      methods: [
        'exact: sequential waiting time, sum of hop generation times with failed swaps and cutoff discards restarting the chain (Wald identity)',
        exactVariance
          ? 'exact: sequential waiting-time variance (independent geometric tries)'
          : 'approximation: sequential waiting-time variance with a cutoff treats a try duration as independent of its outcome',
        'exact: sequential memory decay, product over steps of E[exp(-(kappa_0 + kappa_k) T_k)] for geometric attempts',
      ],
    },
  };
}
