/**
 * Schema of scenario edges: a discriminated union on `kind` of fibre, free-space, microwave and carrier
 * (sneakernet) links. Keys carry their unit (`lengthKm`, `attenuationDbPerKm`, `transitDays`); values are
 * converted to SI once, in resolve-edges.ts.
 * Sources: physics.md §1 (fibre, free space), §7 (microwave links to transducers), sneakernet.md (carriers;
 * Devitt et al., Sci. Rep. 6, 36163 (2016)).
 */
import { z } from 'zod';
import { parameterOverridesSchema } from '../platforms/preset-schema.js';
import {
  keySchema,
  labelSchema,
  lightSpeedSchema,
  nodeRefSchema,
  platformRefSchema,
  routeFactorSchema,
  schemeSchema,
} from './schema-fields.js';

/** Vehicles that can carry error-corrected memories (sneakernet.md "Carriers"). */
export const CARRIER_KINDS = ['container-ship', 'aircraft', 'truck', 'rail', 'drone'] as const;
/** A carrier vehicle type. */
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/** Logical-error models for shipped surface-code memories (sneakernet.md). */
export const ERROR_MODELS = ['devitt-2016', 'fowler-2012', 'qualtran'] as const;
/** A logical-error model. */
export type ErrorModel = (typeof ERROR_MODELS)[number];

/** Surface-code patch layouts: unrotated (2d-1)^2 or rotated 2d^2-1 physical qubits. */
export const SURFACE_CODE_PATCHES = ['unrotated', 'rotated'] as const;
/** A surface-code patch layout. */
export type SurfaceCodePatch = (typeof SURFACE_CODE_PATCHES)[number];

/**
 * The entangled-photon source of a 'midpoint-source' link sits on the link, not in a node's platform, so the
 * link carries its figures (physics.md §2, Sangouard et al. RMP 83, 33 (2011) §IV.B).
 */
const midpointSourceFields = {
  meanPairNumber: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "Mean photon-pair number per mode per attempt of the link's midpoint SPDC source (scheme midpoint-source; required there unless the platform gives it).",
    ),
  pairFidelity: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Fidelity of the pairs the midpoint source emits (scheme midpoint-source; default 1).'),
};

const endpoints = {
  key: keySchema,
  source: nodeRefSchema,
  target: nodeRefSchema,
  label: labelSchema,
};

/** An optical fibre link. */
export const fibreEdgeSchema = z
  .strictObject({
    ...endpoints,
    kind: z.literal('fibre'),
    lengthKm: z
      .number()
      .gt(0)
      .optional()
      .describe(
        'Fibre length, km. When absent, the great-circle distance between the nodes times routeFactor.',
      ),
    routeFactor: routeFactorSchema.optional(),
    attenuationDbPerKm: z
      .number()
      .min(0)
      .optional()
      .describe('Fibre attenuation, dB/km (default from defaults.fibreAttenuationDbPerKm; 0.2 at 1550 nm).'),
    scheme: schemeSchema.optional(),
    modes: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Number of multiplexed modes per attempt (default 1).'),
    lightSpeedKmPerS: lightSpeedSchema.optional(),
    ...midpointSourceFields,
  })
  .describe('Optical fibre link.');

/** A free-space optical link, direct or via a satellite. */
export const freeSpaceEdgeSchema = z
  .strictObject({
    ...endpoints,
    kind: z.literal('free-space'),
    distanceKm: z
      .number()
      .gt(0)
      .optional()
      .describe(
        'Line-of-sight distance, km (direct links). When absent, the great-circle distance between the nodes.',
      ),
    transmitterApertureM: z.number().gt(0).describe('Transmitter aperture diameter, m.'),
    receiverApertureM: z.number().gt(0).describe('Receiver aperture diameter, m.'),
    wavelengthNm: z.number().gt(0).describe('Optical wavelength, nm.'),
    atmosphericTransmissivity: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe('Transmissivity of the atmosphere along the path, 0..1 (default 1: diffraction only).'),
    pointingEfficiency: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe('Pointing and tracking efficiency, 0..1 (default 1).'),
    satellite: z
      .strictObject({
        altitudeKm: z.number().gt(0).describe('Satellite altitude above the mean Earth radius, km.'),
        elevationDeg: z
          .number()
          .gt(0)
          .max(90)
          .optional()
          .describe(
            'Elevation of the satellite seen from both ground stations, degrees. When absent, the satellite is placed above the midpoint of the two stations.',
          ),
      })
      .optional()
      .describe('Downlink from a satellite to both endpoints (e.g. two ground stations).'),
    scheme: schemeSchema.optional(),
    ...midpointSourceFields,
  })
  .describe('Free-space optical link (ground to ground, or two ground stations via a satellite).');

