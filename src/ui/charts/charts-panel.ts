/**
 * The app's charts panel: one chart.js canvas per ChartSpec, kept by chart id (a chart whose id stays is updated
 * in place, new ids get a canvas, gone ids are destroyed), redrawn in the new colours when the theme changes
 * (the page's class, data-theme or style, or prefers-color-scheme). Each canvas carries `data-chart-id` and an
 * aria-label (the title), so the shell can export chart images and screen readers can name them; an empty list
 * shows a short note. Only the chart.js parts used are registered (here, not in the shared configuration builder
 * of src/report/chart-config).
 * Assumptions: chart ids are unique; a repeated id keeps its first spec.
 */
import { Chart, Tooltip } from 'chart.js';
import { CHART_SPEC_COMPONENTS, placedMarkers } from '../../report/chart-config/index.js';
import type { ChartSpec } from '../../report/index.js';
import { chartConfiguration } from './chart-config.js';
import { decorationPlugins, type ChartDecorations } from './chart-plugins.js';
import { readChartTheme } from './chart-theme.js';

Chart.register(...CHART_SPEC_COMPONENTS, Tooltip);

/** A live charts panel. */
export interface ChartsPanel {
  update(charts: readonly ChartSpec[]): void;
  destroy(): void;
}

interface Drawn {
  readonly figure: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  chart: Chart;
  spec: ChartSpec;
  readonly decorations: ChartDecorations;
}

/** Unique by id, first wins. */
function uniqueById(charts: readonly ChartSpec[]): ChartSpec[] {
  const seen = new Set<string>();
  return charts.filter((chart) => !seen.has(chart.id) && (seen.add(chart.id), true));
}

/** Creates the charts panel inside `container` (which it owns until destroy()). */
export function createChartsPanel(container: HTMLElement): ChartsPanel {
  const doc = container.ownerDocument;
  const drawn = new Map<string, Drawn>();
  const empty = doc.createElement('p');
  empty.className = 'qnet-charts-empty';
  empty.textContent = 'No charts yet: add a link to see its rate and fidelity against distance.';
  container.replaceChildren(empty);

  const build = (item: Drawn) => {
    const config = chartConfiguration(item.spec, item.decorations.theme);
    config.plugins = decorationPlugins(item.decorations);
    return new Chart(item.canvas, config);
  };
  const redraw = (item: Drawn) => {
    item.decorations.theme = readChartTheme(container);
    item.decorations.markers = placedMarkers(item.spec);
    const config = chartConfiguration(item.spec, item.decorations.theme);
    if ((item.chart.config as { type?: string }).type !== config.type) {
      item.chart.destroy();
      item.chart = build(item);
      return;
    }
    item.chart.data = config.data;
    item.chart.options = config.options ?? {};
    item.chart.update('none');
  };

  const onThemeChange = () => {
    for (const item of drawn.values()) redraw(item);
  };
  const observer = new MutationObserver(onThemeChange);
  observer.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['class', 'data-theme', 'style'],
  });
  if (doc.body) observer.observe(doc.body, { attributes: true, attributeFilter: ['class', 'data-theme'] });
  const scheme = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', onThemeChange);

  return {
    update(charts: readonly ChartSpec[]) {
      const specs = uniqueById(charts);
      const ids = new Set(specs.map((spec) => spec.id));
      for (const [id, item] of drawn) {
        if (ids.has(id)) continue;
        item.chart.destroy();
        item.figure.remove();
        drawn.delete(id);
      }
      let previous: Element = empty;
      for (const spec of specs) {
        const existing = drawn.get(spec.id);
        if (existing) {
          // The shell rebuilds specs after every plan: redraw only when the data really changed.
          if (existing.spec !== spec && JSON.stringify(existing.spec) !== JSON.stringify(spec)) {
            existing.spec = spec;
            redraw(existing);
          }
          if (previous.nextElementSibling !== existing.figure) previous.after(existing.figure); // order of `charts`
          previous = existing.figure;
          continue;
        }
        const figure = doc.createElement('figure');
        figure.className = 'qnet-chart';
        figure.dataset.testid = `chart-${spec.id}`;
        const canvas = doc.createElement('canvas');
        canvas.dataset.chartId = spec.id;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', spec.title);
        figure.append(canvas);
        previous.after(figure);
        previous = figure;
        const decorations: ChartDecorations = {
          theme: readChartTheme(container),
          markers: placedMarkers(spec),
        };
        const item: Drawn = { figure, canvas, spec, decorations, chart: undefined as unknown as Chart };
        item.chart = build(item);
        drawn.set(spec.id, item);
      }
      for (const item of drawn.values()) item.canvas.setAttribute('aria-label', item.spec.title);
      empty.hidden = specs.length > 0;
    },
    destroy() {
      observer.disconnect();
      scheme?.removeEventListener('change', onThemeChange);
      for (const item of drawn.values()) item.chart.destroy();
      drawn.clear();
      container.replaceChildren();
    },
  };
}
