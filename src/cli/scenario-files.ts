/**
 * Reading scenario files for the CLI: file text -> validated Scenario (SI), with the shipped platform presets.
 * Invalid files become a ValidationError naming the file and every path-qualified issue.
 */
import path from 'node:path';
import { ValidationError } from '../core/index.js';
import { parseScenario, type PresetRegistry, type Scenario } from '../network/index.js';
import { NETWORK_MODELS_DIR, readTextFile } from './files.js';
import { loadPresetRegistry } from './presets.js';

/** The scenario `qnet start` and `npm start` open when no file is given. */
export const DEFAULT_SCENARIO = path.join(NETWORK_MODELS_DIR, 'metro-three-node.qnet.json');

/** Parses and validates a scenario file, throwing a ValidationError (exit 1) that lists every problem. */
export function loadScenario(file: string, presets: PresetRegistry = loadPresetRegistry()): Scenario {
  const parsed = parseScenario(readTextFile(file), { presets, fileName: path.basename(file) });
  if (!parsed.ok) throw new ValidationError(parsed.error.issues, file);
  return parsed.value;
}
