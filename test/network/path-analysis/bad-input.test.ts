import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import { analysePath } from '../../../src/network/path-analysis/index.js';
import { delivered, heralded, identicalRoute, route } from './route-fixtures.js';

describe('analysePath: bad input', () => {
  const good = identicalRoute(2, 0.1, 1e-3);
  const cases: [string, () => unknown][] = [
    ['targetFidelity', () => analysePath(good, { targetFidelity: 1.2 })],
    ['swapPolicy', () => analysePath(good, { targetFidelity: 0.5, swapPolicy: 'bogus' as never })],
    [
      'purification.placement',
      () => analysePath(good, { targetFidelity: 0.5, purification: { placement: 'x' as never } }),
    ],
    [
      'purification.scheme',
      () => analysePath(good, { targetFidelity: 0.5, purification: { scheme: 'x' as never } }),
    ],
    [
      'purification.maxRounds',
      () => analysePath(good, { targetFidelity: 0.5, purification: { maxRounds: 0 } }),
    ],
    ['cutoff', () => analysePath(good, { targetFidelity: 0.5, cutoff: 0 })],
    [
      'classicalLatencyPerSwap',
      () => analysePath(good, { targetFidelity: 0.5, classicalLatencyPerSwap: -1 }),
    ],
    ['hops', () => analysePath({ hops: [], nodes: [{ key: 'a' }] }, { targetFidelity: 0.5 })],
    ['nodes', () => analysePath({ hops: good.hops, nodes: good.nodes.slice(1) }, { targetFidelity: 0.5 })],
    [
      'hops[1].link.successProbability',
      () => analysePath(route([heralded(0.1, 1e-3), heralded(1.5, 1e-3)]), { targetFidelity: 0.5 }),
    ],
    ['hops[0].link.attemptDuration', () => analysePath(route([heralded(0.1, 0)]), { targetFidelity: 0.5 })],
    [
      'hops[0].kind',
      () =>
        analysePath(
          { hops: [{ kind: 'boat', edgeKey: 'x' } as never], nodes: good.nodes.slice(1) },
          { targetFidelity: 0.5 },
        ),
    ],
    ['hops[0].latency', () => analysePath(route([delivered(1, 0.9, -1)]), { targetFidelity: 0.5 })],
    [
      'nodes[1].memory.t2',
      () =>
        analysePath(
          identicalRoute(2, 0.1, 1e-3, 1, (i) => (i === 1 ? { memory: { model: 'dephasing', t2: -1 } } : {})),
          { targetFidelity: 0.5 },
        ),
    ],
    [
      'nodes[0].localNoise.measurementFidelity',
      () =>
        analysePath(
          identicalRoute(2, 0.1, 1e-3, 1, () => ({ localNoise: { measurementFidelity: 0.2 } })),
          { targetFidelity: 0.5 },
        ),
    ],
    [
      'nodes[2].memoryCount',
      () =>
        analysePath(
          identicalRoute(2, 0.1, 1e-3, 1, (i) => (i === 2 ? { memoryCount: 2.5 } : {})),
          { targetFidelity: 0.5 },
        ),
    ],
    [
      'nodes[0].bellMeasurementSuccessProbability',
      () =>
        analysePath(
          identicalRoute(2, 0.1, 1e-3, 1, () => ({ bellMeasurementSuccessProbability: 2 })),
          { targetFidelity: 0.5 },
        ),
    ],
  ];
  for (const [field, run] of cases) {
    it(`throws ParameterError naming ${field}`, () => {
      try {
        run();
        expect.fail('no error thrown');
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).field).toBe(field);
      }
    });
  }
});
