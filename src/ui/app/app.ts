/**
 * The app shell: wires the document store, the planning worker, the map, the panels, files, exports,
 * shortcuts and menus together. Every edit goes store -> (map, panels at once; plan debounced in the
 * worker) -> results, charts and route highlights when the plan of the newest revision arrives.
 * Assumptions: one document per window; the report shown may be of an older revision for up to one plan
 * (the map drops routes through deleted nodes or links until the new plan lands).
 */
import type { HostApi, PresetFile } from '../../core/index.js';
import type { CapacityReport } from '../../report/index.js';
import { createChartsPanel, panelChartSpecs } from '../charts/index.js';
import {
  createNetworkView,
  type EditMode,
  type NetworkView,
  type NodePosition,
  type Selection,
} from '../map/index.js';
import { createPlanningClient, presetRegistryOf, type PlanResponse } from '../planning/index.js';
import { createDemandsEditor } from '../panels/demands-editor.js';
import { createInspector } from '../panels/inspector.js';
import { createResultsTable } from '../panels/results-table.js';
import { createStatusBar } from '../panels/status-bar.js';
import { createValidationList } from '../panels/validation-list.js';
import { createDocumentStore, type DocumentSnapshot } from '../state/document-store.js';
import { routeFactorOf, suggestedLengthKm } from '../state/edge-length.js';
import { uniqueKey, type EditCommand } from '../state/edit-commands.js';
import { createFileActions } from '../files/file-actions.js';
import { exportDocument, exportReport } from '../files/exports.js';
import { messageDialog, promptDialog } from './dialogs.js';
import { h } from './dom.js';
import { installShortcuts, type ShortcutCommand } from './shortcuts.js';
import { toggleTheme } from './theme.js';
import { createToolbar, type ToolbarCommand } from './toolbar.js';
import { networkViewModel } from './view-model.js';

/** Options of {@link startApp}. */
export interface AppOptions {
  readonly host: HostApi;
  readonly presets: readonly PresetFile[];
  /** Creates the planning worker (a module Worker in the page; a fake in tests). */
  readonly createWorker: () => Worker;
  readonly version: string;
  /** Map renderer choice (default 'auto'); `?renderer=svg` in the page URL forces the SVG view. */
  readonly renderer?: 'auto' | 'webgl' | 'svg';
}

/** The running app (for main.ts, menus and tests). */
export interface App {
  readonly files: ReturnType<typeof createFileActions>;
  run(command: ToolbarCommand | ShortcutCommand): void;
  snapshot(): DocumentSnapshot;
}

