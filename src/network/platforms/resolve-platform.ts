/**
 * Resolves a platform preset plus per-node (or per-edge) overrides into SI parameters with provenance,
 * so every number a planner uses can be traced to a paper, to the user's scenario, or flagged missing.
 * Assumptions: overrides are in file units (e.g. `t2S` in seconds, `wavelengthNm` in nanometres) and are
 * converted once here (design.md "Units").
 */
import { ParameterError } from '../../core/index.js';
import {
  domainViolation,
  isPlatformParameterKey,
  PARAMETER_DEFINITIONS,
  PLATFORM_PARAMETER_KEYS,
  type PlatformParameterKey,
  type PlatformParameters,
} from './parameter-definitions.js';
import type { ParameterOverrides, PlatformPreset } from './preset-schema.js';

/** Where one resolved parameter value came from. */
export type ParameterProvenance =
  | { readonly origin: 'preset'; readonly fileKey: PlatformParameterKey; readonly source: string }
  | {
      readonly origin: 'override';
      readonly fileKey: PlatformParameterKey;
      /** The preset's own source or missing-reason for the value the override replaced. */
      readonly replaced: { readonly source: string } | { readonly reason: string };
    }
  | { readonly origin: 'missing'; readonly fileKey: PlatformParameterKey; readonly reason: string };

/** Provenance of every parameter, keyed like {@link PlatformParameters}. */
export type PlatformProvenance = Readonly<Record<keyof PlatformParameters, ParameterProvenance>>;

/** Parameters of a platform in SI with the provenance of each value. */
export interface PlatformResolution {
  /** Id of the preset the values start from. */
  readonly presetId: string;
  /** Values in SI (seconds, metres, hertz); undefined when missing. */
  readonly parameters: PlatformParameters;
  /** Origin of each value: preset (with its source), override, or missing (with the reason). */
  readonly provenance: PlatformProvenance;
}

/**
 * Applies `overrides` (file units) to `preset` and converts every value to SI.
 * @throws ParameterError naming the override key when a key is unknown or a value is outside its domain
 *   (scenario parsing checks overrides first and reports them as validation issues instead).
 */
export function resolvePlatform(
  preset: PlatformPreset,
  overrides: ParameterOverrides = {},
): PlatformResolution {
  for (const [key, value] of Object.entries(overrides)) {
    if (!isPlatformParameterKey(key)) throw new ParameterError(key, 'unknown platform parameter');
    if (value === undefined) continue;
    const problem =
      typeof value === 'number'
        ? domainViolation(PARAMETER_DEFINITIONS[key].domain, value)
        : 'must be a number';
    if (problem) throw new ParameterError(key, `${problem} (got ${String(value)})`);
  }
  const parameters: Record<string, number | undefined> = {};
  const provenance: Record<string, ParameterProvenance> = {};
  for (const key of PLATFORM_PARAMETER_KEYS) {
    const definition = PARAMETER_DEFINITIONS[key];
    const presetValue = preset.parameters[key];
    const override = overrides[key];
    if (override !== undefined) {
      parameters[definition.field] = definition.toSi(override);
      const replaced =
        presetValue.value === null ? { reason: presetValue.reason } : { source: presetValue.source };
      provenance[definition.field] = { origin: 'override', fileKey: key, replaced };
    } else if (presetValue.value === null) {
      parameters[definition.field] = undefined;
      provenance[definition.field] = { origin: 'missing', fileKey: key, reason: presetValue.reason };
    } else {
      parameters[definition.field] = definition.toSi(presetValue.value);
      provenance[definition.field] = { origin: 'preset', fileKey: key, source: presetValue.source };
    }
  }
  return Object.freeze({
    presetId: preset.id,
    parameters: Object.freeze(parameters) as unknown as PlatformParameters,
    provenance: Object.freeze(provenance) as PlatformProvenance,
  });
}
