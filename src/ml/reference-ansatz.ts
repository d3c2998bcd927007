/**
 * The reference two-party ansatz of distributed-ml.md, run for real on the state-vector simulator, with
 * its exact expectation value and parameter-shift gradient.
 *
 * Source: distributed-ml.md "Honest small-scale simulation", after the distributed circuit of Gilboa,
 * Michaeli, Soudry & McClean, arXiv 2310.07136, Fig. 2. Parameter-shift rule for RY:
 * dF/dt = [F(t + pi/2) - F(t - pi/2)] / 2 (Mitarai et al., PRA 98, 032309 (2018); Schuld et al., PRA 99,
 * 032331 (2019)).
 * Ansatz: Alice amplitude-encodes x (normalised) into n = ceil(log2 N) qubits; each layer l is Alice's
 * diag(exp(i x_j)) with the raw x_j (entries beyond N get phase 0), then Bob's RY(theta_{l,k}) on every
 * qubit k, then CNOT(k -> k+1) for k = 0..n-2; the output is F = <Z_0>. The state crosses the link
 * between the parties' steps: H = 2L - 1 hops per pass.
 */
import { ParameterError, requireInteger } from '../core/index.js';
import {
  amplitudeEncode,
  applyCnotLadder,
  applyDiagonalPhase,
  applyRyLayer,
  expectationZ,
  ladderWorkspace,
  phaseTable,
  type StateVector,
} from './state-vector.js';

/** Called each time the state crosses the link: the hop number (1-based), sender, receiver, qubits. */
export type HopObserver = (hop: number, from: 'Alice' | 'Bob', to: 'Alice' | 'Bob', qubits: number) => void;

/**
 * Checks angles has L >= 1 rows of n finite entries each, for n qubits.
 * @throws ParameterError('angles') otherwise.
 */
function requireAngles(angles: readonly (readonly number[])[], qubits: number): void {
  requireInteger('angles.length', angles.length, 1);
  angles.forEach((row, layer) => {
    if (row.length !== qubits) {
      throw new ParameterError(
        `angles[${layer}]`,
        `must have ${qubits} entries, one per qubit (got ${row.length})`,
      );
    }
    row.forEach((angle, k) => {
      if (!Number.isFinite(angle)) {
        throw new ParameterError(`angles[${layer}][${k}]`, `must be a finite number (got ${angle})`);
      }
    });
  });
}

/**
 * The final state of one forward pass of the ansatz, reporting every link crossing to `onHop`.
 * @param data x, 1..2^20 finite entries, not all zero.
 * @param angles theta[l][k]: L >= 1 rows of n = ceil(log2 N) angles in radians.
 * @throws ParameterError naming data or angles.
 */
export function runAnsatz(
  data: readonly number[],
  angles: readonly (readonly number[])[],
  onHop?: HopObserver,
): StateVector {
  const state = amplitudeEncode(data);
  const n = state.qubits;
  requireAngles(angles, n);
  const phases = phaseTable(data, n);
  const workspace = ladderWorkspace(n);
  let hop = 0;
  angles.forEach((row, layer) => {
    applyDiagonalPhase(state, phases);
    onHop?.(++hop, 'Alice', 'Bob', n);
    applyRyLayer(state, row);
    applyCnotLadder(state, workspace);
    if (layer < angles.length - 1) onHop?.(++hop, 'Bob', 'Alice', n);
  });
  return state;
}

/** Exact F = <Z_0> of the ansatz (see {@link runAnsatz} for the arguments). */
export function ansatzExpectation(data: readonly number[], angles: readonly (readonly number[])[]): number {
  return expectationZ(runAnsatz(data, angles), 0);
}

/** Exact dF/dtheta[l][k] by the parameter-shift rule: two shifted circuits per angle. */
export function parameterShiftGradient(
  data: readonly number[],
  angles: readonly (readonly number[])[],
): number[][] {
  const shifted = (layer: number, k: number, shift: number): number =>
    ansatzExpectation(
      data,
      angles.map((row, l) => (l === layer ? row.map((angle, j) => (j === k ? angle + shift : angle)) : row)),
    );
  return angles.map((row, layer) =>
    row.map((_, k) => (shifted(layer, k, Math.PI / 2) - shifted(layer, k, -Math.PI / 2)) / 2),
  );
}
