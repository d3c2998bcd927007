/**
 * Hardware platform presets: parameter definitions, the preset file schema, parsing, the registry and
 * resolution of presets plus overrides into SI parameters with provenance.
 */
export * from './parameter-definitions.js';
export * from './preset-schema.js';
export * from './parse-preset.js';
export * from './resolve-platform.js';
export * from './preset-json-schema.js';
