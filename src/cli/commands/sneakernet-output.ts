/**
 * Human-readable output of `qnet sneakernet` for one link: rate, fidelity, latency, code, capacity, fleet,
 * bottleneck, where each memory value came from, and the delivery schedule.
 */
import { metresToKm, secondsToDays } from '../../core/index.js';
import { type DeliverySchedule, type SneakernetLink, type Stockpile } from '../../network/index.js';
import { formatNumber, formatQuantity, renderKeyValues, renderTextTable } from '../../report/index.js';
import type { MemoryInputs } from './sneakernet.js';

/** A per-voyage bound; an instantaneous local link sets none. */
function bound(pairs: number): string {
  return Number.isFinite(pairs) ? formatNumber(pairs) : 'no limit';
}

export function days(seconds: number): string {
  return `${formatNumber(secondsToDays(seconds))} days`;
}

export function renderLink(
  link: SneakernetLink,
  memory: MemoryInputs,
  schedule?: DeliverySchedule,
  stockpile?: { drawn: Stockpile; consumptionRate: number },
): string {
  const trip = link.voyage;
  const route =
    trip.routeLength === null
      ? `sailing time given: ${days(trip.sailingTime)}`
      : `${formatNumber(metresToKm(trip.routeLength))} km at ${formatNumber(trip.speed! * 3.6)} km/h ` +
        `(${formatNumber((trip.speed! * 3600) / 1852)} kn): ${days(trip.sailingTime)} under way`;
  const summary = renderKeyValues([
    ['rate', `${formatQuantity(link.rate, 'pairs/s')} (logical Bell pairs, steady state)`],
    [
      'fidelity',
      `${formatNumber(link.fidelity, 12)} (worst pair; infidelity ${formatNumber(link.achievedInfidelity)})`,
    ],
    ['latency', `${days(link.latency)} (first delivery: sailing + port time)`],
    ['bottleneck', link.bottleneck],
    [
      'code distance',
      `d = ${link.codeDistance} (d* = ${formatNumber(link.realDistance)}, ${link.rounding} rounding, ` +
        `${link.errorModel} model)`,
    ],
    ['qubits per logical qubit', `${link.physicalQubitsPerLogical} (${link.layout} patch)`],
    [
      'capacity per container',
      `${formatNumber(link.capacityPerContainer)} logical qubits (${formatNumber(link.stickVolume)} m^3 memory)`,
    ],
    [
      'pairs per voyage',
      `${formatNumber(link.pairsPerVoyage)} (${link.containersPerVehicle} containers; shipping ` +
        `${formatNumber(link.shippingPairsPerVoyage)}, loading ${bound(link.loadingPairsPerVoyage)}, ` +
        `unloading ${bound(link.unloadingPairsPerVoyage)})`,
    ],
    ['carrier', link.carrier ?? '-'],
    ['route', route],
    ['port time', days(trip.portTime)],
    [
      'fleet',
      `${link.fleet.vehicles} vehicle(s), a departure every ${days(link.fleet.departureInterval)} ` +
        `(round trip ${days(link.fleet.roundTripTime)}, needs ${link.fleet.vehiclesRequired})`,
    ],
    [
      'storage time (worst pair)',
      `${days(link.storageTime)} (loading ${days(link.loadingDuration)}, unloading ${days(link.unloadingDuration)})`,
    ],
    ['cycle time', formatQuantity(link.cycleTime, 's')],
    ['logical error per cycle', formatNumber(link.logicalErrorPerCycle)],
    [
      'target infidelity',
      `${formatNumber(link.targetInfidelity)} (${link.meetsTarget ? 'met' : 'NOT met: the rounding floors d*'})`,
    ],
    ['memory lifetime at d', days(link.maxStorageTime)],
    [
      'physical error rate',
      `${formatNumber(memory.physicalErrorRate.value)} (${memory.physicalErrorRate.from})`,
    ],
    ['gate time', `${formatQuantity(memory.gateTime.value, 's')} (${memory.gateTime.from})`],
    ['qubit pitch', `${formatQuantity(memory.qubitPitch.value, 'm')} (${memory.qubitPitch.from})`],
    ...(stockpile ? stockpileRows(stockpile.drawn, stockpile.consumptionRate) : []),
  ]);
  return schedule ? `${summary}\n\n${renderSchedule(schedule)}` : summary;
}

const SHOWN_DELIVERIES = 50;

function renderSchedule(schedule: DeliverySchedule): string {
  const shown = schedule.deliveries.slice(0, SHOWN_DELIVERIES);
  const table = renderTextTable(
    [
      { header: '#', align: 'right' },
      { header: 'vehicle', align: 'right' },
      { header: 'departs (day)', align: 'right' },
      { header: 'arrives (day)', align: 'right' },
      { header: 'pairs', align: 'right' },
      { header: 'cumulative pairs', align: 'right' },
    ],
    shown.map((delivery, index) => [
      String(index + 1),
      String(delivery.vehicle + 1),
      formatNumber(secondsToDays(delivery.departure)),
      formatNumber(secondsToDays(delivery.arrival)),
      formatNumber(delivery.pairs),
      formatNumber(delivery.cumulativePairs),
    ]),
  );
  const more =
    schedule.deliveries.length > shown.length
      ? [`... ${schedule.deliveries.length - shown.length} more deliveries (all of them in --json)`]
      : [];
  return [
    `deliveries: ${schedule.deliveries.length}, ${formatNumber(schedule.totalPairs)} pairs in total, ` +
      `average ${formatQuantity(schedule.averageRate, 'pairs/s')} over the period`,
    table,
    ...more,
  ].join('\n');
}

/** The stockpile rows of the text output. */
function stockpileRows(drawn: Stockpile, consumptionRate: number): [string, string][] {
  return [
    ['stockpile drawn at', `${formatNumber(consumptionRate)} pairs/s`],
    ['shelf life on arrival', days(drawn.shelfLife)],
    ['time to use one delivery', days(drawn.timeToConsume)],
    ['usable pairs per delivery', formatNumber(drawn.usablePairs)],
    ['expired pairs per delivery', formatNumber(drawn.expiredPairs)],
  ];
}
