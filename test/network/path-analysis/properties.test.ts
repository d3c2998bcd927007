import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysePath,
  type PathAnalysisOptions,
  type Route,
  type RouteHop,
  type RouteNode,
} from '../../../src/network/path-analysis/index.js';
import { wernerState } from '../../../src/physics/bell-diagonal.js';

const hopArbitrary: fc.Arbitrary<RouteHop> = fc.oneof(
  fc
    .record({
      p: fc.double({ min: 1e-5, max: 1, noNaN: true }),
      tau: fc.double({ min: 1e-7, max: 1e-2, noNaN: true }),
      fidelity: fc.double({ min: 0.3, max: 1, noNaN: true }),
    })
    .map(({ p, tau, fidelity }): RouteHop => ({
      kind: 'heralded',
      edgeKey: 'h',
      length: 1000,
      link: {
        successProbability: p,
        attemptDuration: tau,
        rate: p / tau,
        state: wernerState(fidelity),
        fidelity,
      },
      classicalDelay: tau / 2,
    })),
  fc
    .record({
      rate: fc.double({ min: 1e-4, max: 1e6, noNaN: true }),
      fidelity: fc.double({ min: 0.3, max: 1, noNaN: true }),
      latency: fc.double({ min: 0, max: 1e6, noNaN: true }),
    })
    .map(({ rate, fidelity, latency }): RouteHop => ({
      kind: 'delivered',
      edgeKey: 'd',
      rate,
      fidelity,
      latency,
    })),
);

const nodeArbitrary: fc.Arbitrary<RouteNode> = fc.record({
  key: fc.constant('n'),
  memory: fc.oneof(
    fc.constant(undefined),
    fc
      .double({ min: 1e-4, max: 1e3, noNaN: true })
      .map((t) => ({ model: 'depolarising' as const, depolarisingTime: t })),
    fc.double({ min: 1e-4, max: 1e3, noNaN: true }).map((t) => ({ model: 'dephasing' as const, t2: t })),
    fc
      .double({ min: 1e-4, max: 1e3, noNaN: true })
      .map((t) => ({ model: 'amplitude-damping' as const, t1: t, t2: t })),
  ),
  localNoise: fc.record({
    twoQubitGateReliability: fc.double({ min: 0.95, max: 1, noNaN: true }),
    measurementFidelity: fc.double({ min: 0.97, max: 1, noNaN: true }),
  }),
  bellMeasurementSuccessProbability: fc.double({ min: 0.3, max: 1, noNaN: true }),
  memoryCount: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 20 })),
});

const routeArbitrary: fc.Arbitrary<Route> = fc
  .array(hopArbitrary, { minLength: 1, maxLength: 6 })
  .chain((hops) =>
    fc
      .array(nodeArbitrary, { minLength: hops.length + 1, maxLength: hops.length + 1 })
      .map((nodes) => ({ hops, nodes })),
  );

const optionsArbitrary: fc.Arbitrary<PathAnalysisOptions> = fc.record({
  targetFidelity: fc.double({ min: 0.3, max: 0.99, noNaN: true }),
  swapPolicy: fc.constantFrom('swap-asap' as const, 'nested' as const, 'sequential' as const),
  purification: fc.record({
    placement: fc.constantFrom('auto' as const, 'end-to-end' as const, 'per-link' as const),
    scheme: fc.constantFrom('recurrence' as const, 'pumping' as const),
    protocol: fc.constantFrom('dejmps' as const, 'bbpssw' as const),
    maxRounds: fc.integer({ min: 1, max: 6 }),
  }),
  cutoff: fc.oneof(fc.constant(Infinity), fc.double({ min: 1e-4, max: 10, noNaN: true })),
});

