/**
 * Fundamental limits of repeaterless quantum communication over a pure-loss channel.
 *
 * PLOB bound (Pirandola, Laurenza, Ottaviani, Banchi, Nat. Commun. 8, 15043 (2017), Eq. (19)): the two-way
 * assisted quantum capacity and secret-key capacity of a pure-loss channel of transmissivity eta is
 * -log2(1 - eta) ebits (or secret bits) per channel use; ~1.44 eta for small eta.
 * TGW bound (Takeoka, Guha, Wilde, Nat. Commun. 5, 5235 (2014)): log2((1 + eta) / (1 - eta)), a weaker upper bound.
 * Both use log1p so that eta = 1e-20 keeps full precision.
 * Per second: bits per use x channel uses per second (e.g. mode rate x modes).
 * Repeater chain (Pirandola, Commun. Phys. 2, 51 (2019)): a chain with perfect repeaters is limited by its worst
 * hop, -log2(1 - min eta_i); a network's multipath capacity is a min cut of such per-edge capacities (computed in
 * the network layer from {@link plobCapacity}).
 * Assumptions: pure-loss (no added thermal noise) bosonic channel; the bounds are upper limits, not rates of any
 * particular protocol.
 */
import {
  ParameterError,
  requireNonNegative,
  requireProbability,
  type DecibelsPerMetre,
  type Hertz,
  type Metres,
  type Transmissivity,
} from '../core/index.js';
import { fibreTransmissivity } from './fibre.js';

/**
 * PLOB capacity of a pure-loss channel, -log2(1 - eta) bits per channel use.
 * Examples (0.2 dB/km fibre): 50 km -> 0.152003; 100 km -> 0.0144996; 1000 km -> 1.442695e-20.
 * @param transmissivity eta in [0, 1]; eta = 1 gives Infinity (noiseless identity channel)
 */
export function plobCapacity(transmissivity: Transmissivity): number {
  requireProbability('transmissivity', transmissivity);
  return -Math.log1p(-transmissivity) / Math.LN2;
}

/**
 * TGW bound, log2((1 + eta) / (1 - eta)) bits per channel use (always >= PLOB).
 * @param transmissivity eta in [0, 1]; eta = 1 gives Infinity
 */
export function tgwBound(transmissivity: Transmissivity): number {
  requireProbability('transmissivity', transmissivity);
  return (Math.log1p(transmissivity) - Math.log1p(-transmissivity)) / Math.LN2;
}

/**
 * PLOB capacity of a fibre of given length and attenuation, bits per channel use.
 * @param length m (>= 0)
 * @param attenuation dB/m (>= 0)
 */
export function fibrePlobCapacity(length: Metres, attenuation: DecibelsPerMetre): number {
  return plobCapacity(fibreTransmissivity(length, attenuation));
}

/**
 * A per-use capacity turned into bits per second: capacity x channel uses per second.
 * @param bitsPerUse capacity per channel use (>= 0; Infinity allowed, from eta = 1)
 * @param channelUsesPerSecond channel uses per second, Hz (>= 0, finite); 0 gives 0
 */
export function capacityPerSecond(bitsPerUse: number, channelUsesPerSecond: Hertz): number {
  if (bitsPerUse !== Infinity) requireNonNegative('bitsPerUse', bitsPerUse);
  requireNonNegative('channelUsesPerSecond', channelUsesPerSecond);
  return channelUsesPerSecond === 0 ? 0 : bitsPerUse * channelUsesPerSecond;
}

/**
 * PLOB bound of a linear chain with ideal repeaters: the worst hop, -log2(1 - min eta_i), bits per use.
 * @param hopTransmissivities transmissivity of each hop, each in [0, 1]; at least one
 */
export function repeaterChainCapacity(hopTransmissivities: readonly Transmissivity[]): number {
  if (hopTransmissivities.length === 0) {
    throw new ParameterError('hopTransmissivities', 'must contain at least one hop');
  }
  let worst = 1;
  hopTransmissivities.forEach((transmissivity, index) => {
    requireProbability(`hopTransmissivities[${index}]`, transmissivity);
    worst = Math.min(worst, transmissivity);
  });
  return plobCapacity(worst);
}

/**
 * PLOB bound in bits per second of a channel of transmissivity eta used `channelUsesPerSecond` times per second.
 */
export function plobCapacityPerSecond(transmissivity: Transmissivity, channelUsesPerSecond: Hertz): number {
  return capacityPerSecond(plobCapacity(transmissivity), channelUsesPerSecond);
}
