/**
 * Options of the repeater-generations comparison, their defaults and their validation.
 *
 * Parameters follow the hardware description of Muralidharan et al., Sci. Rep. 6, 20463 (2016): fibre
 * attenuation, coupling efficiency of a photon into the fibre and detector (eta_c), two-qubit gate error
 * (epsilon_G), measurement error (epsilon_M), local operation time t0, and the code parameters of each
 * generation. The defaults are planning values chosen here, not the paper's figures: 0.2 dB/km
 * (Sangouard et al., Rev. Mod. Phys. 83, 33 (2011)), eta_c = 0.9, epsilon_G = epsilon_M = 1e-3, t0 = 1 us,
 * target fidelity 0.95. SI units throughout; each field is validated with its own name.
 */
import {
  FIBRE_LIGHT_SPEED,
  ParameterError,
  requireInRange,
  requireInteger,
  requirePositive,
  requireProbability,
  type DecibelsPerMetre,
  type Fidelity,
  type Metres,
  type MetresPerSecond,
  type Probability,
  type Seconds,
} from '../../core/index.js';
import { FIBRE_ATTENUATION_1550NM } from '../../physics/fibre.js';
import {
  DEFAULT_PURIFICATION_PROTOCOL,
  requirePurificationProtocol,
  type PurificationProtocol,
} from '../../physics/purification-protocol.js';
import type { CostBasis } from './generation-types.js';

/** First generation (HEG + HEP) settings. */
export interface FirstGenerationOptions {
  /** Requested spacing for this generation, m; default the common `repeaterSpacing`. */
  readonly repeaterSpacing?: Metres;
  /** Most recurrence-purification rounds per nesting level to try, integer 0..12; default 6. */
  readonly maxPurificationRounds?: number;
  /** Purification protocol, 'dejmps' (default) or 'bbpssw'. */
  readonly protocol?: PurificationProtocol;
}

/** Second generation (HEG + QEC) settings: an [[n, 1, d]] CSS code. */
export interface SecondGenerationOptions {
  /** Requested spacing for this generation, m; default the common `repeaterSpacing`. */
  readonly repeaterSpacing?: Metres;
  /** Physical qubits n of the code; with `codeDistance`. Default: the cheaper of Steane and Golay. */
  readonly codeQubits?: number;
  /** Code distance d (odd, 1 <= d <= n); with `codeQubits`. */
  readonly codeDistance?: number;
}

/** Third generation (one-way, quantum parity code QPC(n, m)) settings. */
export interface ThirdGenerationOptions {
  /** Requested spacing for this generation, m; default the common `repeaterSpacing`. */
  readonly repeaterSpacing?: Metres;
  /** Blocks n of the parity code; default: searched in 1..maxBlocks for the lowest cost. */
  readonly blocks?: number;
  /** Photons m per block; default: searched in 1..maxPhotonsPerBlock for the lowest cost. */
  readonly photonsPerBlock?: number;
  /** Largest n searched, integer 1..200; default 40. */
  readonly maxBlocks?: number;
  /** Largest m searched, integer 1..200; default 40. */
  readonly maxPhotonsPerBlock?: number;
}

/** Inputs of {@link compareGenerations}. */
export interface GenerationComparisonOptions {
  /** Route length L, m (> 0). */
  readonly totalLength: Metres;
  /** Requested repeater spacing L0, m (> 0); each generation may override it. */
  readonly repeaterSpacing: Metres;
  /** Fibre attenuation, dB/m (>= 0); default 0.2 dB/km. */
  readonly attenuation?: DecibelsPerMetre;
  /** Probability eta_c in [0, 1] that a photon is emitted, coupled into the fibre and detected; default 0.9. */
  readonly couplingEfficiency?: Probability;
  /** Two-qubit gate error epsilon_G in [0, 1] (depolarising; reliability p2 = 1 - epsilon_G); default 1e-3. */
  readonly gateError?: Probability;
  /** Measurement error epsilon_M in [0, 0.5]; default equal to gateError. */
  readonly measurementError?: Probability;
  /** Fidelity of a heralded elementary pair (1G and 2G), in [0.25, 1]; default 1 - 3 epsilon_G / 4. */
  readonly elementaryPairFidelity?: Fidelity;
  /** Local operation time t0, s (> 0); default 1e-6. */
  readonly localOperationTime?: Seconds;
  /** Group velocity of light in the fibre, m/s (> 0); default 2e8. */
  readonly fibreLightSpeed?: MetresPerSecond;
  /** Fidelity a delivered pair must reach, in [0.25, 1]; default 0.95. */
  readonly targetFidelity?: Fidelity;
  /** Which rate the cost divides by; default 'ebit'. */
  readonly costBasis?: CostBasis;
  readonly firstGeneration?: FirstGenerationOptions;
  readonly secondGeneration?: SecondGenerationOptions;
  readonly thirdGeneration?: ThirdGenerationOptions;
}

