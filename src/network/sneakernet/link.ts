/**
 * A sneakernet link end to end: error-corrected memories holding halves of logical Bell pairs are filled
 * at the origin, shipped, and drained at the destination (Devitt, Greentree, Stephens & Van Meter,
 * "High-speed quantum networking by ship", Sci. Rep. 6, 36163 (2016)). The result has the shape of a
 * network edge: rate (logical pairs/s), fidelity and latency, plus every intermediate.
 *
 * Steps: voyage (voyage.ts) -> fleet and departure interval (fleet.ts) -> code distance for the storage
 * time (physics/surface-code) -> logical qubits per stick (memory-stick.ts) -> pairs per voyage =
 * min(sticks x capacity, loading bound, unloading bound) (loading.ts) -> rate = pairs per voyage /
 * departure interval.
 * Storage time of the worst pair = loading wait + transit + unloading wait + storageAfterArrival. The
 * waits depend on the capacity, which depends on d, so d is chosen in two passes: first for the transit
 * alone, then for the transit plus the waits at that first distance. The second d is never smaller, its
 * capacity and so its waits are never larger, so the target still holds at the final storage time
 * (conservative by at most one rounding step).
 * Assumptions: the half of each pair kept at the origin is not counted against the target (Devitt's
 * accounting: the requirement is per shipped logical qubit); the fidelity reported is 1 - achieved
 * infidelity of the worst (first-loaded, last-unloaded) pair, a lower bound for the others.
 */
import {
  UnreachableError,
  requireInteger,
  requireNonNegative,
  requirePositive,
  type CubicMetres,
  type Fidelity,
  type Hertz,
  type Metres,
  type Probability,
  type Seconds,
} from '../../core/index.js';
import {
  DEFAULT_MAXIMUM_DISTANCE,
  DEFAULT_MINIMUM_DISTANCE,
  DEFAULT_MEMORY_TARGET_INFIDELITY,
  logicalErrorModel,
  logicalErrorPerCycleUnchecked,
  physicalQubitsPerLogical,
  requiredCodeDistance,
  solveCodeDistance,
  type DistanceRounding,
  type LogicalErrorModelId,
  type PatchLayout,
} from '../../physics/surface-code/index.js';
import { carrierPreset, presetValue, type CarrierPresetId } from './carriers.js';
import { fleetPlan, type FleetPlan } from './fleet.js';
import {
  loadingTime,
  localLinkBound,
  voyageLoad,
  type LocalLinkOptions,
  type SneakernetBottleneck,
} from './loading.js';
import { DEFAULT_STICK_VOLUME, logicalQubitsPerStick, type StickPacking } from './memory-stick.js';
import { voyage, type Voyage, type VoyageOptions } from './voyage.js';

/** Options of {@link sneakernetLink}: memory platform, packing, carrier and route, fleet, local links. */
export interface SneakernetLinkOptions extends VoyageOptions {
  /** Logical error model (default 'devitt-2016'). */
  readonly errorModel?: LogicalErrorModelId;
  /** Physical error rate per operation, 0 <= p < threshold. */
  readonly physicalErrorRate: Probability;
  /** Physical gate time, s (> 0). */
  readonly gateTime: Seconds;
  /** Gate times per error-correction cycle (> 0, default 1 as in Devitt 2016). */
  readonly gatesPerCycle?: number;
  /** Physical qubit pitch, m (> 0). */
  readonly qubitPitch: Metres;
  /** Target infidelity of the worst delivered pair, 0 < target < 1 (default 1e-10). */
  readonly targetInfidelity?: Probability;
  /** Code-distance rounding (default 'odd-ceil'; 'devitt-2016' reproduces Table 1). */
  readonly rounding?: DistanceRounding;
  /** Patch layout for the physical-qubit count (default 'unrotated'). */
  readonly layout?: PatchLayout;
  /** Smallest code distance (default 3). */
  readonly minimumDistance?: number;
  /** Largest code distance before the target is unreachable (default 1000). */
  readonly maximumDistance?: number;
  /** Memory-stick packing (default Devitt's cubic packing). */
  readonly packing?: StickPacking;
  /** Memory-stick volume per container, m^3 (> 0, default 1). */
  readonly stickVolume?: CubicMetres;
  /** Memory sticks (containers) per vehicle, integer >= 1; default from the carrier preset. */
  readonly containersPerVehicle?: number;
  /** Vehicles in service (integer >= 1); see fleet.ts. */
  readonly vehicles?: number;
  /** Time between departures, s (> 0); default: one vehicle per round trip (see fleet.ts). */
  readonly departureInterval?: Seconds;
  /** Return trip time, s (>= 0, default the transit time). */
  readonly returnTime?: Seconds;
  /** Local link filling the sticks at the origin; absent = instantaneous. */
  readonly loading?: LocalLinkOptions;
  /** Local link draining the sticks at the destination; absent = instantaneous. */
  readonly unloading?: LocalLinkOptions;
  /** Extra time the pairs must stay usable after unloading (a stockpile's shelf life), s (>= 0, default 0). */
  readonly storageAfterArrival?: Seconds;
}

