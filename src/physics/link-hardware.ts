/**
 * Hardware and timing of a symmetric fibre link for the elementary-link schemes: options in SI units, their
 * validation and defaults, the per-node detection probability and the attempt duration.
 *
 * Per-node efficiency eta_half = emission x conversion x fibre(L/2) x detector (physics.md §2), with the
 * heralding station or source at the midpoint.
 * Timing (physics.md §1): a midpoint-station attempt of a link of total length L lasts L/c (light to the
 * midpoint, herald back); a direct attempt (emit at A, detect at B, herald back) 2L/c; a midpoint source
 * 3L/(2c) (photons reach both ends after L/(2c), then each end's absorption herald must reach the other end,
 * L/c; cf. the MidpointSource protocol of Jones et al., NJP 18, 083015 (2016)). Never shorter than the node
 * cycle time.
 * Unwanted clicks per detector and window combine dark counts, 1 - exp(-rate x window), with any extra click
 * probability (e.g. transducer noise) as independent sources.
 */
import {
  FIBRE_LIGHT_SPEED,
  ParameterError,
  requireInteger,
  requireNonNegative,
  requirePositive,
  requireProbability,
  type DecibelsPerMetre,
  type Hertz,
  type Metres,
  type MetresPerSecond,
  type Probability,
  type Seconds,
  type Transmissivity,
} from '../core/index.js';
import { darkCountProbability } from './detectors.js';
import { fibreTransmissivity } from './fibre.js';

/** Where the herald is generated, which sets the attempt duration. */
export type HeraldingGeometry = 'midpoint-station' | 'midpoint-source' | 'direct';

/**
 * Hardware of a symmetric fibre link, in SI units. The two nodes are identical and the heralding station (or
 * source) sits at the midpoint.
 */
export interface LinkHardwareOptions {
  /** Total fibre length between the two nodes, m (>= 0). */
  readonly length: Metres;
  /** Fibre attenuation at the transmitted wavelength, dB/m (>= 0); e.g. FIBRE_ATTENUATION_1550NM. */
  readonly attenuation: DecibelsPerMetre;
  /** Group velocity of light in the fibre, m/s (> 0); default FIBRE_LIGHT_SPEED. */
  readonly lightSpeed?: MetresPerSecond;
  /**
   * Probability that a node emits a photon and it is collected into the fibre, per attempt, in [0, 1]. For the
   * midpoint source: the source's coupling of each pair photon into its fibre.
   */
  readonly emissionEfficiency: Probability;
  /** Frequency-conversion efficiency (e.g. to telecom), in [0, 1]; default 1 (no conversion). */
  readonly conversionEfficiency?: Probability;
  /**
   * Detector efficiency in [0, 1]. For the midpoint source: each memory's heralded absorption efficiency.
   */
  readonly detectorEfficiency: Probability;
  /** Dark-count rate of each detector, Hz (>= 0); default 0. */
  readonly darkCountRate?: Hertz;
  /** Detection window per mode (per time bin), s (>= 0); default 0. Sets the dark-count probability. */
  readonly detectionWindow?: Seconds;
  /** Node cycle time (minimum time between attempts), s (>= 0); default 0. */
  readonly cycleTime?: Seconds;
  /** Number of multiplexed modes per attempt, integer >= 1; default 1. */
  readonly modes?: number;
  /**
   * Extra click probability per detector per mode and window from sources other than dark counts (e.g.
   * transducer noise, see transduction.ts), in [0, 1]; default 0. Treated exactly like dark counts.
   */
  readonly extraClickProbability?: Probability;
  /**
   * Transmissivity of each half of the channel (node to midpoint), in [0, 1], replacing the fibre model
   * 10^(-attenuation L/20) when the channel is not a fibre: a free-space or satellite hop, whose per-half
   * transmissivity comes from its link budget (free-space.ts). `length` and `lightSpeed` still set the timing.
   */
  readonly halfLinkTransmissivity?: Transmissivity;
}

