/**
 * The planner's per-edge records keep what a report reads later (a fibre edge's resolved parameters, a link's
 * display quantities) as getters that recompute it (issue 3): they must give exactly what the link model gives,
 * stay visible to JSON and Object.keys, and be the same object on every read.
 */
import { describe, expect, it } from 'vitest';
import {
  computeResolvedLink,
  edgePhysicsOf,
  parseScenarioValue,
  resolveLinkParameters,
  type Scenario,
} from '../../../src/network/index.js';
import type { ElementaryLink } from '../../../src/physics/index.js';
import { loadPresets, minimalDocument } from '../scenario/fixtures.js';

function scenario(): Scenario {
  const parsed = parseScenarioValue(minimalDocument(), { presets: loadPresets() });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('edge physics: parameters and quantities resolved on read', () => {
  const plan = scenario();
  const fibre = plan.edges.find((edge) => edge.kind === 'fibre')!;
  const physics = edgePhysicsOf(plan).get(fibre.key)!;

  it('gives the parameter list and quantities of the link model for the same inputs', () => {
    if (!physics.usable || fibre.kind !== 'fibre') throw new Error('expected a usable fibre edge');
    const source = plan.nodeByKey.get(fibre.source)!;
    const resolved = resolveLinkParameters({
      scheme: fibre.scheme,
      length: fibre.length,
      platform: { id: source.platform!.presetId, parameters: source.platform!.parameters },
      explicit: {
        attenuation: fibre.attenuation,
        lightSpeed: fibre.lightSpeed,
        ...(fibre.modes === undefined ? {} : { modes: fibre.modes }),
      },
    });
    expect(physics.fibreLink).toEqual(resolved);
    // The planner keeps the whole link model result; a route hop's type names only what routing reads.
    const link = physics.hop.kind === 'heralded' ? (physics.hop.link as ElementaryLink) : undefined;
    expect(link?.quantities).toEqual(computeResolvedLink(resolved).quantities);
    expect(link?.quantities.length).toBeGreaterThan(0);
  });

  it('reads them as plain enumerable values, the same object each time', () => {
    if (!physics.usable || physics.hop.kind !== 'heralded') throw new Error('expected a heralded hop');
    const link = physics.hop.link as ElementaryLink;
    expect(Object.keys(physics)).toContain('fibreLink');
    expect(Object.keys(link).at(-1)).toBe('quantities');
    expect(physics.fibreLink).toBe(physics.fibreLink);
    expect(link.quantities).toBe(link.quantities);
    const copy = JSON.parse(JSON.stringify(physics)) as { fibreLink: unknown; hop: { link: unknown } };
    expect(copy.fibreLink).toEqual(physics.fibreLink);
    expect((copy.hop.link as { quantities: unknown }).quantities).toEqual(link.quantities);
  });
});