/** Builds the app into `root`. */
export function startApp(root: HTMLElement, options: AppOptions): App {
  const { host } = options;
  const { registry, issues: presetIssues } = presetRegistryOf(options.presets);
  const store = createDocumentStore({ presets: registry });
  let selection: Selection = null;
  let mode: EditMode = 'select';
  let report: CapacityReport | undefined;
  let planNote: string | undefined = 'Planning…';
  let dragging = false;
  // Drawing positions of nodes without coordinates: the file format has none, so they last for the session.
  const plane = new Map<string, { x: number; y: number }>();

  const status = createStatusBar();
  const edit = (command: EditCommand) => store.edit(command);
  const select = (next: Selection) => {
    selection = next;
    render(store.snapshot());
  };
  const remove = (target: NonNullable<Selection>) => {
    const type =
      target.kind === 'node' ? 'delete-node' : target.kind === 'edge' ? 'delete-edge' : 'delete-demand';
    store.edit({ type, key: target.id });
    select(null);
  };
  const inspector = createInspector({ presets: registry, edit, remove });
  const demands = createDemandsEditor(edit, select, () => store.snapshot().document);
  const results = createResultsTable((key) => select({ kind: 'demand', id: key }));
  const validation = createValidationList(select);
  const toolbar = createToolbar((command) => run(command));
  const mapContainer = h('div', {
    className: 'map',
    testId: 'network-view',
    ariaLabel: 'Network map',
    role: 'application',
  });
  const emptyState = h(
    'div',
    { className: 'empty-state', testId: 'empty-state' },
    h('h2', {}, 'No nodes yet'),
    h('p', {}, 'Press N (or “+ Node”) and click the map to add nodes, then L to draw links between them.'),
    h('p', {}, 'Or open one of the examples to see a planned network.'),
    h(
      'button',
      { type: 'button', className: 'primary', testId: 'empty-open', on: { click: () => run('open') } },
      'Open an example…',
    ),
  );
  const chartsContainer = h('div', { className: 'charts', testId: 'charts' });
  const chartsSection = h(
    'section',
    { className: 'panel', ariaLabel: 'Charts' },
    h('h2', {}, 'Charts'),
    chartsContainer,
  );
  root.replaceChildren(
    toolbar.element,
    h(
      'main',
      { className: 'workspace' },
      h('div', { className: 'map-area' }, mapContainer, emptyState),
      h('aside', { className: 'sidebar', ariaLabel: 'Editor panels' }, inspector.element, demands.element),
      h('div', { className: 'bottom' }, validation.element, results.element, chartsSection),
    ),
    status.element,
  );

  const events = {
    onSelect: (next: Selection) => select(next),
    onAddNode: (position: NodePosition) => {
      const document = store.snapshot().document;
      const key = uniqueKey(document, 'nodes', 'node');
      const geo =
        'latDeg' in position ? { latitude: round(position.latDeg), longitude: round(position.lonDeg) } : {};
      if ('x' in position) plane.set(key, { x: position.x, y: position.y });
      store.edit({ type: 'add-node', node: { key, kind: 'end-node', ...geo, platform: defaultPlatform() } });
      select({ kind: 'node', id: key });
    },
    onMoveNode: (id: string, position: NodePosition, final: boolean) => {
      dragging = !final;
      if (!('latDeg' in position)) {
        plane.set(id, { x: position.x, y: position.y });
        render(store.snapshot());
        return;
      }
      if (!final) performance.mark('qnet:drag');
      store.edit({
        type: 'move-node',
        key: id,
        latitude: round(position.latDeg),
        longitude: round(position.lonDeg),
        final,
      });
    },
    onAddEdge: (source: string, target: string) => void addEdge(source, target),
  };
  const view: NetworkView = createNetworkView(mapContainer, events, { renderer: options.renderer ?? 'auto' });
  status.setRenderer(view.renderer);
  status.setHost(
    host.kind === 'electron'
      ? 'desktop'
      : host.kind === 'http'
        ? 'browser (qnet serve)'
        : 'in-memory (nothing is saved)',
  );
  if (presetIssues.length > 0)
    status.setMessage(`${presetIssues.length} platform preset problem(s): ${presetIssues[0]!.message}`);

  function defaultPlatform(): string | undefined {
    const used = store.snapshot().document.nodes.find((node) => typeof node.platform === 'string')?.platform;
    return used ?? (registry.has('nv-diamond') ? 'nv-diamond' : registry.keys().next().value);
  }

  async function addEdge(source: string, target: string): Promise<void> {
    const document = store.snapshot().document;
    const from = document.nodes.find((node) => node.key === source);
    const to = document.nodes.find((node) => node.key === target);
    if (!from || !to || source === target) return;
    let lengthKm = suggestedLengthKm(from, to, routeFactorOf(document));
    if (lengthKm === undefined) {
      const typed = await promptDialog('Link length', `Fibre length from ${source} to ${target} (km)`, '10');
      const value = typed === null ? NaN : Number(typed);
      if (!(value > 0)) return;
      lengthKm = value;
    }
    const base = `${source}-${target}`.slice(0, 60);
    const key = document.edges.some((edge) => edge.key === base) ? uniqueKey(document, 'edges', base) : base;
    store.edit({ type: 'add-edge', edge: { key, source, target, kind: 'fibre', lengthKm } });
    select({ kind: 'edge', id: key });
  }

  const planning = createPlanningClient({
    worker: options.createWorker(),
    presets: options.presets,
    version: options.version,
    onResult: (response: PlanResponse) => {
      if (response.ok) {
        report = response.report;
        planNote = undefined;
        status.setPlan(
          `Planned in ${response.elapsedMs.toFixed(0)} ms at ${new Date().toLocaleTimeString()}`,
        );
      } else {
        const planningFailed = response.issues.some((issue) => issue.message.startsWith('planning failed'));
        planNote = planningFailed
          ? response.issues.map((issue) => issue.message).join('; ')
          : `Fix the ${response.issues.length} problem(s) listed above to see new results${report ? '; the results shown are of the last valid version' : ''}.`;
      }
      renderResults();
      view.update(networkViewModel(store.snapshot().document, report, selection, plane));
      mapContainer.dataset['planned'] = String(response.sequence);
      // Charts follow when the page is idle: results and routes first (the <= 150 ms target of issue #6).
      scheduleIdle();
    },
  });

  const charts = createChartsPanel(chartsContainer);
  let chartInputs: readonly unknown[] = [];
  function renderCharts(): void {
    const scenario = store.snapshot().scenario;
    const edgeId = selection?.kind === 'edge' ? selection.id : null;
    // Redrawing chart.js canvases is the costliest panel update: skip it when nothing it shows changed.
    const inputs = [scenario, report, edgeId];
    if (inputs.every((input, index) => input === chartInputs[index])) return;
    chartInputs = inputs;
    try {
      charts.update(panelChartSpecs(scenario, report, edgeId));
    } catch (error) {
      status.setMessage(`Charts: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function renderResults(): void {
    const demand = selection?.kind === 'demand' ? selection.id : null;
    results.update(report, demand, planNote);
  }

  function render(snapshot: DocumentSnapshot): void {
    view.update(networkViewModel(snapshot.document, report, selection, plane));
    emptyState.hidden = snapshot.document.nodes.length > 0;
    toolbar.update({
      canUndo: snapshot.canUndo,
      canRedo: snapshot.canRedo,
      mode,
      hasReport: report !== undefined,
      title: snapshot.name,
      dirty: snapshot.dirty,
    });
    if (dragging) return;
    inspector.update(snapshot.document, selection);
    demands.update(snapshot.document, selection);
    renderResults();
    scheduleIdle();
  }

  // The problem list (a schema validation on this thread) and the charts wait for an idle moment, so an
  // edit's plan request, the map and the results never queue behind them.
  let idlePending = false;
  function scheduleIdle(): void {
    if (idlePending) return;
    idlePending = true;
    const run = () => {
      // Never during a drag: a validation of a large network would drop frames.
      if (dragging) {
        setTimeout(run, 100);
        return;
      }
      idlePending = false;
      const snapshot = store.snapshot();
      validation.update(snapshot.issues, snapshot.document);
      renderCharts();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 300 });
    else setTimeout(run, 30);
  }

  let lastState = '';
  store.subscribe((snapshot) => {
    // Plan first: the worker validates while this thread renders (and validates for the problem list).
    if (!dragging) planning.request(JSON.stringify(snapshot.document), snapshot.name);
    render(snapshot);
    const state = `${snapshot.name}\u0000${snapshot.dirty}`;
    if (state !== lastState) {
      lastState = state;
      void host
        .setDocumentState({
          title: `${snapshot.dirty ? '● ' : ''}${snapshot.name} – qnet planner`,
          dirty: snapshot.dirty,
        })
        .catch(() => undefined);
    }
  });

  const files = createFileActions({
    host,
    store,
    notify: (message) => status.setMessage(message),
    busy: () => dragging,
    onLoaded: () => {
      selection = null;
      plane.clear();
      report = undefined;
      planNote = 'Planning…';
      render(store.snapshot());
      view.fit();
    },
  });

  async function exportCommand(kind: string): Promise<void> {
    const snapshot = store.snapshot();
    try {
      let name: string | null;
      if (kind === 'scenario' || kind === 'graphml' || kind === 'gexf') {
        name = await exportDocument(host, kind, snapshot.document, store.serialize(), snapshot.name);
      } else {
        if (!report) return;
        name = await exportReport(host, report, kind as 'html', snapshot.name, chartImages());
      }
      if (name) status.setMessage(`Exported ${name}`);
    } catch (error) {
      await messageDialog('Export failed', error instanceof Error ? error.message : String(error));
    }
  }

  function chartImages(): Record<string, string> {
    const images: Record<string, string> = {};
    for (const canvas of chartsContainer.querySelectorAll<HTMLCanvasElement>('canvas[data-chart-id]')) {
      try {
        images[canvas.dataset['chartId']!] = canvas.toDataURL('image/png');
      } catch {
        // A tainted or zero-size canvas has no image; the report shows the chart's data table instead.
      }
    }
    return images;
  }

  const importInput = h('input', {
    type: 'file',
    hidden: true,
    ariaLabel: 'Import a GraphML or GEXF file',
    testId: 'import-input',
    attrs: { accept: '.graphml,.gexf,.xml' },
    on: {
      change: async () => {
        const file = importInput.files?.[0];
        importInput.value = '';
        if (file && (await files.confirmDiscard('import a topology')))
          await files.openText(await file.text(), file.name, null);
      },
    },
  });
  root.append(importInput);

  function setMode(next: EditMode): void {
    mode = next;
    view.setMode(next);
    mapContainer.dataset['mode'] = next;
    render(store.snapshot());
  }

  function run(command: ToolbarCommand | ShortcutCommand): void {
    if (command.startsWith('export:')) {
      void exportCommand(command.slice('export:'.length));
      return;
    }
    switch (command) {
      case 'new':
        void files.newDocument();
        return;
      case 'open':
        void files.open();
        return;
      case 'save':
        void files.save();
        return;
      case 'save-as':
        void files.saveAs();
        return;
      case 'undo':
        store.undo();
        return;
      case 'redo':
        store.redo();
        return;
      case 'fit':
        view.fit();
        return;
      case 'theme':
        toggleTheme();
        return;
      case 'import-graph':
        importInput.click();
        return;
      case 'delete':
        if (selection) remove(selection);
        return;
      case 'escape':
        setMode('select');
        select(null);
        return;
      case 'add-node':
        setMode('add-node');
        return;
      case 'add-link':
        setMode('add-link');
        return;
      default:
        if (command.startsWith('mode:')) setMode(command.slice('mode:'.length) as EditMode);
    }
  }

  files.startAutosave();
  installShortcuts(window, run);
  // Browser: the page asks before leaving unsaved work. Electron: the main process asks (setDocumentState),
  // and a cancelled beforeunload there would silently block closing the window.
  if (host.kind !== 'electron') {
    addEventListener('beforeunload', (event) => {
      if (store.snapshot().dirty) event.preventDefault();
    });
  }
  render(store.snapshot());
  planning.request(JSON.stringify(store.snapshot().document), store.snapshot().name);
  return { files, run, snapshot: () => store.snapshot() };
}

/** Coordinates rounded to 1e-5 degrees (about 1 m): enough for planning, readable in files. */
function round(degrees: number): number {
  return Math.round(degrees * 1e5) / 1e5;
}
