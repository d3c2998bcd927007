/**
 * ui: the renderer of the desktop app and its browser fallback. The page boots from main.ts (vite entry
 * index.html); this surface exposes the DOM-free parts others and tests use: document state, planning,
 * graph import/export and the map's view model.
 */
export * from './state/index.js';
export * from './planning/index.js';
export {
  scenarioFromGraph,
  type GraphImport,
  type GraphImportOptions,
  type SerializedGraphLike,
} from './graph-io/graph-to-scenario.js';
export { graphFromScenario, scenarioToGraphml } from './graph-io/scenario-to-graph.js';
export { networkViewModel } from './app/view-model.js';
export { shortcutOf, type ShortcutCommand } from './app/shortcuts.js';
