/**
 * A chart's data as a table (x in the first column, one column per series), for readers without the image:
 * the Markdown report, and the HTML report when no image was supplied for a chart. Also the marker list.
 * Assumptions: series share x values only where they coincide exactly; a series without a point at some x
 * shows the missing mark there.
 */
import { formatNumber } from '../format-number.js';
import type { ChartSpec } from './report-model.js';
import { MISSING, type TextTable } from './report-text.js';

/** The series of a chart as one table, rows in increasing x. */
export function chartSeriesTable(spec: ChartSpec): TextTable {
  const xs = [...new Set(spec.series.flatMap((series) => series.points.map((point) => point.x)))].sort(
    (a, b) => a - b,
  );
  const columns = spec.series.map((series) => {
    const byX = new Map<number, number>();
    for (const point of series.points) byX.set(point.x, point.y);
    return byX;
  });
  return {
    headers: [spec.xLabel, ...spec.series.map((series) => series.label)],
    numeric: xs.length > 0 ? [0, ...spec.series.map((_, index) => index + 1)] : [],
    rows: xs.map((x) => [
      formatNumber(x),
      ...columns.map((byX) => {
        const y = byX.get(x);
        return y === undefined ? MISSING : formatNumber(y);
      }),
    ]),
  };
}

/** Markers as `Marker "label": x-label = x` sentences (empty when the chart has none). */
export function chartMarkerNotes(spec: ChartSpec): string[] {
  return (spec.markers ?? []).map(
    (marker) => `Marker "${marker.label}": ${spec.xLabel} = ${formatNumber(marker.x)}`,
  );
}
