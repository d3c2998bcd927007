/**
 * Parsing platform preset files and collecting them into a registry. Pure: the caller (CLI, app, tests)
 * reads the files and passes their text; this module never touches the file system.
 * Rules beyond the schema: a number needs a `source`, a null needs a `reason` (never both), and the
 * preset `id` must equal the file name without ".json" so a scenario's `platform` names the file.
 */
import { err, ok, ValidationError, type Result, type ValidationIssue } from '../../core/index.js';
import { parseJsonText } from '../scenario/json-text.js';
import { zodIssuesToValidationIssues } from '../scenario/zod-issues.js';
import { PLATFORM_PARAMETER_KEYS, type PlatformParameterKey } from './parameter-definitions.js';
import { presetDocumentSchema, type PlatformPreset, type PresetParameter } from './preset-schema.js';

/** Platform presets by id. */
export type PresetRegistry = ReadonlyMap<string, PlatformPreset>;

/** The file name without directories and without a trailing ".json". */
function baseName(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  return name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
}

interface RawParameter {
  readonly value: number | null;
  readonly source?: string | undefined;
  readonly reason?: string | undefined;
}

function checkParameter(
  key: PlatformParameterKey,
  raw: RawParameter,
  issues: ValidationIssue[],
): PresetParameter {
  const path = `parameters.${key}`;
  if (raw.value === null) {
    if (raw.reason === undefined)
      issues.push({ path: `${path}.reason`, message: 'is required when value is null' });
    if (raw.source !== undefined) {
      issues.push({ path: `${path}.source`, message: 'only allowed with a numeric value (use "reason")' });
    }
    return { value: null, reason: raw.reason ?? '' };
  }
  if (raw.source === undefined)
    issues.push({ path: `${path}.source`, message: 'is required when value is a number' });
  if (raw.reason !== undefined) {
    issues.push({ path: `${path}.reason`, message: 'only allowed when value is null (use "source")' });
  }
  return { value: raw.value, source: raw.source ?? '' };
}

/**
 * Parses the text of one preset file.
 * @param text - the file's JSON text.
 * @param fileName - the file's name or path (used for the id check and in the error message).
 * @returns the preset, or a ValidationError listing every problem with its path (never throws).
 */
export function parsePreset(text: string, fileName: string): Result<PlatformPreset, ValidationError> {
  const json = parseJsonText(text);
  if (!json.ok) return err(new ValidationError([json.error], fileName));
  const parsed = presetDocumentSchema.safeParse(json.value);
  if (!parsed.success) {
    return err(
      new ValidationError(
        zodIssuesToValidationIssues(presetDocumentSchema, json.value, parsed.error.issues),
        fileName,
      ),
    );
  }
  const document = parsed.data;
  const issues: ValidationIssue[] = [];
  const expectedId = baseName(fileName);
  if (document.id !== expectedId) {
    issues.push({ path: 'id', message: `must equal the file name "${expectedId}" (got "${document.id}")` });
  }
  const rawParameters = document.parameters as Record<PlatformParameterKey, RawParameter>;
  const parameters = Object.fromEntries(
    PLATFORM_PARAMETER_KEYS.map((key) => [
      key,
      Object.freeze(checkParameter(key, rawParameters[key], issues)),
    ]),
  ) as Record<PlatformParameterKey, PresetParameter>;
  if (issues.length > 0) return err(new ValidationError(issues, fileName));
  return ok(
    Object.freeze({
      id: document.id,
      name: document.name,
      description: document.description,
      parameters: Object.freeze(parameters),
    }),
  );
}

/**
 * Builds a registry from parsed presets.
 * @returns the registry, or a ValidationError when two presets share an id.
 */
export function createPresetRegistry(
  presets: readonly PlatformPreset[],
): Result<PresetRegistry, ValidationError> {
  const registry = new Map<string, PlatformPreset>();
  const issues: ValidationIssue[] = [];
  presets.forEach((preset, index) => {
    if (registry.has(preset.id))
      issues.push({ path: `[${index}].id`, message: `duplicate preset id "${preset.id}"` });
    else registry.set(preset.id, preset);
  });
  return issues.length > 0 ? err(new ValidationError(issues, 'platform presets')) : ok(registry);
}
