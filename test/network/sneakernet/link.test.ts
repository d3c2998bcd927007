import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError, UnreachableError, daysToSeconds } from '../../../src/core/index.js';
import { sneakernetLink, type SneakernetLinkOptions } from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

/** Silicon row of Devitt 2016 Table 1 on a 20-day voyage, with the conventional odd-ceil rounding. */
const SILICON: SneakernetLinkOptions = {
  physicalErrorRate: 1e-3,
  gateTime: 5e-8,
  qubitPitch: 2e-7,
  sailingTime: daysToSeconds(20),
  containersPerVehicle: 10_000,
  departureInterval: daysToSeconds(20),
};

describe('sneakernetLink', () => {
  it('returns an edge: rate, fidelity, latency, capacity, distance, qubits, bottleneck', () => {
    const link = sneakernetLink(SILICON);
    expect(link.codeDistance).toBe(37); // d* = 36.3 -> next odd
    expect(link.physicalQubitsPerLogical).toBe(73 ** 2);
    expect(link.capacityPerContainer).toBe(Math.floor(1 / (73 * 2e-7) ** 3));
    expectClose(link.rate, (link.capacityPerContainer * 10_000) / daysToSeconds(20));
    expect(link.latency).toBe(daysToSeconds(20));
    expect(link.bottleneck).toBe('shipping');
    expect(link.meetsTarget).toBe(true);
    expect(link.fidelity).toBeGreaterThanOrEqual(1 - 1e-10);
    expectClose(link.fidelity, 1 - link.achievedInfidelity);
    expect(link.storageTime).toBe(daysToSeconds(20));
    expect(link.fleet.vehicles).toBe(2); // 40-day round trip, a departure every 20 days
  });

  it('the devitt-2016 rounding reproduces the table distance (36) and capacity', () => {
    const link = sneakernetLink({ ...SILICON, rounding: 'devitt-2016' });
    expect(link.codeDistance).toBe(36);
    expectClose(link.capacityPerContainer, 350e12, { absolute: 5e12 });
    expect(link.meetsTarget).toBe(false);
  });

  it('a slow local link becomes the bottleneck and lengthens the storage time', () => {
    // Transmons: ~2.4e6 logical qubits per container, 2.4e10 per ship; a 1 kHz loader fills 1.7e9 in 20 days.
    const transmons: SneakernetLinkOptions = {
      ...SILICON,
      physicalErrorRate: 1e-5,
      gateTime: 4e-8,
      qubitPitch: 3e-4,
    };
    const free = sneakernetLink(transmons);
    const slow = sneakernetLink({ ...transmons, loading: { rate: 1e3 } });
    expect(slow.bottleneck).toBe('loading');
    expect(slow.pairsPerVoyage).toBe(1e3 * daysToSeconds(20));
    expectClose(slow.rate, 1e3);
    expectClose(slow.loadingDuration, daysToSeconds(20));
    expect(slow.storageTime).toBeGreaterThan(free.storageTime);
    expect(slow.codeDistance).toBeGreaterThanOrEqual(free.codeDistance);
    expect(slow.meetsTarget).toBe(true);
    const drain = sneakernetLink({ ...transmons, unloading: { rate: 10, window: daysToSeconds(1) } });
    expect(drain.bottleneck).toBe('unloading');
    expect(drain.pairsPerVoyage).toBe(864_000);
  });

  it('sizes d for the loading wait as well as the voyage (second pass)', () => {
    // NV (spin): 1.6e14 per container at d = 31; 200 containers at 1e9/s take ~377 days to fill, which
    // pushes d* past 31 (the voyage alone needs d* = 29.2 -> 31), so the second pass picks 33.
    const options: SneakernetLinkOptions = {
      physicalErrorRate: 1e-3,
      gateTime: 1e-3,
      qubitPitch: 3e-7,
      sailingTime: daysToSeconds(20),
      containersPerVehicle: 200,
      departureInterval: daysToSeconds(1000),
      loading: { rate: 1e9 },
    };
    const link = sneakernetLink(options);
    expect(link.bottleneck).toBe('shipping');
    expect(link.loadingDuration).toBeGreaterThan(daysToSeconds(20));
    expectClose(link.loadingDuration, link.pairsPerVoyage / 1e9);
    // The voyage alone would need a smaller (or equal) distance.
    const voyageOnly = sneakernetLink({ ...options, loading: undefined });
    expect(voyageOnly.codeDistance).toBe(31);
    expect(link.codeDistance).toBe(33);
    expect(link.capacityPerContainer).toBe(Math.floor(1 / (65 * 3e-7) ** 3));
    expect(link.achievedInfidelity).toBeGreaterThan(0);
    expectClose(link.storageTime, daysToSeconds(20) + link.loadingDuration);
    expect(link.designStorageTime).toBeGreaterThanOrEqual(link.storageTime);
    expect(link.maxStorageTime).toBeGreaterThanOrEqual(link.storageTime * (1 - 1e-6));
    expect(link.meetsTarget).toBe(true);
  });

  it('uses carrier presets and asks for what they lack', () => {
    const ship = sneakernetLink({
      physicalErrorRate: 1e-3,
      gateTime: 5e-8,
      qubitPitch: 2e-7,
      carrier: 'container-ship',
      routeLength: 9e6,
    });
    expect(ship.containersPerVehicle).toBe(10_000);
    expect(ship.carrier).toBe('container-ship');
    expectClose(ship.latency, 9e6 / ((18 * 1852) / 3600) + daysToSeconds(1.4));
    const drone = {
      ...SILICON,
      sailingTime: undefined,
      containersPerVehicle: undefined,
      carrier: 'drone' as const,
    };
    expect(() => sneakernetLink({ ...drone, routeLength: 1e4, portTime: 60 })).toThrow(
      /containersPerVehicle/,
    );
  });

  it('a stick too small for one logical qubit is unreachable', () => {
    expect(() => sneakernetLink({ ...SILICON, qubitPitch: 0.05 })).toThrow(UnreachableError);
  });

  it('rejects bad input naming the field', () => {
    const route = { ...SILICON, sailingTime: undefined, routeLength: 1e7 };
    const cases: [Partial<SneakernetLinkOptions>, string][] = [
      [{ ...route, speed: 0 }, 'speed'],
      [{ ...route, speedKnots: 0 }, 'speedKnots'],
      [{ stickVolume: 0 }, 'stickVolume'],
      [{ physicalErrorRate: 0.02 }, 'physicalErrorRate'],
      [{ errorModel: 'qualtran', physicalErrorRate: 0.01 }, 'physicalErrorRate'],
      [{ qubitPitch: -1 }, 'qubitPitch'],
      [{ gateTime: 0 }, 'gateTime'],
      [{ containersPerVehicle: 0 }, 'containersPerVehicle'],
      [{ targetInfidelity: 0 }, 'targetInfidelity'],
      [{ loading: { rate: 0 } }, 'loading.rate'],
      [{ storageAfterArrival: -1 }, 'storageAfterArrival'],
    ];
    for (const [override, field] of cases) {
      try {
        sneakernetLink({ ...SILICON, ...override } as SneakernetLinkOptions);
        expect.unreachable(`${JSON.stringify(override)} should throw`);
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).field).toBe(field);
      }
    }
  });

  it('properties: d non-decreasing in voyage time and 1/target; no NaN over wide ranges', () => {
    fc.assert(
      fc.property(
        fc.record({
          p: fc.double({ min: 1e-7, max: 5e-3, noNaN: true }),
          gateTime: fc.double({ min: 1e-9, max: 1e-3, noNaN: true }),
          pitch: fc.double({ min: 1e-8, max: 1e-4, noNaN: true }),
          days: fc.double({ min: 0.01, max: 100, noNaN: true }),
          target: fc.double({ min: 1e-15, max: 1e-3, noNaN: true }),
          factor: fc.double({ min: 1, max: 100, noNaN: true }),
          loadingRate: fc.option(fc.double({ min: 1, max: 1e12, noNaN: true }), { nil: undefined }),
        }),
        (c) => {
          const at = (days: number, target: number) =>
            sneakernetLink({
              physicalErrorRate: c.p,
              gateTime: c.gateTime,
              qubitPitch: c.pitch,
              sailingTime: daysToSeconds(days),
              containersPerVehicle: 100,
              targetInfidelity: target,
              loading: c.loadingRate === undefined ? undefined : { rate: c.loadingRate },
            });
          const base = at(c.days, c.target);
          for (const value of [
            base.rate,
            base.fidelity,
            base.latency,
            base.capacityPerContainer,
            base.achievedInfidelity,
          ]) {
            expect(Number.isNaN(value)).toBe(false);
          }
          expect(base.rate).toBeGreaterThan(0);
          expect(base.fidelity).toBeGreaterThanOrEqual(0);
          expect(base.fidelity).toBeLessThanOrEqual(1);
          expect(base.meetsTarget).toBe(true);
          expect(at(c.days * c.factor, c.target).codeDistance).toBeGreaterThanOrEqual(base.codeDistance);
          expect(at(c.days, c.target / c.factor).codeDistance).toBeGreaterThanOrEqual(base.codeDistance);
        },
      ),
      { numRuns: 200 },
    );
  });
});
