/**
 * Two small chart.js plugins shared by the report's PNG charts and the app's charts: an opaque background (a
 * chart image is otherwise transparent and vanishes on dark viewers) and dashed vertical markers with labels (an
 * edge's length on a distance chart, this workload's N and the crossover on an ML chart), drawn after the
 * datasets inside the chart area. Markers outside the x range are skipped.
 * Label placement: each label goes on the side of its line with more room, shifted back when it would leave
 * the chart area, and one row (14 px) below the previous drawn label, so labels of neighbouring markers
 * never overlap each other; an optional backing box keeps data lines from striking through the text.
 * Pure: each plugin draws only on the chart it is given (its ctx); nothing is registered globally here.
 * Source: chart.js 4 plugin API (hooks `beforeDraw`, `afterDatasetsDraw`).
 */
import type { Chart, Plugin } from 'chart.js';
import type { PlacedMarker } from './chart-configuration.js';

/** Colours and font of the markers. */
export interface MarkerStyle {
  /** Colour of the dashed line. */
  readonly lineColour: string;
  /** Colour of the label text. */
  readonly textColour: string;
  /** CSS font of the labels, e.g. `11px "DejaVu Sans"`. */
  readonly font: string;
  /** Fill behind each label (e.g. the chart background, slightly transparent); none when undefined. */
  readonly labelBacking?: string;
}

/** Vertical distance between label rows, pixels (11 px text plus leading). */
export const MARKER_ROW_HEIGHT = 14;
/** Opacity of the box behind a label (when the style asks for one). */
export const LABEL_BACKING_OPACITY = 0.8;
/** Gap between a marker's line and its label, pixels. */
export const MARKER_LABEL_GAP = 4;

/** Where a label is drawn: its anchor x, alignment and top y. */
export interface LabelPlacement {
  readonly x: number;
  readonly align: 'left' | 'right';
  readonly top: number;
}

/**
 * The placement of the `row`-th drawn label of a marker line at `lineX` in a chart area, for a label `width`
 * pixels wide: beside the line on the side with more room; a label too wide for that side is shifted back into
 * the area as far as it goes (it then crosses its line rather than leaving the chart).
 */
export function placeMarkerLabel(
  lineX: number,
  width: number,
  row: number,
  area: { readonly left: number; readonly right: number; readonly top: number },
): LabelPlacement {
  const top = area.top + MARKER_LABEL_GAP + MARKER_ROW_HEIGHT * row;
  if (lineX < (area.left + area.right) / 2) {
    const x = lineX + MARKER_LABEL_GAP;
    return { x: x + width <= area.right ? x : Math.max(area.left, area.right - width), align: 'left', top };
  }
  const x = lineX - MARKER_LABEL_GAP;
  return { x: x - width >= area.left ? x : Math.min(area.right, area.left + width), align: 'right', top };
}

type Source<T> = T | (() => T);
const read = <T>(source: Source<T>): T => (typeof source === 'function' ? (source as () => T)() : source);

/** Fills the whole canvas with `colour` (or what the getter returns at each draw) before anything is drawn. */
export function backgroundPlugin(colour: Source<string>): Plugin {
  return {
    id: 'qnetBackground',
    beforeDraw(chart: Chart) {
      const context = chart.ctx;
      context.save();
      context.fillStyle = read(colour);
      context.fillRect(0, 0, chart.width, chart.height);
      context.restore();
    },
  };
}

/**
 * Draws each marker as a dashed vertical line across the chart area with its label at the top (see the file
 * header for the placement). `markers` and `style` may be getters, read at each draw (the app's theme changes).
 */
export function markerPlugin(markers: Source<readonly PlacedMarker[]>, style: Source<MarkerStyle>): Plugin {
  return {
    id: 'qnetMarkers',
    afterDatasetsDraw(chart: Chart) {
      const scale = chart.scales['x'];
      const list = read(markers);
      if (!scale || list.length === 0) return;
      const { lineColour, textColour, font, labelBacking } = read(style);
      const area = chart.chartArea;
      const context = chart.ctx;
      context.save();
      context.strokeStyle = lineColour;
      context.lineWidth = 1.5;
      context.setLineDash([6, 4]);
      context.font = font;
      context.textBaseline = 'top';
      let row = 0;
      for (const marker of list) {
        const x = scale.getPixelForValue(marker.value);
        if (!Number.isFinite(x) || x < area.left - 0.5 || x > area.right + 0.5) continue;
        context.beginPath();
        context.moveTo(x, area.top);
        context.lineTo(x, area.bottom);
        context.stroke();
        const width = context.measureText(marker.label).width;
        const at = placeMarkerLabel(x, width, row++, area);
        if (labelBacking !== undefined) {
          // Mostly opaque: the text reads clearly, the data under it still shows through a little.
          context.globalAlpha = LABEL_BACKING_OPACITY;
          context.fillStyle = labelBacking;
          const left = at.align === 'left' ? at.x : at.x - width;
          context.fillRect(left - 2, at.top - 1, width + 4, MARKER_ROW_HEIGHT - 1);
          context.globalAlpha = 1;
        }
        context.fillStyle = textColour;
        context.textAlign = at.align;
        context.fillText(marker.label, at.x, at.top);
      }
      context.restore();
    },
  };
}
