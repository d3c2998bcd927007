/**
 * Chart images for reports: a ChartSpec drawn by chart.js on @napi-rs/canvas (no browser) into a PNG. Output
 * is deterministic — the bundled DejaVu Sans is registered once and used for all text, animation is off, the
 * device pixel ratio is 1 and the size is explicit — so the same spec gives the same bytes on every machine
 * with the same package versions. Log axes follow `logX`/`logY`; markers are dashed vertical lines.
 * Assumptions: line charts join points in increasing x; bar charts put each distinct x on a category axis
 * (labelled with the formatted x), and a series without a point at some x has no bar there.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  type ChartConfiguration,
} from 'chart.js';
import { requireInRange, requireInteger } from '../../core/index.js';
import {
  routeColour,
  validateCapacityReport,
  validateChartSpec,
  type CapacityReport,
  type ChartSpec,
} from '../../report/capacity-report/index.js';
import { formatNumber } from '../../report/format-number.js';
import { backgroundPlugin, markerPlugin, type ChartMarker } from './chart-plugins.js';

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
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    BarController,
    BarElement,
    LinearScale,
    LogarithmicScale,
    CategoryScale,
    Legend,
    Title,
  );
  Chart.defaults.font.family = CHART_FONT_FAMILY;
  Chart.defaults.color = '#333333';
  ready = true;
}

/** Sorted distinct x values of all series (the categories of a bar chart). */
function distinctXs(spec: ChartSpec): number[] {
  return [...new Set(spec.series.flatMap((series) => series.points.map((point) => point.x)))].sort(
    (a, b) => a - b,
  );
}

/** Position of x on a category axis: the index of its category, interpolated between neighbours. */
function categoryPosition(xs: readonly number[], x: number): number {
  for (let index = 0; index < xs.length; index++) {
    if (x === xs[index]) return index;
    if (index + 1 < xs.length && x > xs[index]! && x < xs[index + 1]!) {
      return index + (x - xs[index]!) / (xs[index + 1]! - xs[index]!);
    }
  }
  return Number.NaN; // outside the axis: the plugin skips it
}

function configuration(spec: ChartSpec): ChartConfiguration {
  const axisTitle = (text: string) => ({ display: true, text, font: { size: 13 } });
  const yScale = {
    type: spec.logY ? ('logarithmic' as const) : ('linear' as const),
    title: axisTitle(spec.yLabel),
  };
  const common = {
    responsive: false,
    animation: false as const,
    devicePixelRatio: 1,
    events: [],
    plugins: { title: { display: true, text: spec.title, font: { size: 15 } }, legend: { display: true } },
  };
  if (spec.kind === 'bar') {
    const xs = distinctXs(spec);
    return {
      type: 'bar',
      data: {
        labels: xs.map((x) => formatNumber(x)),
        datasets: spec.series.map((series, index) => {
          const byX = new Map(series.points.map((point) => [point.x, point.y]));
          return {
            label: series.label,
            data: xs.map((x) => byX.get(x) ?? null),
            backgroundColor: routeColour(index),
          };
        }),
      },
      options: { ...common, scales: { x: { type: 'category', title: axisTitle(spec.xLabel) }, y: yScale } },
    };
  }
  return {
    type: 'line',
    data: {
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: [...series.points].sort((a, b) => a.x - b.x),
        borderColor: routeColour(index),
        backgroundColor: routeColour(index),
        borderWidth: 2,
        pointRadius: 3,
      })),
    },
    options: {
      ...common,
      scales: { x: { type: spec.logX ? 'logarithmic' : 'linear', title: axisTitle(spec.xLabel) }, y: yScale },
    },
  };
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
  const xs = spec.kind === 'bar' ? distinctXs(spec) : [];
  const markers: ChartMarker[] = (spec.markers ?? []).map((marker) => ({
    value: spec.kind === 'bar' ? categoryPosition(xs, marker.x) : marker.x,
    label: marker.label,
  }));
  const config = configuration(spec);
  config.plugins = [backgroundPlugin('#ffffff'), markerPlugin(markers, CHART_FONT_FAMILY)];
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
