/**
 * The resolved scenario: every value in SI (metres, seconds, hertz, dB/m), defaults applied, references
 * checked, platform presets resolved with provenance, and lookups by key. This is what the planner, the
 * simulator and the reports consume; the graphology model is built from `nodes` and `edges`.
 * The normalised source document is kept (`document`) so serialisation reproduces the file exactly.
 */
import type {
  CubicMetres,
  DecibelsPerMetre,
  Degrees,
  Fidelity,
  Hertz,
  Metres,
  MetresPerSecond,
  Probability,
  Seconds,
  Transmissivity,
} from '../../core/index.js';
import type { PlatformResolution } from '../platforms/resolve-platform.js';
import type { NodeKind, ScenarioDocument } from './document-schema.js';
import type { CarrierKind, ErrorModel, SurfaceCodePatch } from './edge-schema.js';
import type { GeoPoint as GeoPosition } from '../../physics/index.js';
import type { LinkScheme } from './schema-fields.js';
import type { DataEncoding, WorkloadModel } from './workload-schema.js';

/** Scenario-wide defaults in SI. */
export interface ScenarioDefaults {
  /** Fibre attenuation, dB/m. */
  readonly fibreAttenuation: DecibelsPerMetre;
  /** Speed of light in fibre, m/s. */
  readonly fibreLightSpeed: MetresPerSecond;
  /** Route length / great-circle distance (>= 1). */
  readonly routeFactor: number;
  /** Link-generation scheme. */
  readonly scheme: LinkScheme;
}

/** A resolved node. */
export interface ScenarioNode {
  readonly key: string;
  readonly kind: NodeKind;
  readonly label?: string;
  /** Coordinates, when the file gives them. */
  readonly position?: GeoPosition;
  /** Platform preset plus overrides, in SI with provenance, when the node names a platform. */
  readonly platform?: PlatformResolution;
  /** Memory qubits: the node's memoryCount, else the platform's, else undefined. */
  readonly memoryCount?: number;
}

interface EdgeEndpoints {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly label?: string;
}

/** The midpoint source of an optical link (scheme 'midpoint-source'), when the edge gives its figures. */
export interface MidpointSourceFigures {
  /** Mean photon-pair number per mode per attempt, 0..1. */
  readonly meanPairNumber?: number;
  /** Fidelity of the emitted pairs (default 1 in the link model). */
  readonly pairFidelity?: Fidelity;
}

/** A resolved optical fibre link. */
export interface FibreEdge extends EdgeEndpoints, MidpointSourceFigures {
  readonly kind: 'fibre';
  /** Fibre length, m. */
  readonly length: Metres;
  /** Whether the length was given (lengthKm) or derived from coordinates x routeFactor. */
  readonly lengthFrom: 'lengthKm' | 'coordinates';
  /** Attenuation, dB/m. */
  readonly attenuation: DecibelsPerMetre;
  /** Speed of light in this fibre, m/s. */
  readonly lightSpeed: MetresPerSecond;
  readonly scheme: LinkScheme;
  /**
   * Multiplexed modes per attempt (>= 1) when the edge sets them; otherwise the link uses its hardware platform's
   * multiplexingModes, and one mode when neither says.
   */
  readonly modes?: number;
}

/** Geometry of a free-space link. */
export type FreeSpacePath =
  | {
      readonly kind: 'direct';
      /** Line-of-sight distance, m. */
      readonly distance: Metres;
      readonly distanceFrom: 'distanceKm' | 'coordinates';
    }
  | {
      readonly kind: 'satellite';
      /** Satellite altitude, m. */
      readonly altitude: Metres;
      /** Elevation seen from both stations, degrees, when given. */
      readonly elevation?: Degrees;
      /** Slant range from the source node to the satellite, m. */
      readonly slantRangeSource: Metres;
      /** Slant range from the target node to the satellite, m. */
      readonly slantRangeTarget: Metres;
      readonly slantRangeFrom: 'elevationDeg' | 'coordinates';
    };

/** A resolved free-space optical link. */
export interface FreeSpaceEdge extends EdgeEndpoints, MidpointSourceFigures {
  readonly kind: 'free-space';
  readonly path: FreeSpacePath;
  /** Transmitter aperture diameter, m. */
  readonly transmitterAperture: Metres;
  /** Receiver aperture diameter, m. */
  readonly receiverAperture: Metres;
  /** Wavelength, m. */
  readonly wavelength: Metres;
  readonly atmosphericTransmissivity: Transmissivity;
  readonly pointingEfficiency: Probability;
  readonly scheme: LinkScheme;
}

