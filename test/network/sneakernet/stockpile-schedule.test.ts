import { describe, expect, it } from 'vitest';
import { ParameterError, daysToSeconds } from '../../../src/core/index.js';
import { logicalErrorPerCycle } from '../../../src/physics/surface-code/index.js';
import { deliverySchedule, stockpile } from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

describe('stockpile', () => {
  const memory = { physicalErrorRate: 1e-3, codeDistance: 35, cycleTime: 1e-6, targetInfidelity: 1e-10 };
  const perCycle = logicalErrorPerCycle(memory);
  const lifetime = (1e-10 / perCycle) * 1e-6;

  it('limits consumption by the remaining shelf life', () => {
    const stored = lifetime / 4;
    const result = stockpile({ ...memory, storedTime: stored, pairs: 1e6, consumptionRate: 1 });
    expectClose(result.maxStorageTime, lifetime);
    expectClose(result.shelfLife, lifetime - stored);
    expect(result.timeToConsume).toBe(1e6);
    expect(result.usablePairs).toBe(Math.min(1e6, Math.floor(lifetime - stored)));
    expect(result.usablePairs + result.expiredPairs).toBe(1e6);
  });

  it('uses everything when consumption is fast enough, nothing when the shelf life is spent', () => {
    expect(stockpile({ ...memory, pairs: 1e6, consumptionRate: 1e12 }).usablePairs).toBe(1e6);
    const spent = stockpile({
      ...memory,
      storedTime: lifetime * 2,
      pairs: 1e6,
      consumptionRate: Number.POSITIVE_INFINITY,
    });
    expect(spent.shelfLife).toBe(0);
    expect(spent.usablePairs).toBe(0);
    expect(spent.expiredPairs).toBe(1e6);
    expect(stockpile({ ...memory, physicalErrorRate: 0, pairs: 5, consumptionRate: 1e-9 }).usablePairs).toBe(
      5,
    );
  });

  it('rejects bad input naming the field', () => {
    expect(() => stockpile({ ...memory, pairs: -1, consumptionRate: 1 })).toThrow(/pairs/);
    expect(() => stockpile({ ...memory, pairs: 1, consumptionRate: 0 })).toThrow(/consumptionRate/);
    expect(() => stockpile({ ...memory, storedTime: -1, pairs: 1, consumptionRate: 1 })).toThrow(
      /storedTime/,
    );
    expect(() => stockpile({ ...memory, physicalErrorRate: 0.1, pairs: 1, consumptionRate: 1 })).toThrow(
      ParameterError,
    );
  });
});

describe('delivery schedule', () => {
  const base = { departureInterval: daysToSeconds(7), transitTime: daysToSeconds(20), pairsPerVoyage: 100 };

  it('lists deliveries arriving by the horizon', () => {
    const schedule = deliverySchedule({ ...base, horizon: daysToSeconds(41), vehicles: 6 });
    // Departures at 0, 7, 14, 21 days arrive at 20, 27, 34, 41 days.
    expect(schedule.deliveries.map((d) => d.arrival / 86_400)).toEqual([20, 27, 34, 41]);
    expect(schedule.deliveries.map((d) => d.vehicle)).toEqual([0, 1, 2, 3]);
    expect(schedule.deliveries.at(-1)!.cumulativePairs).toBe(400);
    expect(schedule.totalPairs).toBe(400);
    expectClose(schedule.averageRate, 400 / daysToSeconds(41));
  });

  it('rotates vehicles and honours the first departure', () => {
    const schedule = deliverySchedule({
      ...base,
      horizon: daysToSeconds(100),
      vehicles: 2,
      firstDeparture: daysToSeconds(1),
    });
    expect(schedule.deliveries[0]!.departure).toBe(daysToSeconds(1));
    expect(schedule.deliveries.map((d) => d.vehicle).slice(0, 4)).toEqual([0, 1, 0, 1]);
    expect(schedule.deliveries.length).toBe(12); // 1 + floor(79 / 7)
  });

  it('is empty before the first arrival', () => {
    const schedule = deliverySchedule({ ...base, horizon: daysToSeconds(19) });
    expect(schedule.deliveries).toEqual([]);
    expect(schedule.averageRate).toBe(0);
    expect(deliverySchedule({ ...base, horizon: 0 }).averageRate).toBe(0);
  });

  it('rejects bad input naming the field', () => {
    expect(() => deliverySchedule({ ...base, horizon: -1 })).toThrow(/horizon/);
    expect(() => deliverySchedule({ ...base, horizon: 1e9, departureInterval: 0 })).toThrow(
      /departureInterval/,
    );
    expect(() => deliverySchedule({ ...base, horizon: 1e12, departureInterval: 1 })).toThrow(
      /horizon: would list/,
    );
    expect(() => deliverySchedule({ ...base, horizon: 1e9, vehicles: 0 })).toThrow(/vehicles/);
  });
});
