import { describe, expect, it } from 'vitest';
import { ParameterError, UnreachableError, daysToSeconds } from '../../../src/core/index.js';
import { fleetPlan, loadingTime, localLinkBound, voyageLoad } from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

describe('fleet', () => {
  const transitTime = daysToSeconds(20);

  it('a single vehicle departs once per round trip', () => {
    const plan = fleetPlan({ transitTime });
    expect(plan.departureInterval).toBe(daysToSeconds(40));
    expect(plan.vehicles).toBe(1);
    expect(plan.firstDeliveryLatency).toBe(transitTime);
    expect(fleetPlan({ transitTime, returnTime: 0 }).departureInterval).toBe(transitTime);
  });

  it('a departure interval needs ceil(round trip / interval) vehicles', () => {
    const weekly = fleetPlan({ transitTime, departureInterval: daysToSeconds(7) });
    expect(weekly.vehiclesRequired).toBe(6); // 40 / 7 = 5.7
    expect(weekly.vehicles).toBe(6);
    // Exact division, guarded against float noise: 40 days / 8 days = 5.
    expect(fleetPlan({ transitTime, departureInterval: daysToSeconds(8) }).vehiclesRequired).toBe(5);
  });

  it('a vehicle count spreads departures over the round trip', () => {
    const plan = fleetPlan({ transitTime, vehicles: 4 });
    expect(plan.departureInterval).toBe(daysToSeconds(10));
    expect(plan.vehiclesRequired).toBe(4);
  });

  it('too few vehicles for the interval is unreachable', () => {
    expect(() => fleetPlan({ transitTime, vehicles: 2, departureInterval: daysToSeconds(7) })).toThrow(
      UnreachableError,
    );
    expect(() => fleetPlan({ transitTime, vehicles: 2, departureInterval: daysToSeconds(7) })).toThrow(
      /needs at least 6/,
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => fleetPlan({ transitTime: 0 })).toThrow(/transitTime/);
    expect(() => fleetPlan({ transitTime, vehicles: 0 })).toThrow(/vehicles/);
    expect(() => fleetPlan({ transitTime, vehicles: 1.5 })).toThrow(ParameterError);
    expect(() => fleetPlan({ transitTime, departureInterval: 0 })).toThrow(/departureInterval/);
    expect(() => fleetPlan({ transitTime, returnTime: -1 })).toThrow(/returnTime/);
  });
});

describe('loading and unloading', () => {
  it('1e14 logical qubits over a 1 GHz local link take ~1 day (shared/reference/sneakernet.md)', () => {
    const seconds = loadingTime(1e14, 1e9);
    expect(seconds).toBe(1e5);
    expectClose(seconds / 86_400, 1.157, { relative: 1e-3 });
    expect(loadingTime(1e14, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('bounds the pairs per voyage by rate x window (whole pairs)', () => {
    expect(localLinkBound({ rate: 1e9 }, 86_400, 'loading').pairsPerVoyage).toBe(8.64e13);
    expect(localLinkBound({ rate: 2.5, window: 3 }, 86_400, 'loading').pairsPerVoyage).toBe(7);
    expect(localLinkBound(undefined, 10, 'unloading').pairsPerVoyage).toBe(Number.POSITIVE_INFINITY);
  });

  it('names the bottleneck', () => {
    expect(voyageLoad(10, 20, 30)).toEqual({ pairsPerVoyage: 10, bottleneck: 'shipping' });
    expect(voyageLoad(30, 10, 20)).toEqual({ pairsPerVoyage: 10, bottleneck: 'loading' });
    expect(voyageLoad(30, 20, 10)).toEqual({ pairsPerVoyage: 10, bottleneck: 'unloading' });
    expect(voyageLoad(10, 10, 10).bottleneck).toBe('shipping');
  });

  it('rejects bad input naming the field', () => {
    expect(() => localLinkBound({ rate: 0 }, 10, 'loading')).toThrow(/loading.rate/);
    expect(() => localLinkBound({ rate: 1, window: 0 }, 10, 'unloading')).toThrow(/unloading.window/);
    expect(() => loadingTime(-1, 1)).toThrow(/pairs/);
    expect(() => loadingTime(1, 0)).toThrow(/rate/);
  });
});