/** Hardware shared by every generation, defaults filled in. */
export interface ResolvedHardware {
  readonly totalLength: Metres;
  readonly attenuation: DecibelsPerMetre;
  readonly couplingEfficiency: Probability;
  readonly gateError: Probability;
  readonly measurementError: Probability;
  readonly elementaryPairFidelity: Fidelity;
  readonly localOperationTime: Seconds;
  readonly fibreLightSpeed: MetresPerSecond;
  readonly targetFidelity: Fidelity;
}

/** Everything {@link compareGenerations} needs, validated. */
export interface ResolvedGenerationOptions {
  readonly hardware: ResolvedHardware;
  readonly costBasis: CostBasis;
  readonly first: {
    readonly repeaterSpacing: Metres;
    readonly maxPurificationRounds: number;
    readonly protocol: PurificationProtocol;
  };
  readonly second: {
    readonly repeaterSpacing: Metres;
    readonly code?: { readonly qubits: number; readonly distance: number };
  };
  readonly third: {
    readonly repeaterSpacing: Metres;
    readonly blocks?: number;
    readonly photonsPerBlock?: number;
    readonly maxBlocks: number;
    readonly maxPhotonsPerBlock: number;
  };
}

/** Default eta_c: an optimistic planning value (photon emission, fibre coupling and detection together). */
export const DEFAULT_COUPLING_EFFICIENCY: Probability = 0.9;
/** Default two-qubit gate error. */
export const DEFAULT_GATE_ERROR: Probability = 1e-3;
/** Default local operation time t0, s. */
export const DEFAULT_LOCAL_OPERATION_TIME: Seconds = 1e-6;
/** Default target fidelity of delivered pairs. */
export const DEFAULT_TARGET_FIDELITY: Fidelity = 0.95;
/** Largest number of segments a route may have (1G rounds up to a power of two, 2^24). */
export const GENERATIONS_MAX_SEGMENTS = 2 ** 24;

function optionalSpacing(field: string, value: Metres | undefined, fallback: Metres): Metres {
  return value === undefined ? fallback : requirePositive(field, value);
}

function optionalInteger(
  field: string,
  value: number | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  requireInteger(field, value, min);
  return requireInRange(field, value, min, max);
}

function requireSegmentsWithinLimit(field: string, totalLength: Metres, spacing: Metres): void {
  if (Math.ceil(totalLength / spacing) > GENERATIONS_MAX_SEGMENTS) {
    throw new ParameterError(
      field,
      `gives more than ${GENERATIONS_MAX_SEGMENTS} segments over ${totalLength} m (got ${spacing})`,
    );
  }
}

function resolveCode(options: SecondGenerationOptions): { qubits: number; distance: number } | undefined {
  const { codeQubits, codeDistance } = options;
  if (codeQubits === undefined && codeDistance === undefined) return undefined;
  if (codeQubits === undefined || codeDistance === undefined) {
    const missing = codeQubits === undefined ? 'codeQubits' : 'codeDistance';
    throw new ParameterError(
      `secondGeneration.${missing}`,
      'must be given together with the other code field',
    );
  }
  const qubits = requireInteger('secondGeneration.codeQubits', codeQubits, 1);
  requireInteger('secondGeneration.codeDistance', codeDistance, 1);
  if (codeDistance % 2 === 0 || codeDistance > qubits) {
    throw new ParameterError(
      'secondGeneration.codeDistance',
      `must be odd and at most codeQubits=${qubits} (got ${codeDistance})`,
    );
  }
  return { qubits, distance: codeDistance };
}

