/**
 * CSV rendering of a capacity report: one row per demand, one column per figure, the unit in each header
 * (`rate_hz`, `latency_s`, `route_length_m`) and SI values, so spreadsheets and scripts can read it without
 * guessing. Encoding rules (RFC 4180, CRLF line ends, formula-injection defence) are in csv-cell.ts; the
 * columns are documented in docs/report-format.md.
 * Assumptions: multi-valued fields (route nodes and edges) are joined with " > " inside one cell.
 */
import { csvDocument, type CsvValue } from './csv-cell.js';
import type { CapacityReport, DemandReport } from './report-model.js';
import { requireValidReport } from './report-schema.js';

/** A CSV column: header (snake_case with unit suffix) and how to read it from a demand. */
export interface CsvColumn {
  /** Header, e.g. `rate_hz`. */
  readonly header: string;
  /** The cell value for one demand (undefined: empty cell). */
  readonly value: (demand: DemandReport) => CsvValue;
}

const ROUTE_SEPARATOR = ' > ';

/** The columns of the capacity CSV, in order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'demand', value: (d) => d.key },
  { header: 'source', value: (d) => d.source },
  { header: 'target', value: (d) => d.target },
  { header: 'status', value: (d) => d.status },
  { header: 'target_fidelity', value: (d) => d.targetFidelity },
  { header: 'requested_rate_hz', value: (d) => d.requestedRateHz },
  { header: 'rate_hz', value: (d) => d.rateHz },
  { header: 'unallocated_rate_hz', value: (d) => d.unallocatedRateHz },
  { header: 'fidelity', value: (d) => d.fidelity },
  { header: 'latency_s', value: (d) => d.latencyS },
  { header: 'jitter_s', value: (d) => d.jitterS },
  { header: 'purification_rounds', value: (d) => d.purificationRounds },
  { header: 'route_nodes', value: (d) => d.route?.nodes.join(ROUTE_SEPARATOR) },
  { header: 'route_edges', value: (d) => d.route?.edges.join(ROUTE_SEPARATOR) },
  { header: 'route_hops', value: (d) => d.route?.edges.length },
  { header: 'route_length_m', value: (d) => d.route?.lengthM },
  { header: 'bottleneck_edge', value: (d) => d.bottleneck?.edgeKey },
  { header: 'bottleneck_reason', value: (d) => d.bottleneck?.reason },
  { header: 'plob_bound_pairs_per_s', value: (d) => d.bound?.plobPairsPerS },
  { header: 'min_cut_bound_pairs_per_s', value: (d) => d.bound?.minCutPairsPerS },
  { header: 'effective_pairs_per_s', value: (d) => d.effectiveBandwidth?.pairsPerS },
  { header: 'effective_qubits_per_s', value: (d) => d.effectiveBandwidth?.qubitsPerS },
  { header: 'classical_limited', value: (d) => d.effectiveBandwidth?.classicalLimited },
  { header: 'explanation', value: (d) => d.explanation },
];

/**
 * Renders one row per demand under a header row, RFC 4180 with CRLF line ends.
 * @throws ValidationError when the report is invalid.
 */
export function renderReportCsv(report: CapacityReport): string {
  const valid = requireValidReport(report);
  const header = CSV_COLUMNS.map((column) => column.header);
  const rows = valid.demands.map((demand) => CSV_COLUMNS.map((column) => column.value(demand)));
  return csvDocument([header, ...rows]);
}
