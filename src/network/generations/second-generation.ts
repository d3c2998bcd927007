/**
 * Second-generation repeater (2G): heralded entanglement generation plus quantum error correction — every
 * station holds qubits encoded in an [[n, 1, d]] CSS code, neighbours share encoded Bell pairs built from n
 * heralded physical pairs (teleported CNOT), and transversal encoded swaps with classical error correction
 * connect them with one-way classical communication (Jiang et al., PRA 79, 032325 (2009); generation 2 of
 * Muralidharan et al., Sci. Rep. 6, 20463 (2016)).
 *
 * Model:
 * - segments N = ceil(L / L0), spacing L / N; HEG as in 1G (double-click, P0 = eta_c^2 eta_f / 2);
 * - time per delivered pair: all N n physical pairs must exist, tau E[max of N n Geometric(P0)] plus 2 t0
 *   for the encoding and the transversal Bell measurement (generation-formulas.ts: expected maximum);
 * - error per physical qubit and segment, for each of the X and Z types (first order):
 *   q = 2(1 - F0)/3 + 2 (8/15) epsilon_G + epsilon_M (Werner pair, two CNOTs whose two-qubit depolarising
 *   error puts an X-type Pauli on a given qubit in 8 of 15 cases, one readout);
 * - logical error per segment by bounded-distance decoding, p_L = sum_{j > t} C(n,j) q^j (1-q)^(n-j); over N
 *   segments e = (1 - (1 - 2 p_L)^N)/2 per type; delivered fidelity (1 - e)^2;
 * - qubits per station 4n: two encoded qubits (one per side) and one communication qubit per physical pair
 *   per side.
 * The code is infeasible above its pseudo-threshold (p_L(q) >= q: encoding makes the error worse).
 * Assumptions: independent X and Z errors; no memory decoherence; synchronous link generation.
 */
import type { Metres, Probability } from '../../core/index.js';
import { doubleClickHerald } from '../../physics/double-click.js';
import { fibreTransmissivity } from '../../physics/fibre.js';
import type { ResolvedHardware } from './generation-options.js';
import {
  accumulatedFlipProbability,
  codeLogicalErrorProbability,
  expectedMaximumAttempts,
  segmentsFor,
} from './generation-formulas.js';
import { infeasibleRow, rowFromFigures, type RowLayout } from './generation-row.js';
import type { GenerationRow } from './generation-types.js';

/** A CSS code [[n, 1, d]] with a name for reports. */
export interface CssCode {
  readonly name: string;
  readonly qubits: number;
  readonly distance: number;
}

/** The codes tried when none is given: Steane [[7,1,3]] and the Golay code [[23,1,7]]. */
export const STANDARD_CSS_CODES: readonly CssCode[] = [
  { name: 'Steane [[7,1,3]]', qubits: 7, distance: 3 },
  { name: 'Golay [[23,1,7]]', qubits: 23, distance: 7 },
];

/**
 * X-type (or Z-type) error probability of one physical qubit of an encoded pair per segment:
 * 2(1 - F0)/3 + 16 epsilon_G / 15 + epsilon_M, capped at 1/2.
 */
export function physicalQubitError(hardware: ResolvedHardware): Probability {
  const q =
    (2 * (1 - hardware.elementaryPairFidelity)) / 3 +
    (16 * hardware.gateError) / 15 +
    hardware.measurementError;
  return Math.min(0.5, q);
}

/**
 * Pseudo-threshold of an [[n, 1, d]] code under bounded-distance decoding: the q in (0, 1/2) where
 * p_L(q) = q, found by bisection; 1/2 for d = 1 (no threshold: the "code" is a bare qubit), and 1/2 if the
 * code beats a bare qubit everywhere below 1/2.
 */
