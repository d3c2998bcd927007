/**
 * Two tiny chart.js plugins for report charts (inline, so no extra package): an opaque background (PNG charts
 * are otherwise transparent and vanish on dark viewers) and vertical marker lines with labels (e.g. the route
 * length of a demand on a rate-versus-distance chart), drawn after the datasets inside the chart area.
 * Source: chart.js 4 plugin API (hooks `beforeDraw`, `afterDatasetsDraw`).
 */
import type { Chart, Plugin } from 'chart.js';

/** A vertical marker: where (in the x-scale's value space) and its label. */
export interface ChartMarker {
  readonly value: number;
  readonly label: string;
}

/** Fills the whole canvas with `colour` before anything is drawn. */
export function backgroundPlugin(colour: string): Plugin {
  return {
    id: 'qnetBackground',
    beforeDraw(chart: Chart) {
      const context = chart.ctx;
      context.save();
      context.fillStyle = colour;
      context.fillRect(0, 0, chart.width, chart.height);
      context.restore();
    },
  };
}

/**
 * Draws each marker as a dashed vertical line across the chart area with its label at the top; markers outside
 * the visible x range are skipped.
 * @param fontFamily - the registered font (deterministic text).
 */
export function markerPlugin(markers: readonly ChartMarker[], fontFamily: string): Plugin {
  return {
    id: 'qnetMarkers',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales.x;
      if (!scale) return;
      const area = chart.chartArea;
      const context = chart.ctx;
      context.save();
      context.strokeStyle = '#444444';
      context.fillStyle = '#222222';
      context.lineWidth = 1.5;
      context.setLineDash([6, 4]);
      context.font = `11px "${fontFamily}"`;
      context.textBaseline = 'top';
      markers.forEach((marker, index) => {
        const x = scale.getPixelForValue(marker.value);
        if (!Number.isFinite(x) || x < area.left - 0.5 || x > area.right + 0.5) return;
        context.beginPath();
        context.moveTo(x, area.top);
        context.lineTo(x, area.bottom);
        context.stroke();
        // Labels go on the side with more room, stepped down so neighbouring markers do not overlap.
        const onRight = x < (area.left + area.right) / 2;
        context.textAlign = onRight ? 'left' : 'right';
        context.fillText(marker.label, x + (onRight ? 4 : -4), area.top + 4 + 14 * index);
      });
      context.restore();
    },
  };
}
