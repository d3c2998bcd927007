/**
 * fast-check generator of valid scenario documents (every node kind, every edge kind, optional fields
 * present or absent, overrides, workloads), for round-trip and fuzz properties.
 * Edges always carry their own length (lengthKm, distanceKm or transitDays, satellite elevation) so any
 * node may lack coordinates; coordinate-derived lengths are covered by the example files.
 */
import fc from 'fast-check';
import {
  CARRIER_KINDS,
  DATA_ENCODINGS,
  ERROR_MODELS,
  LINK_SCHEMES,
  NODE_KINDS,
  SURFACE_CODE_PATCHES,
  WORKLOAD_MODELS,
} from '../../../src/network/index.js';

/** A double in [min, max] without -0 (JSON text cannot keep the sign of zero). */
function num(min: number, max: number, minExcluded = false): fc.Arbitrary<number> {
  return fc.double({ min, max, minExcluded, noNaN: true }).map((value) => (value === 0 ? 0 : value));
}
const positive = (max = 1e6) => num(0, max, true);
const probability = num(0, 1);
const positiveProbability = num(0, 1, true);
const integer = (min: number, max: number) => fc.integer({ min, max });
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

const overrides = fc.record(
  {
    t1S: positive(),
    t2S: positive(),
    twoQubitGateFidelity: probability,
    wavelengthNm: positive(2000),
    darkCountRateHz: num(0, 1e4),
    memoryCount: integer(0, 100),
    multiplexingModes: integer(1, 1000),
    physicalErrorRate: probability,
  },
  { requiredKeys: [] },
);

function node(key: string, presetIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const coordinates = fc.option(fc.tuple(num(-90, 90), num(-180, 180)), { nil: undefined });
  const platform = fc.option(fc.tuple(oneOf(presetIds), fc.option(overrides, { nil: undefined })), {
    nil: undefined,
  });
  return fc
    .record(
      { kind: oneOf(NODE_KINDS), label: fc.string(), memoryCount: integer(0, 50) },
      { requiredKeys: ['kind'] },
    )
    .chain((base) =>
      fc.tuple(coordinates, platform).map(([position, chosen]) => {
        const result: Record<string, unknown> = { key, ...base };
        if (position) Object.assign(result, { latitude: position[0], longitude: position[1] });
        if (chosen) {
          result.platform = chosen[0];
          if (chosen[1]) result.overrides = chosen[1];
        }
        return result;
      }),
    );
}

function edgeFields(presetIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const fibre = fc.record(
    {
      kind: fc.constant('fibre'),
      lengthKm: positive(5000),
      routeFactor: num(1, 3),
      attenuationDbPerKm: num(0, 10),
      scheme: oneOf(LINK_SCHEMES),
      modes: integer(1, 1000),
      lightSpeedKmPerS: num(1e5, 299_792.458),
    },
    { requiredKeys: ['kind', 'lengthKm'] },
  );
  const freeSpace = fc
    .record(
      {
        kind: fc.constant('free-space'),
        transmitterApertureM: positive(10),
        receiverApertureM: positive(10),
        wavelengthNm: positive(2000),
        atmosphericTransmissivity: positiveProbability,
        pointingEfficiency: positiveProbability,
        scheme: oneOf(LINK_SCHEMES),
        geometry: fc.oneof(
          positive(1e5).map((distanceKm) => ({ distanceKm })),
          fc
            .tuple(positive(4e4), num(0, 90, true))
            .map(([altitudeKm, elevationDeg]) => ({ satellite: { altitudeKm, elevationDeg } })),
        ),
      },
      { requiredKeys: ['kind', 'transmitterApertureM', 'receiverApertureM', 'wavelengthNm', 'geometry'] },
    )
    .map(({ geometry, ...rest }) => ({ ...rest, ...geometry }));
  const microwave = fc
    .record(
      {
        kind: fc.constant('microwave'),
        lengthM: positive(100),
        loss: fc.oneof(
          num(0, 1).map((attenuationDbPerM) => ({ attenuationDbPerM })),
          positiveProbability.map((transmissivity) => ({ transmissivity })),
        ),
        temperatureK: positive(10),
      },
      { requiredKeys: ['kind', 'lengthM'] },
    )
    .map(({ loss, ...rest }) => ({ ...rest, ...(loss ?? {}) }));
  const carrier = fc.record(
    {
      kind: fc.constant('carrier'),
      carrier: oneOf(CARRIER_KINDS),
      distanceKm: positive(2e4),
      transitDays: positive(100),
      routeFactor: num(1, 3),
      speedKmPerH: positive(1000),
      portTimeH: num(0, 100),
      vehicles: integer(1, 100),
      departureIntervalDays: positive(30),
      containersPerVehicle: integer(1, 20_000),
      memoryVolumeM3: positive(10),
      platform: oneOf(presetIds),
      errorModel: oneOf(ERROR_MODELS),
      targetInfidelity: num(0, 1, true).filter((value) => value < 1),
      cycleTimeGateFactor: positive(20),
      surfaceCodePatch: oneOf(SURFACE_CODE_PATCHES),
      loadingRatePerS: positive(1e12),
    },
    { requiredKeys: ['kind', 'carrier', 'transitDays'] },
  );
  return fc.oneof(fibre, freeSpace, microwave, carrier);
}