/** A resolved cryogenic microwave link. */
export interface MicrowaveEdge extends EdgeEndpoints {
  readonly kind: 'microwave';
  /** Length, m. */
  readonly length: Metres;
  /** Attenuation, dB/m, when given. */
  readonly attenuation?: DecibelsPerMetre;
  /** End-to-end transmissivity. */
  readonly transmissivity: Transmissivity;
  /** Whether the transmissivity was given, computed from attenuation x length, or assumed lossless (1). */
  readonly transmissivityFrom: 'transmissivity' | 'attenuationDbPerM' | 'assumed-lossless';
  /** Temperature, K, when given. */
  readonly temperature?: number;
}

/** A resolved carrier (sneakernet) link. */
export interface CarrierEdge extends EdgeEndpoints {
  readonly kind: 'carrier';
  readonly carrier: CarrierKind;
  /** Route length, m, when given or derivable from coordinates. */
  readonly distance?: Metres;
  readonly distanceFrom?: 'distanceKm' | 'coordinates';
  /** Cruising speed, m/s. */
  readonly speed: MetresPerSecond;
  /** Voyage duration (excluding port time), s. */
  readonly transitTime: Seconds;
  readonly transitTimeFrom: 'transitDays' | 'distance-and-speed';
  /** Port time per voyage, s. */
  readonly portTime: Seconds;
  /** Vehicles in the fleet. */
  readonly vehicles: number;
  /** Time between departures, s, when given. */
  readonly departureInterval?: Seconds;
  readonly containersPerVehicle: number;
  /** Memory volume per container, m^3. */
  readonly memoryVolumePerContainer: CubicMetres;
  /** Memory platform (preset plus overrides) in SI with provenance, when named. */
  readonly platform?: PlatformResolution;
  readonly errorModel: ErrorModel;
  /** Allowed logical infidelity per pair on arrival. */
  readonly targetInfidelity: Probability;
  /** Error-correction cycle time in gate times. */
  readonly cycleTimeGateFactor: number;
  readonly surfaceCodePatch: SurfaceCodePatch;
  /** Local entanglement rate that fills and drains the memories, pairs/s, when given. */
  readonly loadingRate?: Hertz;
}

/** Any resolved edge. */
export type ScenarioEdge = FibreEdge | FreeSpaceEdge | MicrowaveEdge | CarrierEdge;

/** A resolved demand. */
export interface Demand {
  readonly key: string;
  readonly label?: string;
  readonly source: string;
  readonly target: string;
  readonly targetFidelity: Fidelity;
  /** Requested Bell-pair rate, 1/s, when given. */
  readonly requestedRate?: Hertz;
  /** Key of the workload this demand carries, when given. */
  readonly workload?: string;
}

/** A resolved distributed-ML workload (distributed-ml.md cost model inputs). */
export interface Workload {
  readonly key: string;
  readonly label?: string;
  readonly model: WorkloadModel;
  /** Data dimension N. */
  readonly dimension: number;
  /** Layers L. */
  readonly layers: number;
  /** Parameters per unitary P. */
  readonly paramsPerUnitary: number;
  readonly epsilon: number;
  readonly delta: number;
  /** Bits per classical number b. */
  readonly bitsPerNumber: number;
  /** Training steps T, when given. */
  readonly trainingSteps?: number;
  /** Classical link rate, bits/s. */
  readonly classicalRate: number;
  /** Classical one-way latency, s. */
  readonly classicalLatency: Seconds;
  /** Shadow-tomography constant c_ST. */
  readonly shadowConstant: number;
  /** Classification margin gamma, when given. */
  readonly margin?: number;
  readonly encoding: DataEncoding;
  /** Logical gate time, s, when given. */
  readonly logicalGateTime?: Seconds;
  readonly parallelQpus: number;
  /** Classical compute rate, FLOP/s, when given. */
  readonly classicalFlopRate?: number;
}

/** Descriptive metadata, as in the file. */
export interface ScenarioMetadata {
  readonly author?: string;
  readonly created?: string;
  readonly tags?: readonly string[];
  readonly notes?: string;
}

/** A parsed, validated, fully resolved scenario in SI. */
export interface Scenario {
  readonly schemaVersion: number;
  readonly name: string;
  readonly description: string;
  /** Seed for createRng. */
  readonly seed: number;
  readonly metadata: ScenarioMetadata;
  readonly defaults: ScenarioDefaults;
  readonly nodes: readonly ScenarioNode[];
  readonly edges: readonly ScenarioEdge[];
  readonly demands: readonly Demand[];
  readonly workloads: readonly Workload[];
  readonly nodeByKey: ReadonlyMap<string, ScenarioNode>;
  readonly edgeByKey: ReadonlyMap<string, ScenarioEdge>;
  readonly demandByKey: ReadonlyMap<string, Demand>;
  readonly workloadByKey: ReadonlyMap<string, Workload>;
  /** The normalised source document (file units), frozen; serializeScenario writes it back. */
  readonly document: ScenarioDocument;
}
