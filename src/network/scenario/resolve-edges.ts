/**
 * Converts each edge of a validated scenario document to SI and applies defaults: fibre lengths from
 * coordinates (great circle x routeFactor), free-space geometry (edge-geometry.ts), microwave
 * transmissivity, and carrier transit times. Problems that need two fields or the nodes (a length that is
 * neither given nor derivable, a satellite below the horizon) become path-qualified issues.
 * Sources: geo.ts (haversine, slant range); physics.md §1; sneakernet.md; defaults in scenario-defaults.ts.
 */
import {
  daysToSeconds,
  dbPerKmToDbPerMetre,
  decibelsToTransmissivity,
  hoursToSeconds,
  kmPerHourToMetresPerSecond,
  kmToMetres,
  nanometresToMetres,
  type ValidationIssue,
} from '../../core/index.js';
import type { PresetRegistry } from '../platforms/parse-preset.js';
import { compact } from './compact.js';
import { coordinateDistance, freeSpacePath } from './edge-geometry.js';
import type { EdgeDocument } from './edge-schema.js';
import type { GeoPoint as GeoPosition } from '../../physics/index.js';
import { resolvePlatformReference } from './platform-reference.js';
import * as defaults from './scenario-defaults.js';
import type {
  CarrierEdge,
  FibreEdge,
  FreeSpaceEdge,
  MicrowaveEdge,
  ScenarioDefaults,
  ScenarioEdge,
} from './scenario-types.js';

/** What edge resolution needs to know about the rest of the scenario. */
export interface EdgeContext {
  /** Node positions by key (undefined for nodes without coordinates). */
  readonly positions: ReadonlyMap<string, GeoPosition | undefined>;
  readonly defaults: ScenarioDefaults;
  readonly presets: PresetRegistry;
}

type Of<K extends EdgeDocument['kind']> = Extract<EdgeDocument, { kind: K }>;

function resolveFibre(
  edge: Of<'fibre'>,
  path: string,
  context: EdgeContext,
  issues: ValidationIssue[],
): FibreEdge | undefined {
  let length: number;
  let lengthFrom: FibreEdge['lengthFrom'];
  if (edge.lengthKm !== undefined) {
    length = kmToMetres(edge.lengthKm);
    lengthFrom = 'lengthKm';
  } else {
    const derived = coordinateDistance(edge, context);
    if ('why' in derived) {
      issues.push({ path: `${path}.lengthKm`, message: `is required because ${derived.why}` });
      return undefined;
    }
    length = derived.distance * (edge.routeFactor ?? context.defaults.routeFactor);
    lengthFrom = 'coordinates';
  }
  return compact({
    key: edge.key,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    kind: 'fibre' as const,
    length,
    lengthFrom,
    attenuation:
      edge.attenuationDbPerKm === undefined
        ? context.defaults.fibreAttenuation
        : dbPerKmToDbPerMetre(edge.attenuationDbPerKm),
    lightSpeed:
      edge.lightSpeedKmPerS === undefined
        ? context.defaults.fibreLightSpeed
        : kmToMetres(edge.lightSpeedKmPerS),
    scheme: edge.scheme ?? context.defaults.scheme,
    ...(edge.modes === undefined ? {} : { modes: edge.modes }),
    meanPairNumber: edge.meanPairNumber,
    pairFidelity: edge.pairFidelity,
  });
}

function resolveFreeSpace(
  edge: Of<'free-space'>,
  path: string,
  context: EdgeContext,
  issues: ValidationIssue[],
): FreeSpaceEdge | undefined {
  const geometry = freeSpacePath(edge, path, context, issues);
  if (geometry === undefined) return undefined;
  return compact({
    key: edge.key,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    kind: 'free-space' as const,
    path: compact(geometry),
    transmitterAperture: edge.transmitterApertureM,
    receiverAperture: edge.receiverApertureM,
    wavelength: nanometresToMetres(edge.wavelengthNm),
    atmosphericTransmissivity: edge.atmosphericTransmissivity ?? defaults.DEFAULT_FREE_SPACE_EFFICIENCY,
    pointingEfficiency: edge.pointingEfficiency ?? defaults.DEFAULT_FREE_SPACE_EFFICIENCY,
    scheme: edge.scheme ?? context.defaults.scheme,
    meanPairNumber: edge.meanPairNumber,
    pairFidelity: edge.pairFidelity,
  });
}