/** Validated hardware with defaults applied and the derived per-node quantities. */
export interface ResolvedLinkHardware {
  readonly length: Metres;
  readonly lightSpeed: MetresPerSecond;
  readonly emissionEfficiency: Probability;
  readonly conversionEfficiency: Probability;
  readonly detectorEfficiency: Probability;
  readonly cycleTime: Seconds;
  readonly modes: number;
  readonly halfLinkTransmissivity: Transmissivity;
  readonly halfLinkEfficiency: Probability;
  readonly darkCountProbability: Probability;
  /** Dark counts and extra clicks combined, per detector per window. */
  readonly unwantedClickProbability: Probability;
}

/** Validates {@link LinkHardwareOptions}, applies defaults and derives per-node efficiency and click noise. */
export function resolveLinkHardware(options: LinkHardwareOptions): ResolvedLinkHardware {
  const length = requireNonNegative('length', options.length);
  const attenuation = requireNonNegative('attenuation', options.attenuation);
  const lightSpeed = requirePositive('lightSpeed', options.lightSpeed ?? FIBRE_LIGHT_SPEED);
  const emissionEfficiency = requireProbability('emissionEfficiency', options.emissionEfficiency);
  const conversionEfficiency = requireProbability('conversionEfficiency', options.conversionEfficiency ?? 1);
  const detectorEfficiency = requireProbability('detectorEfficiency', options.detectorEfficiency);
  const cycleTime = requireNonNegative('cycleTime', options.cycleTime ?? 0);
  const modes = requireInteger('modes', options.modes ?? 1, 1);
  const extra = requireProbability('extraClickProbability', options.extraClickProbability ?? 0);
  const dark = darkCountProbability(options.darkCountRate ?? 0, options.detectionWindow ?? 0);
  const halfLinkTransmissivity =
    options.halfLinkTransmissivity === undefined
      ? fibreTransmissivity(length / 2, attenuation)
      : requireProbability('halfLinkTransmissivity', options.halfLinkTransmissivity);
  return {
    length,
    lightSpeed,
    emissionEfficiency,
    conversionEfficiency,
    detectorEfficiency,
    cycleTime,
    modes,
    halfLinkTransmissivity,
    halfLinkEfficiency:
      emissionEfficiency * conversionEfficiency * halfLinkTransmissivity * detectorEfficiency,
    darkCountProbability: dark,
    unwantedClickProbability: 1 - (1 - dark) * (1 - extra),
  };
}

/** Inputs of {@link attemptDuration}. */
export interface AttemptDurationOptions {
  /** Total link length, m (>= 0). */
  readonly length: Metres;
  /** Light speed in the channel, m/s (> 0); default FIBRE_LIGHT_SPEED. */
  readonly lightSpeed?: MetresPerSecond;
  /** Node cycle time, s (>= 0); default 0. */
  readonly cycleTime?: Seconds;
  /** Heralding geometry; default 'midpoint-station'. */
  readonly geometry?: HeraldingGeometry;
}

/**
 * Duration of one attempt: max(cycle time, light time) with light time L/c (midpoint station),
 * 3L/(2c) (midpoint source) or 2L/c (direct); see the file header.
 */
export function attemptDuration(options: AttemptDurationOptions): Seconds {
  const length = requireNonNegative('length', options.length);
  const lightSpeed = requirePositive('lightSpeed', options.lightSpeed ?? FIBRE_LIGHT_SPEED);
  const cycleTime = requireNonNegative('cycleTime', options.cycleTime ?? 0);
  const geometry = options.geometry ?? 'midpoint-station';
  const factor = LIGHT_TIME_FACTORS[geometry];
  if (factor === undefined) {
    throw new ParameterError('geometry', `must be one of ${Object.keys(LIGHT_TIME_FACTORS).join(', ')}`);
  }
  return Math.max(cycleTime, (factor * length) / lightSpeed);
}

const LIGHT_TIME_FACTORS: Readonly<Record<HeraldingGeometry, number>> = {
  'midpoint-station': 1,
  'midpoint-source': 1.5,
  direct: 2,
};
