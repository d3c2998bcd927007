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

describe('edge physics: a midpoint-source link takes its source figures from the edge', () => {
  const withSource = (fields: Record<string, unknown>): Scenario => {
    const document = minimalDocument();
    document['edges'] = [
      {
        key: 'link',
        source: 'alice',
        target: 'bob',
        kind: 'fibre',
        lengthKm: 10,
        scheme: 'midpoint-source',
        ...fields,
      },
    ];
    const parsed = parseScenarioValue(document, { presets: loadPresets() });
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.value;
  };

  it('uses meanPairNumber and pairFidelity of the edge, as the link model does for the same values', () => {
    const physics = edgePhysicsOf(withSource({ meanPairNumber: 0.02, pairFidelity: 0.97 })).get('link')!;
    if (!physics.usable) throw new Error('expected a usable edge');
    expect(physics.fibreLink?.parameters.find((p) => p.field === 'meanPairNumber')).toMatchObject({
      value: 0.02,
      origin: 'explicit',
    });
    const brighter = edgePhysicsOf(withSource({ meanPairNumber: 0.08, pairFidelity: 0.97 })).get('link')!;
    const noisier = edgePhysicsOf(withSource({ meanPairNumber: 0.02, pairFidelity: 0.9 })).get('link')!;
    if (!brighter.usable || !noisier.usable) throw new Error('expected usable edges');
    // More pairs per attempt: more heralds but more multi-pair noise; a worse source: a worse link.
    expect(brighter.rate).toBeGreaterThan(physics.rate);
    expect(brighter.fidelity).toBeLessThan(physics.fidelity);
    expect(noisier.fidelity).toBeLessThan(physics.fidelity);
    expect(noisier.rate).toBe(physics.rate);
  });

  it('leaves the edge out of routing, naming the missing field, when neither the edge nor the platform gives it', () => {
    const physics = edgePhysicsOf(withSource({})).get('link')!;
    expect(physics.usable).toBe(false);
    if (!physics.usable)
      expect(physics.reason).toMatch(/meanPairNumber: required for the midpoint-source scheme and not set/);
  });

  it('refuses a pair number outside 0..1 in the scenario, naming the field', () => {
    const document = minimalDocument();
    document['edges'] = [
      { key: 'link', source: 'alice', target: 'bob', kind: 'fibre', lengthKm: 10, meanPairNumber: 3 },
    ];
    const parsed = parseScenarioValue(document, { presets: loadPresets() });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/edges\[0\]\.meanPairNumber/);
  });
});
