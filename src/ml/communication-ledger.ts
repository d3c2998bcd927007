/**
 * A communication ledger for simulated protocol runs: every link crossing of every shot is charged.
 *
 * Source: distributed-ml.md "Honest small-scale simulation": each measurement destroys its copy, so every
 * shot is one full forward pass and pays H hops x n qubits; the classical pipeline pays H N b bits per
 * pass-equivalent activation transfer.
 * Assumptions: the state of each copy is identical, so a run simulates one pass and charges each hop
 * `shots` times; classical bits are charged per pass (not per shot) because classical activations can be
 * copied and reused.
 */
import { requireInteger, requireNonNegative } from '../core/index.js';

/** One hop of the pass: who sent how many qubits per shot, and the total over all shots. */
export interface LedgerEntry {
  /** 1-based hop number within a pass. */
  readonly hop: number;
  readonly from: string;
  readonly to: string;
  readonly qubitsPerShot: number;
  readonly shots: number;
  /** qubitsPerShot x shots. */
  readonly qubits: number;
}

/** The ledger of a run. */
export interface CommunicationLedger {
  readonly entries: readonly LedgerEntry[];
  readonly shots: number;
  /** Hops per pass H. */
  readonly hopsPerShot: number;
  /** Qubits per shot over all hops (H n). */
  readonly qubitsPerShot: number;
  /** Total qubits sent: shots x H x n. */
  readonly totalQubits: number;
  /** Bits the classical pipeline would send for the same pass: H N b. */
  readonly classicalBits: number;
}

/** Collects hop charges during a run; {@link LedgerBuilder.close} produces the ledger. */
export class LedgerBuilder {
  private readonly entries: LedgerEntry[] = [];
  private readonly shots: number;

  /** @param shots measurement shots (integer >= 1), each one full pass. */
  constructor(shots: number) {
    this.shots = requireInteger('shots', shots, 1);
  }

  /** Charges one crossing of `qubits` qubits, once per shot. */
  charge(hop: number, from: string, to: string, qubits: number): void {
    requireInteger('hop', hop, 1);
    requireInteger('qubits', qubits, 0);
    this.entries.push({
      hop,
      from,
      to,
      qubitsPerShot: qubits,
      shots: this.shots,
      qubits: qubits * this.shots,
    });
  }

  /** The finished ledger; `dimension` N and `bitsPerNumber` b price the classical equivalent. */
  close(dimension: number, bitsPerNumber: number): CommunicationLedger {
    requireInteger('dimension', dimension, 1);
    requireNonNegative('bitsPerNumber', bitsPerNumber);
    const qubitsPerShot = this.entries.reduce((sum, entry) => sum + entry.qubitsPerShot, 0);
    return {
      entries: [...this.entries],
      shots: this.shots,
      hopsPerShot: this.entries.length,
      qubitsPerShot,
      totalQubits: qubitsPerShot * this.shots,
      classicalBits: this.entries.length * dimension * bitsPerNumber,
    };
  }
}
