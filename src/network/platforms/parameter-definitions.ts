/**
 * The parameters a hardware platform preset carries, with their file keys (unit-suffixed, as written in
 * network-models/platforms/*.json and in scenario `overrides`), their SI field names inside src, the
 * conversion between the two, and the domain each value must lie in.
 *
 * Sources: the field list follows physics.md §8 (memory T1/T2, gate and measurement fidelity, cycle time,
 * emission efficiency, wavelength and conversion, detectors), §7 (transducer efficiency, added noise,
 * bandwidth) and sneakernet.md Table 1 (qubit pitch, gate time, physical error rate of error-corrected
 * memories, Devitt et al., Sci. Rep. 6, 36163 (2016)).
 * Assumptions: every value is a plain number; "missing" is expressed in the preset file by `value: null`.
 */
import { nanometresToMetres } from '../../core/index.js';

/** The rule a parameter value must satisfy. */
export type ParameterDomain =
  'positive' | 'non-negative' | 'probability' | 'integer-from-0' | 'integer-from-1';

/** How one preset parameter is written in files and stored in SI. */
export interface ParameterDefinition {
  /** Name of the SI field in {@link PlatformParameters}. */
  readonly field: keyof PlatformParameters;
  /** Unit of the value as written in files ('' for dimensionless). */
  readonly fileUnit: string;
  /** Domain of the value (in file units; every conversion here is a positive scale factor). */
  readonly domain: ParameterDomain;
  /** Converts a value in file units to SI. */
  readonly toSi: (value: number) => number;
  /** One-line description shown in the JSON Schema and reports. */
  readonly description: string;
}

/**
 * Resolved platform parameters in SI (seconds, metres, hertz; probabilities in [0, 1]).
 * A field is undefined when the preset marks it missing and no override supplies it.
 */
export interface PlatformParameters {
  /** Energy relaxation time T1 of the memory qubit, s. */
  readonly t1: number | undefined;
  /** Coherence time T2 of the memory qubit (with whatever decoupling the source used), s. */
  readonly t2: number | undefined;
  /** Fidelity of a two-qubit gate (e.g. for swapping), in [0, 1]. */
  readonly twoQubitGateFidelity: number | undefined;
  /** Probability a qubit measurement returns the right outcome, in [0, 1]. */
  readonly measurementFidelity: number | undefined;
  /** Duration of one entanglement attempt or node cycle, s. */
  readonly cycleTime: number | undefined;
  /** Probability a photon is emitted and collected into the fibre per attempt, in [0, 1]. */
  readonly emissionEfficiency: number | undefined;
  /** Wavelength of the emitted photons, m. */
  readonly wavelength: number | undefined;
  /** Efficiency of frequency conversion to the telecom band, in [0, 1]; undefined when there is none. */
  readonly conversionEfficiency: number | undefined;
  /** Wavelength after conversion, m. */
  readonly convertedWavelength: number | undefined;
  /** Detector efficiency, in [0, 1]. */
  readonly detectorEfficiency: number | undefined;
  /** Detector dark-count rate, Hz. */
  readonly darkCountRate: number | undefined;
  /** Detection time window per attempt, s. */
  readonly detectionWindow: number | undefined;
  /** Bright-state population alpha of the single-click scheme, in [0, 1]. */
  readonly brightStatePopulation: number | undefined;
  /** Number of memory qubits per node (integer >= 0). */
  readonly memoryCount: number | undefined;
  /** Number of modes multiplexed per attempt (integer >= 1). */
  readonly multiplexingModes: number | undefined;
  /** Microwave-optical transduction efficiency, in [0, 1]. */
  readonly transductionEfficiency: number | undefined;
  /** Added noise photons of the transducer (input-referred), >= 0. */
  readonly addedNoisePhotons: number | undefined;
  /** Transducer bandwidth, Hz. */
  readonly transducerBandwidth: number | undefined;
  /** Physical qubit pitch of an error-corrected memory, m (Devitt et al. 2016, Table 1). */
  readonly qubitPitch: number | undefined;
  /** Physical gate time of an error-corrected memory, s (Devitt et al. 2016, Table 1). */
  readonly gateTime: number | undefined;
  /** Physical error rate per gate of an error-corrected memory, in [0, 1] (Devitt et al. 2016, Table 1). */
  readonly physicalErrorRate: number | undefined;
}

const same = (value: number): number => value;

