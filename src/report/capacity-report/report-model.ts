/**
 * The capacity report: everything a planner needs to reproduce and judge one planning run — the scenario as
 * loaded, every model setting, the network, and per demand the delivered end-to-end Bell-pair rate at the
 * target fidelity with its route, bottleneck, bound and effective bandwidth, plus the allocation across demands,
 * chart data, assumptions, methods and references. It is the single input of every renderer (JSON, CSV,
 * Markdown, HTML, PDF) and its JSON form is versioned and re-importable (see report-schema.ts and
 * docs/report-format.md).
 * Source: design.md ("effective qubit bandwidth per demand ... exportable reports that record every parameter,
 * seed and version"). Assumptions: all quantities are SI (metres, seconds, hertz, pairs per second); every
 * number is finite (JSON has no NaN or Infinity; the schema rejects them).
 */

/** Current version of the report format; bump on any incompatible change and add a migration. */
import type { ChartSpec } from '../../core/index.js';
import type { WorkloadReport } from '../../ml/index.js';

export type { ChartSpec } from '../../core/index.js';
export type {
  WorkloadReport,
  WorkloadTaskKind,
  WorkloadTaskReport,
  WorkloadTimeReport,
} from '../../ml/index.js';

export const CAPACITY_REPORT_SCHEMA_VERSION = 1;

/** Value of {@link CapacityReport.kind}; documents of any other kind are rejected on import. */
export const CAPACITY_REPORT_KIND = 'qnet-capacity-report';

/** A complete capacity report (format version 1). */
export interface CapacityReport {
  /** Format version; always 1 for this interface. */
  schemaVersion: 1;
  /** Document kind, so a scenario file or other JSON is never mistaken for a report. */
  kind: 'qnet-capacity-report';
  /** The program and version that produced the report (e.g. `{ name: 'qnet-planner', version: '0.1.0' }`). */
  generator: { name: 'qnet-planner'; version: string };
  /**
   * The scenario the report was computed from: its name (user text, rendered escaped), optional description,
   * the random seed, the file it was read from (if any) and the scenario JSON exactly as loaded, so the run can
   * be repeated from the report alone.
   */
  scenario: { name: string; description?: string; seed: number; file?: string; document: unknown };
  /**
   * Every model choice that affects a figure (swap policy, purification protocol, routing metric, allocation
   * objective, cut-off, ...), as flat key/value pairs. Rendered sorted by key.
   */
  settings: Record<string, string | number | boolean>;
  /**
   * The network as planned. Node coordinates are WGS84 degrees (latitude in [-90, 90], longitude in
   * [-180, 180]); edge `lengthM` in metres, `rateHz` the elementary-link Bell-pair rate in pairs/s, `fidelity`
   * the elementary-link fidelity in [0, 1].
   */
  network: {
    nodes: { key: string; kind: string; label?: string; latitude?: number; longitude?: number }[];
    edges: {
      key: string;
      source: string;
      target: string;
      kind: string;
      lengthM?: number;
      rateHz?: number;
      fidelity?: number;
    }[];
  };
  /** One entry per demand of the scenario, in scenario order. */
  demands: DemandReport[];
  /**
   * The capacity allocation across demands when one was solved: objective (e.g. `max-min-fair`), solver status
   * and message, the total allocated rate in pairs/s, and per edge or node constraint its utilisation (a
   * fraction in [0, 1] of the resource, > 1 only if the solver reports an infeasible point) and whether it binds.
   */
  allocation?: {
    objective: string;
    status: string;
    message: string;
    totalRateHz: number;
    constraints: { kind: 'edge' | 'node'; key: string; utilisation: number; binding: boolean }[];
  };
  /**
   * Distributed-ML workloads carried by demands (distributed-ml.md): per workload, inference and training times
   * over the demand's quantum route against the workload's classical link. Absent when no demand has a workload.
   */
  workloads?: WorkloadReport[];
  /** Chart data (rate versus distance, rate per demand, ...); images are drawn from it by the CLI or the app. */
  charts?: ChartSpec[];
  /** Every modelling assumption, one sentence each. */
  assumptions: string[];
  /** Which formula produced which figure, each labelled exact or approximation. */
  methods: string[];
  /** Papers cited by the methods, one full citation each. */
  references: string[];
}

/** The outcome for one demand (a request for Bell pairs between two nodes at a target fidelity). */
export interface DemandReport {
  /** Demand identifier from the scenario. */
  key: string;
  /** Source node key. */
  source: string;
  /** Target node key. */
  target: string;
  /** Required end-to-end fidelity, in [0, 1]. */
  targetFidelity: number;
  /** Requested rate in pairs/s, when the scenario asks for one. */
  requestedRateHz?: number;
  /**
   * `ok`: pairs are delivered at or above the target fidelity; `unreachable`: no configuration of the model
   * reaches the target fidelity on any route; `no-route`: the endpoints are not connected; `no-rate`: a route
   * exists but its rate is zero (e.g. allocated nothing).
   */
  status: 'ok' | 'unreachable' | 'no-route' | 'no-rate';
  /** Why the status is not `ok`, in a planner's words (e.g. which limit the fidelity hits). */
  explanation?: string;
  /** The chosen route: node keys from source to target, edge keys in order, total length in metres. */
  route?: { nodes: string[]; edges: string[]; lengthM: number };
  /** Delivered end-to-end pairs/s at >= target fidelity (after allocation when present). */
  rateHz?: number;
  /** What the route alone could deliver, in pairs/s, before sharing with other demands. */
  unallocatedRateHz?: number;
  /** Delivered end-to-end fidelity, in [0, 1]. */
  fidelity?: number;
  /** Mean time to deliver one end-to-end pair, in seconds. */
  latencyS?: number;
  /** Standard deviation of that time, in seconds. */
  jitterS?: number;
  /** Purification rounds applied (non-negative integer). */
  purificationRounds?: number;
  /** The edge that limits the rate, and why. */
  bottleneck?: { edgeKey: string; reason: string };
  /**
   * Upper bounds on the rate, in pairs/s: the PLOB repeaterless bound of the bottleneck link and the min-cut
   * bound over the network, with a sentence saying what they bound.
   */
  bound?: { plobPairsPerS?: number; minCutPairsPerS?: number; description: string };
  /**
   * Effective qubit bandwidth: pairs/s, teleported qubits/s (each needs one pair and two classical bits), whether
   * the classical channel is the limit, and a note.
   */
  effectiveBandwidth?: { pairsPerS: number; qubitsPerS: number; classicalLimited: boolean; note: string };
  /** Other configurations tried (other routes, protocols, platforms) and how they fared. */
  alternatives?: {
    label: string;
    rateHz?: number;
    fidelity?: number;
    latencyS?: number;
    status: string;
    explanation?: string;
  }[];
  /** Methods specific to this demand (which formula produced its figures). */
  methods?: string[];
}

/** Convenience aliases for the element types of the report's arrays. */
export type ReportNode = CapacityReport['network']['nodes'][number];
/** An edge of {@link CapacityReport.network}. */
export type ReportEdge = CapacityReport['network']['edges'][number];
/** The allocation section of a report. */
export type ReportAllocation = NonNullable<CapacityReport['allocation']>;
/** A series of a {@link ChartSpec}. */
export type ChartSeries = ChartSpec['series'][number];
