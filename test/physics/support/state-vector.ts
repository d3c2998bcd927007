/**
 * A tiny state-vector simulator for four qubits, used to check the Bell-diagonal formulas of swapping
 * and purification against the actual circuits, independently of the Pauli-frame algebra in src.
 * Mixed inputs and depolarising noise are handled as mixtures of pure trajectories: a Bell-diagonal
 * pair is a mixture of Bell states, and two-qubit depolarising equals the uniform mixture of the 16
 * two-qubit Pauli operators.
 */

/** Complex 2x2 matrix as [[re, im], ...] row-major: [a, b, c, d] for [[a, b], [c, d]]. */
export type Matrix2 = readonly [[number, number], [number, number], [number, number], [number, number]];

const S = Math.SQRT1_2;
export const IDENTITY: Matrix2 = [
  [1, 0],
  [0, 0],
  [0, 0],
  [1, 0],
];
export const PAULI_X: Matrix2 = [
  [0, 0],
  [1, 0],
  [1, 0],
  [0, 0],
];
export const PAULI_Y: Matrix2 = [
  [0, 0],
  [0, -1],
  [0, 1],
  [0, 0],
];
export const PAULI_Z: Matrix2 = [
  [1, 0],
  [0, 0],
  [0, 0],
  [-1, 0],
];
export const HADAMARD: Matrix2 = [
  [S, 0],
  [S, 0],
  [S, 0],
  [-S, 0],
];
/** exp(-i pi/4 X) (Alice's DEJMPS rotation). */
export const ROTATE_MINUS: Matrix2 = [
  [S, 0],
  [0, -S],
  [0, -S],
  [S, 0],
];
/** exp(+i pi/4 X) (Bob's DEJMPS rotation). */
export const ROTATE_PLUS: Matrix2 = [
  [S, 0],
  [0, S],
  [0, S],
  [S, 0],
];
export const PAULIS: readonly Matrix2[] = [IDENTITY, PAULI_X, PAULI_Y, PAULI_Z];

/** Bell states in the physics.md order (Phi+, Psi-, Psi+, Phi-), amplitudes over |00>,|01>,|10>,|11>. */
export const BELL_VECTORS: readonly (readonly number[])[] = [
  [S, 0, 0, S],
  [0, S, -S, 0],
  [0, S, S, 0],
  [S, 0, 0, -S],
];

const QUBITS = 4;
const DIMENSION = 1 << QUBITS;

function bit(index: number, qubit: number): number {
  return (index >> qubit) & 1;
}

/** A pure state of four qubits; qubit q is bit q of the basis index. */
export class StateVector {
  constructor(
    readonly re: Float64Array,
    readonly im: Float64Array,
  ) {}

  /** |Bell_i>_(q0,q1) (x) |Bell_j>_(q2,q3), each pair ordered (first, second). */
  static bellPairs(first: [number, number, number], second: [number, number, number]): StateVector {
    const re = new Float64Array(DIMENSION);
    const im = new Float64Array(DIMENSION);
    for (let index = 0; index < DIMENSION; index++) {
      const [a, b, i] = first;
      const [c, d, j] = second;
      re[index] =
        BELL_VECTORS[i]![2 * bit(index, a) + bit(index, b)]! *
        BELL_VECTORS[j]![2 * bit(index, c) + bit(index, d)]!;
    }
    return new StateVector(re, im);
  }

  clone(): StateVector {
    return new StateVector(Float64Array.from(this.re), Float64Array.from(this.im));
  }

  /** Applies a single-qubit gate in place. */
  apply(qubit: number, m: Matrix2): this {
    const mask = 1 << qubit;
    for (let index = 0; index < DIMENSION; index++) {
      if (index & mask) continue;
      const other = index | mask;
      const r0 = this.re[index]!;
      const i0 = this.im[index]!;
      const r1 = this.re[other]!;
      const i1 = this.im[other]!;
      const [[ar, ai], [br, bi], [cr, ci], [dr, di]] = m;
      this.re[index] = ar * r0 - ai * i0 + br * r1 - bi * i1;
      this.im[index] = ar * i0 + ai * r0 + br * i1 + bi * r1;
      this.re[other] = cr * r0 - ci * i0 + dr * r1 - di * i1;
      this.im[other] = cr * i0 + ci * r0 + dr * i1 + di * r1;
    }
    return this;
  }

  /** CNOT in place. */
  cnot(control: number, target: number): this {
    for (let index = 0; index < DIMENSION; index++) {
      if (bit(index, control) === 1 && bit(index, target) === 0) {
        const other = index | (1 << target);
        [this.re[index], this.re[other]] = [this.re[other]!, this.re[index]!];
        [this.im[index], this.im[other]] = [this.im[other]!, this.im[index]!];
      }
    }
    return this;
  }

  /** Projects qubit onto |outcome> in place (unnormalised). */
  project(qubit: number, outcome: number): this {
    for (let index = 0; index < DIMENSION; index++) {
      if (bit(index, qubit) !== outcome) {
        this.re[index] = 0;
        this.im[index] = 0;
      }
    }
    return this;
  }

  /**
   * |<Bell_k|_(a,b) psi>|^2 for k = 0..3, assuming the other two qubits are projected onto one basis
   * state: unnormalised Bell weights of the pair (a, b).
   */
  bellWeights(a: number, b: number): number[] {
    return BELL_VECTORS.map((vector) => {
      let re = 0;
      let im = 0;
      for (let index = 0; index < DIMENSION; index++) {
        const coefficient = vector[2 * bit(index, a) + bit(index, b)]!;
        re += coefficient * this.re[index]!;
        im += coefficient * this.im[index]!;
      }
      return re * re + im * im;
    });
  }
}

/** Two-qubit depolarising with reliability p2 as weighted Pauli pairs (identity with p2 + (1-p2)/16). */
export function depolarisingBranches(
  reliability: number,
): { weight: number; first: Matrix2; second: Matrix2 }[] {
  const branches = [];
  for (const [i, first] of PAULIS.entries()) {
    for (const [j, second] of PAULIS.entries()) {
      const weight = (1 - reliability) / 16 + (i === 0 && j === 0 ? reliability : 0);
      if (weight > 0) branches.push({ weight, first, second });
    }
  }
  return branches;
}