/** A cryogenic microwave link between superconducting nodes (e.g. a processor and its transducer). */
export const microwaveEdgeSchema = z
  .strictObject({
    ...endpoints,
    kind: z.literal('microwave'),
    lengthM: z.number().gt(0).describe('Length of the cryogenic microwave link, m.'),
    attenuationDbPerM: z
      .number()
      .min(0)
      .optional()
      .describe('Attenuation, dB/m (give this or transmissivity).'),
    transmissivity: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe('End-to-end transmissivity, 0..1 (give this or attenuationDbPerM).'),
    temperatureK: z.number().gt(0).optional().describe('Temperature of the link, K.'),
  })
  .describe('Cryogenic microwave link between superconducting nodes.');

/** A carrier (sneakernet) edge: vehicles transporting error-corrected memories. */
export const carrierEdgeSchema = z
  .strictObject({
    ...endpoints,
    kind: z.literal('carrier'),
    carrier: z.enum(CARRIER_KINDS).describe('Vehicle type.'),
    distanceKm: z
      .number()
      .gt(0)
      .optional()
      .describe(
        'Route length, km. When absent, the great-circle distance between the nodes times routeFactor.',
      ),
    routeFactor: routeFactorSchema.optional(),
    transitDays: z.number().gt(0).optional().describe('Voyage duration, days; overrides distance / speed.'),
    speedKmPerH: z.number().gt(0).optional().describe('Cruising speed, km/h (default per carrier type).'),
    portTimeH: z
      .number()
      .min(0)
      .optional()
      .describe('Time in port (loading, unloading) per voyage, hours (default 0).'),
    vehicles: z.number().int().min(1).optional().describe('Number of vehicles in the fleet (default 1).'),
    departureIntervalDays: z.number().gt(0).optional().describe('Days between departures of the fleet.'),
    containersPerVehicle: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Memory containers per vehicle (default 10000 for container ships as in Devitt et al. 2016, else 1).',
      ),
    memoryVolumeM3: z
      .number()
      .gt(0)
      .optional()
      .describe('Volume of quantum memory per container, m^3 (default 1, Devitt et al. 2016).'),
    platform: platformRefSchema.optional(),
    overrides: parameterOverridesSchema.optional(),
    errorModel: z
      .enum(ERROR_MODELS)
      .optional()
      .describe('Logical-error model of the memories (default devitt-2016).'),
    targetInfidelity: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe('Allowed logical infidelity per pair on arrival (default 1e-10, Devitt et al. 2016).'),
    cycleTimeGateFactor: z
      .number()
      .gt(0)
      .optional()
      .describe('Error-correction cycle time as a multiple of the gate time (default 1).'),
    surfaceCodePatch: z
      .enum(SURFACE_CODE_PATCHES)
      .optional()
      .describe('Surface-code patch layout (default unrotated).'),
    loadingRatePerS: z
      .number()
      .gt(0)
      .optional()
      .describe('Rate of local entanglement generation that fills and drains the memories, pairs/s.'),
  })
  .describe('Carrier (sneakernet) link: vehicles transporting error-corrected quantum memories.');

/** Any edge, discriminated by `kind`. */
export const edgeSchema = z
  .discriminatedUnion('kind', [fibreEdgeSchema, freeSpaceEdgeSchema, microwaveEdgeSchema, carrierEdgeSchema])
  .describe('A link between two nodes.');

/** Edge kinds. */
export const EDGE_KINDS = ['fibre', 'free-space', 'microwave', 'carrier'] as const;
/** An edge kind. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** An edge as written in the scenario file. */
export type EdgeDocument = z.infer<typeof edgeSchema>;
