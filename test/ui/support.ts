/**
 * Shared test fixtures for the app's DOM-free modules: the shipped presets as a registry and example texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPresetRegistry, parsePreset, type PresetRegistry } from '../../src/network/index.js';

export const root = path.resolve(import.meta.dirname, '../..');
const platformsDir = path.join(root, 'network-models/platforms');

/** The shipped presets as the app receives them from host.listPresets(). */
export function presetTexts(): { fileName: string; text: string }[] {
  return readdirSync(platformsDir)
    .filter((name) => name.endsWith('.json') && name !== 'platform.schema.json')
    .map((fileName) => ({ fileName, text: readFileSync(path.join(platformsDir, fileName), 'utf8') }));
}

/** The shipped presets as a registry. */
export function presets(): PresetRegistry {
  const parsed = presetTexts().map(({ fileName, text }) => {
    const result = parsePreset(text, fileName);
    if (!result.ok) throw result.error;
    return result.value;
  });
  const registry = createPresetRegistry(parsed);
  if (!registry.ok) throw registry.error;
  return registry.value;
}

/** File names of the shipped example scenarios. */
export function exampleFiles(): string[] {
  return readdirSync(path.join(root, 'network-models')).filter((name) => name.endsWith('.qnet.json'));
}

/** Text of a shipped example. */
export function exampleText(name: string): string {
  return readFileSync(path.join(root, 'network-models', name), 'utf8');
}
