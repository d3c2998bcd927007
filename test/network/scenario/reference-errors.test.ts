/**
 * Cross-reference and resolution errors give the exact path and message a user sees, e.g.
 * `demands[0].target: unknown node "tokio" (did you mean "tokyo"?)`.
 */
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../../src/core/index.js';
import { parseScenarioValue } from '../../../src/network/index.js';
import { loadPresets, minimalDocument, type DocumentDraft } from './fixtures.js';

const presets = loadPresets();

type Doc = DocumentDraft;

function issuesOf(document: unknown): ValidationIssue[] {
  const result = parseScenarioValue(document, { presets });
  if (result.ok) return [];
  expect(result.error).toBeInstanceOf(ValidationError);
  return [...result.error.issues];
}

function withChange(change: (document: Doc) => void): Doc {
  const document = minimalDocument() as Doc;
  change(document);
  return document;
}

function expectIssues(change: (document: Doc) => void, expected: ValidationIssue[]): void {
  expect(issuesOf(withChange(change))).toEqual(expected);
}

describe('cross-reference errors', () => {
  it('unknown node references, with did-you-mean', () => {
    expectIssues(
      (d) => {
        d.nodes[1].key = 'tokyo';
        d.edges[0].target = 'tokyo';
        d.demands[0].target = 'tokio';
      },
      [{ path: 'demands[0].target', message: 'unknown node "tokio" (did you mean "tokyo"?)' }],
    );
    expectIssues(
      (d) => (d.edges[0].source = 'carol'),
      [{ path: 'edges[0].source', message: 'unknown node "carol"' }],
    );
  });

  it('duplicate keys', () => {
    expectIssues(
      (d) => d.nodes.push({ key: 'alice', kind: 'repeater' }),
      [{ path: 'nodes[2].key', message: 'duplicate node key "alice" (first used by nodes[0])' }],
    );
    expectIssues(
      (d) => d.edges.push({ ...d.edges[0] }),
      [{ path: 'edges[1].key', message: 'duplicate edge key "link" (first used by edges[0])' }],
    );
    expectIssues(
      (d) => d.demands.push({ ...d.demands[0] }),
      [{ path: 'demands[1].key', message: 'duplicate demand key "demand" (first used by demands[0])' }],
    );
  });

  it('self-loops and demands to themselves', () => {
    expectIssues(
      (d) => (d.edges[0].target = 'alice'),
      [
        {
          path: 'edges[0].target',
          message: 'self-loops are not allowed (source and target are both "alice")',
        },
      ],
    );
    expectIssues(
      (d) => (d.demands[0].target = 'alice'),
      [
        {
          path: 'demands[0].target',
          message: 'must differ from source (source and target are both "alice")',
        },
      ],
    );
  });

  it('platform presets and overrides', () => {
    expectIssues(
      (d) => (d.nodes[0].platform = 'nv-diamnd'),
      [
        {
          path: 'nodes[0].platform',
          message: 'unknown platform preset "nv-diamnd" (did you mean "nv-diamond"?)',
        },
      ],
    );
    expectIssues(
      (d) => {
        delete d.nodes[0].platform;
        d.nodes[0].overrides = { t2S: 1 };
      },
      [
        {
          path: 'nodes[0].overrides',
          message: 'requires "platform" (overrides change the values of a preset)',
        },
      ],
    );
  });

  it('workload references', () => {
    expectIssues(
      (d) => (d.demands[0].workload = 'inference'),
      [{ path: 'demands[0].workload', message: 'unknown workload "inference"' }],
    );
    expectIssues(
      (d) => {
        d.workloads = [
          {
            key: 'inference',
            model: 'deep-unitary',
            dimension: 16,
            layers: 2,
            paramsPerUnitary: 4,
            epsilon: 0.1,
            delta: 0.1,
            classicalRateBitsPerS: 1e6,
            classicalLatencyS: 0.01,
          },
        ];
        d.demands[0].workload = 'inferense';
      },
      [{ path: 'demands[0].workload', message: 'unknown workload "inferense" (did you mean "inference"?)' }],
    );
  });
});

