/**
 * Free-space optical links (ground-ground and ground-satellite): diffraction-limited transmissivity, link
 * budget, propagation delay and satellite slant-range geometry.
 *
 * Diffraction, far field: eta_d = (pi D_T D_R / (4 lambda z))^2, the Friis transmission formula
 * (Friis, Proc. IRE 34, 254 (1946)) with the gain (pi D / lambda)^2 of a uniformly illuminated circular
 * aperture; physics.md §1. It is only valid for eta_d << 1, so it is capped at 1.
 * Diffraction, Gaussian beam: eta_d = 1 - exp(-x) with x the far-field value above. This is the power of a
 * Gaussian beam passing a circular aperture of radius a, 1 - exp(-2 a^2 / w^2) (Siegman, Lasers (1986), §17.1),
 * for a far-field beam radius w = lambda z / (pi w0) with waist w0 = D_T / (2 sqrt 2). It saturates smoothly at
 * 1 in the near field and agrees with the far-field formula to first order (relative difference ~ x / 2).
 * Other factors (atmosphere, pointing, optics, detector) multiply, as in physics.md §1.
 * Assumptions: no turbulence-induced beam wander or scintillation beyond what the user folds into the
 * atmospheric and pointing efficiencies; spherical Earth and plane-parallel atmosphere for satellites.
 */
import {
  SPEED_OF_LIGHT_VACUUM,
  ParameterError,
  requireInRange,
  requireNonNegative,
  requirePositive,
  requireProbability,
  transmissivityToDecibels,
  type Degrees,
  type Metres,
  type Probability,
  type Seconds,
  type Transmissivity,
} from '../core/index.js';
import { EARTH_MEAN_RADIUS } from './earth-geometry.js';

/** Which diffraction formula to use: far field capped at 1 (default) or the Gaussian-beam form. */
export type DiffractionModel = 'far-field' | 'gaussian-beam';

/** Inputs of {@link diffractionTransmissivity}. */
export interface DiffractionOptions {
  /** Transmitter aperture diameter D_T, m (> 0). */
  readonly transmitterAperture: Metres;
  /** Receiver aperture diameter D_R, m (> 0). */
  readonly receiverAperture: Metres;
  /** Vacuum wavelength lambda, m (> 0). */
  readonly wavelength: Metres;
  /** Propagation distance z, m (>= 0; zero gives 1). */
  readonly distance: Metres;
  /** Formula, default 'far-field'. */
  readonly model?: DiffractionModel;
}

/**
 * Diffraction-limited transmissivity between two circular apertures (see file header for both models).
 * Example (physics.md §1): D_T = 0.3 m, D_R = 1.2 m, 810 nm, 1200 km gives 0.0846 (far field).
 * @returns transmissivity in [0, 1]
 */
export function diffractionTransmissivity(options: DiffractionOptions): Transmissivity {
  const transmitter = requirePositive('transmitterAperture', options.transmitterAperture);
  const receiver = requirePositive('receiverAperture', options.receiverAperture);
  const wavelength = requirePositive('wavelength', options.wavelength);
  const distance = requireNonNegative('distance', options.distance);
  const model = options.model ?? 'far-field';
  if (model !== 'far-field' && model !== 'gaussian-beam') {
    throw new ParameterError('model', `must be "far-field" or "gaussian-beam" (got "${String(model)}")`);
  }
  if (distance === 0) return 1;
  const farField = ((Math.PI * transmitter * receiver) / (4 * wavelength * distance)) ** 2;
  return model === 'far-field' ? Math.min(1, farField) : -Math.expm1(-farField);
}

/** Inputs of {@link freeSpaceLinkBudget}: diffraction inputs plus the multiplying efficiencies. */
export interface FreeSpaceLinkOptions extends DiffractionOptions {
  /** Atmospheric transmissivity along the path, default 1 (vacuum). */
  readonly atmosphericTransmissivity?: Transmissivity;
  /** Pointing (and tracking) efficiency, default 1. */
  readonly pointingEfficiency?: Probability;
  /** Combined transmitter and receiver optics efficiency, default 1. */
  readonly opticsEfficiency?: Probability;
  /** Detector efficiency, default 1 (set it here or in the link model, not both). */
  readonly detectorEfficiency?: Probability;
}

/** The factors of a free-space link and their product. */
export interface FreeSpaceLinkBudget {
  readonly diffraction: Transmissivity;
  readonly atmospheric: Transmissivity;
  readonly pointing: Probability;
  readonly optics: Probability;
  readonly detector: Probability;
  /** Product of all factors. */
  readonly total: Transmissivity;
  /** Total loss, dB (Infinity when total is 0). */
  readonly lossDecibels: number;
  /** One-way propagation delay at the vacuum speed of light, s. */
  readonly delay: Seconds;
}