/** Every preset parameter, keyed by its file key. The order here is the order in files and reports. */
export const PARAMETER_DEFINITIONS = {
  t1S: {
    field: 't1',
    fileUnit: 's',
    domain: 'positive',
    toSi: same,
    description: 'Memory qubit T1 (energy relaxation), seconds.',
  },
  t2S: {
    field: 't2',
    fileUnit: 's',
    domain: 'positive',
    toSi: same,
    description: 'Memory qubit T2 (coherence), seconds.',
  },
  twoQubitGateFidelity: {
    field: 'twoQubitGateFidelity',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Two-qubit gate fidelity, 0..1.',
  },
  measurementFidelity: {
    field: 'measurementFidelity',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Qubit measurement (readout) fidelity, 0..1.',
  },
  cycleTimeS: {
    field: 'cycleTime',
    fileUnit: 's',
    domain: 'positive',
    toSi: same,
    description: 'Duration of one entanglement attempt or node cycle, seconds.',
  },
  emissionEfficiency: {
    field: 'emissionEfficiency',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Probability a photon is emitted and collected into fibre per attempt, 0..1.',
  },
  wavelengthNm: {
    field: 'wavelength',
    fileUnit: 'nm',
    domain: 'positive',
    toSi: nanometresToMetres,
    description: 'Wavelength of the emitted photons, nanometres.',
  },
  conversionEfficiency: {
    field: 'conversionEfficiency',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description:
      'Frequency-conversion efficiency to the telecom band, 0..1 (null when there is no converter).',
  },
  convertedWavelengthNm: {
    field: 'convertedWavelength',
    fileUnit: 'nm',
    domain: 'positive',
    toSi: nanometresToMetres,
    description: 'Wavelength after frequency conversion, nanometres.',
  },
  detectorEfficiency: {
    field: 'detectorEfficiency',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Single-photon detector efficiency, 0..1.',
  },
  darkCountRateHz: {
    field: 'darkCountRate',
    fileUnit: 'Hz',
    domain: 'non-negative',
    toSi: same,
    description: 'Detector dark-count rate, hertz.',
  },
  detectionWindowS: {
    field: 'detectionWindow',
    fileUnit: 's',
    domain: 'positive',
    toSi: same,
    description: 'Detection time window per attempt, seconds.',
  },
  brightStatePopulation: {
    field: 'brightStatePopulation',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Bright-state population alpha of the single-click scheme, 0..1.',
  },
  memoryCount: {
    field: 'memoryCount',
    fileUnit: '',
    domain: 'integer-from-0',
    toSi: same,
    description: 'Number of memory qubits per node (integer >= 0).',
  },
  multiplexingModes: {
    field: 'multiplexingModes',
    fileUnit: '',
    domain: 'integer-from-1',
    toSi: same,
    description: 'Number of modes multiplexed per attempt (integer >= 1).',
  },
  transductionEfficiency: {
    field: 'transductionEfficiency',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description: 'Microwave-optical transduction efficiency, 0..1.',
  },
  addedNoisePhotons: {
    field: 'addedNoisePhotons',
    fileUnit: '',
    domain: 'non-negative',
    toSi: same,
    description: 'Added noise photons of the transducer (input-referred), >= 0.',
  },
  transducerBandwidthHz: {
    field: 'transducerBandwidth',
    fileUnit: 'Hz',
    domain: 'positive',
    toSi: same,
    description: 'Transducer bandwidth, hertz.',
  },
  qubitPitchM: {
    field: 'qubitPitch',
    fileUnit: 'm',
    domain: 'positive',
    toSi: same,
    description: 'Physical qubit pitch of an error-corrected memory, metres (Devitt et al. 2016, Table 1).',
  },
  gateTimeS: {
    field: 'gateTime',
    fileUnit: 's',
    domain: 'positive',
    toSi: same,
    description: 'Physical gate time of an error-corrected memory, seconds (Devitt et al. 2016, Table 1).',
  },
  physicalErrorRate: {
    field: 'physicalErrorRate',
    fileUnit: '',
    domain: 'probability',
    toSi: same,
    description:
      'Physical error rate per gate of an error-corrected memory, 0..1 (Devitt et al. 2016, Table 1).',
  },
} as const satisfies Record<string, ParameterDefinition>;

/** A parameter key as written in preset files and scenario overrides (e.g. `t2S`). */
export type PlatformParameterKey = keyof typeof PARAMETER_DEFINITIONS;

/** All parameter keys in file order. */
export const PLATFORM_PARAMETER_KEYS = Object.keys(PARAMETER_DEFINITIONS) as readonly PlatformParameterKey[];

/** True when `key` is a known parameter key. */
export function isPlatformParameterKey(key: string): key is PlatformParameterKey {
  return Object.hasOwn(PARAMETER_DEFINITIONS, key);
}

/** The rule of a domain in words, e.g. `must be > 0`; undefined when `value` satisfies it. */
export function domainViolation(domain: ParameterDomain, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'must be a finite number';
  switch (domain) {
    case 'positive':
      return value > 0 ? undefined : 'must be > 0';
    case 'non-negative':
      return value >= 0 ? undefined : 'must be >= 0';
    case 'probability':
      return value >= 0 && value <= 1 ? undefined : 'must be between 0 and 1';
    case 'integer-from-0':
      return Number.isInteger(value) && value >= 0 ? undefined : 'must be an integer >= 0';
    case 'integer-from-1':
      return Number.isInteger(value) && value >= 1 ? undefined : 'must be an integer >= 1';
  }
}
