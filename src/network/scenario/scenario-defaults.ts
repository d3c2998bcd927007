/**
 * Values used when a scenario leaves a field out. Each is either from a cited source or a plainly stated
 * assumption, and every resolved edge records where its length or transit time came from, so reports can
 * show which numbers the user set and which are defaults.
 */
import type { CarrierKind, ErrorModel, SurfaceCodePatch } from './edge-schema.js';
import type { LinkScheme } from './schema-fields.js';
import type { DataEncoding } from './workload-schema.js';

/** Fibre attenuation at 1550 nm, dB/km (Sangouard et al., Rev. Mod. Phys. 83, 33 (2011); physics.md §1). */
export const DEFAULT_FIBRE_ATTENUATION_DB_PER_KM = 0.2;
/** Group velocity of light in standard single-mode fibre, km/s (physics.md §1). */
export const DEFAULT_FIBRE_LIGHT_SPEED_KM_PER_S = 200_000;
/** Route factor: 1 means a route exactly along the great circle. */
export const DEFAULT_ROUTE_FACTOR = 1;
/**
 * Link scheme when neither the edge nor the defaults name one: single-click, the scheme of the
 * multi-node NV networks (Humphreys et al., Nature 558, 268 (2018); Pompili et al., Science 372, 259 (2021)).
 */
export const DEFAULT_SCHEME: LinkScheme = 'single-click';
/** Atmospheric transmissivity and pointing efficiency of free-space links: 1, i.e. diffraction loss only. */
export const DEFAULT_FREE_SPACE_EFFICIENCY = 1;

/**
 * Cruising speeds, km/h. Assumed typical values, not from a paper: container ship 37 km/h (20 knots),
 * airliner 850 km/h, truck 80 km/h, freight train 100 km/h, drone 60 km/h. Override with speedKmPerH.
 */
export const DEFAULT_CARRIER_SPEED_KM_PER_H: Readonly<Record<CarrierKind, number>> = {
  'container-ship': 37,
  aircraft: 850,
  truck: 80,
  rail: 100,
  drone: 60,
};
/** Containers per vehicle: 10,000 per ship as in Devitt et al., Sci. Rep. 6, 36163 (2016); else 1. */
export const DEFAULT_CONTAINERS_PER_VEHICLE: Readonly<Record<CarrierKind, number>> = {
  'container-ship': 10_000,
  aircraft: 1,
  truck: 1,
  rail: 1,
  drone: 1,
};
/** Memory volume per container, m^3 (the 1 m^3 "memory stick" of sneakernet.md's Devitt-compatible model). */
export const DEFAULT_MEMORY_VOLUME_M3 = 1;
/** Logical infidelity allowed on arrival (Devitt et al. 2016, Table 1 target). */
export const DEFAULT_TARGET_INFIDELITY = 1e-10;
/** Logical-error model of shipped memories. */
export const DEFAULT_ERROR_MODEL: ErrorModel = 'devitt-2016';
/** Surface-code patch layout (the Devitt-compatible model uses unrotated patches). */
export const DEFAULT_SURFACE_CODE_PATCH: SurfaceCodePatch = 'unrotated';
/** Error-correction cycle time in gate times (one cycle per gate time in the Devitt-compatible model). */
export const DEFAULT_CYCLE_TIME_GATE_FACTOR = 1;

/** Bits per classical number b (distributed-ml.md). */
export const DEFAULT_BITS_PER_NUMBER = 32;
/** Shadow-tomography constant c_ST (distributed-ml.md). */
export const DEFAULT_SHADOW_CONSTANT = 1;
/** Data-encoding assumption (distributed-ml.md: an O(N)-gate state-preparation circuit). */
export const DEFAULT_DATA_ENCODING: DataEncoding = 'state-preparation';
