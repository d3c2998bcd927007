/**
 * The options of `qnet sneakernet`: their flags, help, parsers and choices, and the option that sets each model
 * field, so every error message names what the user can type (see sneakernet.ts).
 */
import { CARRIER_PRESETS } from '../../network/index.js';
import { DISTANCE_ROUNDINGS, LOGICAL_ERROR_MODELS, PATCH_LAYOUTS } from '../../physics/index.js';
import type { CarrierPresetId } from '../../network/index.js';
import type { DistanceRounding, LogicalErrorModelId, PatchLayout } from '../../physics/index.js';
import { parseInteger, parseNumber } from '../options.js';

export interface SneakernetOptions {
  preset?: 'devitt-2016';
  platform?: string;
  physicalErrorRate?: number;
  gateTimeS?: number;
  qubitPitchM?: number;
  gatesPerCycle?: number;
  errorModel?: LogicalErrorModelId;
  rounding?: DistanceRounding;
  layout?: PatchLayout;
  targetInfidelity?: number;
  carrier?: CarrierPresetId;
  distanceKm?: number;
  fromLat?: number;
  fromLon?: number;
  toLat?: number;
  toLon?: number;
  routeFactor?: number;
  sailingDays?: number;
  speedKnots?: number;
  speedKmPerH?: number;
  portTimeH?: number;
  vehicles?: number;
  departureIntervalDays?: number;
  containers?: number;
  stickVolumeM3?: number;
  supportShare?: number;
  layerSpacingM?: number;
  loadingRateHz?: number;
  scheduleDays?: number;
  consumptionRateHz?: number;
  json?: boolean;
}

/** The option that sets each model field, so every message names what the user can type. */
export const OPTION_OF: Readonly<Record<string, string>> = {
  physicalErrorRate: '--physical-error-rate',
  gateTime: '--gate-time-s',
  qubitPitch: '--qubit-pitch-m',
  gatesPerCycle: '--gates-per-cycle',
  targetInfidelity: '--target-infidelity',
  errorModel: '--error-model',
  rounding: '--rounding',
  layout: '--layout',
  carrier: '--carrier',
  speed: '--speed-knots',
  speedKnots: '--speed-knots',
  speedKmPerHour: '--speed-km-per-h',
  routeLength: '--distance-km',
  routeFactor: '--route-factor',
  'greatCircle.from.latitude': '--from-lat',
  'greatCircle.from.longitude': '--from-lon',
  'greatCircle.to.latitude': '--to-lat',
  'greatCircle.to.longitude': '--to-lon',
  greatCircle: '--from-lat/--from-lon/--to-lat/--to-lon',
  sailingTime: '--sailing-days',
  portTime: '--port-time-h',
  vehicles: '--vehicles',
  departureInterval: '--departure-interval-days',
  containersPerVehicle: '--containers',
  stickVolume: '--stick-volume-m3',
  supportShare: '--support-share',
  'packing.layerSpacing': '--layer-spacing-m',
  'loading.rate': '--loading-rate-hz',
  'unloading.rate': '--loading-rate-hz',
  horizon: '--schedule-days',
  consumptionRate: '--consumption-rate-hz',
};

type Parser = (text: string) => number;

/** Memory options: [flags, help, parser]. */
export const MEMORY_OPTIONS: readonly (readonly [string, string, Parser])[] = [
  ['--physical-error-rate <p>', 'physical error rate per gate (overrides the platform)', parseNumber],
  ['--gate-time-s <t>', 'physical gate time, s (overrides the platform)', parseNumber],
  ['--qubit-pitch-m <a>', 'physical qubit pitch, m (overrides the platform)', parseNumber],
  ['--gates-per-cycle <k>', 'gate times per error-correction cycle (default 1)', parseNumber],
  ['--target-infidelity <eps>', 'logical infidelity allowed per delivered pair (default 1e-10)', parseNumber],
];

/** Options with a fixed set of values: [flags, help, choices]; defaults are applied in linkOptionsOf. */
export const CHOICE_OPTIONS: readonly (readonly [string, string, readonly string[]])[] = [
  ['--error-model <model>', 'logical error model (default devitt-2016)', Object.keys(LOGICAL_ERROR_MODELS)],
  ['--rounding <rule>', 'code-distance rounding (default odd-ceil)', DISTANCE_ROUNDINGS],
  ['--layout <layout>', 'surface-code patch (default unrotated)', PATCH_LAYOUTS],
  ['--carrier <carrier>', 'vehicle preset (default container-ship)', Object.keys(CARRIER_PRESETS)],
];

/** Route, fleet, container and loading options: [flags, help, parser]. */
export const ROUTE_OPTIONS: readonly (readonly [string, string, Parser])[] = [
  ['--distance-km <D>', 'route length, km', parseNumber],
  ['--from-lat <deg>', 'origin latitude (route = great circle x --route-factor)', parseNumber],
  ['--from-lon <deg>', 'origin longitude', parseNumber],
  ['--to-lat <deg>', 'destination latitude', parseNumber],
  ['--to-lon <deg>', 'destination longitude', parseNumber],
  ['--route-factor <f>', 'route length / great-circle distance (default 1)', parseNumber],
  ['--sailing-days <days>', 'time under way, days (instead of a route and speed)', parseNumber],
  ['--speed-knots <kn>', 'speed in knots (default from the carrier)', parseNumber],
  ['--speed-km-per-h <v>', 'speed in km/h (default from the carrier)', parseNumber],
  [
    '--port-time-h <h>',
    'time in port per one-way trip, both ends, hours (default from the carrier)',
    parseNumber,
  ],
  ['--vehicles <n>', 'vehicles in service', parseInteger],
  ['--departure-interval-days <days>', 'days between departures (default one per round trip)', parseNumber],
  ['--containers <n>', 'memory containers per vehicle (default from the carrier)', parseInteger],
  ['--stick-volume-m3 <V>', 'memory volume per container, m^3 (default 1)', parseNumber],
  ['--support-share <s>', 'share of a 33.2 m^3 20-ft container for cooling, control, power', parseNumber],
  ['--layer-spacing-m <s>', 'stack planar chips this far apart (default: cubic packing)', parseNumber],
  ['--loading-rate-hz <r>', 'local link filling and draining the memories, logical pairs/s', parseNumber],
  ['--schedule-days <H>', 'list the deliveries that arrive within H days', parseNumber],
  [
    '--consumption-rate-hz <R>',
    'use one delivery as a stockpile drawn at R pairs/s: usable and expired pairs',
    parseNumber,
  ],
];
