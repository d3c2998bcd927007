/**
 * Optical fibre as a lossy, delaying channel for single photons.
 *
 * Model: power transmissivity eta = 10^(-alpha L / 10) for attenuation alpha (dB per metre here) and length L
 * (Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II.A; physics.md §1). Propagation delay L / v with v the
 * group velocity of light in the fibre (default FIBRE_LIGHT_SPEED, about c / 1.5).
 * Assumptions: loss is uniform along the fibre and independent of the photon's quantum state (a pure-loss
 * channel); connector, splice and bend losses must be folded into the attenuation or into another efficiency.
 */
import {
  FIBRE_LIGHT_SPEED,
  dbPerKmToDbPerMetre,
  requireNonNegative,
  requirePositive,
  requireProbability,
  type DecibelsPerMetre,
  type Metres,
  type MetresPerSecond,
  type Seconds,
  type Transmissivity,
} from '../core/index.js';

/**
 * Typical attenuation of standard single-mode fibre at 1550 nm (telecom C band): 0.2 dB/km, in dB/m.
 * Source: Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II.A (0.2 dB/km); Krutyanskiy et al.,
 * npj Quantum Inf. 5, 72 (2019) quote ~0.18 dB/km for state-of-the-art fibre.
 */
export const FIBRE_ATTENUATION_1550NM: DecibelsPerMetre = dbPerKmToDbPerMetre(0.2);

/**
 * Attenuation at 854 nm (40Ca+ ion photons, unconverted): ~3 dB/km, in dB/m.
 * Source: Krutyanskiy et al., npj Quantum Inf. 5, 72 (2019), introduction ("~3 dB per km losses suffered by
 * 854 nm photons through state-of-the-art optical fibre").
 */
export const FIBRE_ATTENUATION_854NM: DecibelsPerMetre = dbPerKmToDbPerMetre(3);

/**
 * Attenuation at 637 nm (NV-centre zero-phonon-line photons, unconverted): ~5 dB/km, in dB/m.
 * Source: physics.md §1 (planning value). Not confirmed against a primary source in this code base;
 * values of 5-8 dB/km are in use for visible light in telecom fibre, so treat it as optimistic and override it
 * with the measured attenuation of the fibre at hand.
 */
export const FIBRE_ATTENUATION_637NM: DecibelsPerMetre = dbPerKmToDbPerMetre(5);

/** A named default attenuation with its wavelength and source, for reports and presets. */
export interface FibreAttenuationDefault {
  /** Vacuum wavelength, m. */
  readonly wavelength: Metres;
  /** Attenuation, dB/m. */
  readonly attenuation: DecibelsPerMetre;
  /** Where the value comes from. */
  readonly source: string;
}

/** The named defaults above as a table, shortest wavelength first. */
export const FIBRE_ATTENUATION_DEFAULTS: readonly FibreAttenuationDefault[] = [
  {
    wavelength: 637e-9,
    attenuation: FIBRE_ATTENUATION_637NM,
    source: 'physics.md §1 planning value (~5 dB/km)',
  },
  {
    wavelength: 854e-9,
    attenuation: FIBRE_ATTENUATION_854NM,
    source: 'Krutyanskiy et al., npj Quantum Inf. 5, 72 (2019), introduction (~3 dB/km)',
  },
  {
    wavelength: 1550e-9,
    attenuation: FIBRE_ATTENUATION_1550NM,
    source: 'Sangouard et al., Rev. Mod. Phys. 83, 33 (2011), §II.A (0.2 dB/km)',
  },
];

/**
 * Loss of a fibre in dB: alpha L.
 * @param length fibre length, m (>= 0)
 * @param attenuation attenuation, dB/m (>= 0)
 * @returns loss in dB (>= 0)
 */
export function fibreLossDecibels(length: Metres, attenuation: DecibelsPerMetre): number {
  requireNonNegative('length', length);
  requireNonNegative('attenuation', attenuation);
  return attenuation * length;
}

/**
 * Power transmissivity of a fibre, 10^(-alpha L / 10) (Sangouard et al. 2011, §II.A).
 * Valid for any length >= 0; zero length gives exactly 1; very long fibres underflow to 0 (never NaN).
 * @param length fibre length, m (>= 0)
 * @param attenuation attenuation, dB/m (>= 0); e.g. {@link FIBRE_ATTENUATION_1550NM}
 * @returns transmissivity in [0, 1]
 */
export function fibreTransmissivity(length: Metres, attenuation: DecibelsPerMetre): Transmissivity {
  return Math.pow(10, -fibreLossDecibels(length, attenuation) / 10);
}

/**
 * Fibre length with a given transmissivity: L = -10 log10(eta) / alpha (the inverse of
 * {@link fibreTransmissivity}).
 * @param transmissivity target transmissivity in (0, 1]
 * @param attenuation attenuation, dB/m (> 0)
 * @returns length, m
 */
export function fibreLengthForTransmissivity(
  transmissivity: Transmissivity,
  attenuation: DecibelsPerMetre,
): Metres {
  requireProbability('transmissivity', transmissivity);
  requirePositive('transmissivity', transmissivity);
  requirePositive('attenuation', attenuation);
  return (-10 * Math.log10(transmissivity)) / attenuation;
}

/**
 * One-way propagation delay through a fibre, L / v.
 * @param length fibre length, m (>= 0)
 * @param lightSpeed group velocity in the fibre, m/s (> 0); default FIBRE_LIGHT_SPEED (2.0e8 m/s, physics.md §1)
 * @returns delay, s
 */
export function fibrePropagationDelay(
  length: Metres,
  lightSpeed: MetresPerSecond = FIBRE_LIGHT_SPEED,
): Seconds {
  requireNonNegative('length', length);
  requirePositive('lightSpeed', lightSpeed);
  return length / lightSpeed;
}
