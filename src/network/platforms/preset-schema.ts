/**
 * Schema of a platform preset file (network-models/platforms/<id>.json) and of the `overrides` object
 * that scenarios use to change preset values per node or edge.
 *
 * A preset lists every parameter of {@link PARAMETER_DEFINITIONS}; each is either
 * `{ "value": number, "source": "Author et al., Journal vol, page (year), where in the paper" }` or
 * `{ "value": null, "reason": "why it is missing" }`, so a missing number is always explicit and every
 * number has its provenance (design.md "Platform presets ... with sources").
 */
import { z } from 'zod';
import {
  PARAMETER_DEFINITIONS,
  PLATFORM_PARAMETER_KEYS,
  type ParameterDomain,
  type PlatformParameterKey,
} from './parameter-definitions.js';

/** The zod number schema of a parameter domain (values in file units). */
export function domainSchema(domain: ParameterDomain): z.ZodNumber {
  switch (domain) {
    case 'positive':
      return z.number().gt(0);
    case 'non-negative':
      return z.number().min(0);
    case 'probability':
      return z.number().min(0).max(1);
    case 'integer-from-0':
      return z.number().int().min(0);
    case 'integer-from-1':
      return z.number().int().min(1);
  }
}

/** Identifier of a preset: lower-case words joined by hyphens, e.g. `nv-diamond`. */
export const presetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "nv-diamond"')
  .describe('Preset identifier (lower-case, hyphenated); equals the file name without ".json".');

function presetParameterSchema(key: PlatformParameterKey): z.ZodType {
  const definition = PARAMETER_DEFINITIONS[key];
  return z
    .strictObject({
      value: domainSchema(definition.domain)
        .nullable()
        .describe(`${definition.description} null when the value is not known.`),
      source: z
        .string()
        .min(1)
        .optional()
        .describe(
          'Where the number comes from: "Author et al., Journal vol, page (year), where in the paper".',
        ),
      reason: z
        .string()
        .min(1)
        .optional()
        .describe('Why the value is missing (required when value is null).'),
    })
    .describe(definition.description);
}

const parameterShape = Object.fromEntries(
  PLATFORM_PARAMETER_KEYS.map((key) => [key, presetParameterSchema(key)]),
) as Record<PlatformParameterKey, z.ZodType>;

/** Schema of a preset file. */
export const presetDocumentSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Path or URL of platform.schema.json, for editors.'),
    id: presetIdSchema,
    name: z.string().min(1).describe('Human-readable platform name.'),
    description: z.string().describe('What the platform is and which experiments the values come from.'),
    parameters: z
      .strictObject(parameterShape)
      .describe('Every platform parameter, with a source or a reason.'),
  })
  .describe('A hardware platform preset for qnet-planner: parameter values with their published sources.');

const overrideShape = Object.fromEntries(
  PLATFORM_PARAMETER_KEYS.map((key) => {
    const definition = PARAMETER_DEFINITIONS[key];
    return [key, domainSchema(definition.domain).optional().describe(definition.description)];
  }),
) as Record<PlatformParameterKey, z.ZodOptional<z.ZodNumber>>;

/** Schema of a scenario's `overrides` object: preset parameter keys to numbers in file units. */
export const parameterOverridesSchema = z
  .strictObject(overrideShape)
  .describe('Replaces preset parameter values for this node or edge; keys and units as in the preset files.');

/** A preset parameter with its value and source, or explicitly missing with a reason. */
export type PresetParameter =
  { readonly value: number; readonly source: string } | { readonly value: null; readonly reason: string };

/** A parsed, checked platform preset. */
export interface PlatformPreset {
  /** Identifier referenced by scenarios (`nodes[i].platform`). */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** What the platform is and where the values come from. */
  readonly description: string;
  /** Every parameter, keyed by file key. */
  readonly parameters: Readonly<Record<PlatformParameterKey, PresetParameter>>;
}

/** Parameter overrides in file units, as written in a scenario. */
export type ParameterOverrides = Readonly<Partial<Record<PlatformParameterKey, number>>>;
