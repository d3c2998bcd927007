/**
 * Assembles a {@link GenerationRow} from a generation model's numbers: derives error, secret-key figures,
 * station counts and the cost function, and turns any model outcome that cannot deliver (zero or
 * non-finite rate, fidelity below target) into an 'infeasible' row with a sentence instead of NaN.
 *
 * Source of the cost function: Muralidharan et al., Sci. Rep. 6, 20463 (2016) (see generation-formulas.ts).
 * Assumption: the end nodes carry the same hardware as a repeater station (counted in totalQubits only).
 */
import type { Fidelity, Hertz, Metres, Probability } from '../../core/index.js';
import { bb84SecretFraction, costPerKm } from './generation-formulas.js';
import type { GenerationRow, RepeaterGeneration } from './generation-types.js';

/** What every generation model reports about its layout and method. */
export interface RowLayout {
  readonly generation: RepeaterGeneration;
  readonly architecture: string;
  readonly qubitsPerStation: number;
  readonly segments: number;
  readonly spacing: Metres;
  readonly parameters: Readonly<Record<string, number | string>>;
  readonly method: readonly string[];
  readonly assumptions: readonly string[];
}

/** A model's delivered figures. */
export interface RowFigures {
  /** Delivered pairs per second, Hz. */
  readonly rate: Hertz;
  readonly fidelity: Fidelity;
  /** Z-basis error rate of the delivered pair. */
  readonly bitErrorRate: Probability;
  /** X-basis error rate of the delivered pair. */
  readonly phaseErrorRate: Probability;
}

function layoutFields(layout: RowLayout) {
  return {
    generation: layout.generation,
    architecture: layout.architecture,
    qubitsPerStation: layout.qubitsPerStation,
    segments: layout.segments,
    repeaterStations: layout.segments - 1,
    totalQubits: layout.qubitsPerStation * (layout.segments + 1),
    spacing: layout.spacing,
    parameters: layout.parameters,
    method: layout.method,
    assumptions: layout.assumptions,
  };
}

/**
 * An infeasible row: zero rates, no cost, the reason, and the fidelity if the model computed one.
 * @param fidelity optional, only when finite.
 */
export function infeasibleRow(layout: RowLayout, reason: string, fidelity?: Fidelity): GenerationRow {
  const known = fidelity !== undefined && Number.isFinite(fidelity);
  return {
    ...layoutFields(layout),
    status: 'infeasible',
    reason,
    rate: 0,
    secretKeyRate: 0,
    ...(known ? { fidelity, error: 1 - fidelity } : {}),
  };
}

/**
 * A row from a model's figures, infeasible when the rate is not a positive finite number or the
 * fidelity is below `targetFidelity`.
 */
export function rowFromFigures(
  layout: RowLayout,
  figures: RowFigures,
  targetFidelity: Fidelity,
): GenerationRow {
  const { rate, fidelity } = figures;
  if (!(rate > 0) || !Number.isFinite(rate)) {
    return infeasibleRow(
      layout,
      `the delivery rate underflows (expected time per pair beyond floating-point range) at ${layout.segments} segments`,
      fidelity,
    );
  }
  if (!(fidelity >= targetFidelity)) {
    return infeasibleRow(
      layout,
      `delivered fidelity ${fidelity.toPrecision(6)} is below the target ${targetFidelity}`,
      fidelity,
    );
  }
  const secretKeyFraction = bb84SecretFraction(figures.bitErrorRate, figures.phaseErrorRate);
  const secretKeyRate = rate * secretKeyFraction;
  const costPerEbitPerKm = costPerKm(layout.qubitsPerStation, rate, layout.spacing);
  const costPerSecretBitPerKm = costPerKm(layout.qubitsPerStation, secretKeyRate, layout.spacing);
  return {
    ...layoutFields(layout),
    status: 'feasible',
    rate,
    fidelity,
    error: 1 - fidelity,
    bitErrorRate: figures.bitErrorRate,
    phaseErrorRate: figures.phaseErrorRate,
    secretKeyFraction,
    secretKeyRate,
    ...(costPerEbitPerKm === undefined ? {} : { costPerEbitPerKm }),
    ...(costPerSecretBitPerKm === undefined ? {} : { costPerSecretBitPerKm }),
  };
}
