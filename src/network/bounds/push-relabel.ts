/**
 * Minimum s-t cut values for many queries on one compiled undirected flow network (max-flow.ts) by the
 * push-relabel method (Goldberg & Tarjan, J. ACM 35, 921 (1988)) with FIFO selection, global relabelling by
 * a backward breadth-first search from the target, and the gap heuristic (Cherkassky & Goldberg,
 * Algorithmica 19, 390 (1997)). Only the first phase runs (a maximum preflow): the nodes that can still reach
 * the target in the residual graph are the target's side of a minimum cut, and the nodes the source and the
 * stuck excess reach are a source's side of one, which is all a bound needs.
 *
 * Why not Dinic here (issue 3): on random geometric networks of 10,000 nodes a Dinic flow needs tens of
 * phases, each a search of the whole network; push-relabel moves the excess in one pass guided by distance
 * labels and stops the excess that cannot reach the target at once (gap), several times faster.
 * The value is the capacity of that cut summed in edge order. When the minimum cut is unique it is the cut
 * max-flow.ts reports, bit for bit; between several minimum cuts it may be another one (the value is the same
 * up to rounding in the last bit).
 * Arcs are renumbered by their position in the network's per-node arc lists (CSR order), so the arcs a node
 * scans and their residuals lie next to each other in memory; the pushes and relabels are the same, in the
 * same order, as over the network's own arc numbers.
 * Per query (issue 3: on 10,000-node networks a flow touches about a tenth of the nodes, and the cut lies next
 * to one end): only the nodes a flow touched are reset; the starting labels are searched from the target only
 * as far as the source's neighbours; and the cut is read from its smaller side (cut-side.ts).
 * Assumptions: as max-flow.ts (two opposite arcs per undirected edge; residuals at or below the network's
 * tolerance count as saturated).
 */
import { smallerSideCut, type CutSearchState } from './cut-side.js';
import type { FlowNetwork } from './max-flow.js';

/** Push-relabel solver with scratch state shared by every query on one network (not re-entrant). */
export class PushRelabelCut implements CutSearchState {
  readonly network: FlowNetwork;
  readonly capacity: Float64Array;
  /** Per arc position k (CSR order): the node it points to, its reverse arc's position, its edge. */
  readonly head: Int32Array;
  readonly reverse: Int32Array;
  readonly edgeOf: Int32Array;
  /** Residual capacity of the arc at each position. */
  readonly residual: Float64Array;
  readonly excess: Float64Array;
  private readonly label: Int32Array;
  private readonly labelCount: Int32Array;
  private readonly current: Int32Array;
  /** Active nodes, a ring buffer (FIFO). */
  readonly queue: Int32Array;
  /** Breadth-first search order. */
  readonly order: Int32Array;
  private readonly queued: Uint8Array;
  readonly stamp: Int32Array;
  readonly backStamp: Int32Array;
  private stampId = 0;
  /** Whether the arc at each position has capacity above the tolerance (its residual before any flow). */
  private readonly open: Uint8Array;
  /** Nodes whose arcs, excess or queue flag the last query changed (reset before the next one). */
  readonly touched: Int32Array;
  private readonly isTouched: Uint8Array;
  /** How many entries of `touched` are in use. */
  touchedCount = 0;

