/**
 * HTML rendering of a capacity report: ONE self-contained file (inline CSS, images as data: URIs, no scripts,
 * no external URLs) under a strict Content-Security-Policy, printable on A4 and the source of the PDF. It holds
 * the scenario, an SVG topology with each demand's route and bottleneck, the per-demand table, explanations,
 * bounds, alternatives, allocation, distributed-ML workloads (when any), network, settings, charts (images
 * supplied by the caller, else their data as tables), assumptions, methods and references. All text is escaped
 * (html-text.ts).
 * Source: design.md ("Reports never print the live WebGL view; they render their own page").
 * Assumptions: chart images are PNG data URIs produced by the CLI or the app (renderChartPng / chart.js).
 */
import { ParameterError } from '../../core/index.js';
import { chartMarkerNotes, chartSeriesTable } from './chart-table.js';
import { REPORT_CSS } from './html-style.js';
import { escapeHtml, htmlList, htmlTable } from './html-text.js';
import type { CapacityReport, ChartSpec } from './report-model.js';
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
import { renderTopologySvg, routesOfDemands } from './topology-svg.js';
import {
  workloadHeading,
  workloadNotes,
  workloadSummaryTable,
  workloadTaskTable,
  workloadTimeTable,
} from './workload-text.js';

/** Options of {@link renderReportHtml}. */
export interface HtmlReportOptions {
  /** PNG images of the charts, by chart id, as `data:image/png;base64,...` URIs. Charts without one get a table. */
  readonly chartImages?: Readonly<Record<string, string>>;
}

/** The Content-Security-Policy of the report: nothing may load except inline styles and data: images. */
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const PNG_DATA_URI = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

function checkImages(report: CapacityReport, images: Readonly<Record<string, string>>): void {
  const ids = new Set((report.charts ?? []).map((chart) => chart.id));
  for (const [id, uri] of Object.entries(images)) {
    if (!ids.has(id)) throw new ParameterError(`chartImages.${id}`, 'no chart with this id in the report');
    if (!PNG_DATA_URI.test(uri)) {
      throw new ParameterError(`chartImages.${id}`, 'must be a data:image/png;base64 URI');
    }
  }
}

