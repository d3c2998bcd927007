/**
 * A small state-vector simulator (up to 20 qubits) with just the gates the distributed-ML protocol needs:
 * amplitude encoding, a diagonal phase, RY, CNOT (and a fused CNOT ladder), and <Z> on one qubit.
 *
 * Source: standard quantum-circuit semantics (Nielsen & Chuang, ch. 4); RY(t) = [[cos t/2, -sin t/2],
 * [sin t/2, cos t/2]]; the reference ansatz of distributed-ml.md.
 * Assumptions: little-endian, qubit k is bit k of the basis index; amplitudes are kept as separate real and
 * imaginary Float64Arrays and every gate is applied in place, without building matrices, so 20 qubits
 * (2^20 amplitudes, 16 MB) stay fast. States are plain data owned by the caller; gates mutate them.
 */
import { ParameterError, requireFinite, requireInRange, requireInteger } from '../core/index.js';
import { ceilLog2 } from './cost-model.js';

/** Largest register this simulator accepts (2^20 amplitudes). */
export const MAX_SIMULATED_QUBITS = 20;

/** A pure state of `qubits` qubits: amplitude j = real[j] + i imag[j]. */
export interface StateVector {
  readonly qubits: number;
  readonly real: Float64Array;
  readonly imag: Float64Array;
}

function requireQubitCount(qubits: number): number {
  requireInteger('qubits', qubits, 1);
  return requireInRange('qubits', qubits, 1, MAX_SIMULATED_QUBITS);
}

function requireQubitIndex(state: StateVector, field: string, qubit: number): number {
  requireInteger(field, qubit, 0);
  return requireInRange(field, qubit, 0, state.qubits - 1);
}

/** |0...0> on `qubits` qubits (integer 1..20). */
export function zeroState(qubits: number): StateVector {
  requireQubitCount(qubits);
  const real = new Float64Array(2 ** qubits);
  real[0] = 1;
  return { qubits, real, imag: new Float64Array(2 ** qubits) };
}

/** Qubits needed to amplitude-encode `length` numbers: max(1, ceil(log2 length)). */
export function qubitsForLength(length: number): number {
  requireInteger('data.length', length, 1);
  return Math.max(1, ceilLog2(length));
}

/**
 * Amplitude encoding |x> = sum_j x_j / ||x|| |j>, zero-padded to 2^n entries, n = ceil(log2 N) (1..20).
 * @throws ParameterError('data') for an empty, non-finite, all-zero or too long vector.
 */
export function amplitudeEncode(data: ArrayLike<number>): StateVector {
  if (data.length === 0) throw new ParameterError('data', 'must not be empty');
  if (data.length > 2 ** MAX_SIMULATED_QUBITS) {
    throw new ParameterError(
      'data',
      `must have at most 2^${MAX_SIMULATED_QUBITS} entries (got ${data.length})`,
    );
  }
  const qubits = qubitsForLength(data.length);
  let normSquared = 0;
  for (let j = 0; j < data.length; j++) {
    const value = data[j]!;
    // The field name is built only on failure: a template string per entry would dominate at 2^20 entries.
    if (!Number.isFinite(value)) requireFinite(`data[${j}]`, value);
    normSquared += value * value;
  }
  if (!(normSquared > 0)) throw new ParameterError('data', 'must not be the zero vector');
  const norm = Math.sqrt(normSquared);
  const real = new Float64Array(2 ** qubits);
  for (let j = 0; j < data.length; j++) real[j] = data[j]! / norm;
  return { qubits, real, imag: new Float64Array(2 ** qubits) };
}

/** cos and sin of a diagonal phase, precomputed once so repeated layers cost one multiply per amplitude. */
export interface PhaseTable {
  readonly cos: Float64Array;
  readonly sin: Float64Array;
}

/** The phase table of diag(exp(i phases_j)) on 2^qubits entries; missing entries get phase 0. */
export function phaseTable(phases: ArrayLike<number>, qubits: number): PhaseTable {
  requireQubitCount(qubits);
  const size = 2 ** qubits;
  if (phases.length > size) {
    throw new ParameterError('phases', `must have at most ${size} entries (got ${phases.length})`);
  }
  const cos = new Float64Array(size).fill(1);
  const sin = new Float64Array(size);
  for (let j = 0; j < phases.length; j++) {
    const phase = phases[j]!;
    if (!Number.isFinite(phase)) requireFinite(`phases[${j}]`, phase);
    cos[j] = Math.cos(phase);
    sin[j] = Math.sin(phase);
  }
  return { cos, sin };
}