export function codePseudoThreshold(code: Pick<CssCode, 'qubits' | 'distance'>): Probability {
  if (code.distance < 3) return 0.5;
  const gain = (q: number): number => codeLogicalErrorProbability(code.qubits, code.distance, q) - q;
  let low = 1e-12;
  let high = 0.5;
  if (gain(high) < 0) return 0.5;
  for (let i = 0; i < 200 && high - low > 1e-15; i++) {
    const mid = (low + high) / 2;
    if (gain(mid) < 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

const METHOD: readonly string[] = [
  'HEG: double-click heralding P0 = eta_c^2 eta_f(spacing)/2 per attempt of t0 + spacing/c (Barrett & Kok 2005; physics/double-click.ts)',
  'Encoded connection with an [[n,1,d]] CSS code and transversal encoded swaps, one-way classical communication (Jiang et al., PRA 79, 032325 (2009))',
  'Time per pair: (t0 + spacing/c) E[max of N n Geometric(P0)] + 2 t0 (exact recursion of physics/waiting-time.ts, or Eisenberg 2008 asymptotic above 256 links)',
  'Per-qubit error q = 2(1-F0)/3 + 16 gateError/15 + measurementError; p_L = sum_{j>(d-1)/2} C(n,j) q^j (1-q)^(n-j); end-to-end e = (1 - (1-2 p_L)^N)/2 per Pauli type; F = (1-e)^2',
  'Qubits per station 4n (two encoded qubits and one communication qubit per physical pair per side)',
];

const ASSUMPTIONS: readonly string[] = [
  'independent X-type and Z-type errors on each physical qubit; bounded-distance decoding of the code',
  'all segments generate their n physical pairs in parallel and synchronously; no multiplexing beyond that',
  'memories do not decohere while the slowest segment finishes; classical messages are pipelined (latency L/c is not a rate limit)',
  'heralded physical pairs are Werner states of fidelity elementaryPairFidelity, used without purification',
];

/** Inputs of the 2G model. */
export interface SecondGenerationInputs {
  readonly hardware: ResolvedHardware;
  readonly repeaterSpacing: Metres;
  readonly code: CssCode;
}

/** The 2G row for one code (see the file header for the model). */
export function secondGenerationRow(inputs: SecondGenerationInputs): GenerationRow {
  const { hardware, code } = inputs;
  const segments = segmentsFor(hardware.totalLength, inputs.repeaterSpacing);
  const spacing = hardware.totalLength / segments;
  const halfLinkEfficiency =
    hardware.couplingEfficiency * Math.sqrt(fibreTransmissivity(spacing, hardware.attenuation));
  const heraldProbability = doubleClickHerald({ halfLinkEfficiency }).genuineProbability;
  const attemptDuration = hardware.localOperationTime + spacing / hardware.fibreLightSpeed;
  const qubitError = physicalQubitError(hardware);
  const logicalError = codeLogicalErrorProbability(code.qubits, code.distance, qubitError);
  const threshold = codePseudoThreshold(code);
  const layout: RowLayout = {
    generation: '2G',
    architecture: `HEG + QEC (encoded connection with the ${code.name} code)`,
    qubitsPerStation: 4 * code.qubits,
    segments,
    spacing,
    parameters: {
      code: code.name,
      codeQubits: code.qubits,
      codeDistance: code.distance,
      heraldProbability,
      attemptDuration,
      physicalQubitError: qubitError,
      logicalErrorPerSegment: logicalError,
      pseudoThreshold: threshold,
    },
    method: METHOD,
    assumptions: ASSUMPTIONS,
  };
  if (code.distance >= 3 && qubitError >= threshold) {
    return infeasibleRow(
      layout,
      `the per-qubit error ${qubitError.toPrecision(4)} (from gate error ${hardware.gateError}, measurement ` +
        `error ${hardware.measurementError}, pair fidelity ${hardware.elementaryPairFidelity}) is at or above the ` +
        `${code.name} pseudo-threshold ${threshold.toPrecision(4)}, where encoding stops reducing the error`,
    );
  }
  if (!(heraldProbability > 0)) {
    return infeasibleRow(
      layout,
      'no physical pair is ever heralded: eta_c^2 eta_f / 2 is 0 at this spacing and coupling efficiency',
    );
  }
  const attempts = expectedMaximumAttempts(segments * code.qubits, heraldProbability);
  const meanTime = attemptDuration * attempts + 2 * hardware.localOperationTime;
  const endToEndFlip = accumulatedFlipProbability(logicalError, segments);
  return rowFromFigures(
    layout,
    {
      rate: 1 / meanTime,
      fidelity: (1 - endToEndFlip) ** 2,
      bitErrorRate: endToEndFlip,
      phaseErrorRate: endToEndFlip,
    },
    hardware.targetFidelity,
  );
}
