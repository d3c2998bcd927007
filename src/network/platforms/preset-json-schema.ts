/**
 * The JSON Schema of platform preset files, generated from the zod schema (zod 4 `z.toJSONSchema`) so
 * editors can validate and autocomplete network-models/platforms/*.json. Committed as
 * network-models/platforms/platform.schema.json; a test keeps the file equal to this output.
 */
import { z } from 'zod';
import { presetDocumentSchema } from './preset-schema.js';

/** Stable identifier of the preset schema (a URN: the project has no web address of its own). */
export const PRESET_SCHEMA_ID = 'urn:qnet-planner:schema:platform-preset:1';

/** The JSON Schema (draft 2020-12) of a platform preset file. */
export function platformPresetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(presetDocumentSchema, { target: 'draft-2020-12', io: 'input' });
  return { $schema, $id: PRESET_SCHEMA_ID, title: 'qnet-planner platform preset', ...rest };
}
