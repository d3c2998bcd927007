/**
 * The JSON Schema of scenario files, generated from the zod schema (zod 4 `z.toJSONSchema`) with the
 * field descriptions editors show as help. Committed as network-models/scenario.schema.json; a test keeps
 * the file equal to this output.
 */
import { z } from 'zod';
import { SCENARIO_SCHEMA_VERSION, scenarioDocumentSchema } from './document-schema.js';

/** Stable identifier of the scenario schema (a URN: the project has no web address of its own). */
export const SCENARIO_SCHEMA_ID = `urn:qnet-planner:schema:scenario:${SCENARIO_SCHEMA_VERSION}`;

/** The JSON Schema (draft 2020-12) of a scenario file of the current schemaVersion. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
  });
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: `qnet-planner scenario (schemaVersion ${SCENARIO_SCHEMA_VERSION})`,
    ...rest,
  };
}
