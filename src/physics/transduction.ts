/**
 * Microwave-optical transduction on a heralded link between two superconducting (microwave) nodes.
 *
 * A transducer has a conversion efficiency eta_t, added noise n_add (photons per mode referred to its input, as
 * reported by Sahu et al., Nat. Commun. 13, 1276 (2022): eta_t = 8.7 %, n_add = 0.16), a bandwidth B and a duty
 * cycle D (physics.md §7). Model used here (stated assumptions):
 * - Efficiency: the transducer multiplies the optical-side efficiency of each node, like a frequency converter
 *   (eta_half = emission x eta_t x conversion x fibre(L/2) x detector).
 * - Noise: input-referred noise leaves the transducer as eta_t n_add thermal photons per mode and meets the
 *   same downstream efficiency eta_down as the signal (conversion x fibre(L/2) x detector for midpoint-station
 *   schemes; the memory's heralded absorption for a midpoint source, with the transducer in front of the memory).
 *   Both ends carry a transducer; behind the midpoint beam splitter each detector sees half of each
 *   transducer's noise, i.e. mean m = n_add eta_t eta_down per detector per mode, and clicks with m / (1 + m)
 *   (thermal light). These clicks enter the scheme models exactly like dark counts, so false heralds leave the
 *   maximally mixed state. For a one-click herald this reproduces, to first order, the brief's
 *   p_noise ~ n_add x (downstream efficiency) per transducer and
 *   F = (p_sig F0 + p_noise / 4) / (p_sig + p_noise) ({@link noisyHeraldFidelity}).
 * - Rate: attempts are limited to B x D per second (pulsed transducers: the duty cycle keeps the pump heating
 *   low), so the attempt duration is at least 1 / (B D).
 * Noise limit: with perfect emission and a lossy optical side (eta_half << 1) the fidelity falls below 1/2 at
 * n_add = (sqrt 2 - 1)/2 ~ 0.21 for double-click (false heralds ~ 8 n + 8 n^2 times the genuine ones) and at
 * n_add ~ 0.25 for single-click at its best alpha = 1/4 (false/genuine ~ n / alpha); higher optical efficiency
 * raises the limit (double-click 0.227 at eta_t = 0.087 and no other loss, 0.5 only once eta_half ~ 0.56).
 * See {@link transducerNoiseLimit}.
 * Dirnegger et al. (IBM, arXiv:2503.10842 (2025)) quote ~0.5 noise photons as the threshold for F > 0.5 without
 * distillation; our limit is about half of that, consistent with their counting noise from one transducer per
 * herald where we count both ends, and with our pessimistic maximally mixed false-herald state.
 */
import {
  UnreachableError,
  requireInRange,
  requireNonNegative,
  requirePositive,
  requirePositiveOrInfinite,
  requireProbability,
  type Fidelity,
  type Hertz,
  type Probability,
} from '../core/index.js';
import { combineClickProbabilities, thermalClickProbability } from './detectors.js';
import { quantity, type ElementaryLink } from './elementary-link.js';
import { fibreTransmissivity } from './fibre.js';
import { generateElementaryLink, type LinkRequest } from './link-generation.js';

/** Parameters of a microwave-optical transducer (one at each end of the link). */
export interface TransducerParameters {
  /** Total conversion efficiency eta_t in [0, 1]. */
  readonly efficiency: Probability;
  /** Added noise photons per mode, referred to the transducer input (>= 0). */
  readonly addedNoisePhotons: number;
  /** Transducer bandwidth, Hz (> 0 or Infinity); default Infinity (no rate cap). */
  readonly bandwidth?: Hertz;
  /** Fraction of time the transducer can operate, in (0, 1]; default 1. */
  readonly dutyCycle?: Probability;
}

/** A link through transducers at both ends. */
export interface TransducedLinkRequest {
  /** The optical link; its conversionEfficiency is multiplied by the transducer efficiency. */
  readonly link: LinkRequest;
  readonly transducer: TransducerParameters;
}

/** An elementary link with the transducer's contribution spelled out. */
export interface TransducedLink extends ElementaryLink {
  readonly transducerEfficiency: Probability;
  readonly addedNoisePhotons: number;
  /** Mean noise photons per detector per mode, n_add eta_t eta_down. */
  readonly noisePhotonsPerDetector: number;
  /** Click probability per detector per mode caused by transducer noise. */
  readonly noiseClickProbability: Probability;
  /** Maximum attempt rate B x D, Hz. */
  readonly attemptRateLimit: Hertz;
}

/** Maximum attempt rate of a transducer, bandwidth x duty cycle, Hz (Infinity for unlimited bandwidth). */
export function transducerAttemptRateLimit(bandwidth: Hertz = Infinity, dutyCycle: Probability = 1): Hertz {
  requirePositiveOrInfinite('bandwidth', bandwidth);
  requireProbability('dutyCycle', dutyCycle);
  requirePositive('dutyCycle', dutyCycle);
  return bandwidth * dutyCycle;
}

/**
 * First-order false-herald probability from transducer noise for a one-click herald:
 * transducers x n_add x eta_down, with eta_down the efficiency from the transducer input to the detector
 * (including eta_t). Valid while the result is << 1.
 */
export function transducerFalseHeraldEstimate(
  addedNoisePhotons: number,
  downstreamEfficiency: Probability,
  transducers = 2,
): Probability {
  requireNonNegative('addedNoisePhotons', addedNoisePhotons);
  requireProbability('downstreamEfficiency', downstreamEfficiency);
  requireNonNegative('transducers', transducers);
  return Math.min(1, transducers * addedNoisePhotons * downstreamEfficiency);
}

