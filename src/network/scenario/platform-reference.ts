/**
 * Resolves a node's or carrier edge's `platform` (preset id) and `overrides` against the preset registry,
 * reporting unknown ids with a did-you-mean over the preset ids, and overrides given without a platform.
 */
import { didYouMean, type ValidationIssue } from '../../core/index.js';
import type { PresetRegistry } from '../platforms/parse-preset.js';
import type { ParameterOverrides } from '../platforms/preset-schema.js';
import { resolvePlatform, type PlatformResolution } from '../platforms/resolve-platform.js';

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
  return resolvePlatform(preset, overrides ?? {});
}
