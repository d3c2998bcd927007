/**
 * ChartSpec -> chart.js configuration: log axes as the spec says, nothing a log axis cannot show, lines sorted by
 * x, bars on categories with markers placed between them, theme colours applied, the report's number format on
 * log ticks, a responsive canvas. (The builder is shared with the report's PNGs: src/report/chart-config.)
 */
import { describe, expect, it } from 'vitest';
import {
  barCategories,
  categoryOffset,
  drawablePoints,
  logTick,
  placedMarkers,
} from '../../../src/report/chart-config/index.js';
import type { ChartSpec } from '../../../src/report/index.js';
import { CHART_ASPECT_RATIO, chartConfiguration } from '../../../src/ui/charts/chart-config.js';
import { LIGHT_CHART_THEME, seriesColour } from '../../../src/ui/charts/chart-theme.js';

const line: ChartSpec = {
  id: 'rate',
  title: 'Rate',
  kind: 'line',
  xLabel: 'length (km)',
  yLabel: 'pairs per second',
  logY: true,
  series: [
    {
      label: 'link',
      points: [
        { x: 20, y: 5 },
        { x: 0, y: 10 },
        { x: 10, y: 0 },
        { x: 30, y: Number.NaN },
      ],
    },
  ],
  markers: [{ x: 12, label: 'edge a' }],
};

const bar: ChartSpec = {
  id: 'demand-rates',
  title: 'Per demand',
  kind: 'bar',
  xLabel: 'demand',
  yLabel: 'pairs per second',
  logY: true,
  series: [
    {
      label: 'delivered',
      points: [
        { x: 1, y: 3 },
        { x: 3, y: 4 },
      ],
    },
    {
      label: 'bound',
      points: [
        { x: 2, y: 9 },
        { x: 3, y: -1 },
      ],
    },
  ],
  markers: [
    { x: 2.5, label: 'between' },
    { x: 7, label: 'off the axis' },
  ],
};

describe('chartConfiguration', () => {
  it('draws a line chart on a log y axis with only the drawable points, sorted by x', () => {
    const config = chartConfiguration(line, LIGHT_CHART_THEME);
    expect(config.type).toBe('line');
    const scales = config.options!.scales as Record<string, { type: string; title: { text: string } }>;
    expect(scales['y']!.type).toBe('logarithmic');
    expect(scales['x']!.type).toBe('linear');
    expect(scales['x']!.title.text).toBe('length (km)');
    expect(config.data.datasets[0]!.data).toEqual([
      { x: 0, y: 10 },
      { x: 20, y: 5 },
    ]);
    expect(config.data.datasets[0]!.borderColor).toBe(seriesColour(0));
    expect(config.options!.animation).toBe(false);
    const plugins = config.options!.plugins as { title: { text: string; color: string } };
    expect(plugins.title).toMatchObject({ text: 'Rate', color: LIGHT_CHART_THEME.text });
  });

  it('uses a log x axis only when asked and drops x <= 0 there', () => {
    const logX = { ...line, logX: true, logY: false };
    const scales = chartConfiguration(logX, LIGHT_CHART_THEME).options!.scales as Record<
      string,
      { type: string }
    >;
    expect(scales['x']!.type).toBe('logarithmic');
    expect(scales['y']!.type).toBe('linear');
    expect(drawablePoints(logX, logX.series[0]!.points)).toEqual([
      { x: 10, y: 0 },
      { x: 20, y: 5 },
    ]);
  });

  it('puts bars on one category per distinct x, with gaps where a series has no value', () => {
    const config = chartConfiguration(bar, { ...LIGHT_CHART_THEME, text: '#eeeeee' });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['1', '2', '3']);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [3, null, 4],
      [null, 9, null],
    ]);
    const scales = config.options!.scales as Record<string, { type: string; ticks: { color: string } }>;
    expect(scales['x']!.type).toBe('category');
    expect(scales['x']!.ticks.color).toBe('#eeeeee');
    expect(barCategories(bar)).toEqual([1, 2, 3]);
  });

  it('places markers in the x scale value space (category offsets for bars)', () => {
    expect(placedMarkers(line)).toEqual([{ value: 12, label: 'edge a' }]);
    expect(placedMarkers(bar)).toEqual([{ value: 1.5, label: 'between' }]);
    expect(categoryOffset([1, 2, 4], 3)).toBe(1.5);
    expect(categoryOffset([1, 2, 4], 1)).toBe(0);
    expect(categoryOffset([1, 2, 4], 0.5)).toBeUndefined();
    expect(categoryOffset([], 1)).toBeUndefined();
  });

  it('gives the app look: responsive with a fixed aspect ratio, report-format log ticks, grid colour', () => {
    const config = chartConfiguration(line, { ...LIGHT_CHART_THEME, grid: '#123456' });
    expect(config.options).toMatchObject({
      responsive: true,
      maintainAspectRatio: true,
      aspectRatio: CHART_ASPECT_RATIO,
      parsing: false,
    });
    const scales = config.options!.scales as Record<
      string,
      { ticks: { callback?: unknown; color: string }; grid: { color: string } }
    >;
    expect(scales['y']!.ticks.callback).toBe(logTick);
    expect(scales['x']!.ticks.callback).toBeUndefined();
    expect(scales['y']!.grid.color).toBe('#123456');
    expect((config.data.datasets[0] as { pointRadius: number }).pointRadius).toBe(2.5);
    // Bars are parsed by chart.js (labels + values), so no parsing: false there.
    expect(chartConfiguration(bar, LIGHT_CHART_THEME).options!.parsing).toBeUndefined();
  });
});
