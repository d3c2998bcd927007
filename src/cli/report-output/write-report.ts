/**
 * Writing a capacity report to a file in one of five formats: JSON, CSV and Markdown straight from the pure
 * renderers; HTML with chart images drawn by chart.js; PDF by printing that HTML in Chromium. Every write is
 * atomic (temporary sibling, then rename), so an interrupted export never leaves a half-written report.
 * Assumptions: the format is given explicitly or taken from the file extension (`reportFormatOfFile`).
 */
import path from 'node:path';
import { ParameterError } from '../../core/index.js';
import {
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  type CapacityReport,
} from '../../report/capacity-report/index.js';
import { writeFileAtomic } from '../files.js';
import { chartImages, DEFAULT_CHART_SIZE, type ChartSize } from './chart-png.js';
import { htmlToPdf } from './html-to-pdf.js';

/** Output formats of a capacity report. */
export type ReportFormat = 'json' | 'csv' | 'md' | 'html' | 'pdf';

/** Every format, in the order help text lists them. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'csv', 'md', 'html', 'pdf'];

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** Options of {@link renderReport} and {@link writeReport}. */
export interface WriteReportOptions {
  /** Chart image size for HTML and PDF; default {@link DEFAULT_CHART_SIZE}. */
  readonly chartSize?: ChartSize;
  /** Chromium executable for PDF; default QNET_CHROMIUM or /usr/bin/chromium. */
  readonly chromiumPath?: string;
}

/** The format a file name implies (`report.pdf` -> `pdf`), or undefined for an unknown extension. */
export function reportFormatOfFile(file: string): ReportFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

function requireFormat(format: string): ReportFormat {
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ParameterError(
      'format',
      `must be one of ${REPORT_FORMATS.join(', ')} (got ${JSON.stringify(format)})`,
    );
  }
  return format as ReportFormat;
}

/**
 * Renders the report in `format`: text for json/csv/md/html, PDF bytes for pdf.
 * @throws ParameterError (`format`) for an unknown format; ValidationError for an invalid report; QnetError
 *   when PDF export has no Chromium.
 */
export async function renderReport(
  report: CapacityReport,
  format: ReportFormat,
  options: WriteReportOptions = {},
): Promise<string | Buffer> {
  switch (requireFormat(format)) {
    case 'json':
      return renderReportJson(report);
    case 'csv':
      return renderReportCsv(report);
    case 'md':
      return renderReportMarkdown(report);
    case 'html':
    case 'pdf': {
      const images = await chartImages(report, options.chartSize ?? DEFAULT_CHART_SIZE);
      const html = renderReportHtml(report, { chartImages: images });
      if (format === 'html') return html;
      return htmlToPdf(
        html,
        options.chromiumPath === undefined ? {} : { chromiumPath: options.chromiumPath },
      );
    }
  }
}

/**
 * Renders the report and writes it to `outFile` atomically (parent folders are created).
 * @throws as {@link renderReport}; QnetError naming the file when it cannot be written.
 */
export async function writeReport(
  report: CapacityReport,
  format: ReportFormat,
  outFile: string,
  options: WriteReportOptions = {},
): Promise<void> {
  const content = await renderReport(report, format, options);
  writeFileAtomic(outFile, content);
}
