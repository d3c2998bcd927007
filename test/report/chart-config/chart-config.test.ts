/**
 * The chart.js configuration and plugins shared by the report's PNG charts and the app: the report look is the
 * PNG charts' configuration (chart.js colours, 15/13 px titles, formatted category labels), nothing is registered
 * globally, and marker labels are placed so they stay in the chart area and never overlap each other.
 */
import fc from 'fast-check';
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  chartConfiguration,
  MARKER_ROW_HEIGHT,
  markerPlugin,
  placeMarkerLabel,
  REPORT_CHART_LOOK,
  backgroundPlugin,
} from '../../../src/report/chart-config/index.js';
import { formatNumber, type ChartSpec } from '../../../src/report/index.js';
import { sampleReport } from '../capacity-report/sample-report.js';

// The report's bar chart with one category far from the others (a formatted label).
const sampleBar = sampleReport().charts![1]!;
const bar: ChartSpec = {
  ...sampleBar,
  logY: false,
  series: [
    {
      label: 'delivered',
      points: [
        { x: 1, y: 3 },
        { x: 1500, y: 4 },
      ],
    },
  ],
};

const AREA = { left: 50, right: 450, top: 30, bottom: 250 };

describe('chartConfiguration with the report look', () => {
  it('leaves colours to chart.js, sets the title sizes and formats category labels', () => {
    const config = chartConfiguration(bar, REPORT_CHART_LOOK);
    expect(config.data.labels).toEqual([formatNumber(1), formatNumber(1500)]);
    expect(config.data.labels).toEqual(['1', '1500']);
    const options = config.options as {
      plugins: { title: Record<string, unknown>; legend: Record<string, unknown> };
      scales: Record<string, Record<string, unknown>>;
    };
    expect(options.plugins.title).toEqual({ display: true, text: sampleBar.title, font: { size: 15 } });
    expect(options.plugins.legend).toEqual({ display: true });
    expect(options.scales['x']).toEqual({
      type: 'category',
      title: { display: true, text: sampleBar.xLabel, font: { size: 13 } },
    });
    expect(options.scales['y']).toEqual({
      type: 'linear',
      title: { display: true, text: sampleBar.yLabel, font: { size: 13 } },
    });
  });

  it('registers nothing globally (callers register the chart.js parts they use)', () => {
    chartConfiguration(bar, REPORT_CHART_LOOK);
    markerPlugin([], { lineColour: '#000', textColour: '#000', font: '11px sans-serif' });
    expect(() => Chart.registry.getController('bar')).toThrow();
  });
});

describe('placeMarkerLabel', () => {
  it('puts a label on the side with more room, one row per drawn label', () => {
    expect(placeMarkerLabel(100, 60, 0, AREA)).toEqual({ x: 104, align: 'left', top: 34 });
    expect(placeMarkerLabel(400, 60, 1, AREA)).toEqual({
      x: 396,
      align: 'right',
      top: 34 + MARKER_ROW_HEIGHT,
    });
  });

  it('shifts a label too wide for its side back into the chart area', () => {
    // Left of the middle, 300 px wide, 246 px of room on the right: ends at the right edge.
    expect(placeMarkerLabel(200, 300, 0, AREA)).toMatchObject({ x: 150, align: 'left' });
    // Right of the middle: starts at the left edge.
    expect(placeMarkerLabel(300, 300, 0, AREA)).toMatchObject({ x: 350, align: 'right' });
    // Wider than the whole area: starts at the left edge either way.
    expect(placeMarkerLabel(200, 500, 0, AREA)).toMatchObject({ x: 50, align: 'left' });
  });

  it('keeps labels that fit inside the chart area, and labels of different rows never overlap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: AREA.left, max: AREA.right, noNaN: true }),
        fc.double({ min: 1, max: 400, noNaN: true }),
        fc.nat(5),
        (lineX, width, row) => {
          const at = placeMarkerLabel(lineX, width, row, AREA);
          const left = at.align === 'left' ? at.x : at.x - width;
          expect(left).toBeGreaterThanOrEqual(AREA.left - 1e-9);
          expect(left + width).toBeLessThanOrEqual(AREA.right + 1e-9);
          const next = placeMarkerLabel(lineX, width, row + 1, AREA);
          expect(next.top - at.top).toBe(MARKER_ROW_HEIGHT);
        },
      ),
    );
  });
});

/** A fake chart: a recording 2D context, an x scale of 1 pixel per unit from the area's left. */
function fakeChart() {
  const calls: string[] = [];
  const ctx = new Proxy(
    { measureText: (text: string) => ({ width: text.length * 6 }) } as Record<string, unknown>,
    {
      get(target, key: string) {
        if (key in target) return target[key];
        return (...args: unknown[]) => calls.push(`${key}(${args.join(',')})`);
      },
      set(_target, key: string, value) {
        calls.push(`${key}=${String(value)}`);
        return true;
      },
    },
  );
  const chart = {
    ctx,
    width: 500,
    height: 300,
    chartArea: AREA,
    scales: { x: { getPixelForValue: (value: number) => AREA.left + value } },
  };
  return { chart: chart as unknown as Chart, calls };
}

describe('markerPlugin and backgroundPlugin', () => {
  it('draws each visible marker with its label on its own row, backing box first, skipping hidden ones', () => {
    const { chart, calls } = fakeChart();
    const markers = [
      { value: 100, label: 'this workload, N = 1048576' },
      { value: 1e6, label: 'off the axis' },
      { value: 120, label: 'crossover, N = 17592186044416' },
    ];
    const plugin = markerPlugin(() => markers, {
      lineColour: '#444',
      textColour: '#222',
      font: '11px sans-serif',
      labelBacking: '#fff',
    });
    (plugin.afterDatasetsDraw as (chart: Chart) => void)(chart);
    const texts = calls.filter((call) => call.startsWith('fillText('));
    expect(texts).toEqual([
      'fillText(this workload, N = 1048576,154,34)',
      `fillText(crossover, N = 17592186044416,174,${34 + MARKER_ROW_HEIGHT})`,
    ]);
    const firstBox = calls.indexOf('fillStyle=#fff');
    expect(firstBox).toBeGreaterThan(-1);
    expect(firstBox).toBeLessThan(calls.indexOf('fillStyle=#222'));
    expect(calls.filter((call) => call.startsWith('fillRect(')).length).toBe(2);
  });

  it('draws no backing box without labelBacking, and fills the background with the current colour', () => {
    const { chart, calls } = fakeChart();
    const plugin = markerPlugin([{ value: 10, label: 'a' }], {
      lineColour: '#444',
      textColour: '#222',
      font: '11px sans-serif',
    });
    (plugin.afterDatasetsDraw as (chart: Chart) => void)(chart);
    expect(calls.some((call) => call.startsWith('fillRect('))).toBe(false);
    let colour = '#ffffff';
    const background = backgroundPlugin(() => colour);
    colour = '#101010';
    (background.beforeDraw as (chart: Chart) => void)(chart);
    expect(calls).toContain('fillStyle=#101010');
    expect(calls).toContain('fillRect(0,0,500,300)');
  });
});