function resolveMicrowave(
  edge: Of<'microwave'>,
  path: string,
  issues: ValidationIssue[],
): MicrowaveEdge | undefined {
  if (edge.attenuationDbPerM !== undefined && edge.transmissivity !== undefined) {
    issues.push({
      path: `${path}.transmissivity`,
      message: 'give either attenuationDbPerM or transmissivity, not both',
    });
    return undefined;
  }
  let transmissivity = 1;
  let transmissivityFrom: MicrowaveEdge['transmissivityFrom'] = 'assumed-lossless';
  if (edge.transmissivity !== undefined) {
    transmissivity = edge.transmissivity;
    transmissivityFrom = 'transmissivity';
  } else if (edge.attenuationDbPerM !== undefined) {
    transmissivity = decibelsToTransmissivity(edge.attenuationDbPerM * edge.lengthM);
    transmissivityFrom = 'attenuationDbPerM';
  }
  return compact({
    key: edge.key,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    kind: 'microwave' as const,
    length: edge.lengthM,
    attenuation: edge.attenuationDbPerM,
    transmissivity,
    transmissivityFrom,
    temperature: edge.temperatureK,
  });
}

function resolveCarrier(
  edge: Of<'carrier'>,
  path: string,
  context: EdgeContext,
  issues: ValidationIssue[],
): CarrierEdge | undefined {
  let distance: number | undefined;
  let distanceFrom: CarrierEdge['distanceFrom'];
  if (edge.distanceKm !== undefined) {
    distance = kmToMetres(edge.distanceKm);
    distanceFrom = 'distanceKm';
  } else {
    const derived = coordinateDistance(edge, context);
    if ('distance' in derived) {
      distance = derived.distance * (edge.routeFactor ?? context.defaults.routeFactor);
      distanceFrom = 'coordinates';
    } else if (edge.transitDays === undefined) {
      issues.push({
        path: `${path}.distanceKm`,
        message: `is required when transitDays is absent, because ${derived.why}`,
      });
      return undefined;
    }
  }
  const speed = kmPerHourToMetresPerSecond(
    edge.speedKmPerH ?? defaults.DEFAULT_CARRIER_SPEED_KM_PER_H[edge.carrier],
  );
  const platform = resolvePlatformReference(edge.platform, edge.overrides, path, context.presets, issues);
  if (edge.platform !== undefined && platform === undefined) return undefined;
  const transitTime = edge.transitDays !== undefined ? daysToSeconds(edge.transitDays) : distance! / speed;
  return compact({
    key: edge.key,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    kind: 'carrier' as const,
    carrier: edge.carrier,
    distance,
    distanceFrom,
    speed,
    transitTime,
    transitTimeFrom:
      edge.transitDays !== undefined ? ('transitDays' as const) : ('distance-and-speed' as const),
    portTime: hoursToSeconds(edge.portTimeH ?? 0),
    vehicles: edge.vehicles ?? 1,
    departureInterval:
      edge.departureIntervalDays === undefined ? undefined : daysToSeconds(edge.departureIntervalDays),
    containersPerVehicle: edge.containersPerVehicle ?? defaults.DEFAULT_CONTAINERS_PER_VEHICLE[edge.carrier],
    memoryVolumePerContainer: edge.memoryVolumeM3 ?? defaults.DEFAULT_MEMORY_VOLUME_M3,
    platform,
    errorModel: edge.errorModel ?? defaults.DEFAULT_ERROR_MODEL,
    targetInfidelity: edge.targetInfidelity ?? defaults.DEFAULT_TARGET_INFIDELITY,
    cycleTimeGateFactor: edge.cycleTimeGateFactor ?? defaults.DEFAULT_CYCLE_TIME_GATE_FACTOR,
    surfaceCodePatch: edge.surfaceCodePatch ?? defaults.DEFAULT_SURFACE_CODE_PATCH,
    loadingRate: edge.loadingRatePerS,
  });
}

/**
 * Resolves one edge whose endpoints are known to exist and differ.
 * @param path - the edge's path, e.g. `edges[3]`.
 * @returns the SI edge, or undefined when an issue was recorded.
 */
export function resolveEdge(
  edge: EdgeDocument,
  path: string,
  context: EdgeContext,
  issues: ValidationIssue[],
): ScenarioEdge | undefined {
  const resolved = resolveByKind(edge, path, context, issues);
  if (resolved === undefined) return undefined;
  // Huge file values (e.g. 1e308 km) overflow when scaled to SI; report them instead of passing Infinity on.
  const overflowing = [
    ...Object.entries(resolved),
    ...(resolved.kind === 'free-space' ? Object.entries(resolved.path) : []),
  ]
    .filter(([, value]) => typeof value === 'number' && !Number.isFinite(value))
    .map(([field]) => field);
  if (overflowing.length > 0) {
    issues.push({
      path,
      message: `too large to represent in SI units (${overflowing.join(', ')}); use smaller values`,
    });
    return undefined;
  }
  return resolved;
}

function resolveByKind(
  edge: EdgeDocument,
  path: string,
  context: EdgeContext,
  issues: ValidationIssue[],
): ScenarioEdge | undefined {
  switch (edge.kind) {
    case 'fibre':
      return resolveFibre(edge, path, context, issues);
    case 'free-space':
      return resolveFreeSpace(edge, path, context, issues);
    case 'microwave':
      return resolveMicrowave(edge, path, issues);
    case 'carrier':
      return resolveCarrier(edge, path, context, issues);
  }
}