  constructor(network: FlowNetwork) {
    this.network = network;
    const nodeCount = network.nodeIndex.size;
    this.capacity = Float64Array.from(network.edges, (edge) => edge.capacity);
    const { arcOrder, arcHead } = network;
    const arcCount = arcOrder.length;
    const position = new Int32Array(arcCount);
    for (let k = 0; k < arcCount; k++) position[arcOrder[k]!] = k;
    this.head = new Int32Array(arcCount);
    this.reverse = new Int32Array(arcCount);
    this.edgeOf = new Int32Array(arcCount);
    for (let k = 0; k < arcCount; k++) {
      const arc = arcOrder[k]!;
      this.head[k] = arcHead[arc]!;
      this.reverse[k] = position[arc ^ 1]!;
      this.edgeOf[k] = arc >> 1;
    }
    this.residual = new Float64Array(arcCount);
    this.excess = new Float64Array(nodeCount);
    this.label = new Int32Array(nodeCount);
    this.labelCount = new Int32Array(2 * nodeCount + 1);
    this.current = new Int32Array(nodeCount);
    this.queue = new Int32Array(nodeCount);
    this.order = new Int32Array(nodeCount);
    this.queued = new Uint8Array(nodeCount);
    this.stamp = new Int32Array(nodeCount);
    this.backStamp = new Int32Array(nodeCount);
    this.open = Uint8Array.from(this.edgeOf, (edge) => (this.capacity[edge]! > network.tolerance ? 1 : 0));
    this.touched = new Int32Array(nodeCount);
    this.isTouched = new Uint8Array(nodeCount);
    for (let k = 0; k < arcCount; k++) this.residual[k] = this.capacity[this.edgeOf[k]!]!;
  }

  private touch(node: number): void {
    if (this.isTouched[node]) return;
    this.isTouched[node] = 1;
    this.touched[this.touchedCount++] = node;
  }

  /** Restores the residuals, excesses and queue flags of the nodes the last query touched. */
  private reset(): void {
    const { arcStart } = this.network;
    const { residual, capacity, edgeOf, excess, queued, isTouched, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const node = touched[i]!;
      for (let k = arcStart[node]!; k < arcStart[node + 1]!; k++) residual[k] = capacity[edgeOf[k]!]!;
      excess[node] = 0;
      queued[node] = 0;
      isTouched[node] = 0;
    }
    this.touchedCount = 0;
  }

