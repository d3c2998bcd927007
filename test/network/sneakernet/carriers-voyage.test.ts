import { describe, expect, it } from 'vitest';
import {
  ParameterError,
  daysToSeconds,
  hoursToSeconds,
  kmPerHourToMetresPerSecond,
  knotsToMetresPerSecond,
} from '../../../src/core/index.js';
import {
  CARRIER_PRESETS,
  carrierPreset,
  presetValue,
  voyage,
} from '../../../src/network/sneakernet/index.js';
import { expectClose } from '../../support/close.js';

describe('carrier presets', () => {
  it('has a sourced value or a reason for every field', () => {
    for (const preset of Object.values(CARRIER_PRESETS)) {
      for (const field of ['speed', 'containersPerVehicle', 'portTime'] as const) {
        expect(preset[field].source.length).toBeGreaterThan(10);
        if (preset[field].value !== null) expect(preset[field].value).toBeGreaterThan(0);
      }
      expect(preset.speed.value).not.toBeNull();
    }
    expectClose(CARRIER_PRESETS['container-ship'].speed.value!, knotsToMetresPerSecond(18));
    expect(CARRIER_PRESETS['container-ship'].containersPerVehicle.value).toBe(10_000);
    expectClose(CARRIER_PRESETS.rail.portTime.value!, hoursToSeconds(24.2));
    expect(CARRIER_PRESETS.aircraft.containersPerVehicle.value).toBeNull();
  });

  it('names the field when a preset has no typical value, and suggests ids', () => {
    expect(() => presetValue(carrierPreset('drone'), 'containersPerVehicle', undefined)).toThrow(
      /containersPerVehicle: carrier "drone" has no typical value/,
    );
    expect(presetValue(carrierPreset('drone'), 'containersPerVehicle', 2)).toBe(2);
    expect(() => carrierPreset('trck')).toThrow(/did you mean "truck"/);
  });
});

describe('voyage', () => {
  it('takes a sailing time directly (Devitt 2016: 20 days)', () => {
    const trip = voyage({ sailingTime: daysToSeconds(20) });
    expect(trip.transitTime).toBe(daysToSeconds(20));
    expect(trip.routeLength).toBeNull();
  });

  it('divides route length by speed in m/s, knots or km/h, and adds port time', () => {
    const knots = voyage({ routeLength: 9_260_000, speedKnots: 20, portTime: 3600 });
    // 9,260 km = 5,000 nmi at 20 kn -> 250 h.
    expectClose(knots.sailingTime, hoursToSeconds(250));
    expectClose(knots.transitTime, hoursToSeconds(251));
    expectClose(voyage({ routeLength: 800_000, speedKmPerHour: 80 }).sailingTime, hoursToSeconds(10));
    expectClose(voyage({ routeLength: 1000, speed: 20 }).sailingTime, 50);
  });

  it('uses the great-circle distance times the route factor', () => {
    // Equator to pole along a meridian: a quarter of the mean-radius circumference.
    const quarter = (Math.PI / 2) * 6_371_008.8;
    const trip = voyage({
      greatCircle: { from: { latitude: 0, longitude: 0 }, to: { latitude: 90, longitude: 0 } },
      routeFactor: 1.2,
      speed: 10,
    });
    expectClose(trip.routeLength!, 1.2 * quarter);
    expectClose(trip.sailingTime, (1.2 * quarter) / 10);
  });

  it('takes defaults from a carrier preset', () => {
    const ship = voyage({ carrier: 'container-ship', routeLength: 1e7 });
    expectClose(ship.speed!, knotsToMetresPerSecond(18));
    expectClose(ship.portTime, daysToSeconds(1.4));
    expectClose(
      voyage({ carrier: 'truck', routeLength: 8e5, portTime: 0 }).sailingTime,
      8e5 / kmPerHourToMetresPerSecond(80),
    );
    expect(() => voyage({ carrier: 'aircraft', routeLength: 1e7 })).toThrow(/portTime/);
  });

  it('rejects bad input naming the field', () => {
    const cases: [Parameters<typeof voyage>[0], string][] = [
      [{ routeLength: 1e6, speed: 0 }, 'speed'],
      [{ routeLength: 1e6, speedKnots: 0 }, 'speedKnots'],
      [{ routeLength: 1e6, speedKmPerHour: -5 }, 'speedKmPerHour'],
      [{ routeLength: 1e6, speed: 1, speedKnots: 1 }, 'speed'],
      [{ routeLength: 0, speed: 1 }, 'routeLength'],
      [{ speed: 1 }, 'routeLength'],
      [{ routeLength: 1e6 }, 'speed'],
      [{ sailingTime: 0 }, 'sailingTime'],
      [{ sailingTime: 10, portTime: -1 }, 'portTime'],
      [
        {
          greatCircle: { from: { latitude: 91, longitude: 0 }, to: { latitude: 0, longitude: 0 } },
          speed: 1,
        },
        'greatCircle.from.latitude',
      ],
      [
        { greatCircle: { from: { latitude: 1, longitude: 2 }, to: { latitude: 1, longitude: 2 } }, speed: 1 },
        'greatCircle',
      ],
      [
        {
          greatCircle: { from: { latitude: 0, longitude: 0 }, to: { latitude: 1, longitude: 0 } },
          speed: 1,
          routeFactor: 0,
        },
        'routeFactor',
      ],
      [{ carrier: 'boat' as never, sailingTime: 10 }, 'carrier'],
    ];
    for (const [options, field] of cases) {
      try {
        voyage(options);
        expect.unreachable(`${JSON.stringify(options)} should throw`);
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).field).toBe(field);
      }
    }
  });
});
