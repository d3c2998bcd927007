/**
 * Carrier presets for shipping memory sticks: typical speed, containers (memory sticks) per vehicle and
 * time in port/terminal per one-way trip, each with its source, or null with the reason when no
 * defensible typical value exists (the caller must then give the number).
 *
 * Sources (typical values, not guarantees; override per route):
 * - container ship: speed 18 kn, inside the typical 16-25 kn of large container ships (Wikipedia,
 *   "Container ship", infobox), kept low because slow steaming has been the norm since 2008;
 *   10,000 containers per ship as in Devitt et al., Sci. Rep. 6, 36163 (2016) (the largest ships now carry
 *   24,004 TEU, Ever Alot, 2022); port time 2 x 0.7 days, the 2018 median container-ship port call
 *   (UNCTAD / MarineTraffic, "Container ports: the fastest, the busiest, and the best connected", 2019),
 *   one call at each end.
 * - aircraft (Boeing 747-8F): cruise Mach 0.855, about 908 km/h (Boeing 747-8 specifications); payload
 *   ~140 t. Containers per vehicle: null, freighters carry air ULDs, not 20-ft ISO boxes, and how many
 *   cryogenic memory sticks fit depends on their mass. Ground time: null (no sourced typical value).
 * - truck: 80 km/h, the usual motorway limit for heavy goods vehicles in the EU (speed limiters at
 *   90 km/h, Council Directive 92/6/EEC); one 20-ft container per chassis. Terminal time: null.
 * - rail (US Class I freight): line-haul 21.8 mph = 35.1 km/h average over all trains (US BTS,
 *   Transportation Statistics Annual Report 2005, "Rail freight times", Q1 2005); terminal dwell 24.2 h
 *   (same source, mostly merchandise trains). Containers per train: null, train length varies (a
 *   double-stack well car carries up to four 20-ft containers).
 * - drone (DJI FlyCart 30): 20 m/s maximum speed, 30 kg payload with two batteries (40 kg with one),
 *   ~16 km range at full load (DJI product data, 2023). Containers per vehicle: null, a 1 m^3 cryogenic
 *   stick is far beyond a 30 kg payload; give a stick volume and count that fit.
 */
import {
  ParameterError,
  daysToSeconds,
  didYouMean,
  hoursToSeconds,
  kmPerHourToMetresPerSecond,
  knotsToMetresPerSecond,
  type MetresPerSecond,
  type Seconds,
} from '../../core/index.js';

/** Identifier of a carrier preset. */
export type CarrierPresetId = 'container-ship' | 'aircraft' | 'truck' | 'rail' | 'drone';

/** A value of a preset with its source, or null with the reason it is unknown. */
export interface SourcedValue<T> {
  /** The value in SI units, or null when no defensible typical value exists. */
  readonly value: T | null;
  /** Source of the value, or the reason it is null. */
  readonly source: string;
}

/** A carrier preset. */
export interface CarrierPreset {
  /** Identifier. */
  readonly id: CarrierPresetId;
  /** Human-readable name. */
  readonly name: string;
  /** Typical cruise or line-haul speed, m/s. */
  readonly speed: SourcedValue<MetresPerSecond>;
  /** Memory sticks (containers) per vehicle. */
  readonly containersPerVehicle: SourcedValue<number>;
  /** Time in port/terminal per one-way trip (both ends), s. */
  readonly portTime: SourcedValue<Seconds>;
}

/** The built-in carrier presets. */
export const CARRIER_PRESETS: Readonly<Record<CarrierPresetId, CarrierPreset>> = {
  'container-ship': {
    id: 'container-ship',
    name: 'Container ship',
    speed: {
      value: knotsToMetresPerSecond(18),
      source:
        '18 kn, within the typical 16-25 kn of container ships (Wikipedia "Container ship"); slow steaming',
    },
    containersPerVehicle: {
      value: 10_000,
      source:
        'Devitt et al., Sci. Rep. 6, 36163 (2016); the largest ships carry 24,004 TEU (Ever Alot, 2022)',
    },
    portTime: {
      value: daysToSeconds(2 * 0.7),
      source: '2 x 0.7 days, median container-ship port call in 2018 (UNCTAD / MarineTraffic, 2019)',
    },
  },
  aircraft: {
    id: 'aircraft',
    name: 'Freighter aircraft (Boeing 747-8F)',
    speed: {
      value: kmPerHourToMetresPerSecond(908),
      source: 'cruise Mach 0.855 ~ 908 km/h (Boeing 747-8 specifications)',
    },
    containersPerVehicle: {
      value: null,
      source:
        'freighters carry air ULDs, not 20-ft ISO containers; sticks per aircraft depend on cryostat mass (~140 t payload)',
    },
    portTime: { value: null, source: 'no sourced typical ground time for loading cryogenic memories' },
  },
  truck: {
    id: 'truck',
    name: 'Truck (container chassis)',
    speed: {
      value: kmPerHourToMetresPerSecond(80),
      source:
        '80 km/h, usual EU motorway limit for heavy goods vehicles (limiters at 90 km/h, Directive 92/6/EEC)',
    },
    containersPerVehicle: { value: 1, source: 'one 20-ft container per chassis' },
    portTime: { value: null, source: 'no sourced typical terminal time' },
  },
  rail: {
    id: 'rail',
    name: 'Freight train',
    speed: {
      value: kmPerHourToMetresPerSecond(21.8 * 1.609344),
      source:
        'US Class I average line-haul speed 21.8 mph, Q1 2005 (US BTS, Transportation Statistics Annual Report 2005)',
    },
    containersPerVehicle: {
      value: null,
      source: 'train length varies; a double-stack well car carries up to four 20-ft containers',
    },
    portTime: {
      value: hoursToSeconds(24.2),
      source: 'US Class I average terminal dwell 24.2 h, Q1 2005 (US BTS 2005; mostly merchandise trains)',
    },
  },
  drone: {
    id: 'drone',
    name: 'Cargo drone (DJI FlyCart 30)',
    speed: {
      value: 20,
      source: '20 m/s maximum speed, 30 kg payload, ~16 km range at full load (DJI, 2023)',
    },
    containersPerVehicle: {
      value: null,
      source: 'a 1 m^3 cryogenic stick is far beyond a 30 kg payload; give a stick volume and count that fit',
    },
    portTime: { value: null, source: 'no sourced typical turnaround time' },
  },
};

/**
 * Looks up a carrier preset.
 * @throws ParameterError naming `carrier` for an unknown id (with a did-you-mean hint).
 */
export function carrierPreset(id: string): CarrierPreset {
  const preset = (CARRIER_PRESETS as Record<string, CarrierPreset | undefined>)[id];
  if (!preset) {
    const known = Object.keys(CARRIER_PRESETS);
    throw new ParameterError(
      'carrier',
      `unknown carrier "${id}"${didYouMean(id, known)}; known: ${known.join(', ')}`,
    );
  }
  return preset;
}

/**
 * The value of a preset field, or `explicit` when given.
 * @throws ParameterError naming `field` when neither exists (the message gives the preset's reason).
 */
export function presetValue<T>(
  preset: CarrierPreset | undefined,
  field: 'speed' | 'containersPerVehicle' | 'portTime',
  explicit: T | undefined,
): T {
  if (explicit !== undefined) return explicit;
  const sourced = preset?.[field] as SourcedValue<T> | undefined;
  if (sourced && sourced.value !== null) return sourced.value;
  throw new ParameterError(
    field,
    preset
      ? `carrier "${preset.id}" has no typical value (${sourced?.source ?? 'unknown'}); give one`
      : 'is required',
  );
}