function resolveCostBasis(value: CostBasis | undefined): CostBasis {
  const basis = value ?? 'ebit';
  if (basis !== 'ebit' && basis !== 'secret-key') {
    throw new ParameterError('costBasis', `must be "ebit" or "secret-key" (got "${String(basis)}")`);
  }
  return basis;
}

/**
 * Validates the options and fills in defaults.
 * @throws ParameterError naming the offending option (nested options as `thirdGeneration.blocks`).
 */
export function resolveGenerationOptions(options: GenerationComparisonOptions): ResolvedGenerationOptions {
  if (typeof options !== 'object' || options === null) {
    throw new ParameterError('options', 'must be an object with totalLength and repeaterSpacing');
  }
  const totalLength = requirePositive('totalLength', options.totalLength);
  const spacing = requirePositive('repeaterSpacing', options.repeaterSpacing);
  const gateError = requireProbability('gateError', options.gateError ?? DEFAULT_GATE_ERROR);
  const hardware: ResolvedHardware = {
    totalLength,
    attenuation: requireInRange('attenuation', options.attenuation ?? FIBRE_ATTENUATION_1550NM, 0, 1),
    couplingEfficiency: requireProbability(
      'couplingEfficiency',
      options.couplingEfficiency ?? DEFAULT_COUPLING_EFFICIENCY,
    ),
    gateError,
    measurementError: requireInRange('measurementError', options.measurementError ?? gateError, 0, 0.5),
    elementaryPairFidelity: requireInRange(
      'elementaryPairFidelity',
      options.elementaryPairFidelity ?? 1 - (3 * gateError) / 4,
      0.25,
      1,
    ),
    localOperationTime: requirePositive(
      'localOperationTime',
      options.localOperationTime ?? DEFAULT_LOCAL_OPERATION_TIME,
    ),
    fibreLightSpeed: requirePositive('fibreLightSpeed', options.fibreLightSpeed ?? FIBRE_LIGHT_SPEED),
    targetFidelity: requireInRange(
      'targetFidelity',
      options.targetFidelity ?? DEFAULT_TARGET_FIDELITY,
      0.25,
      1,
    ),
  };
  const first = options.firstGeneration ?? {};
  const second = options.secondGeneration ?? {};
  const third = options.thirdGeneration ?? {};
  const resolved: ResolvedGenerationOptions = {
    hardware,
    costBasis: resolveCostBasis(options.costBasis),
    first: {
      repeaterSpacing: optionalSpacing('firstGeneration.repeaterSpacing', first.repeaterSpacing, spacing),
      maxPurificationRounds:
        optionalInteger('firstGeneration.maxPurificationRounds', first.maxPurificationRounds, 0, 12) ?? 6,
      protocol: requirePurificationProtocol(
        'firstGeneration.protocol',
        first.protocol ?? DEFAULT_PURIFICATION_PROTOCOL,
      ),
    },
    second: {
      repeaterSpacing: optionalSpacing('secondGeneration.repeaterSpacing', second.repeaterSpacing, spacing),
      code: resolveCode(second),
    },
    third: {
      repeaterSpacing: optionalSpacing('thirdGeneration.repeaterSpacing', third.repeaterSpacing, spacing),
      blocks: optionalInteger('thirdGeneration.blocks', third.blocks, 1, 10_000),
      photonsPerBlock: optionalInteger('thirdGeneration.photonsPerBlock', third.photonsPerBlock, 1, 10_000),
      maxBlocks: optionalInteger('thirdGeneration.maxBlocks', third.maxBlocks, 1, 200) ?? 40,
      maxPhotonsPerBlock:
        optionalInteger('thirdGeneration.maxPhotonsPerBlock', third.maxPhotonsPerBlock, 1, 200) ?? 40,
    },
  };
  const spacingField = (prefix: string, override: Metres | undefined): string =>
    override === undefined ? 'repeaterSpacing' : `${prefix}.repeaterSpacing`;
  requireSegmentsWithinLimit(
    spacingField('firstGeneration', first.repeaterSpacing),
    totalLength,
    resolved.first.repeaterSpacing,
  );
  requireSegmentsWithinLimit(
    spacingField('secondGeneration', second.repeaterSpacing),
    totalLength,
    resolved.second.repeaterSpacing,
  );
  requireSegmentsWithinLimit(
    spacingField('thirdGeneration', third.repeaterSpacing),
    totalLength,
    resolved.third.repeaterSpacing,
  );
  return resolved;
}