describe('analysePath properties (fast-check)', () => {
  it('never returns NaN or Infinity; rates positive when ok; fidelities in [1/4, 1]', () => {
    fc.assert(
      fc.property(routeArbitrary, optionsArbitrary, (route, options) => {
        const result = analysePath(route, options);
        const numbers = [
          result.deliveredRate,
          result.rawRate,
          result.deliveredFidelity,
          result.rawFidelity,
          result.latency,
          result.jitter,
          result.pairsConsumedPerDelivered,
          result.meanRawWaitingTime,
          ...result.perHop.flatMap((hop) => Object.values(hop).filter((value) => typeof value === 'number')),
        ];
        for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
        expect(result.rawFidelity).toBeGreaterThanOrEqual(0.25 - 1e-12);
        expect(result.rawFidelity).toBeLessThanOrEqual(1 + 1e-12);
        if (result.status === 'no-rate') {
          expect(result.explanation).toBeTruthy();
          return;
        }
        expect(result.rawRate).toBeGreaterThan(0);
        if (result.status === 'ok') {
          expect(result.deliveredRate).toBeGreaterThan(0);
          expect(result.deliveredRate).toBeLessThanOrEqual(result.rawRate * (1 + 1e-9));
          expect(result.deliveredFidelity).toBeGreaterThanOrEqual(options.targetFidelity);
          expect(result.deliveredFidelity).toBeLessThanOrEqual(1 + 1e-12);
          expect(result.latency).toBeGreaterThan(0);
          for (const hop of result.perHop) expect(hop.pairsPerDelivered).toBeGreaterThanOrEqual(1 - 1e-12);
        } else {
          expect(result.explanation).toBeTruthy();
          expect(result.deliveredRate).toBe(0);
        }
      }),
      { numRuns: 150, seed: 4242 },
    );
  });

  it('longer fibre hops give lower rates (fibre-like p = 0.5 x 10^(-0.02 L/km), attempt 2L/c)', () => {
    const fibreHop = (km: number): RouteHop => {
      const p = 0.5 * Math.pow(10, -0.02 * km);
      const tau = Math.max(1e-6, (2 * km * 1000) / 2e8);
      return {
        kind: 'heralded',
        edgeKey: 'f',
        length: km * 1000,
        link: {
          successProbability: p,
          attemptDuration: tau,
          rate: p / tau,
          state: wernerState(0.97),
          fidelity: 0.97,
        },
        classicalDelay: tau / 2,
      };
    };
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 100, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.nat(4),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.constantFrom('swap-asap' as const, 'nested' as const, 'sequential' as const),
        (lengths, pick, stretch, swapPolicy) => {
          const index = pick % lengths.length;
          const longer = lengths.map((km, i) => (i === index ? km * stretch : km));
          const nodes = Array.from({ length: lengths.length + 1 }, () => ({
            key: 'n',
            memory: { model: 'depolarising' as const, depolarisingTime: 1 },
          }));
          const options = { targetFidelity: 0.3, swapPolicy };
          const short = analysePath({ hops: lengths.map(fibreHop), nodes }, options);
          const long = analysePath({ hops: longer.map(fibreHop), nodes }, options);
          // Only the rate is monotonic: a slower hop can shorten the others' memory waits and raise the fidelity.
          // When another hop dominates, the change is below the quadrature's ~1e-12 relative precision.
          expect(long.rawRate).toBeLessThanOrEqual(short.rawRate * (1 + 1e-10));
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it("'auto' placement is never worse than end-to-end or per-link", () => {
    fc.assert(
      fc.property(
        routeArbitrary,
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (route, targetFidelity) => {
          const rate = (placement: 'auto' | 'end-to-end' | 'per-link'): number => {
            const result = analysePath(route, { targetFidelity, purification: { placement, maxRounds: 6 } });
            return result.status === 'ok' ? result.deliveredRate : 0;
          };
          expect(rate('auto')).toBeGreaterThanOrEqual(
            Math.max(rate('end-to-end'), rate('per-link')) * (1 - 1e-12),
          );
        },
      ),
      { numRuns: 60, seed: 99 },
    );
  });
});