  /** Labels every node with its residual distance to `target` (n when it cannot reach it). */
  private globalRelabel(source: number, target: number): void {
    const { arcStart, tolerance } = this.network;
    const { label, labelCount, order: queue, residual, head: arcHead, reverse } = this;
    const nodeCount = label.length;
    label.fill(nodeCount);
    labelCount.fill(0);
    label[target] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = target;
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = arcStart[node]!; k < arcStart[node + 1]!; k++) {
        const other = arcHead[k]!;
        // other -> node is the reverse arc.
        if (label[other] !== nodeCount || other === source || residual[reverse[k]!]! <= tolerance) continue;
        label[other] = label[node]! + 1;
        queue[tail++] = other;
      }
    }
    for (let n = 0; n < nodeCount; n++) labelCount[label[n]!]!++;
    this.current.set(arcStart.subarray(0, nodeCount));
  }

  /**
   * Starting labels: residual distances to `target` in the network without flow, searched only as far as the
   * source's neighbours (which hold the excess) and one level more; every node not reached is labelled one
   * above that level. Still valid (an unreached node has no residual arc to the levels searched but the last),
   * and the excess flows down the exact distances, so the search skips the part of the network beyond the
   * source (issue 3).
   */
  private startLabels(source: number, target: number): void {
    const { arcStart } = this.network;
    const { label, labelCount, order: queue, head: arcHead, reverse, open, stamp } = this;
    const nodeCount = label.length;
    const id = ++this.stampId;
    let pending = 0;
    for (let k = arcStart[source]!; k < arcStart[source + 1]!; k++) {
      const neighbour = arcHead[k]!;
      if (open[k] === 0 || stamp[neighbour] === id || neighbour === target) continue;
      stamp[neighbour] = id;
      pending++;
    }
    label.fill(nodeCount);
    labelCount.fill(0);
    label[target] = 0;
    let head = 0;
    let tail = 0;
    let lastLevel = nodeCount;
    queue[tail++] = target;
    while (head < tail) {
      const node = queue[head]!;
      if (label[node]! > lastLevel) break;
      head++;
      for (let k = arcStart[node]!; k < arcStart[node + 1]!; k++) {
        const other = arcHead[k]!;
        if (label[other] !== nodeCount || other === source || open[reverse[k]!] === 0) continue;
        label[other] = label[node]! + 1;
        queue[tail++] = other;
        if (stamp[other] === id && --pending === 0) lastLevel = label[other]!;
      }
    }
    if (head < tail) {
      // Stopped early: nodes not reached sit one above the last level labelled (lastLevel + 1).
      const beyond = lastLevel + 2;
      for (let n = 0; n < nodeCount; n++) if (label[n] === nodeCount && n !== source) label[n] = beyond;
    }
    for (let n = 0; n < nodeCount; n++) labelCount[label[n]!]!++;
    this.current.set(arcStart.subarray(0, nodeCount));
  }

  /** Capacity of a minimum cut between `source` and `target` (distinct node indices). */
  minCut(source: number, target: number): number {
    const { arcStart, tolerance } = this.network;
    const { residual, excess, label, labelCount, current, queue, queued } = this;
    const { head: arcHead, reverse } = this;
    const nodeCount = label.length;
    this.reset();
    this.touch(source);
    let head = 0;
    let size = 0;
    const activate = (node: number): void => {
      if (queued[node] || node === target || node === source || label[node]! >= nodeCount) return;
      queued[node] = 1;
      queue[(head + size++) % nodeCount] = node;
    };
    for (let k = arcStart[source]!; k < arcStart[source + 1]!; k++) {
      const amount = residual[k]!;
      if (amount <= 0) continue;
      residual[k] = 0;
      residual[reverse[k]!]! += amount;
      excess[arcHead[k]!]! += amount;
      this.touch(arcHead[k]!);
    }
    this.startLabels(source, target);
    for (let k = arcStart[source]!; k < arcStart[source + 1]!; k++) activate(arcHead[k]!);
    let relabels = 0;
    while (size > 0) {
      const node = queue[head]!;
      head = (head + 1) % nodeCount;
      size--;
      queued[node] = 0;
      if (label[node]! >= nodeCount) continue;
      // Discharge: push along admissible arcs, relabel when none is left.
      while (excess[node]! > 0 && label[node]! < nodeCount) {
        const end = arcStart[node + 1]!;
        let k = current[node]!;
        const wanted = label[node]! - 1;
        for (; k < end; k++) {
          const other = arcHead[k]!;
          if (label[other] !== wanted || residual[k]! <= tolerance) continue;
          const amount = Math.min(excess[node]!, residual[k]!);
          residual[k]! -= amount;
          residual[reverse[k]!]! += amount;
          excess[node]! -= amount;
          excess[other]! += amount;
          this.touch(other);
          activate(other);
          if (!(excess[node]! > 0)) break;
        }
        current[node] = k;
        if (!(excess[node]! > 0)) break;
        // Relabel to one above the lowest neighbour still reachable through a residual arc.
        const old = label[node]!;
        let lowest = nodeCount - 1;
        for (let m = arcStart[node]!; m < end; m++) {
          if (residual[m]! > tolerance && label[arcHead[m]!]! < lowest) lowest = label[arcHead[m]!]!;
        }
        labelCount[old]!--;
        label[node] = lowest + 1;
        labelCount[lowest + 1]!++;
        current[node] = arcStart[node]!;
        relabels++;
        if (labelCount[old] === 0 && old < nodeCount) {
          // Gap: no node is left at `old`, so nothing above it can reach the target any more.
          for (let n = 0; n < nodeCount; n++) {
            if (label[n]! > old && label[n]! < nodeCount) {
              labelCount[label[n]!]!--;
              label[n] = nodeCount;
              labelCount[nodeCount]!++;
            }
          }
        }
        if (relabels >= nodeCount) {
          relabels = 0;
          this.globalRelabel(source, target);
        }
      }
    }
    return smallerSideCut(this, source, target, ++this.stampId);
  }
}