/** Applies diag(exp(i phase_j)) in place. */
export function applyDiagonalPhase(state: StateVector, table: PhaseTable): void {
  const { real, imag } = state;
  if (table.cos.length !== real.length) {
    throw new ParameterError('phases', `table has ${table.cos.length} entries, state has ${real.length}`);
  }
  const { cos, sin } = table;
  for (let j = 0; j < real.length; j++) {
    const re = real[j]!;
    const im = imag[j]!;
    real[j] = re * cos[j]! - im * sin[j]!;
    imag[j] = re * sin[j]! + im * cos[j]!;
  }
}

/** Rotates the amplitude pairs (i, i + stride) with i in [start, end) and bit `stride` clear. */
function rotatePairs(
  state: StateVector,
  start: number,
  end: number,
  stride: number,
  c: number,
  s: number,
): void {
  const { real, imag } = state;
  for (let block = start; block < end; block += 2 * stride) {
    for (let i = block; i < block + stride; i++) {
      const j = i + stride;
      const re0 = real[i]!;
      const re1 = real[j]!;
      const im0 = imag[i]!;
      const im1 = imag[j]!;
      real[i] = c * re0 - s * re1;
      real[j] = s * re0 + c * re1;
      imag[i] = c * im0 - s * im1;
      imag[j] = s * im0 + c * im1;
    }
  }
}

/** Applies RY(angle) to `qubit` in place. */
export function applyRy(state: StateVector, qubit: number, angle: number): void {
  requireQubitIndex(state, 'qubit', qubit);
  requireFinite('angle', angle);
  rotatePairs(state, 0, state.real.length, 1 << qubit, Math.cos(angle / 2), Math.sin(angle / 2));
}

/** Low qubits rotated chunk by chunk: a chunk of 2^14 amplitudes (256 kB, real + imaginary) stays in L2. */
const CACHE_BLOCK_QUBITS = 14;

/** Rotates qubits k1 < k2 together in one pass over memory: RY(k1) on both halves, then RY(k2). */
function rotateTwoQubits(state: StateVector, k1: number, k2: number, cos: number[], sin: number[]): void {
  const { real, imag } = state;
  const s1 = 1 << k1;
  const s2 = 1 << k2;
  const c1 = cos[k1]!;
  const n1 = sin[k1]!;
  const c2 = cos[k2]!;
  const n2 = sin[k2]!;
  for (let outer = 0; outer < real.length; outer += 2 * s2) {
    for (let middle = outer; middle < outer + s2; middle += 2 * s1) {
      for (let a = middle; a < middle + s1; a++) {
        const b = a + s1;
        const c = a + s2;
        const d = b + s2;
        const ra = real[a]!;
        const rb = real[b]!;
        const rc = real[c]!;
        const rd = real[d]!;
        const ia = imag[a]!;
        const ib = imag[b]!;
        const ic = imag[c]!;
        const id = imag[d]!;
        // RY(k1) on the pairs (a, b) and (c, d).
        const ra1 = c1 * ra - n1 * rb;
        const rb1 = n1 * ra + c1 * rb;
        const rc1 = c1 * rc - n1 * rd;
        const rd1 = n1 * rc + c1 * rd;
        const ia1 = c1 * ia - n1 * ib;
        const ib1 = n1 * ia + c1 * ib;
        const ic1 = c1 * ic - n1 * id;
        const id1 = n1 * ic + c1 * id;
        // RY(k2) on the pairs (a, c) and (b, d).
        real[a] = c2 * ra1 - n2 * rc1;
        real[c] = n2 * ra1 + c2 * rc1;
        real[b] = c2 * rb1 - n2 * rd1;
        real[d] = n2 * rb1 + c2 * rd1;
        imag[a] = c2 * ia1 - n2 * ic1;
        imag[c] = n2 * ia1 + c2 * ic1;
        imag[b] = c2 * ib1 - n2 * id1;
        imag[d] = n2 * ib1 + c2 * id1;
      }
    }
  }
}

