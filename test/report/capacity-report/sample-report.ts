/**
 * A realistic capacity report for tests: a Dutch metro network (Delft, The Hague, Leiden, Amsterdam, Utrecht,
 * and Texel with no link) with three demands — one delivered, one unreachable (target fidelity above what
 * purification can reach on that link), one without a route — an allocation, and two charts.
 * Figures are plausible for 0.2 dB/km fibre and NV-centre-class hardware; they are test data, not model output.
 */
import type { CapacityReport } from '../../../src/report/capacity-report/index.js';

/** A fresh copy of the sample report (tests may mutate it). */
export function sampleReport(): CapacityReport {
  return {
    schemaVersion: 1,
    kind: 'qnet-capacity-report',
    generator: { name: 'qnet-planner', version: '0.1.0' },
    scenario: {
      name: 'Randstad metro ring',
      description: 'Three demands over a five-city fibre network, midpoint-source links.',
      seed: 20240611,
      file: 'network-models/randstad.qnet.json',
      document: {
        schemaVersion: 1,
        name: 'Randstad metro ring',
        seed: 20240611,
        nodes: [{ key: 'delft', kind: 'end-node', latitude: 52.0116, longitude: 4.3571 }],
        edges: [],
      },
    },
    settings: {
      swapPolicy: 'swap-asap',
      purification: 'dejmps',
      routingMetric: 'expected-rate',
      objective: 'max-min-fair',
      cutoffS: 0.05,
      multiplexing: true,
    },
    network: {
      nodes: [
        { key: 'delft', kind: 'end-node', label: 'Delft', latitude: 52.0116, longitude: 4.3571 },
        { key: 'the-hague', kind: 'repeater', label: 'The Hague', latitude: 52.0705, longitude: 4.3007 },
        { key: 'leiden', kind: 'repeater', label: 'Leiden', latitude: 52.1601, longitude: 4.497 },
        { key: 'amsterdam', kind: 'end-node', label: 'Amsterdam', latitude: 52.3676, longitude: 4.9041 },
        { key: 'utrecht', kind: 'end-node', label: 'Utrecht', latitude: 52.0907, longitude: 5.1214 },
        { key: 'texel', kind: 'end-node', label: 'Texel', latitude: 53.0546, longitude: 4.7977 },
      ],
      edges: [
        {
          key: 'delft-hague',
          source: 'delft',
          target: 'the-hague',
          kind: 'fibre',
          lengthM: 10_000,
          rateHz: 118,
          fidelity: 0.93,
        },
        {
          key: 'hague-leiden',
          source: 'the-hague',
          target: 'leiden',
          kind: 'fibre',
          lengthM: 17_000,
          rateHz: 74,
          fidelity: 0.925,
        },
        {
          key: 'leiden-amsterdam',
          source: 'leiden',
          target: 'amsterdam',
          kind: 'fibre',
          lengthM: 37_000,
          rateHz: 19.5,
          fidelity: 0.91,
        },
        {
          key: 'delft-utrecht',
          source: 'delft',
          target: 'utrecht',
          kind: 'fibre',
          lengthM: 55_000,
          rateHz: 6.2,
          fidelity: 0.72,
        },
      ],
    },
    demands: [
      {
        key: 'qkd-delft-amsterdam',
        source: 'delft',
        target: 'amsterdam',
        targetFidelity: 0.8,
        requestedRateHz: 2,
        status: 'ok',
        route: {
          nodes: ['delft', 'the-hague', 'leiden', 'amsterdam'],
          edges: ['delft-hague', 'hague-leiden', 'leiden-amsterdam'],
          lengthM: 64_000,
        },
        rateHz: 3.1,
        unallocatedRateHz: 4.4,
        fidelity: 0.813,
        latencyS: 0.32,
        jitterS: 0.29,
        purificationRounds: 0,
        bottleneck: {
          edgeKey: 'leiden-amsterdam',
          reason: 'longest hop: lowest elementary-link rate (19.5 pairs/s)',
        },
        bound: {
          plobPairsPerS: 2.1e8,
          minCutPairsPerS: 19.5,
          description:
            'PLOB bound of the bottleneck link at a 1 GHz mode rate; min-cut over elementary-link rates.',
        },
        effectiveBandwidth: {
          pairsPerS: 3.1,
          qubitsPerS: 3.1,
          classicalLimited: false,
          note: 'Teleportation needs 2 classical bits per qubit; the 1 Gbit/s classical link is not the limit.',
        },
        alternatives: [
          { label: 'via utrecht', status: 'no-route', explanation: 'no fibre from utrecht to amsterdam' },
          { label: 'one round DEJMPS', rateHz: 1.2, fidelity: 0.88, latencyS: 0.81, status: 'ok' },
        ],
        methods: ['rate: swap-asap chain waiting time, exact (Brand et al. 2020)'],
      },
      {
        key: 'sensing-delft-utrecht',
        source: 'delft',
        target: 'utrecht',
        targetFidelity: 0.99,
        status: 'unreachable',
        explanation:
          'Target fidelity 0.99 is above the DEJMPS fixed point (0.978) reachable from link fidelity 0.72 with 0.5 % gate error.',
        route: { nodes: ['delft', 'utrecht'], edges: ['delft-utrecht'], lengthM: 55_000 },
        unallocatedRateHz: 0,
        bottleneck: { edgeKey: 'delft-utrecht', reason: 'link fidelity 0.72 limits purification' },
      },
      {
        key: 'island-texel',
        source: 'amsterdam',
        target: 'texel',
        targetFidelity: 0.7,
        status: 'no-route',
        explanation: 'texel has no links: add a fibre or free-space edge.',
      },
    ],
    allocation: {
      objective: 'max-min-fair',
      status: 'optimal',
      message: 'HiGHS: optimal',
      totalRateHz: 3.1,
      constraints: [
        { kind: 'edge', key: 'leiden-amsterdam', utilisation: 0.7045, binding: false },
        { kind: 'node', key: 'leiden', utilisation: 1, binding: true },
      ],
    },
    charts: [
      {
        id: 'rate-vs-distance',
        title: 'End-to-end rate versus distance',
        kind: 'line',
        xLabel: 'distance (m)',
        yLabel: 'rate (pairs/s)',
        logY: true,
        series: [
          {
            label: 'no repeater',
            points: [
              { x: 10_000, y: 118 },
              { x: 30_000, y: 40 },
              { x: 64_000, y: 4.9 },
              { x: 100_000, y: 0.6 },
            ],
          },
          {
            label: '2 repeaters',
            points: [
              { x: 10_000, y: 60 },
              { x: 30_000, y: 31 },
              { x: 64_000, y: 3.1 },
              { x: 100_000, y: 1.4 },
            ],
          },
        ],
        markers: [{ x: 64_000, label: 'qkd-delft-amsterdam' }],
      },
      {
        id: 'rate-per-demand',
        title: 'Delivered rate per demand',
        kind: 'bar',
        xLabel: 'demand index',
        yLabel: 'rate (pairs/s)',
        series: [
          {
            label: 'delivered',
            points: [
              { x: 1, y: 3.1 },
              { x: 2, y: 0 },
              { x: 3, y: 0 },
            ],
          },
          {
            label: 'requested',
            points: [
              { x: 1, y: 2 },
              { x: 2, y: 1 },
              { x: 3, y: 0.5 },
            ],
          },
        ],
      },
    ],
    assumptions: [
      'Fibre attenuation is 0.2 dB/km on every link.',
      'Memories dephase exponentially with T2 = 1 s.',
      'Classical messages travel at 2e8 m/s.',
    ],
    methods: [
      'Elementary-link rate: midpoint-source heralding, exact.',
      'End-to-end fidelity: Bell-diagonal composition of Werner states, exact under twirling.',
      'Latency: mean of the chain waiting time, approximation (cut-off neglected).',
    ],
    references: [
      'S. Pirandola, R. Laurenza, C. Ottaviani, L. Banchi, Fundamental limits of repeaterless quantum communications, Nat. Commun. 8, 15043 (2017).',
      'S. Brand, T. Coopmans, D. Elkouss, Efficient computation of the waiting time and fidelity in quantum repeater chains, IEEE JSAC 38, 619 (2020).',
    ],
  };
}
