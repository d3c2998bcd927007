/**
 * Resolves the inputs of one elementary link from three layers, highest first: values the user gave
 * explicitly (CLI options, scenario edge fields), the node's hardware platform preset, and documented defaults.
 * Every value keeps its origin so the CLI and reports can show where each number came from.
 *
 * Defaults (stated, never silent): fibre attenuation from the photon's wavelength (after frequency conversion
 * when the platform converts) via FIBRE_ATTENUATION_DEFAULTS, else 0.2 dB/km at 1550 nm; no dark counts; cycle
 * time 0 (attempt timing set by light travel alone); one mode. A platform with transduction parameters puts a
 * microwave-optical transducer in front of each node's photon (physics/transduction.ts).
 */
import { ParameterError, type Metres } from '../core/index.js';
import {
  FIBRE_ATTENUATION_1550NM,
  FIBRE_ATTENUATION_DEFAULTS,
  generateElementaryLink,
  transducedLink,
  type ElementaryLink,
  type LinkRequest,
  type LinkScheme,
  type TransducedLink,
  type TransducerParameters,
} from '../physics/index.js';
import type { PlatformParameters } from './platforms/index.js';

/** Link inputs a user can set directly (SI units); each overrides the platform's value. */
export interface ExplicitLinkParameters {
  readonly attenuation?: number;
  readonly lightSpeed?: number;
  readonly emissionEfficiency?: number;
  readonly conversionEfficiency?: number;
  readonly detectorEfficiency?: number;
  readonly darkCountRate?: number;
  readonly detectionWindow?: number;
  readonly cycleTime?: number;
  readonly modes?: number;
  readonly brightStatePopulation?: number;
  readonly visibility?: number;
  readonly meanPairNumber?: number;
  readonly pairFidelity?: number;
  readonly transductionEfficiency?: number;
  readonly addedNoisePhotons?: number;
  readonly transducerBandwidth?: number;
}

/** Where a resolved value came from. */
export type ParameterOrigin = 'explicit' | 'platform' | 'default';

/** One resolved input with its origin and, for defaults, why that value. */
export interface ResolvedParameter {
  readonly field: keyof ExplicitLinkParameters;
  readonly value: number;
  readonly origin: ParameterOrigin;
  readonly note?: string;
}

/** Inputs to {@link resolveLinkParameters}. */
export interface LinkParameterInputs {
  readonly scheme: LinkScheme;
  /** Total link length, m. */
  readonly length: Metres;
  /** The platform preset's resolved SI parameters, if a platform was chosen. */
  readonly platform?: { readonly id: string; readonly parameters: PlatformParameters };
  readonly explicit?: ExplicitLinkParameters;
}

/** The physics request ready to compute, the transducer if any, and every input with its origin. */
export interface ResolvedLinkParameters {
  readonly request: LinkRequest;
  readonly transducer?: TransducerParameters;
  readonly parameters: readonly ResolvedParameter[];
}