/** Link budget of a free-space link: diffraction x atmosphere x pointing x optics x detector (physics.md §1). */
export function freeSpaceLinkBudget(options: FreeSpaceLinkOptions): FreeSpaceLinkBudget {
  const diffraction = diffractionTransmissivity(options);
  const atmospheric = requireProbability('atmosphericTransmissivity', options.atmosphericTransmissivity ?? 1);
  const pointing = requireProbability('pointingEfficiency', options.pointingEfficiency ?? 1);
  const optics = requireProbability('opticsEfficiency', options.opticsEfficiency ?? 1);
  const detector = requireProbability('detectorEfficiency', options.detectorEfficiency ?? 1);
  const total = diffraction * atmospheric * pointing * optics * detector;
  return {
    diffraction,
    atmospheric,
    pointing,
    optics,
    detector,
    total,
    lossDecibels: total > 0 ? transmissivityToDecibels(total) : Number.POSITIVE_INFINITY,
    delay: freeSpaceDelay(options.distance),
  };
}

/** One-way delay over a free-space distance at the vacuum speed of light, s (distance in m, >= 0). */
export function freeSpaceDelay(distance: Metres): Seconds {
  return requireNonNegative('distance', distance) / SPEED_OF_LIGHT_VACUUM;
}

/**
 * Slant range from a ground station to a satellite at altitude h seen at elevation angle theta, on a
 * spherical Earth: d = sqrt((R + h)^2 - R^2 cos^2 theta) - R sin theta. At 90 degrees d = h.
 * @param altitude satellite altitude above the surface, m (> 0)
 * @param elevation elevation angle above the horizon, degrees in [0, 90]
 * @param earthRadius Earth radius, m (default {@link EARTH_MEAN_RADIUS})
 */
export function satelliteSlantRange(
  altitude: Metres,
  elevation: Degrees,
  earthRadius: Metres = EARTH_MEAN_RADIUS,
): Metres {
  requirePositive('altitude', altitude);
  requireInRange('elevation', elevation, 0, 90);
  requirePositive('earthRadius', earthRadius);
  const angle = (elevation * Math.PI) / 180;
  const orbitRadius = earthRadius + altitude;
  const horizontal = earthRadius * Math.cos(angle);
  return Math.sqrt(orbitRadius * orbitRadius - horizontal * horizontal) - earthRadius * Math.sin(angle);
}

/**
 * Atmospheric transmissivity at an elevation angle from its zenith value, T_zenith^(1 / sin theta)
 * (plane-parallel atmosphere: air mass = 1 / sin(elevation)); reasonable above ~20 degrees, pessimistic near
 * the horizon.
 * @param zenithTransmissivity transmissivity looking straight up, in [0, 1]
 * @param elevation elevation angle, degrees in (0, 90]
 */
export function atmosphericTransmissivityAtElevation(
  zenithTransmissivity: Transmissivity,
  elevation: Degrees,
): Transmissivity {
  requireProbability('zenithTransmissivity', zenithTransmissivity);
  requireInRange('elevation', elevation, 0, 90);
  requirePositive('elevation', elevation);
  return Math.pow(zenithTransmissivity, 1 / Math.sin((elevation * Math.PI) / 180));
}

/** Inputs of {@link satelliteLinkBudget}: a ground-satellite link (downlink or uplink). */
export interface SatelliteLinkOptions extends Omit<
  FreeSpaceLinkOptions,
  'distance' | 'atmosphericTransmissivity'
> {
  /** Satellite altitude, m (> 0). */
  readonly altitude: Metres;
  /** Elevation angle at the ground station, degrees in (0, 90]. */
  readonly elevation: Degrees;
  /** Atmospheric transmissivity at zenith, default 1. */
  readonly zenithAtmosphericTransmissivity?: Transmissivity;
  /** Earth radius, m (default {@link EARTH_MEAN_RADIUS}). */
  readonly earthRadius?: Metres;
}

/** A satellite link budget together with the slant range it used. */
export interface SatelliteLinkBudget extends FreeSpaceLinkBudget {
  /** Ground-satellite distance, m. */
  readonly slantRange: Metres;
}

/**
 * Link budget of one ground-satellite pass point. Diffraction is symmetric in D_T and D_R, so downlink and
 * uplink differ only in the factors the user supplies (uplinks suffer more turbulence: lower pointing and
 * atmospheric efficiencies).
 */
export function satelliteLinkBudget(options: SatelliteLinkOptions): SatelliteLinkBudget {
  const slantRange = satelliteSlantRange(options.altitude, options.elevation, options.earthRadius);
  const atmosphericTransmissivity = atmosphericTransmissivityAtElevation(
    options.zenithAtmosphericTransmissivity ?? 1,
    options.elevation,
  );
  const budget = freeSpaceLinkBudget({ ...options, distance: slantRange, atmosphericTransmissivity });
  return { ...budget, slantRange };
}
