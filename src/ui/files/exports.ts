/**
 * Exports from the app, with the same renderers as `qnet plan --format`: the capacity report as HTML, CSV,
 * JSON, Markdown and PDF (the HTML page printed by the host: printToPDF in Electron, headless Chromium behind
 * `qnet serve`), the scenario file, and the topology as GraphML or GEXF. Files go where the host puts
 * exports (a save dialog in Electron, a download in the browser).
 * Assumptions: the report's chart images are the PNGs of the app's own chart canvases, when drawn.
 */
import type { HostApi } from '../../core/index.js';
import {
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  type CapacityReport,
} from '../../report/index.js';
import type { ScenarioDraft } from '../state/draft-types.js';
import { exportGexf } from '../graph-io/graph-files.js';
import { scenarioToGraphml } from '../graph-io/scenario-to-graph.js';

/** Report formats the app exports. */
export const REPORT_EXPORTS = ['html', 'pdf', 'csv', 'json', 'md'] as const;
/** A report format. */
export type ReportExport = (typeof REPORT_EXPORTS)[number];

/** Other exports. */
export const DOCUMENT_EXPORTS = ['scenario', 'graphml', 'gexf'] as const;
/** A document export. */
export type DocumentExport = (typeof DOCUMENT_EXPORTS)[number];

const MIME: Readonly<Record<ReportExport, string>> = {
  html: 'text/html',
  pdf: 'application/pdf',
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
};

/** File name stem of a document name: `metro.qnet.json` -> `metro`. */
export function stemOf(name: string): string {
  return name.replace(/\.qnet\.json$|\.json$/i, '') || 'scenario';
}

/** The HTML report page, with chart images whose ids the report has (others are dropped). */
export function reportHtml(report: CapacityReport, images: Readonly<Record<string, string>> = {}): string {
  const ids = new Set((report.charts ?? []).map((chart) => chart.id));
  const chartImages = Object.fromEntries(
    Object.entries(images).filter(([id, uri]) => ids.has(id) && uri.startsWith('data:image/png;base64,')),
  );
  return renderReportHtml(report, { chartImages });
}

/** Exports the report in one format; resolves with the saved name, or null when the user cancelled. */
export async function exportReport(
  host: HostApi,
  report: CapacityReport,
  format: ReportExport,
  documentName: string,
  images: Readonly<Record<string, string>> = {},
): Promise<string | null> {
  const suggestedName = `${stemOf(documentName)}-report.${format}`;
  let data: string | Uint8Array;
  switch (format) {
    case 'html':
      data = reportHtml(report, images);
      break;
    case 'pdf':
      data = await host.renderPdf(reportHtml(report, images));
      break;
    case 'csv':
      data = renderReportCsv(report);
      break;
    case 'json':
      data = renderReportJson(report);
      break;
    case 'md':
      data = renderReportMarkdown(report);
      break;
  }
  const saved = await host.exportFile({ suggestedName, mimeType: MIME[format], data });
  return saved?.name ?? null;
}

/** Exports the scenario file or its topology. */
export async function exportDocument(
  host: HostApi,
  kind: DocumentExport,
  document: ScenarioDraft,
  scenarioText: string,
  documentName: string,
): Promise<string | null> {
  const stem = stemOf(documentName);
  const request =
    kind === 'scenario'
      ? { suggestedName: `${stem}.qnet.json`, mimeType: 'application/json', data: scenarioText }
      : kind === 'graphml'
        ? {
            suggestedName: `${stem}.graphml`,
            mimeType: 'application/graphml+xml',
            data: scenarioToGraphml(document),
          }
        : { suggestedName: `${stem}.gexf`, mimeType: 'application/gexf+xml', data: exportGexf(document) };
  const saved = await host.exportFile(request);
  return saved?.name ?? null;
}
