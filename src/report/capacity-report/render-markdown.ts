/**
 * Markdown rendering of a capacity report, for pasting into tickets, wikis and papers: title, scenario, the
 * per-demand table, explanations of unmet demands, bottlenecks, bounds and effective bandwidth, alternatives,
 * the allocation, distributed-ML workloads (when any), the network, the settings, chart data as tables,
 * assumptions, methods and references. All user text is escaped (markdown-text.ts); figures come from
 * report-text.ts and workload-text.ts so they match the HTML report.
 * Assumptions: GFM tables are available in the reader's renderer; plain CommonMark shows them as text.
 */
import { chartMarkerNotes, chartSeriesTable } from './chart-table.js';
import { escapeMarkdown, markdownList, markdownNumberedList, markdownTable } from './markdown-text.js';
import type { CapacityReport } from './report-model.js';
import { requireValidReport } from './report-schema.js';
import {
  alternativeTable,
  boundTable,
  constraintTable,
  demandTable,
  routeTable,
  edgeTable,
  nodeTable,
  quantity,
  settingsTable,
  STATUS_LABELS,
} from './report-text.js';
import {
  workloadHeading,
  workloadNotes,
  workloadSummaryTable,
  workloadTaskTable,
  workloadTimeTable,
} from './workload-text.js';

function scenarioSection(report: CapacityReport): string[] {
  const { scenario, generator } = report;
  const lines = [`- Name: ${escapeMarkdown(scenario.name)}`];
  if (scenario.description !== undefined)
    lines.push(`- Description: ${escapeMarkdown(scenario.description)}`);
  lines.push(`- Seed: ${scenario.seed}`);
  if (scenario.file !== undefined) lines.push(`- File: ${escapeMarkdown(scenario.file)}`);
  lines.push(`- Generator: ${escapeMarkdown(`${generator.name} ${generator.version}`)}`);
  lines.push(`- Format: ${report.kind} version ${report.schemaVersion}`);
  return ['## Scenario', '', ...lines];
}

function demandSections(report: CapacityReport): string[] {
  const out = [
    '## Demands',
    '',
    markdownTable(demandTable(report)),
    '',
    '### Routes',
    '',
    markdownTable(routeTable(report)),
  ];
  const unmet = report.demands.filter((demand) => demand.status !== 'ok' || demand.explanation !== undefined);
  if (unmet.length > 0) {
    const items = unmet.map(
      (demand) =>
        `${demand.key} (${STATUS_LABELS[demand.status]}): ${demand.explanation ?? 'no explanation given'}`,
    );
    out.push('', '### Explanations', '', markdownList(items));
  }
  const bottlenecks = report.demands.filter((demand) => demand.bottleneck);
  out.push('', '## Bottlenecks', '');
  out.push(
    bottlenecks.length === 0
      ? 'No demand reports a bottleneck edge.'
      : markdownList(
          bottlenecks.map(
            (demand) => `${demand.key}: edge ${demand.bottleneck!.edgeKey} — ${demand.bottleneck!.reason}`,
          ),
        ),
  );
  const bounds = boundTable(report);
  if (bounds.rows.length > 0) {
    const notes = report.demands.flatMap((demand) => [
      ...(demand.bound ? [`${demand.key}: ${demand.bound.description}`] : []),
      ...(demand.effectiveBandwidth ? [`${demand.key}: ${demand.effectiveBandwidth.note}`] : []),
    ]);
    out.push('', '## Bounds and effective bandwidth', '', markdownTable(bounds), '', markdownList(notes));
  }
  for (const demand of report.demands) {
    if (!demand.alternatives || demand.alternatives.length === 0) continue;
    out.push(
      '',
      `### Alternatives for ${escapeMarkdown(demand.key)}`,
      '',
      markdownTable(alternativeTable(demand)),
    );
  }
  return out;
}

function allocationSection(report: CapacityReport): string[] {
  const allocation = report.allocation;
  if (!allocation) return ['## Allocation', '', 'No allocation across demands was computed.'];
  const lines = [
    `- Objective: ${escapeMarkdown(allocation.objective)}`,
    `- Status: ${escapeMarkdown(allocation.status)}`,
    `- Message: ${escapeMarkdown(allocation.message)}`,
    `- Total allocated rate: ${quantity(allocation.totalRateHz, 'pairs/s')}`,
  ];
  const out = ['## Allocation', '', ...lines];
  if (allocation.constraints.length > 0) out.push('', markdownTable(constraintTable(allocation)));
  return out;
}

function workloadSections(report: CapacityReport): string[] {
  const workloads = report.workloads ?? [];
  if (workloads.length === 0) return [];
  const out = ['## Distributed-ML workloads', '', markdownTable(workloadSummaryTable(report))];
  for (const workload of workloads) {
    out.push(
      '',
      `### ${escapeMarkdown(workloadHeading(workload))}`,
      '',
      markdownList(workloadNotes(workload)),
      '',
      markdownTable(workloadTaskTable(workload)),
      '',
      markdownTable(workloadTimeTable(workload)),
      '',
      `#### Assumptions of ${escapeMarkdown(workload.workloadKey)}`,
      '',
      markdownList(workload.assumptions),
    );
  }
  return out;
}

function chartSections(report: CapacityReport): string[] {
  const out: string[] = [];
  for (const chart of report.charts ?? []) {
    out.push('', `### ${escapeMarkdown(chart.title)}`, '', markdownTable(chartSeriesTable(chart)));
    const markers = chartMarkerNotes(chart);
    if (markers.length > 0) out.push('', markdownList(markers));
  }
  return out.length > 0 ? ['## Charts', ...out] : [];
}

function listSection(title: string, items: readonly string[], numbered = false): string[] {
  if (items.length === 0) return [`## ${title}`, '', 'None recorded.'];
  return [`## ${title}`, '', numbered ? markdownNumberedList(items) : markdownList(items)];
}

/**
 * Renders the report as Markdown (LF line ends, trailing newline).
 * @throws ValidationError when the report is invalid.
 */
export function renderReportMarkdown(report: CapacityReport): string {
  const valid = requireValidReport(report);
  const demandMethods = valid.demands.flatMap((demand) =>
    (demand.methods ?? []).map((method) => `${demand.key}: ${method}`),
  );
  const sections = [
    [`# Capacity report: ${escapeMarkdown(valid.scenario.name)}`],
    scenarioSection(valid),
    demandSections(valid),
    allocationSection(valid),
    workloadSections(valid),
    [
      '## Network',
      '',
      '### Nodes',
      '',
      markdownTable(nodeTable(valid)),
      '',
      '### Edges',
      '',
      markdownTable(edgeTable(valid)),
    ],
    ['## Settings', '', markdownTable(settingsTable(valid))],
    chartSections(valid),
    listSection('Assumptions', valid.assumptions),
    listSection('Methods', [...valid.methods, ...demandMethods]),
    listSection('References', valid.references, true),
  ].filter((section) => section.length > 0);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
