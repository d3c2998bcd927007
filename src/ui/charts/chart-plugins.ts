/**
 * chart.js plugins of the app's charts: an opaque theme background (so a chart exported with toDataURL is
 * readable on any viewer) and dashed vertical markers with labels (the edge length on a distance chart, the
 * crossover on an ML chart), drawn over the datasets inside the chart area; markers outside the x range are not
 * drawn. Labels go on the side with more room and step down so neighbours do not overlap.
 * Source: chart.js 4 plugin hooks beforeDraw / afterDatasetsDraw; the same drawing rule as the report's PNG charts.
 */
import type { Chart, Plugin } from 'chart.js';
import type { PlacedMarker } from './chart-config.js';
import type { ChartTheme } from './chart-theme.js';

/** Per-chart plugin options: the current theme and markers (replaced on every update). */
export interface ChartDecorations {
  theme: ChartTheme;
  markers: readonly PlacedMarker[];
}

/** Plugins reading their options from `decorations` each time they draw. */
export function decorationPlugins(decorations: ChartDecorations): Plugin[] {
  const background: Plugin = {
    id: 'qnetThemeBackground',
    beforeDraw(chart: Chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = decorations.theme.background;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
  };
  const markers: Plugin = {
    id: 'qnetVerticalMarkers',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales['x'];
      if (!scale || decorations.markers.length === 0) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = decorations.theme.marker;
      ctx.fillStyle = decorations.theme.marker;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'top';
      let row = 0;
      for (const marker of decorations.markers) {
        const x = scale.getPixelForValue(marker.value);
        if (!Number.isFinite(x) || x < chartArea.left - 0.5 || x > chartArea.right + 0.5) continue;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        const right = x < (chartArea.left + chartArea.right) / 2;
        ctx.textAlign = right ? 'left' : 'right';
        ctx.fillText(marker.label, x + (right ? 4 : -4), chartArea.top + 4 + 14 * row++);
      }
      ctx.restore();
    },
  };
  return [background, markers];
}