const workload = fc.record(
  {
    label: fc.string(),
    model: oneOf(WORKLOAD_MODELS),
    dimension: integer(2, 2 ** 30),
    layers: integer(1, 100),
    paramsPerUnitary: integer(1, 1e6),
    epsilon: num(0, 1, true).filter((value) => value < 1),
    delta: num(0, 1, true).filter((value) => value < 1),
    bitsPerNumber: integer(1, 64),
    trainingSteps: integer(1, 1e6),
    classicalRateBitsPerS: positive(1e12),
    classicalLatencyS: num(0, 1),
    shadowConstant: positive(10),
    margin: num(0, 1, true),
    encoding: oneOf(DATA_ENCODINGS),
    logicalGateTimeS: positive(1),
    parallelQpus: integer(1, 1000),
    classicalFlopsPerS: positive(1e18),
  },
  {
    requiredKeys: [
      'model',
      'dimension',
      'layers',
      'paramsPerUnitary',
      'epsilon',
      'delta',
      'classicalRateBitsPerS',
      'classicalLatencyS',
    ],
  },
);

/** Two different indices in [0, count). */
function pair(count: number): fc.Arbitrary<[number, number]> {
  return fc.tuple(fc.nat(count - 1), fc.nat(count - 2)).map(([a, b]) => [a, b >= a ? b + 1 : b]);
}

/** Valid scenario documents whose platforms come from `presetIds`. */
export function validDocument(presetIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 2, maxLength: 6 })
    .chain((keys) =>
      fc
        .record(
          {
            $schema: fc.constant('./scenario.schema.json'),
            name: fc.string({ minLength: 1 }),
            description: fc.string(),
            seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
            metadata: fc.record(
              {
                author: fc.string(),
                created: fc
                  .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
                  .map((d) => d.toISOString().slice(0, 10)),
                tags: fc.array(fc.string(), { maxLength: 3 }),
                notes: fc.string(),
              },
              { requiredKeys: [] },
            ),
            defaults: fc.record(
              {
                fibreAttenuationDbPerKm: num(0, 10),
                fibreLightSpeedKmPerS: num(1e5, 299_792.458),
                routeFactor: num(1, 3),
                scheme: oneOf(LINK_SCHEMES),
              },
              { requiredKeys: [] },
            ),
            nodes: fc.tuple(...keys.map((key) => node(key, presetIds))),
            edges: fc.array(fc.tuple(pair(keys.length), edgeFields(presetIds)), { maxLength: 6 }),
            workloads: fc.array(workload, { maxLength: 2 }),
            demands: fc.array(
              fc.record(
                {
                  pair: pair(keys.length),
                  label: fc.string(),
                  targetFidelity: num(0.25, 1, true),
                  requestedRatePerS: positive(1e9),
                  workload: fc.boolean(),
                },
                { requiredKeys: ['pair', 'targetFidelity'] },
              ),
              { maxLength: 3 },
            ),
          },
          { requiredKeys: ['name', 'description', 'seed', 'metadata', 'nodes', 'edges', 'demands'] },
        )
        .map((parts) => {
          const workloads = parts.workloads?.map((item, index) => ({ key: `w${index}`, ...item }));
          const document: Record<string, unknown> = {
            ...(parts.$schema === undefined ? {} : { $schema: parts.$schema }),
            schemaVersion: 1,
            name: parts.name,
            description: parts.description,
            seed: parts.seed,
            metadata: parts.metadata,
            ...(parts.defaults === undefined ? {} : { defaults: parts.defaults }),
            nodes: parts.nodes,
            edges: parts.edges.map(([[a, b], fields], index) => ({
              key: `e${index}`,
              source: keys[a],
              target: keys[b],
              ...fields,
            })),
            demands: parts.demands.map(({ pair: [a, b], workload: wantsWorkload, ...rest }, index) => ({
              key: `d${index}`,
              source: keys[a],
              target: keys[b],
              ...rest,
              ...(wantsWorkload && workloads && workloads.length > 0 ? { workload: workloads[0]!.key } : {}),
            })),
          };
          if (workloads !== undefined) document.workloads = workloads;
          return document;
        }),
    );
}
