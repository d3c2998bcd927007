/**
 * Chart data for the selected link in the app: the elementary-link rate and fidelity against distance for the
 * edge's own hardware (the planner's edge model, edgePhysicsOf, re-evaluated with only the length changed, next
 * to the PLOB bound it reports), and the purification trade-off of that link: delivered rate against fidelity
 * after 0, 1, 2, ... rounds of recurrence and of pumping (DEJMPS, with the noisier end node's gates), keeping
 * the rounds that improve on all fewer rounds.
 * Sources: the models behind edgePhysicsOf (network/planner/edge-physics.ts: Sangouard et al. 2011; Barrett &
 * Kok 2005; PLOB, Pirandola et al. 2017) and the schedules of physics/purification-schedule.ts (Duer & Briegel
 * 2007): rate after k rounds = link rate / expected raw pairs per output pair.
 * Assumptions: fibre, direct free-space and microwave edges (with an attenuation) are swept over 0..max(2 L,
 * 100 km); satellite and carrier edges have no distance sweep (their rate does not follow one length); points
 * where the link yields no pairs are left out (never Infinity or NaN). DOM-free.
 */
import { metresToKm } from '../../core/index.js';
import {
  edgePhysicsOf,
  routeNodeOf,
  type EdgePhysics,
  type Scenario,
  type ScenarioEdge,
} from '../../network/index.js';
import {
  pumpingSchedule,
  recurrenceSchedule,
  wernerState,
  type BellDiagonal,
  type LocalOperationNoise,
  type PurificationRound,
} from '../../physics/index.js';
import type { ChartSpec } from '../../report/index.js';

/** Points of the distance sweep (including 0). */
export const SWEEP_POINTS = 41;
/** Shortest sweep, m. */
export const MIN_SWEEP_LENGTH = 100_000;
/** Purification rounds shown. */
export const PURIFICATION_ROUNDS = 5;

/** The edge's length as the sweep reads it, m, or undefined when it has no sweepable length. */
export function sweepableLength(edge: ScenarioEdge): number | undefined {
  if (edge.kind === 'fibre') return edge.length;
  if (edge.kind === 'free-space') return edge.path.kind === 'direct' ? edge.path.distance : undefined;
  if (edge.kind === 'microwave') return edge.attenuation === undefined ? undefined : edge.length;
  return undefined;
}

/** The same edge at another length (other fields unchanged). */
export function edgeAtLength(edge: ScenarioEdge, length: number): ScenarioEdge | undefined {
  switch (edge.kind) {
    case 'fibre':
      return { ...edge, length };
    case 'free-space':
      return edge.path.kind === 'direct' ? { ...edge, path: { ...edge.path, distance: length } } : undefined;
    case 'microwave':
      return edge.attenuation === undefined
        ? undefined
        : { ...edge, length, transmissivity: Math.pow(10, (-edge.attenuation * length) / 10) };
    case 'carrier':
      return undefined;
  }
}

/** The physics of one edge of the scenario as the planner computes it. */
export function physicsOfEdge(scenario: Scenario, edge: ScenarioEdge): EdgePhysics {
  return edgePhysicsOf({ ...scenario, edges: [edge] }).get(edge.key)!;
}

/** The selected edge, else the first edge whose physics is usable (undefined when there is none). */
function chosenEdge(scenario: Scenario, selectedEdgeId: string | null): ScenarioEdge | undefined {
  const selected = selectedEdgeId === null ? undefined : scenario.edgeByKey.get(selectedEdgeId);
  if (selected) return selected;
  return scenario.edges.find((edge) => physicsOfEdge(scenario, edge).usable);
}

/**
 * Rate and fidelity against distance for the selected (or first usable) edge's hardware, and its purification
 * trade-off. Empty when the scenario has no edge with usable physics; the distance charts are left out for edges
 * without a sweepable length.
 */
export function linkChartSpecs(scenario: Scenario, selectedEdgeId: string | null): ChartSpec[] {
  const edge = chosenEdge(scenario, selectedEdgeId);
  if (!edge) return [];
  const physics = physicsOfEdge(scenario, edge);
  if (!physics.usable) return [];
  return [...distanceCharts(scenario, edge), purificationTradeOffChart(scenario, edge, physics)];
}