function facts(pairs: readonly (readonly [string, string | undefined])[]): string {
  const rows = pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<dl class="facts">\n${rows.join('\n')}\n</dl>`;
}

function section(title: string, ...body: string[]): string {
  return `<section>\n<h2>${escapeHtml(title)}</h2>\n${body.join('\n')}\n</section>`;
}

function topologyFigure(report: CapacityReport): string {
  const svg = renderTopologySvg(report.network, routesOfDemands(report.demands), {
    title: `Network topology of ${report.scenario.name}`,
  });
  const nodes = report.network.nodes;
  const geographic =
    nodes.length > 0 && nodes.every((node) => node.latitude !== undefined && node.longitude !== undefined);
  const caption = geographic
    ? 'Topology drawn from node latitude/longitude (equirectangular projection fitted to the network).'
    : 'Topology drawn on a circle (not every node has coordinates); positions carry no distance.';
  return `<figure>\n${svg}\n<figcaption>${escapeHtml(caption)} Each routed demand has its own colour.</figcaption>\n</figure>`;
}

function demandSection(report: CapacityReport): string {
  const parts = [htmlTable(demandTable(report)), '<h3>Routes</h3>', htmlTable(routeTable(report))];
  const explained = report.demands.filter(
    (demand) => demand.status !== 'ok' || demand.explanation !== undefined,
  );
  if (explained.length > 0) {
    parts.push(
      '<h3>Explanations</h3>',
      htmlList(
        explained.map(
          (demand) =>
            `${demand.key} (${STATUS_LABELS[demand.status]}): ${demand.explanation ?? 'no explanation given'}`,
        ),
      ),
    );
  }
  const bottlenecks = report.demands.filter((demand) => demand.bottleneck);
  parts.push(
    '<h3>Bottlenecks</h3>',
    bottlenecks.length === 0
      ? '<p class="muted">No demand reports a bottleneck edge.</p>'
      : htmlList(bottlenecks.map((d) => `${d.key}: edge ${d.bottleneck!.edgeKey} — ${d.bottleneck!.reason}`)),
  );
  const bounds = boundTable(report);
  if (bounds.rows.length > 0) {
    const notes = report.demands.flatMap((demand) => [
      ...(demand.bound ? [`${demand.key}: ${demand.bound.description}`] : []),
      ...(demand.effectiveBandwidth ? [`${demand.key}: ${demand.effectiveBandwidth.note}`] : []),
    ]);
    parts.push('<h3>Bounds and effective bandwidth</h3>', htmlTable(bounds), htmlList(notes));
  }
  for (const demand of report.demands) {
    if (demand.alternatives && demand.alternatives.length > 0) {
      parts.push(`<h3>Alternatives for ${escapeHtml(demand.key)}</h3>`, htmlTable(alternativeTable(demand)));
    }
  }
  return section('Demands', ...parts);
}

function allocationSection(report: CapacityReport): string {
  const allocation = report.allocation;
  if (!allocation)
    return section('Allocation', '<p class="muted">No allocation across demands was computed.</p>');
  const summary = facts([
    ['Objective', allocation.objective],
    ['Status', allocation.status],
    ['Message', allocation.message],
    ['Total allocated rate', quantity(allocation.totalRateHz, 'pairs/s')],
  ]);
  const table =
    allocation.constraints.length > 0 ? htmlTable(constraintTable(allocation), 'Constraints') : '';
  return section('Allocation', summary, table);
}

function workloadSection(report: CapacityReport): string[] {
  const workloads = report.workloads ?? [];
  if (workloads.length === 0) return [];
  const parts = [htmlTable(workloadSummaryTable(report), 'Inference on each workload')];
  for (const workload of workloads) {
    parts.push(
      `<h3>${escapeHtml(workloadHeading(workload))}</h3>`,
      htmlList(workloadNotes(workload)),
      htmlTable(workloadTaskTable(workload), 'Tasks'),
      htmlTable(workloadTimeTable(workload), 'Time: communication + compute + latency'),
      '<h4>Assumptions</h4>',
      htmlList(workload.assumptions),
    );
  }
  return [section('Distributed-ML workloads', ...parts)];
}

function chartFigure(chart: ChartSpec, image: string | undefined): string {
  const markers = chartMarkerNotes(chart);
  const body =
    image === undefined
      ? htmlTable(chartSeriesTable(chart), `${chart.title} (data; no image was supplied)`)
      : `<img src="${escapeHtml(image)}" alt="${escapeHtml(`Chart: ${chart.title}`)}">`;
  const caption = [chart.title, ...markers].join('. ');
  return `<figure class="chart" data-chart="${escapeHtml(chart.id)}">\n${body}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

/**
 * Renders the report as one self-contained HTML document.
 * @param options.chartImages - PNG data URIs by chart id (from `chartImages(report)` in the CLI or the app).
 * @throws ValidationError when the report is invalid; ParameterError (`chartImages.<id>`) for an image that is
 *   not a PNG data URI or names no chart.
 */
export function renderReportHtml(report: CapacityReport, options: HtmlReportOptions = {}): string {
  const valid = requireValidReport(report);
  const images = options.chartImages ?? {};
  checkImages(valid, images);
  const { scenario, generator } = valid;
  const demandMethods = valid.demands.flatMap((d) =>
    (d.methods ?? []).map((method) => `${d.key}: ${method}`),
  );
  const charts = valid.charts ?? [];
  const body = [
    `<header>\n<h1>Capacity report: ${escapeHtml(scenario.name)}</h1>`,
    facts([
      ['Scenario', scenario.name],
      ['Description', scenario.description],
      ['Seed', String(scenario.seed)],
      ['File', scenario.file],
      ['Generator', `${generator.name} ${generator.version}`],
      ['Format', `${valid.kind} version ${valid.schemaVersion}`],
    ]),
    '</header>',
    section('Topology', topologyFigure(valid)),
    demandSection(valid),
    allocationSection(valid),
    ...workloadSection(valid),
    section('Network', htmlTable(nodeTable(valid), 'Nodes'), htmlTable(edgeTable(valid), 'Edges')),
    section('Settings', htmlTable(settingsTable(valid))),
    ...(charts.length > 0
      ? [section('Charts', ...charts.map((chart) => chartFigure(chart, images[chart.id])))]
      : []),
    section('Assumptions', htmlList(valid.assumptions)),
    section('Methods', htmlList([...valid.methods, ...demandMethods])),
    section('References', htmlList(valid.references, true)),
    `<footer>Generated by ${escapeHtml(`${generator.name} ${generator.version}`)}; the JSON export of this report holds every input.</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`Capacity report: ${scenario.name}`)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
