/**
 * Rates, latency and per-hop figures of one way of serving a route (no purification, end-to-end or per-link),
 * and their assembly into a {@link PathPerformance}.
 *
 * Rate: parallel chains / (mean raw waiting time x end-to-end raw pairs per delivered pair), never more than a
 * delivered hop supplies (its rate / its pairs per delivered pair), since the chains share its pairs.
 * Latency (the planner issue's definition): mean time to the first delivered pair on one chain (the raw
 * waiting time, which includes heralding, times the end-to-end raw pairs per pair) + the one-way classical
 * signalling across the route of the swap outcomes (sum of the hops' classical delays; none for one hop) +
 * the per-swap processing latency + one classical round trip per purification round (across the route for
 * end-to-end placement, across the slowest hop for per-link placement) + the delivered hops' latencies.
 * Jitter: standard deviation of the waiting time; with end-to-end purification, that of one raw pair times
 * sqrt(raw pairs per pair) (approximation: the raw pairs' waiting times add as independent variables).
 */
import type { Hertz, Seconds } from '../../core/index.js';
import type { BellDiagonal } from '../../physics/bell-diagonal.js';
import type { PathBottleneck, PathPerformance, PerHopPerformance } from './path-types.js';
import type { ResolvedHop, ResolvedRoute } from './resolve-route.js';
import type { HopPurification, RouteEvaluation } from './route-evaluation.js';

/** One way of serving the route. */
export interface ServiceCandidate {
  readonly placement: 'none' | 'end-to-end' | 'per-link';
  readonly evaluation: RouteEvaluation;
  /** Mean state of a delivered pair. */
  readonly state: BellDiagonal;
  readonly endToEndRounds: number;
  /** End-to-end raw pairs per delivered pair (1 without end-to-end purification). */
  readonly endToEndPairs: number;
  /** Per-link purification of each hop, if any. */
  readonly perLink?: readonly HopPurification[];
  readonly chains: number;
  readonly methods: readonly string[];
}

/** Elementary pairs each hop generates per delivered pair. */
export function pairsPerDelivered(candidate: ServiceCandidate): number[] {
  return candidate.evaluation.figures.generationsPerPair.map(
    (generations, hop) =>
      generations * candidate.endToEndPairs * (candidate.perLink?.[hop]?.rawPairsPerLink ?? 1),
  );
}

/** Delivered end-to-end pairs per second of a candidate. */
export function candidateRate(route: ResolvedRoute, candidate: ServiceCandidate): Hertz {
  const perChain = 1 / (candidate.evaluation.figures.meanWaiting * candidate.endToEndPairs);
  const pairs = pairsPerDelivered(candidate);
  let rate = candidate.chains * perChain;
  route.hops.forEach((hop, index) => {
    if (hop.kind === 'delivered') rate = Math.min(rate, hop.rate / pairs[index]!);
  });
  return rate;
}

/** Latency of a candidate (file header). */
export function candidateLatency(route: ResolvedRoute, candidate: ServiceCandidate): Seconds {
  const { hops, options } = route;
  const oneWay = hops.reduce((sum, hop) => sum + hop.classicalDelay, 0);
  const waiting = candidate.evaluation.figures.meanWaiting * candidate.endToEndPairs;
  const signalling = hops.length > 1 ? oneWay + (hops.length - 1) * options.classicalLatencyPerSwap : 0;
  const endToEnd = candidate.endToEndRounds * 2 * oneWay;
  const perLink = Math.max(
    0,
    ...hops.map((hop, index) => (candidate.perLink?.[index]?.rounds ?? 0) * 2 * hop.classicalDelay),
  );
  const delivered = hops.reduce((sum, hop) => sum + hop.latency, 0);
  return waiting + signalling + endToEnd + perLink + delivered;
}

/** Standard deviation of the waiting time for a delivered pair (file header). */
export function candidateJitter(candidate: ServiceCandidate): Seconds {
  return Math.sqrt(candidate.evaluation.figures.waitingVariance * candidate.endToEndPairs);
}

/** The per-hop figures that come from the hop alone, before any analysis. */
export function hopIdentity(
  hop: ResolvedHop,
): Pick<
  PerHopPerformance,
  'edgeKey' | 'kind' | 'rate' | 'fidelity' | 'attemptDuration' | 'successProbability'
> {
  return {
    edgeKey: hop.edgeKey,
    kind: hop.kind,
    rate: hop.rate,
    fidelity: hop.fidelity,
    attemptDuration: hop.attemptDuration,
    successProbability: hop.successProbability,
  };
}

/** Per-hop figures of a candidate. */
export function perHopFigures(route: ResolvedRoute, candidate: ServiceCandidate): PerHopPerformance[] {
  const pairs = pairsPerDelivered(candidate);
  const { evaluation } = candidate;
  return route.hops.map((hop, index) => {
    const storage = evaluation.figures.meanStorage[index]!;
    // hopIdentity's fields written out: one flat literal takes about half the memory of a spread copy, and
    // long plans keep one of these per hop of every route (issue 3).
    return {
      edgeKey: hop.edgeKey,
      kind: hop.kind,
      rate: hop.rate,
      fidelity: hop.fidelity,
      attemptDuration: hop.attemptDuration,
      successProbability: hop.successProbability,
      meanGenerationTime: evaluation.timings[index]!.mean,
      meanWaitingTime: (storage[0] + storage[1]) / 2,
      decayFactor: evaluation.hopDecayFactors[index]!,
      purificationRounds: candidate.perLink?.[index]?.rounds ?? 0,
      pairsPerDelivered: pairs[index]!,
    };
  });
}

/** Inputs of {@link assemblePerformance} besides the route and candidate. */
export interface AssemblyInput {
  readonly status: PathPerformance['status'];
  readonly explanation?: string;
  /** Raw candidate (no purification), for rawRate and rawFidelity. */
  readonly raw: ServiceCandidate;
  readonly bottleneck: PathBottleneck;
  readonly assumptions: readonly string[];
  readonly methods: readonly string[];
}

/** Builds the result for `candidate` (the chosen service, or the raw one when the target is unreachable). */
export function assemblePerformance(
  route: ResolvedRoute,
  candidate: ServiceCandidate,
  input: AssemblyInput,
): PathPerformance {
  const ok = input.status === 'ok';
  const perLinkRounds = candidate.perLink?.map((hop) => hop.rounds) ?? [0];
  const consumed =
    candidate.placement === 'per-link'
      ? Math.max(...(candidate.perLink ?? []).map((hop) => hop.rawPairsPerLink))
      : candidate.endToEndPairs;
  return {
    status: input.status,
    ...(input.explanation === undefined ? {} : { explanation: input.explanation }),
    deliveredRate: ok ? candidateRate(route, candidate) : 0,
    rawRate: candidateRate(route, input.raw),
    deliveredFidelity: candidate.state.phiPlus,
    rawFidelity: input.raw.state.phiPlus,
    latency: candidateLatency(route, candidate),
    jitter: candidateJitter(candidate),
    purificationRounds:
      candidate.placement === 'per-link' ? Math.max(...perLinkRounds) : candidate.endToEndRounds,
    purificationPlacement: candidate.placement,
    pairsConsumedPerDelivered: consumed,
    parallelChains: candidate.chains,
    meanRawWaitingTime: candidate.evaluation.figures.meanWaiting,
    bottleneck: input.bottleneck,
    perHop: perHopFigures(route, candidate),
    methods: input.methods,
    assumptions: input.assumptions,
  };
}