function distanceCharts(scenario: Scenario, edge: ScenarioEdge): ChartSpec[] {
  const length = sweepableLength(edge);
  if (length === undefined) return [];
  const maximum = Math.max(2 * length, MIN_SWEEP_LENGTH);
  const rate: { x: number; y: number }[] = [];
  const falseHeralds: { x: number; y: number }[] = [];
  const bound: { x: number; y: number }[] = [];
  const fidelity: { x: number; y: number }[] = [];
  for (let index = 0; index < SWEEP_POINTS; index++) {
    const at = (maximum * index) / (SWEEP_POINTS - 1);
    const physics = physicsOfEdge(scenario, edgeAtLength(edge, at)!);
    if (!physics.usable) continue;
    const x = metresToKm(at);
    // Far enough out, dark counts herald most "pairs": they come at a rate above the PLOB bound but carry no
    // entanglement (F <= 1/2), so they are drawn as their own series rather than as more link rate.
    if (physics.rate > 0 && Number.isFinite(physics.rate)) {
      (physics.fidelity > 0.5 ? rate : falseHeralds).push({ x, y: physics.rate });
    }
    if (physics.capacityBound > 0 && Number.isFinite(physics.capacityBound))
      bound.push({ x, y: physics.capacityBound });
    if (Number.isFinite(physics.fidelity)) fidelity.push({ x, y: physics.fidelity });
  }
  const marker = [{ x: metresToKm(length), label: `edge ${edge.key}` }];
  const scheme = 'scheme' in edge ? edge.scheme : 'deterministic';
  const xLabel = `${edge.kind === 'free-space' ? 'line-of-sight distance' : `${edge.kind} length`} (km)`;
  return [
    {
      id: 'link-rate-vs-distance',
      title: `Elementary link rate against distance, hardware of edge "${edge.key}" (${edge.kind}, ${scheme})`,
      kind: 'line',
      xLabel,
      yLabel: 'pairs per second',
      logY: true,
      series: [
        { label: 'link rate (entangled, F > 1/2)', points: rate },
        { label: 'PLOB bound at the same mode rate', points: bound },
        ...(falseHeralds.length > 0
          ? [{ label: 'heralds with F <= 1/2 (dark counts, no entanglement)', points: falseHeralds }]
          : []),
      ],
      markers: marker,
    },
    {
      id: 'link-fidelity-vs-distance',
      title: `Elementary link fidelity against distance, hardware of edge "${edge.key}"`,
      kind: 'line',
      xLabel,
      yLabel: 'fidelity',
      series: [{ label: 'fresh-pair fidelity', points: fidelity }],
      markers: marker,
    },
  ];
}

/** The gate and measurement noise of the noisier end of the edge (the planner's node model). */
function noisierEnd(scenario: Scenario, edge: ScenarioEdge): LocalOperationNoise {
  const noises = [edge.source, edge.target].map(
    (key) => routeNodeOf(scenario.nodeByKey.get(key)!).node.localNoise ?? {},
  );
  const quality = (noise: LocalOperationNoise) =>
    (noise.twoQubitGateReliability ?? 1) * (noise.measurementFidelity ?? 1);
  return noises.reduce((worst, noise) => (quality(noise) < quality(worst) ? noise : worst));
}

function purificationTradeOffChart(
  scenario: Scenario,
  edge: ScenarioEdge,
  physics: EdgePhysics & { usable: true },
): ChartSpec {
  const state: BellDiagonal =
    physics.hop.kind === 'heralded' ? physics.hop.link.state : wernerState(physics.fidelity);
  const options = { initialState: state, protocol: 'dejmps' as const, noise: noisierEnd(scenario, edge) };
  const series = (name: string, rounds: PurificationRound[]) => {
    const kept = worthwhileRounds(rounds).filter(
      (round) => Number.isFinite(round.fidelity) && physics.rate / round.expectedRawPairs > 0,
    );
    return {
      label: `${name}, rounds ${kept.map((round) => round.round).join(', ')}`,
      points: kept.map((round) => ({ x: round.fidelity, y: physics.rate / round.expectedRawPairs })),
    };
  };
  return {
    id: 'purification-trade-off',
    title: `Purification trade-off on edge "${edge.key}": rate against fidelity, up to ${PURIFICATION_ROUNDS} rounds (DEJMPS)`,
    kind: 'line',
    xLabel: 'fidelity after purification',
    yLabel: 'pairs per second',
    logY: true,
    series: [
      series('recurrence', recurrenceSchedule(options, PURIFICATION_ROUNDS)),
      series('pumping', pumpingSchedule(options, PURIFICATION_ROUNDS)),
    ],
  };
}

/**
 * The rounds worth doing: round 0 and each later round that beats the fidelity of every round before it (a
 * round that ends below an earlier fidelity costs more pairs for less; with noisy gates the first DEJMPS round
 * can lower the fidelity of a non-Werner pair). So fidelity rises along the series and rate falls.
 */
export function worthwhileRounds(rounds: readonly PurificationRound[]): PurificationRound[] {
  const kept: PurificationRound[] = [];
  for (const round of rounds)
    if (kept.length === 0 || round.fidelity > kept[kept.length - 1]!.fidelity) kept.push(round);
  return kept;
}
