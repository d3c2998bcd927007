/**
 * Path analysis: end-to-end rate at a target fidelity, latency, jitter and bottleneck of one route whose hops
 * may differ (fibre, free-space, transduced and delivered hops, each node with its own memories and gates).
 *
 * Pipeline: validate (resolve-route.ts) -> hop timings (hop-timing.ts) -> waiting time, link consumption and
 * memory decay of the swap policy (parallel-policy.ts, sequential-policy.ts) -> mean end-to-end state by
 * swapping with each node's noise and the route's expected memory channel (route-evaluation.ts) -> memory
 * slots (memory-slots.ts) -> purification when the raw fidelity is below the target (purification-plan.ts;
 * 'auto' takes the placement with the higher delivered rate) -> rates, latency, per-hop figures
 * (path-result.ts) and bottleneck (bottleneck.ts). Every figure is labelled "exact: ..." or
 * "approximation: ..." in `methods`, and the modelling assumptions are listed in `assumptions`.
 * Sources: physics.md §1-§5 (Sangouard et al., RMP 83, 33 (2011); Duer et al., PRA 59, 169 (1999); Duer &
 * Briegel, RPP 70, 1381 (2007); Brand, Coopmans & Elkouss, IEEE JSAC 38, 619 (2020)).
 */
import { findBottleneck } from './bottleneck.js';
import { purificationCandidates } from './purification-candidates.js';
import { parallelChains } from './memory-slots.js';
import { assemblePerformance, candidateRate, hopIdentity, type ServiceCandidate } from './path-result.js';
import type { PathAnalysisOptions, PathPerformance, Route } from './path-types.js';
import { resolveRoute, type ResolvedRoute } from './resolve-route.js';
import { composeHopStates, evaluateRoute, type RouteEvaluation } from './route-evaluation.js';

const COMMON_ASSUMPTIONS: readonly string[] = [
  'hops are independent; each heralded hop repeats independent attempts of fixed duration and success probability (physics.md §1)',
  "'delivered' hops supply Werner pairs as a Poisson stream at their rate; their latency adds to the route latency",
  'swaps and classical processing take no time in the waiting-time model; classical signalling of swap and purification outcomes is added to the latency (Pauli-frame tracking)',
  'memories decohere while a qubit waits for other links; decoherence during final signalling and while raw pairs wait to be purified is neglected',
  'purification acts on the mean raw state, with the noisier node of the pair of nodes that perform it',
  'parallel chains: every memory slot has its own link interface, chains are independent and share delivered hops',
];

function policyAssumptions(route: ResolvedRoute): string[] {
  const { swapPolicy, cutoff } = route.options;
  const assumptions: string[] = [];
  if (swapPolicy === 'swap-asap') assumptions.push('swap-asap: a failed swap restarts the whole chain');
  if (swapPolicy === 'nested')
    assumptions.push(
      'nested: a failed swap restarts the range it joins; ranges split in halves, the left half rounded up',
    );
  if (swapPolicy === 'sequential')
    assumptions.push(
      'sequential: hop k starts only after the chain over hops 0..k-1 exists; a failed swap or cutoff discard restarts from hop 0',
    );
  if (Number.isFinite(cutoff)) {
    assumptions.push(
      swapPolicy === 'sequential'
        ? `cutoff ${cutoff} s: a stored chain waits at most this long for the next hop's link`
        : `cutoff ${cutoff} s: a round is discarded when its oldest link exceeds the cutoff before the chain completes`,
    );
  }
  return assumptions;
}

const COMPOSITION_METHOD =
  "exact: end-to-end state by Bell-diagonal swap composition with each node's gate and measurement noise (Duer et al. 1999) and the expected memory Pauli channel";

function rawCandidate(evaluation: RouteEvaluation, chains: number): ServiceCandidate {
  return {
    placement: 'none',
    evaluation,
    state: evaluation.state,
    endToEndRounds: 0,
    endToEndPairs: 1,
    chains,
    methods: [],
  };
}

function noRate(
  route: ResolvedRoute,
  hopIndex: number,
  explanation: string,
  methods: readonly string[],
): PathPerformance {
  const freshFidelity = composeHopStates(
    route.hops.map((hop) => hop.state),
    route.nodes,
  ).phiPlus;
  return {
    status: 'no-rate',
    explanation,
    deliveredRate: 0,
    rawRate: 0,
    deliveredFidelity: freshFidelity,
    rawFidelity: freshFidelity,
    latency: 0,
    jitter: 0,
    purificationRounds: 0,
    purificationPlacement: 'none',
    pairsConsumedPerDelivered: 1,
    parallelChains: 0,
    meanRawWaitingTime: 0,
    bottleneck: { hopIndex, edgeKey: route.hops[hopIndex]!.edgeKey, reason: explanation },
    perHop: route.hops.map((hop) => ({
      ...hopIdentity(hop),
      meanGenerationTime: hop.rate > 0 ? 1 / hop.rate : 0,
      meanWaitingTime: 0,
      decayFactor: 1,
      purificationRounds: 0,
      pairsPerDelivered: 1,
    })),
    methods,
    assumptions: [...COMMON_ASSUMPTIONS, ...policyAssumptions(route)],
  };
}

