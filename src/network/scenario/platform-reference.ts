/**
 * Resolves a node's or carrier edge's `platform` (preset id) and `overrides` against the preset registry,
 * reporting unknown ids with a did-you-mean over the preset ids, and overrides given without a platform.
 * Resolutions are frozen and depend only on the preset and the overrides, so one is shared by every node with
 * the same pair (issue 3: a 10,000-node scenario resolved the same preset 10,000 times).
 */
import { didYouMean, type ValidationIssue } from '../../core/index.js';
import type { PresetRegistry } from '../platforms/parse-preset.js';
import type { ParameterOverrides } from '../platforms/preset-schema.js';
import type { PlatformPreset } from '../platforms/preset-schema.js';
import { resolvePlatform, type PlatformResolution } from '../platforms/resolve-platform.js';

/** Resolutions by preset object, then by the overrides' JSON text (weak: a dropped registry frees them). */
const resolutions = new WeakMap<PlatformPreset, Map<string, PlatformResolution>>();

/**
 * @param platform - the preset id, or undefined.
 * @param overrides - parameter overrides in file units (already schema-checked), or undefined.
 * @param basePath - path of the owning node or edge, e.g. `nodes[2]`.
 * @returns the resolution, or undefined when there is no platform or it is unknown (issue recorded).
 */
export function resolvePlatformReference(
  platform: string | undefined,
  overrides: ParameterOverrides | undefined,
  basePath: string,
  presets: PresetRegistry,
  issues: ValidationIssue[],
): PlatformResolution | undefined {
  if (platform === undefined) {
    if (overrides !== undefined) {
      issues.push({
        path: `${basePath}.overrides`,
        message: 'requires "platform" (overrides change the values of a preset)',
      });
    }
    return undefined;
  }
  const preset = presets.get(platform);
  if (preset === undefined) {
    issues.push({
      path: `${basePath}.platform`,
      message: `unknown platform preset ${JSON.stringify(platform)}${didYouMean(platform, presets.keys())}`,
    });
    return undefined;
  }
  let byOverrides = resolutions.get(preset);
  if (!byOverrides) {
    byOverrides = new Map();
    resolutions.set(preset, byOverrides);
  }
  const key = JSON.stringify(overrides ?? {});
  let resolution = byOverrides.get(key);
  if (!resolution) {
    resolution = resolvePlatform(preset, overrides ?? {});
    byOverrides.set(key, resolution);
  }
  return resolution;
}