/** Resolves explicit values, platform values and defaults into a link request. */
export function resolveLinkParameters(inputs: LinkParameterInputs): ResolvedLinkParameters {
  const explicit = inputs.explicit ?? {};
  const platform = inputs.platform?.parameters;
  const parameters: ResolvedParameter[] = [];

  const pick = (
    field: keyof ExplicitLinkParameters,
    fallback?: { value: number; note: string },
  ): number | undefined => {
    const given = explicit[field];
    if (given !== undefined) return record(field, given, 'explicit');
    const fromPlatform = platform ? platformValue(platform, field) : undefined;
    if (fromPlatform !== undefined) return record(field, fromPlatform, 'platform');
    return fallback ? record(field, fallback.value, 'default', fallback.note) : undefined;
  };
  const record = (
    field: keyof ExplicitLinkParameters,
    value: number,
    origin: ParameterOrigin,
    note?: string,
  ) => {
    parameters.push({ field, value, origin, ...(note ? { note } : {}) });
    return value;
  };
  const required = (field: keyof ExplicitLinkParameters): number => {
    const value = pick(field);
    if (value === undefined) {
      const where = inputs.platform
        ? `platform "${inputs.platform.id}" has no value for it`
        : 'no platform chosen';
      throw new ParameterError(
        field,
        `required for the ${inputs.scheme} scheme and not set (${where}); give it explicitly`,
      );
    }
    return value;
  };

  const emissionEfficiency = required('emissionEfficiency');
  const detectorEfficiency = required('detectorEfficiency');
  const conversionEfficiency = pick('conversionEfficiency');
  const attenuation = pick('attenuation', defaultAttenuation(platform));
  const common = {
    length: inputs.length,
    attenuation: attenuation!,
    emissionEfficiency,
    detectorEfficiency,
    ...optional('conversionEfficiency', conversionEfficiency),
    ...optional('lightSpeed', pick('lightSpeed')),
    ...optional('darkCountRate', pick('darkCountRate')),
    ...optional('detectionWindow', pick('detectionWindow')),
    ...optional('cycleTime', pick('cycleTime')),
    ...optional('modes', pick('modes')),
  };
  let request: LinkRequest;
  if (inputs.scheme === 'single-click') {
    const brightStatePopulation = required('brightStatePopulation');
    request = {
      scheme: 'single-click',
      ...common,
      brightStatePopulation,
      ...optional('visibility', pick('visibility')),
    };
  } else if (inputs.scheme === 'double-click') {
    request = { scheme: 'double-click', ...common, ...optional('visibility', pick('visibility')) };
  } else {
    const meanPairNumber = required('meanPairNumber');
    request = {
      scheme: 'midpoint-source',
      ...common,
      meanPairNumber,
      ...optional('pairFidelity', pick('pairFidelity')),
    };
  }

  const transductionEfficiency = pick('transductionEfficiency');
  if (transductionEfficiency === undefined) return { request, parameters };
  const addedNoisePhotons = required('addedNoisePhotons');
  const bandwidth = pick('transducerBandwidth');
  const transducer = {
    efficiency: transductionEfficiency,
    addedNoisePhotons,
    ...optional('bandwidth', bandwidth),
  };
  return { request, transducer, parameters };
}

/** Computes the link (through the transducer model when one is present). */
export function computeResolvedLink(resolved: ResolvedLinkParameters): ElementaryLink | TransducedLink {
  return resolved.transducer
    ? transducedLink({ link: resolved.request, transducer: resolved.transducer })
    : generateElementaryLink(resolved.request);
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** Platform fields that feed a link input directly (same meaning, SI units). */
function platformValue(
  platform: PlatformParameters,
  field: keyof ExplicitLinkParameters,
): number | undefined {
  switch (field) {
    case 'emissionEfficiency':
    case 'conversionEfficiency':
    case 'detectorEfficiency':
    case 'darkCountRate':
    case 'detectionWindow':
    case 'cycleTime':
    case 'brightStatePopulation':
    case 'transductionEfficiency':
    case 'addedNoisePhotons':
    case 'transducerBandwidth':
      return platform[field];
    case 'modes':
      return platform.multiplexingModes;
    default:
      return undefined;
  }
}

/** Attenuation for the wavelength that travels in the fibre (converted if the platform converts). */
function defaultAttenuation(platform: PlatformParameters | undefined): { value: number; note: string } {
  const wavelength =
    platform?.conversionEfficiency !== undefined && platform.convertedWavelength !== undefined
      ? platform.convertedWavelength
      : platform?.wavelength;
  if (wavelength === undefined) {
    return {
      value: FIBRE_ATTENUATION_1550NM,
      note: '1550 nm telecom fibre, 0.2 dB/km (no wavelength given)',
    };
  }
  const nearest = FIBRE_ATTENUATION_DEFAULTS.reduce((best, entry) =>
    Math.abs(entry.wavelength - wavelength) < Math.abs(best.wavelength - wavelength) ? entry : best,
  );
  const nm = (wavelength * 1e9).toFixed(0);
  return { value: nearest.attenuation, note: `nearest tabulated wavelength to ${nm} nm: ${nearest.source}` };
}