/** A sneakernet link as a network edge, with its intermediates. */
export interface SneakernetLink {
  /** Steady-state logical Bell pairs per second. */
  readonly rate: Hertz;
  /** Fidelity of the worst delivered pair, 1 - achievedInfidelity. */
  readonly fidelity: Fidelity;
  /** First-delivery latency: sailing + port time, s (excludes the loading wait). */
  readonly latency: Seconds;
  /** Logical qubits (pair halves) per container. */
  readonly capacityPerContainer: number;
  /** Code distance chosen. */
  readonly codeDistance: number;
  /** Physical qubits per logical qubit at that distance and layout. */
  readonly physicalQubitsPerLogical: number;
  /** Stage limiting the pairs per voyage. */
  readonly bottleneck: SneakernetBottleneck;
  /** Carrier preset used, or null. */
  readonly carrier: CarrierPresetId | null;
  /** Logical error model used. */
  readonly errorModel: LogicalErrorModelId;
  /** Distance rounding rule used. */
  readonly rounding: DistanceRounding;
  /** Patch layout used for the physical-qubit count. */
  readonly layout: PatchLayout;
  /** Unrounded distance solution at the design storage time. */
  readonly realDistance: number;
  /** Error-correction cycle time, s. */
  readonly cycleTime: Seconds;
  /** Cycles over the worst pair's storage time. */
  readonly cycles: number;
  /** Logical error per cycle at the chosen distance. */
  readonly logicalErrorPerCycle: Probability;
  /** Accumulated logical error of the worst pair (union bound, capped at 1). */
  readonly achievedInfidelity: Probability;
  /** Target infidelity. */
  readonly targetInfidelity: Probability;
  /** True when achievedInfidelity <= target (false possible with 'devitt-2016' rounding). */
  readonly meetsTarget: boolean;
  /** Worst pair's storage time: loading wait + transit + unloading wait + storageAfterArrival, s. */
  readonly storageTime: Seconds;
  /** Storage time the distance was chosen for (>= storageTime), s. */
  readonly designStorageTime: Seconds;
  /** Longest storage within the target at the chosen distance, s. */
  readonly maxStorageTime: Seconds;
  /** Memory-stick volume per container, m^3. */
  readonly stickVolume: CubicMetres;
  /** Containers per vehicle. */
  readonly containersPerVehicle: number;
  /** containersPerVehicle x capacityPerContainer. */
  readonly shippingPairsPerVoyage: number;
  /** Bound from the origin's local link (Infinity when instantaneous). */
  readonly loadingPairsPerVoyage: number;
  /** Bound from the destination's local link (Infinity when instantaneous). */
  readonly unloadingPairsPerVoyage: number;
  /** Pairs actually carried per voyage (the minimum of the three). */
  readonly pairsPerVoyage: number;
  /** Time to fill one voyage's pairs, s (0 when instantaneous). */
  readonly loadingDuration: Seconds;
  /** Time to drain one voyage's pairs, s (0 when instantaneous). */
  readonly unloadingDuration: Seconds;
  /** The voyage. */
  readonly voyage: Voyage;
  /** The fleet schedule. */
  readonly fleet: FleetPlan;
}

/**
 * Rate, fidelity and latency of shipping error-corrected memories, with all intermediates.
 * @throws ParameterError naming the invalid option (zero speed, zero volume, p at/above threshold, ...).
 * @throws UnreachableError when the target needs d > maximumDistance, a stick cannot hold one logical
 *   qubit, or the vehicles cannot keep the departure interval.
 */