/** The first reason the route can never deliver, if any. */
function zeroRateReason(route: ResolvedRoute): { hopIndex: number; explanation: string } | undefined {
  for (const hop of route.hops) {
    if (!(hop.rate > 0) || !Number.isFinite(1 / hop.rate)) {
      return {
        hopIndex: hop.index,
        explanation:
          hop.kind === 'delivered'
            ? `hop '${hop.edgeKey}' delivers no pairs (rate ${hop.rate} Hz)`
            : `hop '${hop.edgeKey}' never succeeds (success probability ${hop.successProbability} per attempt)`,
      };
    }
  }
  for (const node of route.nodes.slice(1, -1)) {
    if (node.swapSuccessProbability === 0) {
      return {
        hopIndex: node.index - 1,
        explanation: `node '${node.key}' cannot swap (Bell-measurement success probability 0)`,
      };
    }
  }
  return undefined;
}

/**
 * Analyses one route: the end-to-end rate of pairs at or above the target fidelity, with latency, jitter,
 * bottleneck, per-hop figures, methods and assumptions (see the file header and {@link PathPerformance}).
 * Never returns NaN or Infinity: a route that cannot deliver has status 'no-rate', a target above what
 * purification reaches has status 'unreachable', each with an explanation.
 * @throws ParameterError naming the field (e.g. `hops[2].link.successProbability`) for invalid input.
 */
export function analysePath(route: Route, options: PathAnalysisOptions): PathPerformance {
  const resolved = resolveRoute(route, options);
  const { hops, nodes, options: settings } = resolved;
  const blocked = zeroRateReason(resolved);
  if (blocked) return noRate(resolved, blocked.hopIndex, blocked.explanation, []);
  const raw = evaluateRoute(resolved);
  if (!raw.ok) return noRate(resolved, raw.hopIndex, raw.reason, []);
  const evaluation = raw.evaluation;
  const baseMethods = [...evaluation.figures.methods, COMPOSITION_METHOD];
  if (!(evaluation.figures.meanWaiting > 0) || !Number.isFinite(evaluation.figures.meanWaiting)) {
    return noRate(
      resolved,
      0,
      'the waiting time for one end-to-end pair is too long to represent',
      baseMethods,
    );
  }
  const rawSlots = parallelChains(nodes, {
    scheme: settings.scheme,
    endToEndRounds: 0,
    perLinkRounds: hops.map(() => 0),
  });
  if (!rawSlots.ok) {
    return noRate(resolved, Math.min(rawSlots.nodeIndex, hops.length - 1), rawSlots.explanation, baseMethods);
  }
  const rawService = rawCandidate(evaluation, rawSlots.chains);
  const rawFidelity = evaluation.state.phiPlus;
  const assumptions = [...COMMON_ASSUMPTIONS, ...policyAssumptions(resolved)];
  const bottleneckFor = (chosen: RouteEvaluation, unreachable: boolean) =>
    findBottleneck({
      hops,
      nodes,
      evaluation: chosen,
      rawFidelity,
      targetFidelity: settings.targetFidelity,
      unreachable,
    });
  if (rawFidelity >= settings.targetFidelity) {
    return assemblePerformance(resolved, rawService, {
      status: 'ok',
      raw: rawService,
      bottleneck: bottleneckFor(evaluation, false),
      assumptions,
      methods: baseMethods,
    });
  }
  const { candidates, failures, outpaced } = purificationCandidates(resolved, evaluation, rawSlots.chains);
  if (candidates.length === 0) {
    return assemblePerformance(resolved, rawService, {
      status: 'unreachable',
      explanation: failures.join('; '),
      raw: rawService,
      bottleneck: bottleneckFor(evaluation, true),
      assumptions,
      methods: baseMethods,
    });
  }
  const best = candidates.reduce((chosen, candidate) =>
    candidateRate(resolved, candidate) > candidateRate(resolved, chosen) ? candidate : chosen,
  );
  const note =
    settings.placement === 'auto' && candidates.length === 2
      ? `auto placement chose ${best.placement} purification (${candidates.map((c) => `${c.placement} ${candidateRate(resolved, c).toPrecision(4)} pairs/s`).join(' vs ')})`
      : outpaced !== undefined
        ? `auto placement chose ${best.placement} purification (${candidateRate(resolved, best).toPrecision(4)} pairs/s; ${outpaced})`
        : failures.length > 0
          ? `${best.placement} purification chosen; the other placement failed: ${failures.join('; ')}`
          : undefined;
  return assemblePerformance(resolved, best, {
    status: 'ok',
    ...(note === undefined ? {} : { explanation: note }),
    raw: rawService,
    bottleneck: bottleneckFor(best.evaluation, false),
    assumptions,
    methods: [...baseMethods, ...best.methods],
  });
}
