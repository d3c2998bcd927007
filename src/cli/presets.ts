/**
 * Loads the shipped hardware platform presets (network-models/platforms/*.json) into a registry, and looks
 * presets up by id with a did-you-mean for typos. A broken preset file is reported with its path, not a crash.
 */
import path from 'node:path';
import { ParameterError, ValidationError, didYouMean } from '../core/index.js';
import {
  createPresetRegistry,
  parsePreset,
  resolvePlatform,
  type PlatformPreset,
  type PlatformResolution,
  type PresetRegistry,
} from '../network/index.js';
import { listJsonFiles, PLATFORMS_DIR, readTextFile } from './files.js';

/** Reads and validates every preset file of `directory` (default: the shipped presets). */
export function loadPresetRegistry(directory: string = PLATFORMS_DIR): PresetRegistry {
  const presets: PlatformPreset[] = [];
  for (const name of listJsonFiles(directory)) {
    const file = path.join(directory, name);
    const parsed = parsePreset(readTextFile(file), name);
    if (!parsed.ok) throw new ValidationError(parsed.error.issues, file);
    presets.push(parsed.value);
  }
  const registry = createPresetRegistry(presets);
  if (!registry.ok) throw new ValidationError(registry.error.issues, directory);
  return registry.value;
}

/** The preset with this id, resolved to SI parameters; an unknown id names the option and suggests one. */
export function resolvePresetById(
  registry: PresetRegistry,
  id: string,
  field = 'platform',
): PlatformResolution {
  const preset = registry.get(id);
  if (!preset) {
    const known = [...registry.keys()];
    throw new ParameterError(
      field,
      `unknown platform "${id}"${didYouMean(id, known)}; known: ${known.join(', ')}`,
    );
  }
  return resolvePlatform(preset);
}