describe('resolution errors', () => {
  it('coordinates come in pairs', () => {
    expectIssues(
      (d) => (d.nodes[0].latitude = 52),
      [{ path: 'nodes[0].longitude', message: 'is required when latitude is given' }],
    );
    expectIssues(
      (d) => (d.nodes[0].longitude = 4),
      [{ path: 'nodes[0].latitude', message: 'is required when longitude is given' }],
    );
  });

  it('a fibre length must be given or derivable', () => {
    expectIssues(
      (d) => delete d.edges[0].lengthKm,
      [
        {
          path: 'edges[0].lengthKm',
          message: 'is required because nodes "alice" and "bob" have no latitude/longitude',
        },
      ],
    );
    expectIssues(
      (d) => {
        delete d.edges[0].lengthKm;
        Object.assign(d.nodes[0], { latitude: 52, longitude: 4 });
      },
      [{ path: 'edges[0].lengthKm', message: 'is required because node "bob" has no latitude/longitude' }],
    );
    expectIssues(
      (d) => {
        delete d.edges[0].lengthKm;
        Object.assign(d.nodes[0], { latitude: 52, longitude: 4 });
        Object.assign(d.nodes[1], { latitude: 52, longitude: 4 });
      },
      [
        {
          path: 'edges[0].lengthKm',
          message: 'is required because nodes "alice" and "bob" have the same coordinates',
        },
      ],
    );
  });

  it('free-space geometry', () => {
    const fso = {
      key: 'fso',
      source: 'alice',
      target: 'bob',
      kind: 'free-space',
      transmitterApertureM: 0.3,
      receiverApertureM: 1,
      wavelengthNm: 810,
    };
    expectIssues(
      (d) => (d.edges[0] = { ...fso }),
      [
        {
          path: 'edges[0].distanceKm',
          message: 'is required because nodes "alice" and "bob" have no latitude/longitude',
        },
      ],
    );
    expectIssues(
      (d) => (d.edges[0] = { ...fso, satellite: { altitudeKm: 500 } }),
      [
        {
          path: 'edges[0].satellite.elevationDeg',
          message: 'is required because nodes "alice" and "bob" have no latitude/longitude',
        },
      ],
    );
    expectIssues(
      (d) => (d.edges[0] = { ...fso, distanceKm: 10, satellite: { altitudeKm: 500, elevationDeg: 40 } }),
      [
        {
          path: 'edges[0].distanceKm',
          message:
            'not allowed together with "satellite" (the slant ranges come from the satellite geometry)',
        },
      ],
    );
    expectIssues(
      (d) => {
        d.edges[0] = { ...fso, satellite: { altitudeKm: 500 } };
        Object.assign(d.nodes[0], { latitude: 0, longitude: 0 });
        Object.assign(d.nodes[1], { latitude: 0, longitude: 90 });
      },
      [
        {
          path: 'edges[0].satellite.altitudeKm',
          message:
            'a satellite at 500 km above the midpoint is below the horizon of stations 10008 km apart; raise the altitude or give elevationDeg',
        },
      ],
    );
  });

  it('microwave loss is given one way only', () => {
    expectIssues(
      (d) =>
        (d.edges[0] = {
          key: 'mw',
          source: 'alice',
          target: 'bob',
          kind: 'microwave',
          lengthM: 2,
          attenuationDbPerM: 0.1,
          transmissivity: 0.9,
        }),
      [
        {
          path: 'edges[0].transmissivity',
          message: 'give either attenuationDbPerM or transmissivity, not both',
        },
      ],
    );
  });

  it('a carrier needs a distance or a transit time, and a known platform', () => {
    expectIssues(
      (d) =>
        (d.edges[0] = {
          key: 'ship',
          source: 'alice',
          target: 'bob',
          kind: 'carrier',
          carrier: 'container-ship',
        }),
      [
        {
          path: 'edges[0].distanceKm',
          message:
            'is required when transitDays is absent, because nodes "alice" and "bob" have no latitude/longitude',
        },
      ],
    );
    expectIssues(
      (d) =>
        (d.edges[0] = {
          key: 'ship',
          source: 'alice',
          target: 'bob',
          kind: 'carrier',
          carrier: 'truck',
          distanceKm: 5,
          platform: 'ion',
        }),
      [{ path: 'edges[0].platform', message: 'unknown platform preset "ion"' }],
    );
  });

  it('values that overflow in SI units are reported, not passed on as Infinity', () => {
    expectIssues(
      (d) => (d.edges[0].lengthKm = 1e308),
      [{ path: 'edges[0]', message: 'too large to represent in SI units (length); use smaller values' }],
    );
    expectIssues(
      (d) =>
        (d.edges[0] = {
          key: 'sat',
          source: 'alice',
          target: 'bob',
          kind: 'free-space',
          transmitterApertureM: 0.3,
          receiverApertureM: 1,
          wavelengthNm: 810,
          satellite: { altitudeKm: 1e308, elevationDeg: 45 },
        }),
      [
        {
          path: 'edges[0].satellite.altitudeKm',
          message: 'too large to represent in SI units; use a smaller value',
        },
      ],
    );
  });

  it('collects cross-reference and resolution issues together, in document order', () => {
    const issues = issuesOf(
      withChange((d) => {
        d.nodes[0].platform = 'nv';
        d.edges[0].target = 'bobby';
        d.demands[0].source = 'alicia';
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'nodes[0].platform',
      'edges[0].target',
      'demands[0].source',
    ]);
  });
});
