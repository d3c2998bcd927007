/**
 * Writes a scenario back to JSON text: the normalised source document the scenario keeps, 2-space
 * indented with a trailing newline. Lossless by construction: optional fields absent in the file stay
 * absent, and derived values (a length computed from coordinates, defaults) are never written back.
 * Rejected alternative: converting the SI values back to file units, which loses digits (km -> m -> km
 * is not always exact in binary floating point) and cannot tell a default from a written value.
 */
import type { ScenarioDocument } from './document-schema.js';
import type { Scenario } from './scenario-types.js';

/** JSON text of a scenario document (2-space indent, trailing newline). */
export function serializeScenarioDocument(document: ScenarioDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** JSON text that parses back to a scenario equal to `scenario`. */
export function serializeScenario(scenario: Scenario): string {
  return serializeScenarioDocument(scenario.document);
}
