/**
 * How many independent copies of the route's protocol ("chains") the nodes' memories can run in parallel.
 *
 * Model (stated, following the planner issue): one chain holds one qubit per side at each repeater (two in
 * all: it swaps the link to its left with the link to its right) and one at each end node. Purification
 * needs more while pairs wait for partners: recurrence with k rounds keeps at most one pair per level plus
 * the arriving one (k + 1 qubits per side, as in a binary counter), pumping keeps the kept pair and the
 * fresh one (2 per side). A node with m memory qubits that needs n per chain supports floor(m / n) chains,
 * and the route runs min over nodes of that many chains, each with the full single-chain rate (assumption:
 * every memory slot has its own link interface or the links are multiplexed across memories, so chains are
 * independent). Nodes without a memory count do not limit; with no count anywhere the route runs one chain.
 */
import type { PurificationScheme } from '../../physics/purification-schedule.js';
import type { ResolvedNode } from './resolve-route.js';

/** Purification held in memory at each node. */
export interface MemoryDemand {
  readonly scheme: PurificationScheme;
  /** End-to-end purification rounds (held at the end nodes). */
  readonly endToEndRounds: number;
  /** Per-link purification rounds of each hop (held at both its nodes). */
  readonly perLinkRounds: readonly number[];
}

/** Parallel chains, or the node that allows none. */
export type MemorySlots =
  | { readonly ok: true; readonly chains: number }
  | { readonly ok: false; readonly nodeIndex: number; readonly explanation: string };

function qubitsPerSide(scheme: PurificationScheme, rounds: number): number {
  if (rounds === 0) return 1;
  return scheme === 'recurrence' ? rounds + 1 : 2;
}

/** Memory qubits one chain needs at each node. */
export function qubitsPerChain(hops: number, demand: MemoryDemand): number[] {
  return Array.from({ length: hops + 1 }, (_, node) => {
    let need = 0;
    if (node >= 1) need += qubitsPerSide(demand.scheme, demand.perLinkRounds[node - 1] ?? 0);
    if (node <= hops - 1) need += qubitsPerSide(demand.scheme, demand.perLinkRounds[node] ?? 0);
    if (node === 0 || node === hops) need *= qubitsPerSide(demand.scheme, demand.endToEndRounds);
    return need;
  });
}

/** Number of parallel chains the nodes' memories allow (file header). */
export function parallelChains(nodes: readonly ResolvedNode[], demand: MemoryDemand): MemorySlots {
  const needs = qubitsPerChain(nodes.length - 1, demand);
  let chains = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    if (node.memoryCount === undefined) continue;
    const need = needs[node.index]!;
    const slots = Math.floor(node.memoryCount / need);
    if (slots === 0) {
      return {
        ok: false,
        nodeIndex: node.index,
        explanation: `node '${node.key}' has ${node.memoryCount} memory qubit(s) but one chain needs ${need} there${need > 2 ? ' (including pairs held for purification)' : ''}`,
      };
    }
    chains = Math.min(chains, slots);
  }
  return { ok: true, chains: Number.isFinite(chains) ? chains : 1 };
}
