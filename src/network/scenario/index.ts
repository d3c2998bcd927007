/**
 * Scenario files: schema (format v1), parsing with path-qualified errors, migrations, lossless
 * serialisation, the generated JSON Schema, and the resolved SI model with lookups by key.
 */
export * from './document-schema.js';
export * from './edge-schema.js';
export * from './workload-schema.js';
export * from './schema-fields.js';
export * from './scenario-defaults.js';
export * from './scenario-types.js';
export * from './migrate.js';
export * from './parse-scenario.js';
export * from './serialize-scenario.js';
export * from './json-schema.js';
export { formatIssuePath } from './issue-path.js';
export { jsonTypeOf, lineAndColumn, parseJsonText } from './json-text.js';
export { zodIssuesToValidationIssues } from './zod-issues.js';
