/**
 * One hop's per-link purification trajectory as purification-plan.ts reads it: the rounds of its schedule up
 * to the best fidelity it reaches (later rounds are never useful; see `planPerLink`), where the best is the
 * last round whose fidelity exceeds every earlier one by more than 1e-12 (DEJMPS may dip and then rise).
 *
 * Why lazy (issue 3): a route of ~60 hops used to build every hop's whole schedule (maxRounds rounds) before
 * the first level, while most plans stop after one or two rounds. Here rounds are computed only until the
 * answer is known: the round used at level k is round k once some round at or past k is a new best, else the
 * last best, which needs the whole schedule. The rounds and the bookkeeping are those of the eager form, so
 * every answer is the same to the bit. Source and assumptions: physics purification-schedule.ts.
 */
import {
  scheduleRounds,
  type PurificationRound,
  type PurificationScheduleOptions,
  type PurificationScheme,
} from '../../physics/purification-schedule.js';

/** Fidelity gain a round must exceed to count as a new best. */
const RISE = 1e-12;

/** A hop's schedule, extended on demand. */
export class HopTrajectory {
  private readonly rounds: PurificationRound[];
  private readonly source: Iterator<PurificationRound>;
  private readonly maxRounds: number;
  /** Index of the best round computed so far. */
  private best = 0;

  /**
   * @param maxRounds last round of the schedule (integer >= 0).
   * @throws ParameterError naming the invalid schedule option.
   */
  constructor(scheme: PurificationScheme, settings: PurificationScheduleOptions, maxRounds: number) {
    this.maxRounds = maxRounds;
    this.source = scheduleRounds(scheme, settings);
    this.rounds = [this.source.next().value as PurificationRound];
  }

  private extendUntilBestReaches(level: number): void {
    while (this.best < level && this.rounds.length <= this.maxRounds) {
      const round = this.source.next().value as PurificationRound;
      this.rounds.push(round);
      if (round.fidelity > this.rounds[this.best]!.fidelity + RISE) this.best = this.rounds.length - 1;
    }
  }

  /** True when a useful round at or past `level` exists. */
  reaches(level: number): boolean {
    this.extendUntilBestReaches(level);
    return this.best >= level;
  }

  /** The round applied at `level`: round `level`, or the last useful round when the schedule stops earlier. */
  roundAt(level: number): PurificationRound {
    this.extendUntilBestReaches(level);
    return this.rounds[Math.min(level, this.best)]!;
  }

  /** The last useful round (builds the whole schedule). */
  lastUseful(): number {
    this.extendUntilBestReaches(Number.POSITIVE_INFINITY);
    return this.best;
  }
}
