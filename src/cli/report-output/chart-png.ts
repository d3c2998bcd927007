/**
 * Chart images for reports: a ChartSpec drawn by chart.js on @napi-rs/canvas (no browser) into a PNG. Output
 * is deterministic — the bundled DejaVu Sans is registered once and used for all text, animation is off, the
 * device pixel ratio is 1 and the size is explicit — so the same spec gives the same bytes on every machine
 * with the same package versions. The configuration and the marker/background plugins are the shared ones of
 * src/report/chart-config (also drawn by the app); this file registers chart.js parts and the font, and draws.
 * Assumptions: line charts join points in increasing x; bar charts put each distinct x on a category axis
 * (labelled with the formatted x), and a series without a point at some x has no bar there.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import { requireInRange, requireInteger } from '../../core/index.js';
import {
  validateCapacityReport,
  validateChartSpec,
  type CapacityReport,
  type ChartSpec,
} from '../../report/capacity-report/index.js';
import {
  backgroundPlugin,
  CHART_SPEC_COMPONENTS,
  chartConfiguration,
  markerPlugin,
  placedMarkers,
  REPORT_CHART_LOOK,
} from '../../report/chart-config/index.js';

/** Pixel size of a chart image. */
export interface ChartSize {
  /** Width in pixels, integer in [64, 8192]. */
  readonly width: number;
  /** Height in pixels, integer in [64, 8192]. */
  readonly height: number;
}

/** Size used for report charts unless the caller says otherwise (fits the A4 text width at ~100 dpi). */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 900, height: 480 };

/** The family name the bundled font is registered under. */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

let ready = false;

/** Registers chart.js parts and the bundled font once per process. */
function setUp(): void {
  if (ready) return;
  const fontFile = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  GlobalFonts.registerFromPath(fontFile, CHART_FONT_FAMILY);
  Chart.register(...CHART_SPEC_COMPONENTS);
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  Chart.defaults.color = '#333333';
  ready = true;
}

/** The chart.js configuration of a report PNG: the shared builder's report look on a fixed-size canvas. */
function configuration(spec: ChartSpec): ChartConfiguration {
  const config = chartConfiguration(spec, REPORT_CHART_LOOK);
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1, events: [] };
  config.plugins = [
    backgroundPlugin('#ffffff'),
    markerPlugin(placedMarkers(spec), {
      lineColour: '#444444',
      textColour: '#222222',
      font: `11px "${CHART_FONT_FAMILY}"`,
    }),
  ];
  return config;
}

/**
 * Draws a chart as a PNG.
 * @param size - integer pixels in [64, 8192] each; default {@link DEFAULT_CHART_SIZE}.
 * @throws ParameterError for a bad size (`width`, `height`); ValidationError for an invalid spec (NaN, a value
 *   <= 0 on a log axis), naming its path.
 */
export async function renderChartPng(spec: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): Promise<Buffer> {
  requireInRange('width', requireInteger('width', size.width, 64), 64, 8192);
  requireInRange('height', requireInteger('height', size.height, 64), 64, 8192);
  const checked = validateChartSpec(spec);
  if (!checked.ok) throw checked.error;
  setUp();
  const canvas = createCanvas(size.width, size.height);
  const config = configuration(spec);
  // chart.js runs on any object with getContext('2d') when there is no DOM (its BasicPlatform).
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, config);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}

/**
 * PNG data URIs of every chart of a report, by chart id, for `renderReportHtml(report, { chartImages })`.
 * @throws ValidationError when the report is invalid.
 */
export async function chartImages(
  report: CapacityReport,
  size: ChartSize = DEFAULT_CHART_SIZE,
): Promise<Record<string, string>> {
  const checked = validateCapacityReport(report);
  if (!checked.ok) throw checked.error;
  const images: Record<string, string> = {};
  for (const spec of checked.value.charts ?? []) {
    images[spec.id] = `data:image/png;base64,${(await renderChartPng(spec, size)).toString('base64')}`;
  }
  return images;
}
