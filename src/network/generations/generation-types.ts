/**
 * Result types of the repeater-generations comparison (Muralidharan, Li, Kim, Lütkenhaus, Lukin & Jiang,
 * "Optimal architectures for long distance quantum communication", Sci. Rep. 6, 20463 (2016),
 * arXiv:1509.08435): one row per generation with rate, delivered error, hardware count and cost.
 *
 * Assumptions: every value is an expectation of an analytic model (see the generation files); a row that
 * the model cannot run says so in `status` and `reason` instead of carrying NaN or Infinity.
 */
import type { Fidelity, Hertz, Metres, Probability } from '../../core/index.js';

/** The three repeater generations of Muralidharan et al. 2016. */
export type RepeaterGeneration = '1G' | '2G' | '3G';

/** Which rate the cost divides by: end-to-end ebits or asymptotic BB84 secret bits. */
export type CostBasis = 'ebit' | 'secret-key';

/** Whether the model can deliver pairs that meet the target under the given parameters. */
export type GenerationStatus = 'feasible' | 'infeasible';

/** One generation's figures for one route. */
export interface GenerationRow {
  /** '1G', '2G' or '3G'. */
  readonly generation: RepeaterGeneration;
  /** Architecture in words, e.g. 'HEG + HEP (nested purification)'. */
  readonly architecture: string;
  /** 'feasible', or 'infeasible' with {@link reason}. */
  readonly status: GenerationStatus;
  /** One sentence saying why the row is infeasible; absent when feasible. */
  readonly reason?: string;
  /** Delivered end-to-end pairs per second, Hz (ebits/s); 0 when infeasible. */
  readonly rate: Hertz;
  /** Fidelity of a delivered pair with |Phi+>, when the model got that far; else undefined. */
  readonly fidelity?: Fidelity;
  /** Infidelity 1 - F of a delivered pair, when known. */
  readonly error?: Probability;
  /** Z-basis error rate (QBER of a Z-basis BB84 round) of a delivered pair, when known. */
  readonly bitErrorRate?: Probability;
  /** X-basis error rate of a delivered pair, when known. */
  readonly phaseErrorRate?: Probability;
  /** Asymptotic BB84 secret fraction 1 - h(e_Z) - h(e_X), clipped at 0; when known. */
  readonly secretKeyFraction?: number;
  /** Secret bits per second (rate x secret fraction), Hz; 0 when infeasible. */
  readonly secretKeyRate: Hertz;
  /** Qubits (memories, communication qubits or encoded-state qubits) per repeater station. */
  readonly qubitsPerStation: number;
  /** Number of segments (elementary links) of the route. */
  readonly segments: number;
  /** Intermediate repeater stations, segments - 1 (the two end nodes are not counted here). */
  readonly repeaterStations: number;
  /** Qubits of the whole route including both end nodes: qubitsPerStation x (segments + 1). */
  readonly totalQubits: number;
  /** Actual station spacing, m (total length / segments). */
  readonly spacing: Metres;
  /**
   * Cost function C = qubitsPerStation / (rate x spacing in km), qubit-seconds per ebit per km: the qubits
   * per km of route needed for 1 ebit/s. Undefined when infeasible.
   */
  readonly costPerEbitPerKm?: number;
  /** The same with the secret-key rate in place of the ebit rate; undefined when no key is produced. */
  readonly costPerSecretBitPerKm?: number;
  /** Generation-specific settings that were used or chosen (purification rounds, code, probabilities). */
  readonly parameters: Readonly<Record<string, number | string>>;
  /** The formulas used, each with its source (paper and equation or section). */
  readonly method: readonly string[];
  /** Modelling assumptions that a reader must know to trust the numbers. */
  readonly assumptions: readonly string[];
}

/** The three rows side by side and the cheapest feasible one. */
export interface GenerationComparison {
  /** Rows in the order 1G, 2G, 3G. */
  readonly rows: readonly [GenerationRow, GenerationRow, GenerationRow];
  /** Generation with the lowest cost on {@link costBasis} among feasible rows; undefined if none. */
  readonly bestByCost?: RepeaterGeneration;
  /** The cost used to pick {@link bestByCost}. */
  readonly costBasis: CostBasis;
  /** Route length, m. */
  readonly totalLength: Metres;
  /** Notes that apply to the whole comparison (cost definition, deviations from the paper). */
  readonly notes: readonly string[];
}
