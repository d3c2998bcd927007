/**
 * The data of one chart, as a contract shared by the layers that produce charts (ml, report) and those that
 * draw them (the CLI's chart.js renderer, the app). Types only.
 */

/**
 * Data for one chart: series of (x, y) points in the units the labels state (SI), optionally on logarithmic
 * axes (then every value on that axis must be > 0), with vertical markers at given x values.
 */
export interface ChartSpec {
  /** Identifier, unique within a report; keys the chart images. */
  id: string;
  /** Chart title. */
  title: string;
  /** Line chart (x numeric, points joined in x order) or bar chart (one bar group per distinct x). */
  kind: 'line' | 'bar';
  /** X-axis label with unit, e.g. `distance (m)`. */
  xLabel: string;
  /** Y-axis label with unit, e.g. `rate (pairs/s)`. */
  yLabel: string;
  /** Logarithmic x axis (line charts only). Default false. */
  logX?: boolean;
  /** Logarithmic y axis. Default false. */
  logY?: boolean;
  /** The data series. */
  series: { label: string; points: { x: number; y: number }[] }[];
  /** Vertical markers (e.g. the route length of a demand). */
  markers?: { x: number; label: string }[];
}