/**
 * Applies RY(angles[k]) to every qubit k in place (the gates commute). The low qubits are rotated chunk by
 * chunk while a chunk is in cache, the others two at a time, so a layer costs about 1 + (n - 14) / 2 passes
 * over memory instead of n.
 */
export function applyRyLayer(state: StateVector, angles: readonly number[]): void {
  const n = state.qubits;
  if (angles.length !== n) {
    throw new ParameterError('angles', `must have ${n} entries, one per qubit (got ${angles.length})`);
  }
  angles.forEach((angle, k) => requireFinite(`angles[${k}]`, angle));
  const cos = angles.map((angle) => Math.cos(angle / 2));
  const sin = angles.map((angle) => Math.sin(angle / 2));
  const size = state.real.length;
  const low = Math.min(n, CACHE_BLOCK_QUBITS);
  const chunk = 1 << low;
  for (let start = 0; start < size; start += chunk) {
    for (let k = 0; k < low; k++) rotatePairs(state, start, start + chunk, 1 << k, cos[k]!, sin[k]!);
  }
  let k = low;
  for (; k + 1 < n; k += 2) rotateTwoQubits(state, k, k + 1, cos, sin);
  if (k < n) rotatePairs(state, 0, size, 1 << k, cos[k]!, sin[k]!);
}

/** Applies CNOT(control -> target) in place (control != target). */
export function applyCnot(state: StateVector, control: number, target: number): void {
  requireQubitIndex(state, 'control', control);
  requireQubitIndex(state, 'target', target);
  if (control === target) throw new ParameterError('target', 'must differ from control');
  const controlMask = 1 << control;
  const stride = 1 << target;
  const { real, imag } = state;
  for (let block = 0; block < real.length; block += 2 * stride) {
    for (let i = block; i < block + stride; i++) {
      if ((i & controlMask) === 0) continue;
      const j = i + stride;
      const re = real[i]!;
      real[i] = real[j]!;
      real[j] = re;
      const im = imag[i]!;
      imag[i] = imag[j]!;
      imag[j] = im;
    }
  }
}

/** Scratch amplitudes for {@link applyCnotLadder}, reusable across layers of the same register size. */
export interface LadderWorkspace {
  readonly real: Float64Array;
  readonly imag: Float64Array;
}

/** A workspace for states of `qubits` qubits. */
export function ladderWorkspace(qubits: number): LadderWorkspace {
  requireQubitCount(qubits);
  return { real: new Float64Array(2 ** qubits), imag: new Float64Array(2 ** qubits) };
}

/**
 * Applies CNOT(k -> k+1) for k = 0..n-2 in that order, fused into one permutation: afterwards bit k of the
 * index is the XOR of bits 0..k before. It is applied as a gather, new[m] = old[m ^ (m << 1)], whose
 * source index moves with m almost contiguously, so it is one cache-friendly pass instead of n - 1.
 */
export function applyCnotLadder(state: StateVector, workspace?: LadderWorkspace): void {
  const { real, imag } = state;
  const size = real.length;
  const scratch = workspace ?? ladderWorkspace(state.qubits);
  if (scratch.real.length !== size) {
    throw new ParameterError('workspace', `has ${scratch.real.length} entries, state has ${size}`);
  }
  const mask = size - 1;
  const newReal = scratch.real;
  const newImag = scratch.imag;
  for (let m = 0; m < size; m++) {
    const source = (m ^ (m << 1)) & mask;
    newReal[m] = real[source]!;
    newImag[m] = imag[source]!;
  }
  real.set(newReal);
  imag.set(newImag);
}

/** Probability that measuring `qubit` gives 0. */
export function probabilityOfZero(state: StateVector, qubit: number): number {
  requireQubitIndex(state, 'qubit', qubit);
  const { real, imag } = state;
  const bit = 1 << qubit;
  let zero = 0;
  let total = 0;
  for (let j = 0; j < real.length; j++) {
    const p = real[j]! * real[j]! + imag[j]! * imag[j]!;
    total += p;
    if ((j & bit) === 0) zero += p;
  }
  return total > 0 ? Math.min(1, Math.max(0, zero / total)) : 0;
}

/** <Z> on `qubit` = P(0) - P(1), in [-1, 1]. */
export function expectationZ(state: StateVector, qubit: number): number {
  return 2 * probabilityOfZero(state, qubit) - 1;
}
