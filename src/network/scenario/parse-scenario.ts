/**
 * The boundary between a scenario file and the model: JSON text -> migration -> schema validation ->
 * cross-reference checks -> resolved {@link Scenario} in SI. Never throws for user input (invalid JSON,
 * wrong root type, wrong types, unknown keys, bad references): every problem comes back as a
 * ValidationError whose issues read `edges[3].lengthKm: must be > 0`.
 */
import { err, ok, ValidationError, type Result } from '../../core/index.js';
import type { PresetRegistry } from '../platforms/parse-preset.js';
import { scenarioDocumentSchema, type ScenarioDocument } from './document-schema.js';
import { frozenJsonCopy, jsonTypeOf, parseJsonText } from './json-text.js';
import { migrateDocument } from './migrate.js';
import { endpointIssuesOfUncheckedDocument } from './cross-references.js';
import { resolveScenario } from './resolve-scenario.js';
import type { Scenario } from './scenario-types.js';
import { zodIssuesToValidationIssues } from './zod-issues.js';

/** Options of {@link parseScenario}. */
export interface ParseScenarioOptions {
  /** Platform presets that `platform` fields may reference. */
  readonly presets: PresetRegistry;
  /** File name shown at the head of the error message (default "scenario"). */
  readonly fileName?: string;
}

/**
 * Validates an already-parsed JSON value (e.g. a document edited in the app) and resolves it.
 * @returns the scenario, or a ValidationError with every issue found.
 */
export function parseScenarioValue(
  value: unknown,
  options: ParseScenarioOptions,
): Result<Scenario, ValidationError> {
  const context = options.fileName ?? 'scenario';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return err(
      new ValidationError([{ path: '', message: `expected an object, got ${jsonTypeOf(value)}` }], context),
    );
  }
  const migrated = migrateDocument(value as Record<string, unknown>);
  if (!migrated.ok) return err(new ValidationError(migrated.error.issues, context));
  const checked = scenarioDocumentSchema.safeParse(migrated.value);
  if (!checked.success) {
    const issues = zodIssuesToValidationIssues(scenarioDocumentSchema, migrated.value, checked.error.issues);
    // Endpoint checks only mean something when the node list itself is sound.
    const nodesSound = !issues.some((issue) => issue.path === 'nodes' || issue.path.startsWith('nodes['));
    const reported = new Set(issues.map((issue) => issue.path));
    const references = nodesSound
      ? endpointIssuesOfUncheckedDocument(migrated.value).filter((issue) => !reported.has(issue.path))
      : [];
    return err(new ValidationError([...issues, ...references], context));
  }
  // Keep the user's document (key order and all) rather than zod's copy: it is structurally identical
  // because the schema has no defaults or transforms, and it serialises back to the same file.
  const document = frozenJsonCopy(migrated.value) as ScenarioDocument;
  const resolved = resolveScenario(document, options.presets);
  return resolved.ok ? ok(resolved.value) : err(new ValidationError(resolved.error, context));
}

/**
 * Parses scenario JSON text.
 * @param text - the content of a `*.qnet.json` file.
 * @returns the resolved scenario in SI, or a ValidationError (never throws for any text).
 */
export function parseScenario(
  text: string,
  options: ParseScenarioOptions,
): Result<Scenario, ValidationError> {
  const json = parseJsonText(text);
  if (!json.ok) return err(new ValidationError([json.error], options.fileName ?? 'scenario'));
  return parseScenarioValue(json.value, options);
}