/**
 * Fidelity of heralds mixing genuine ones (probability p_sig, fidelity F0) with noise heralds (p_noise,
 * maximally mixed): F = (p_sig F0 + p_noise / 4) / (p_sig + p_noise) (physics.md §7). Returns F0 when both
 * probabilities are 0.
 */
export function noisyHeraldFidelity(
  signalProbability: Probability,
  signalFidelity: Fidelity,
  noiseProbability: Probability,
): Fidelity {
  requireProbability('signalProbability', signalProbability);
  requireProbability('signalFidelity', signalFidelity);
  requireProbability('noiseProbability', noiseProbability);
  const total = signalProbability + noiseProbability;
  if (total === 0) return signalFidelity;
  return (signalProbability * signalFidelity + noiseProbability / 4) / total;
}

/** The elementary link through transducers at both ends (model in the file header). */
export function transducedLink(request: TransducedLinkRequest): TransducedLink {
  const { link, transducer } = request;
  const efficiency = requireProbability('transducer.efficiency', transducer.efficiency);
  const addedNoisePhotons = requireNonNegative('transducer.addedNoisePhotons', transducer.addedNoisePhotons);
  const bandwidth = requirePositiveOrInfinite('transducer.bandwidth', transducer.bandwidth ?? Infinity);
  const dutyCycle = requireInRange('transducer.dutyCycle', transducer.dutyCycle ?? 1, 0, 1);
  requirePositive('transducer.dutyCycle', dutyCycle);
  const conversionEfficiency = requireProbability('conversionEfficiency', link.conversionEfficiency ?? 1);
  const detectorEfficiency = requireProbability('detectorEfficiency', link.detectorEfficiency);
  const downstream =
    link.scheme === 'midpoint-source'
      ? detectorEfficiency
      : conversionEfficiency * fibreTransmissivity(link.length / 2, link.attenuation) * detectorEfficiency;
  const noisePhotonsPerDetector = addedNoisePhotons * efficiency * downstream;
  const noiseClickProbability = thermalClickProbability(noisePhotonsPerDetector);
  const attemptRateLimit = bandwidth * dutyCycle;
  const minimumAttemptTime = 1 / attemptRateLimit;
  const result = generateElementaryLink({
    ...link,
    conversionEfficiency: conversionEfficiency * efficiency,
    extraClickProbability: combineClickProbabilities(link.extraClickProbability ?? 0, noiseClickProbability),
    cycleTime: Math.max(requireNonNegative('cycleTime', link.cycleTime ?? 0), minimumAttemptTime),
  } as LinkRequest);
  return {
    ...result,
    transducerEfficiency: efficiency,
    addedNoisePhotons,
    noisePhotonsPerDetector,
    noiseClickProbability,
    attemptRateLimit,
    quantities: [
      ...result.quantities,
      quantity('transducerEfficiency', efficiency, '', 'eta_t, microwave-optical conversion efficiency'),
      quantity('addedNoisePhotons', addedNoisePhotons, '', 'input-referred noise photons per mode'),
      quantity('noisePhotonsPerDetector', noisePhotonsPerDetector, '', 'n_add eta_t eta_down'),
      quantity('noiseClickProbability', noiseClickProbability, '', 'noise click per detector per mode'),
      quantity('attemptRateLimit', attemptRateLimit, 'Hz', 'bandwidth x duty cycle'),
    ],
  };
}

/**
 * The added noise n_add at which the delivered fidelity falls to `targetFidelity` for this link and transducer
 * efficiency (the link's fidelity decreases monotonically with noise). Returns 0 when even a noiseless
 * transducer misses the target and Infinity when no amount of noise pushes the fidelity below it. Found by
 * bisection to a relative precision of 1e-10.
 * @param request link and transducer; the transducer's own addedNoisePhotons is ignored
 * @param targetFidelity fidelity threshold in [0, 1], default 1/2
 */
export function transducerNoiseLimit(request: TransducedLinkRequest, targetFidelity: Fidelity = 0.5): number {
  requireProbability('targetFidelity', targetFidelity);
  const fidelityAt = (noise: number): number =>
    transducedLink({ ...request, transducer: { ...request.transducer, addedNoisePhotons: noise } }).fidelity;
  if (fidelityAt(0) < targetFidelity) return 0;
  let low = 0;
  let high = 1;
  while (fidelityAt(high) >= targetFidelity) {
    low = high;
    high *= 4;
    if (high > 1e12) return Infinity;
  }
  for (let iteration = 0; iteration < 200 && high - low > 1e-10 * high; iteration++) {
    const middle = (low + high) / 2;
    if (fidelityAt(middle) >= targetFidelity) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Like {@link transducerNoiseLimit} but throws when the target is out of reach even without noise.
 * @throws UnreachableError naming the target and the noiseless fidelity
 */
export function requireTransducerNoiseLimit(
  request: TransducedLinkRequest,
  targetFidelity: Fidelity = 0.5,
): number {
  const limit = transducerNoiseLimit(request, targetFidelity);
  if (limit === 0) {
    const noiseless = transducedLink({
      ...request,
      transducer: { ...request.transducer, addedNoisePhotons: 0 },
    });
    throw new UnreachableError(
      `target fidelity ${targetFidelity} is above the noiseless transduced-link fidelity ${noiseless.fidelity}`,
    );
  }
  return limit;
}
