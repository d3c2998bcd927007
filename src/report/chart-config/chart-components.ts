/**
 * The chart.js parts a ChartSpec configuration needs (line and bar controllers and elements, linear, logarithmic
 * and category scales, legend and title), as one list both drawers register: the report's PNG charts
 * (src/cli/report-output) and the app's charts panel (src/ui/charts, which adds the tooltip).
 * Pure: importing chart.js components registers nothing; callers pass this list to `Chart.register`.
 * Source: chart.js 4 tree-shaking guide (https://www.chartjs.org/docs/4.4.0/getting-started/integration.html).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  type ChartComponentLike,
} from 'chart.js';

/** The chart.js components every ChartSpec chart uses (register them once per Chart constructor). */
export const CHART_SPEC_COMPONENTS: readonly ChartComponentLike[] = [
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
];
