/**
 * The toolbar: file commands, undo/redo, editing modes (select, add node, add link), fit, export and import
 * menus, and the theme toggle, each with an accessible name and its shortcut in the tooltip. Buttons follow
 * the document state (undo/redo availability, the active mode).
 */
import type { EditMode } from '../map/index.js';
import { h } from './dom.js';

/** Commands the toolbar triggers. */
export type ToolbarCommand =
  | 'new'
  | 'open'
  | 'save'
  | 'save-as'
  | 'undo'
  | 'redo'
  | 'fit'
  | 'theme'
  | 'import-graph'
  | `mode:${EditMode}`
  | `export:${'html' | 'pdf' | 'csv' | 'json' | 'md' | 'scenario' | 'graphml' | 'gexf'}`;

/** The toolbar. */
export interface Toolbar {
  readonly element: HTMLElement;
  update(state: {
    canUndo: boolean;
    canRedo: boolean;
    mode: EditMode;
    hasReport: boolean;
    title: string;
    dirty: boolean;
  }): void;
}

/** Creates the toolbar. */
export function createToolbar(run: (command: ToolbarCommand) => void): Toolbar {
  const button = (command: ToolbarCommand, label: string, tip: string, extra: { className?: string } = {}) =>
    h(
      'button',
      {
        type: 'button',
        title: tip,
        ariaLabel: tip,
        testId: `tb-${command.replace(':', '-')}`,
        on: { click: () => run(command) },
        ...extra,
      },
      label,
    );
  const undo = button('undo', 'Undo', 'Undo (Ctrl+Z)');
  const redo = button('redo', 'Redo', 'Redo (Ctrl+Shift+Z)');
  const modes: Record<EditMode, HTMLButtonElement> = {
    select: button('mode:select', 'Select', 'Select and move (Esc)'),
    'add-node': button('mode:add-node', '+ Node', 'Add node: click the map (N)'),
    'add-link': button('mode:add-link', '+ Link', 'Add link: drag or click from node to node (L)'),
  };
  const menuItem = (command: ToolbarCommand, label: string) =>
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        testId: `tb-${command.replace(':', '-')}`,
        on: {
          click: (event) => {
            (event.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
            run(command);
          },
        },
      },
      label,
    );
  const reportItems = [
    menuItem('export:html', 'Report as HTML'),
    menuItem('export:pdf', 'Report as PDF'),
    menuItem('export:csv', 'Report as CSV'),
    menuItem('export:json', 'Report as JSON'),
    menuItem('export:md', 'Report as Markdown'),
  ];
  const exportMenu = h(
    'details',
    { className: 'menu', testId: 'export-menu' },
    h('summary', { ariaLabel: 'Export menu', testId: 'tb-export' }, 'Export'),
    h(
      'div',
      { className: 'menu-items', role: 'menu' },
      reportItems,
      h('hr', {}),
      menuItem('export:scenario', 'Scenario (.qnet.json)'),
      menuItem('export:graphml', 'Topology as GraphML'),
      menuItem('export:gexf', 'Topology as GEXF'),
    ),
  );
  const title = h('span', { className: 'doc-title', testId: 'doc-title' });
  const element = h(
    'header',
    { className: 'toolbar', role: 'toolbar', ariaLabel: 'Main toolbar' },
    h('strong', { className: 'brand' }, 'qnet'),
    button('new', 'New', 'New scenario (Ctrl+N)'),
    button('open', 'Open…', 'Open a scenario (Ctrl+O)'),
    button('save', 'Save', 'Save (Ctrl+S)'),
    button('save-as', 'Save as…', 'Save as (Ctrl+Shift+S)'),
    h('span', { className: 'sep' }),
    undo,
    redo,
    h('span', { className: 'sep' }),
    h(
      'span',
      { className: 'modes', role: 'group', ariaLabel: 'Editing mode' },
      modes.select,
      modes['add-node'],
      modes['add-link'],
    ),
    button('fit', 'Fit', 'Fit the network in view'),
    h('span', { className: 'sep' }),
    exportMenu,
    button('import-graph', 'Import…', 'Import a GraphML or GEXF topology'),
    title,
    button('theme', '◐', 'Switch light/dark theme'),
  );
  return {
    element,
    update(state) {
      undo.disabled = !state.canUndo;
      redo.disabled = !state.canRedo;
      for (const [mode, node] of Object.entries(modes))
        node.setAttribute('aria-pressed', String(mode === state.mode));
      for (const item of reportItems) item.disabled = !state.hasReport;
      title.textContent = `${state.dirty ? '● ' : ''}${state.title}`;
      title.title = state.dirty ? 'Unsaved changes' : 'Saved';
    },
  };
}