export function sneakernetLink(options: SneakernetLinkOptions): SneakernetLink {
  const trip = voyage(options);
  const fleet = fleetPlan({
    transitTime: trip.transitTime,
    returnTime: options.returnTime,
    vehicles: options.vehicles,
    departureInterval: options.departureInterval,
  });
  const preset = options.carrier === undefined ? undefined : carrierPreset(options.carrier);
  const containersPerVehicle = requireInteger(
    'containersPerVehicle',
    presetValue(preset, 'containersPerVehicle', options.containersPerVehicle),
    1,
  );
  const loadingBound = localLinkBound(options.loading, fleet.departureInterval, 'loading');
  const unloadingBound = localLinkBound(options.unloading, fleet.departureInterval, 'unloading');
  const stickVolume = requirePositive('stickVolume', options.stickVolume ?? DEFAULT_STICK_VOLUME);
  const gatesPerCycle = requirePositive('gatesPerCycle', options.gatesPerCycle ?? 1);
  const cycleTime = requirePositive('gateTime', options.gateTime) * gatesPerCycle;
  requirePositive('qubitPitch', options.qubitPitch);
  const storageAfterArrival = requireNonNegative('storageAfterArrival', options.storageAfterArrival ?? 0);
  const targetInfidelity = options.targetInfidelity ?? DEFAULT_MEMORY_TARGET_INFIDELITY;
  const layout = options.layout ?? 'unrotated';
  const baseStorage = trip.transitTime + storageAfterArrival;

  // Pass 1 validates the memory options and sizes the code for the transit alone.
  const first = requiredCodeDistance({
    errorModel: options.errorModel ?? 'devitt-2016',
    physicalErrorRate: options.physicalErrorRate,
    cycles: baseStorage / cycleTime,
    targetInfidelity,
    rounding: options.rounding ?? 'odd-ceil',
    minimumDistance: options.minimumDistance ?? DEFAULT_MINIMUM_DISTANCE,
    maximumDistance: options.maximumDistance ?? DEFAULT_MAXIMUM_DISTANCE,
  });
  const model = logicalErrorModel(first.errorModel);
  const stage = (codeDistance: number) => {
    const capacity = logicalQubitsPerStick({
      stickVolume,
      qubitPitch: options.qubitPitch,
      codeDistance,
      packing: options.packing,
      layout,
    });
    const shipping = capacity * containersPerVehicle;
    const load = voyageLoad(shipping, loadingBound.pairsPerVoyage, unloadingBound.pairsPerVoyage);
    const loadingDuration = loadingTime(load.pairsPerVoyage, loadingBound.rate);
    const unloadingDuration = loadingTime(load.pairsPerVoyage, unloadingBound.rate);
    return { capacity, shipping, load, loadingDuration, unloadingDuration };
  };
  let distance = first;
  let designStorageTime = baseStorage;
  let staged = stage(first.codeDistance);
  const waits = staged.loadingDuration + staged.unloadingDuration;
  if (waits > 0) {
    designStorageTime = baseStorage + waits;
    distance = solveCodeDistance(
      model,
      options.physicalErrorRate,
      designStorageTime / cycleTime,
      targetInfidelity,
      first.rounding,
      options.minimumDistance ?? DEFAULT_MINIMUM_DISTANCE,
      options.maximumDistance ?? DEFAULT_MAXIMUM_DISTANCE,
    );
    if (distance.codeDistance !== first.codeDistance) staged = stage(distance.codeDistance);
  }
  if (staged.capacity === 0) {
    throw new UnreachableError(
      `a ${stickVolume} m^3 memory stick cannot hold one distance-${distance.codeDistance} logical qubit ` +
        `at qubit pitch ${options.qubitPitch} m; use a larger stick, a smaller pitch or a laxer target`,
    );
  }
  const storageTime = baseStorage + staged.loadingDuration + staged.unloadingDuration;
  const cycles = storageTime / cycleTime;
  const logicalErrorPerCycle = logicalErrorPerCycleUnchecked(
    model,
    options.physicalErrorRate,
    distance.codeDistance,
  );
  const achievedInfidelity = Math.min(1, cycles * logicalErrorPerCycle);
  return {
    rate: staged.load.pairsPerVoyage / fleet.departureInterval,
    fidelity: 1 - achievedInfidelity,
    latency: trip.transitTime,
    capacityPerContainer: staged.capacity,
    codeDistance: distance.codeDistance,
    physicalQubitsPerLogical: physicalQubitsPerLogical(distance.codeDistance, layout),
    bottleneck: staged.load.bottleneck,
    carrier: preset?.id ?? null,
    errorModel: model.id,
    rounding: distance.rounding,
    layout,
    realDistance: distance.realDistance,
    cycleTime,
    cycles,
    logicalErrorPerCycle,
    achievedInfidelity,
    targetInfidelity,
    meetsTarget: achievedInfidelity <= targetInfidelity * (1 + 1e-6),
    storageTime,
    designStorageTime,
    maxStorageTime:
      logicalErrorPerCycle === 0
        ? Number.POSITIVE_INFINITY
        : (targetInfidelity / logicalErrorPerCycle) * cycleTime,
    stickVolume,
    containersPerVehicle,
    shippingPairsPerVoyage: staged.shipping,
    loadingPairsPerVoyage: loadingBound.pairsPerVoyage,
    unloadingPairsPerVoyage: unloadingBound.pairsPerVoyage,
    pairsPerVoyage: staged.load.pairsPerVoyage,
    loadingDuration: staged.loadingDuration,
    unloadingDuration: staged.unloadingDuration,
    voyage: trip,
    fleet,
  };
}
