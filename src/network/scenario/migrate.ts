/**
 * Upgrades scenario documents written by older versions of qnet-planner to the current schemaVersion,
 * one step at a time, before validation. No older format has been released, so MIGRATIONS is empty; the
 * mechanism is exercised by tests with injected steps. A file from a newer qnet-planner is rejected with a
 * message that says so rather than a list of unknown keys.
 */
import { err, ok, ValidationError, type Result } from '../../core/index.js';
import { SCENARIO_SCHEMA_VERSION } from './document-schema.js';
import { jsonTypeOf } from './json-text.js';

/** One upgrade step from schemaVersion `from` to `to` (= from + 1). */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, for the changelog and the CLI's `--verbose` output. */
  readonly description: string;
  /** Returns the upgraded document; must not modify its input. schemaVersion is set by the caller. */
  readonly migrate: (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** Released upgrade steps, oldest first. Empty: version 1 is the first released format. */
export const MIGRATIONS: readonly Migration[] = [];

function failure(message: string): Result<never, ValidationError> {
  return err(new ValidationError([{ path: 'schemaVersion', message }], 'scenario'));
}

/**
 * Upgrades `document` step by step to `targetVersion`.
 * @param document - the parsed JSON root (must be an object).
 * @param steps - upgrade steps (default {@link MIGRATIONS}).
 * @param targetVersion - version to reach (default {@link SCENARIO_SCHEMA_VERSION}).
 * @returns the upgraded document (the input itself when already current), or a ValidationError naming
 *   `schemaVersion` when it is missing, not an integer, newer than supported, or has no upgrade path.
 */
export function migrateDocument(
  document: Readonly<Record<string, unknown>>,
  steps: readonly Migration[] = MIGRATIONS,
  targetVersion: number = SCENARIO_SCHEMA_VERSION,
): Result<Readonly<Record<string, unknown>>, ValidationError> {
  const version = document.schemaVersion;
  if (version === undefined)
    return failure(`is required (this version of qnet-planner reads schemaVersion ${targetVersion})`);
  if (typeof version !== 'number') return failure(`expected an integer, got ${jsonTypeOf(version)}`);
  if (!Number.isInteger(version) || version < 1) return failure(`must be an integer >= 1 (got ${version})`);
  if (version > targetVersion) {
    return failure(
      `this file was written by a newer qnet-planner (version ${version}); this version reads up to ${targetVersion}`,
    );
  }
  let current: Readonly<Record<string, unknown>> = document;
  let currentVersion = version;
  while (currentVersion < targetVersion) {
    const step = steps.find((candidate) => candidate.from === currentVersion);
    if (step === undefined || step.to !== currentVersion + 1) {
      return failure(`no upgrade from version ${currentVersion} to ${targetVersion} is available`);
    }
    try {
      current = { ...step.migrate(current), schemaVersion: step.to };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure(`upgrading from version ${currentVersion} to ${step.to} failed: ${reason}`);
    }
    currentVersion = step.to;
  }
  return ok(current);
}
