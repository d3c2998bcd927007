/**
 * The words and tables shared by the Markdown and HTML renderers, as plain unescaped text: status labels,
 * numbers with units (via format-number.ts), and the rows of the demand, network, allocation and settings
 * tables. Each renderer escapes the cells for its own format. Keeping the content here means the two formats
 * can never disagree about a figure.
 * Assumptions: the report is valid (finite numbers, known keys); a missing value prints as an em dash.
 */
import { formatDuration, formatNumber, formatQuantity } from '../format-number.js';
import type { CapacityReport, DemandReport } from './report-model.js';

/** A table as plain text: headers, rows of cells, and which columns hold numbers (right-aligned). */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Indices of numeric columns. */
  readonly numeric: readonly number[];
}

/** What a missing value prints as. */
export const MISSING = '—';

/** Human label of a demand status. */
export const STATUS_LABELS: Readonly<Record<DemandReport['status'], string>> = {
  ok: 'OK',
  unreachable: 'unreachable',
  'no-route': 'no route',
  'no-rate': 'no rate',
};

/** A quantity with its unit, or the missing mark. */
export function quantity(value: number | undefined, unit: string): string {
  return value === undefined ? MISSING : formatQuantity(value, unit);
}

/** A length given in metres, shown in km (`25 km`, `8102 km`), as network planners read routes. */
export function kilometres(metres: number | undefined): string {
  return metres === undefined ? MISSING : `${formatNumber(metres / 1000)} km`;
}

/** A duration in seconds, hours or days (`6.89 s`, `11.5 days`), or the missing mark. */
export function duration(value: number | undefined): string {
  return value === undefined ? MISSING : formatDuration(value);
}

/** A dimensionless number (fidelity, count), or the missing mark. */
export function plain(value: number | undefined): string {
  return value === undefined ? MISSING : formatNumber(value);
}

/** A fraction as a percentage with one decimal (0.934 -> `93.4 %`). */
export function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/** Route as `a → b → c`. */
export function routeText(demand: DemandReport): string {
  return demand.route ? demand.route.nodes.join(' → ') : MISSING;
}

/** The per-demand figures table (one row per demand): status, rate, fidelity, timing, purification. */
export function demandTable(report: CapacityReport): TextTable {
  return {
    headers: [
      'Demand',
      'Status',
      'Target F',
      'Requested',
      'Rate',
      'Fidelity',
      'Latency',
      'Jitter',
      'Purif. rounds',
    ],
    numeric: [2, 3, 4, 5, 6, 7, 8],
    rows: report.demands.map((demand) => [
      demand.key,
      STATUS_LABELS[demand.status],
      formatNumber(demand.targetFidelity),
      quantity(demand.requestedRateHz, 'pairs/s'),
      quantity(demand.rateHz, 'pairs/s'),
      plain(demand.fidelity),
      duration(demand.latencyS),
      duration(demand.jitterS),
      plain(demand.purificationRounds),
    ]),
  };
}

/** The per-demand route table: endpoints, route, length and bottleneck edge. */
export function routeTable(report: CapacityReport): TextTable {
  return {
    headers: ['Demand', 'Endpoints', 'Route', 'Length', 'Bottleneck edge'],
    numeric: [3],
    rows: report.demands.map((demand) => [
      demand.key,
      `${demand.source} → ${demand.target}`,
      routeText(demand),
      kilometres(demand.route?.lengthM),
      demand.bottleneck?.edgeKey ?? MISSING,
    ]),
  };
}

/** Bounds and effective bandwidth per demand that has either. */
export function boundTable(report: CapacityReport): TextTable {
  const rows = report.demands
    .filter((demand) => demand.bound || demand.effectiveBandwidth)
    .map((demand) => [
      demand.key,
      quantity(demand.rateHz, 'pairs/s'),
      quantity(demand.bound?.plobPairsPerS, 'pairs/s'),
      quantity(demand.bound?.minCutPairsPerS, 'pairs/s'),
      quantity(demand.effectiveBandwidth?.qubitsPerS, 'qubit/s'),
      demand.effectiveBandwidth
        ? demand.effectiveBandwidth.classicalLimited
          ? 'classical'
          : 'quantum'
        : MISSING,
    ]);
  return {
    headers: ['Demand', 'Rate', 'PLOB bound', 'Min-cut bound', 'Effective qubits', 'Limited by'],
    numeric: [1, 2, 3, 4],
    rows,
  };
}

/** Alternatives tried for one demand. */
export function alternativeTable(demand: DemandReport): TextTable {
  return {
    headers: ['Alternative', 'Status', 'Rate', 'Fidelity', 'Latency', 'Explanation'],
    numeric: [2, 3, 4],
    rows: (demand.alternatives ?? []).map((alternative) => [
      alternative.label,
      alternative.status,
      quantity(alternative.rateHz, 'pairs/s'),
      plain(alternative.fidelity),
      duration(alternative.latencyS),
      alternative.explanation ?? MISSING,
    ]),
  };
}

/** Allocation constraints (edge and node capacities) with utilisation. */
export function constraintTable(allocation: NonNullable<CapacityReport['allocation']>): TextTable {
  return {
    headers: ['Resource', 'Key', 'Utilisation', 'Binding'],
    numeric: [2],
    rows: allocation.constraints.map((constraint) => [
      constraint.kind,
      constraint.key,
      percent(constraint.utilisation),
      constraint.binding ? 'yes' : 'no',
    ]),
  };
}

/** Nodes with their coordinates. */
export function nodeTable(report: CapacityReport): TextTable {
  return {
    headers: ['Node', 'Kind', 'Label', 'Latitude (°)', 'Longitude (°)'],
    numeric: [3, 4],
    rows: report.network.nodes.map((node) => [
      node.key,
      node.kind,
      node.label ?? MISSING,
      plain(node.latitude),
      plain(node.longitude),
    ]),
  };
}

/** Edges with their elementary-link figures. */
export function edgeTable(report: CapacityReport): TextTable {
  return {
    headers: ['Edge', 'From', 'To', 'Kind', 'Length', 'Link rate', 'Link fidelity'],
    numeric: [4, 5, 6],
    rows: report.network.edges.map((edge) => [
      edge.key,
      edge.source,
      edge.target,
      edge.kind,
      kilometres(edge.lengthM),
      quantity(edge.rateHz, 'pairs/s'),
      plain(edge.fidelity),
    ]),
  };
}

/** Model settings, sorted by name, values exactly as given. */
export function settingsTable(report: CapacityReport): TextTable {
  return {
    headers: ['Setting', 'Value'],
    numeric: [],
    rows: Object.keys(report.settings)
      .sort()
      .map((name) => {
        const value = report.settings[name]!;
        // Settings are inputs: print them exactly, not rounded.
        return [name, String(value)];
      }),
  };
}
