/**
 * Document state of the app: the scenario document as the model of record, edit commands, undo/redo,
 * validation, and file formatting. DOM-free.
 */
export * from './draft-types.js';
export * from './edit-commands.js';
export * from './edge-length.js';
export * from './json-format.js';
export * from './document-store.js';
