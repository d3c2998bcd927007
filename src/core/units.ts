/**
 * Units of qnet-planner: SI float64 everywhere inside src.
 *
 * The aliases below name the unit in every signature (`lengthM: Metres`) so a reader never has to guess.
 * They are plain aliases, not branded types: a brand would force a cast after every multiplication,
 * and the unit suffix on every name already carries the information (see docs/decisions/0001).
 * Non-SI units (km, dB, days, hours) exist only at the edges and are converted by the named functions here.
 */

/** Time in seconds. */
export type Seconds = number;
/** Length in metres. */
export type Metres = number;
/** Frequency or rate in hertz (per second). */
export type Hertz = number;
/** Information in bits. */
export type Bits = number;
/** Dimensionless probability in [0, 1]. */
export type Probability = number;
/** Fidelity with respect to the target Bell state |Phi+>, in [0, 1]. */
export type Fidelity = number;
/** Power transmissivity (fraction of photons surviving) in [0, 1]. */
export type Transmissivity = number;
/** Attenuation in decibels per metre. */
export type DecibelsPerMetre = number;
/** Speed in metres per second. */
export type MetresPerSecond = number;
/** Volume in cubic metres. */
export type CubicMetres = number;
/** Angle in degrees (latitude/longitude). */
export type Degrees = number;

/** Speed of light in vacuum, m/s (exact, SI definition). */
export const SPEED_OF_LIGHT_VACUUM: MetresPerSecond = 299_792_458;
/**
 * Default group velocity of light in standard single-mode fibre, m/s (about c/1.47;
 * the round 2.0e5 km/s of physics.md §1). Override per edge where known.
 */
export const FIBRE_LIGHT_SPEED: MetresPerSecond = 2.0e8;

const METRES_PER_KM = 1000;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

/** Kilometres to metres. */
export function kmToMetres(km: number): Metres {
  return km * METRES_PER_KM;
}
/** Metres to kilometres. */
export function metresToKm(m: Metres): number {
  return m / METRES_PER_KM;
}
/** dB/km to dB/m. */
export function dbPerKmToDbPerMetre(dbPerKm: number): DecibelsPerMetre {
  return dbPerKm / METRES_PER_KM;
}
/** dB/m to dB/km. */
export function dbPerMetreToDbPerKm(dbPerMetre: DecibelsPerMetre): number {
  return dbPerMetre * METRES_PER_KM;
}
/** Hours to seconds. */
export function hoursToSeconds(hours: number): Seconds {
  return hours * SECONDS_PER_HOUR;
}
/** Days to seconds. */
export function daysToSeconds(days: number): Seconds {
  return days * SECONDS_PER_DAY;
}
/** Seconds to days. */
export function secondsToDays(s: Seconds): number {
  return s / SECONDS_PER_DAY;
}
/** Microseconds to seconds. */
export function microsecondsToSeconds(us: number): Seconds {
  return us * 1e-6;
}
/** Nanometres to metres. */
export function nanometresToMetres(nm: number): Metres {
  return nm * 1e-9;
}
/** Knots (nautical miles per hour) to m/s. */
export function knotsToMetresPerSecond(knots: number): MetresPerSecond {
  return (knots * 1852) / SECONDS_PER_HOUR;
}
/** km/h to m/s. */
export function kmPerHourToMetresPerSecond(kmh: number): MetresPerSecond {
  return (kmh * METRES_PER_KM) / SECONDS_PER_HOUR;
}
/** A loss in dB to a transmissivity: 10^(-dB/10). */
export function decibelsToTransmissivity(lossDb: number): Transmissivity {
  return Math.pow(10, -lossDb / 10);
}
/** A transmissivity to a loss in dB: -10 log10(eta). */
export function transmissivityToDecibels(transmissivity: Transmissivity): number {
  return -10 * Math.log10(transmissivity);
}
