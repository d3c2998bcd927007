/**
 * The ways of purifying a route whose raw fidelity is below the target, as service candidates: end-to-end
 * and per-link placement (purification-plan.ts), each checked against the nodes' memories (memory-slots.ts).
 * With placement 'auto' both are built, and per-link is abandoned early when it cannot beat end-to-end.
 */
import { parallelChains } from './memory-slots.js';
import { candidateRate, type ServiceCandidate } from './path-result.js';
import { planEndToEnd, planPerLink } from './purification-plan.js';
import type { ResolvedRoute } from './resolve-route.js';
import type { RouteEvaluation } from './route-evaluation.js';

/** Candidates that reach the target, why the others failed, and a per-link bound that lost to end-to-end. */
export interface PurificationCandidates {
  readonly candidates: readonly ServiceCandidate[];
  readonly failures: readonly string[];
  /** Set when per-link purification was abandoned because it could not beat end-to-end. */
  readonly outpaced: string | undefined;
}

/**
 * Builds the purification candidates of `route` for its placement option.
 * @param evaluation the route's raw evaluation (no purification).
 * @param rawChains parallel chains without purification.
 */
export function purificationCandidates(
  route: ResolvedRoute,
  evaluation: RouteEvaluation,
  rawChains: number,
): PurificationCandidates {
  const { hops, nodes, options } = route;
  const zeros = hops.map(() => 0);
  const rawFidelity = evaluation.state.phiPlus;
  const baseMethods = evaluation.figures.methods;
  const candidates: ServiceCandidate[] = [];
  const failures: string[] = [];
  if (options.placement !== 'per-link') {
    const plan = planEndToEnd(evaluation.state, nodes, options);
    if (!plan.ok) failures.push(plan.explanation);
    else {
      const slots = parallelChains(nodes, {
        scheme: options.scheme,
        endToEndRounds: plan.rounds,
        perLinkRounds: zeros,
      });
      if (!slots.ok) failures.push(`end-to-end purification: ${slots.explanation}`);
      else {
        candidates.push({
          placement: 'end-to-end',
          evaluation,
          state: plan.state,
          endToEndRounds: plan.rounds,
          endToEndPairs: plan.rawPairsPerPair,
          chains: slots.chains,
          methods: [
            `exact: end-to-end ${options.scheme} purification (${options.protocol}) with the noise of node '${plan.noiseNode.key}', ${plan.rounds} round(s), expected raw pairs per pair counting failed steps (Duer & Briegel 2007)`,
            'approximation: jitter with purification scales the raw-pair standard deviation by sqrt(raw pairs per pair)',
          ],
        });
      }
    }
  }
  let outpaced: string | undefined;
  if (options.placement !== 'end-to-end') {
    const rival = candidates[0];
    const bound = rival && { rateToBeat: candidateRate(route, rival), chains: rawChains };
    const plan = planPerLink(route, rawFidelity, bound);
    if (!plan.ok && plan.outpaced) outpaced = plan.explanation;
    else if (!plan.ok) failures.push(plan.explanation);
    else {
      const perLinkRounds = plan.hops.map((hop) => hop.rounds);
      const slots = parallelChains(nodes, { scheme: options.scheme, endToEndRounds: 0, perLinkRounds });
      if (!slots.ok) failures.push(`per-link purification: ${slots.explanation}`);
      else {
        candidates.push({
          placement: 'per-link',
          evaluation: plan.evaluation,
          state: plan.evaluation.state,
          endToEndRounds: 0,
          endToEndPairs: 1,
          perLink: plan.hops,
          chains: slots.chains,
          methods: [
            ...plan.evaluation.figures.methods.filter((method) => !baseMethods.includes(method)),
            `exact: per-link ${options.scheme} purification (${options.protocol}) of each hop with its nodes' noise, up to ${plan.rounds} round(s)`,
            'approximation: a purified hop is a hop with success probability p / (raw links per purified link), same mean',
          ],
        });
      }
    }
  }
  return { candidates, failures, outpaced };
}
