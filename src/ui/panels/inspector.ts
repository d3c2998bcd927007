/**
 * The inspector: edits the selected node, edge or demand (every field its schema allows, with units and the
 * schema's help), or, with nothing selected, the scenario itself (name, description, seed, and the defaults,
 * including the route factor new links use). Keys are renamed with every reference; fields commit on change.
 */
import {
  carrierEdgeSchema,
  defaultsSchema,
  demandSchema,
  fibreEdgeSchema,
  freeSpaceEdgeSchema,
  microwaveEdgeSchema,
  nodeSchema,
  type PresetRegistry,
} from '../../network/index.js';
import type { Selection } from '../map/index.js';
import type { EditCommand, FieldTarget } from '../state/edit-commands.js';
import type { ItemList, ScenarioDraft } from '../state/draft-types.js';
import { DEFAULT_ROUTE_FACTOR } from '../state/edge-length.js';
import { h, replaceChildren } from '../app/dom.js';
import { fieldEditor, type CommitField } from './field-editor.js';
import { platformSection } from './platform-parameters.js';
import { schemaFields, type FieldDescriptor } from './schema-fields.js';

const EDGE_SCHEMAS = {
  fibre: fibreEdgeSchema,
  'free-space': freeSpaceEdgeSchema,
  microwave: microwaveEdgeSchema,
  carrier: carrierEdgeSchema,
} as const;

/** The inspector panel. */
export interface Inspector {
  readonly element: HTMLElement;
  update(document: ScenarioDraft, selection: Selection): void;
}

/** Options of {@link createInspector}. */
export interface InspectorOptions {
  readonly presets: PresetRegistry;
  readonly edit: (command: EditCommand) => void;
  readonly remove: (selection: NonNullable<Selection>) => void;
}

const LIST_OF = { node: 'nodes', edge: 'edges', demand: 'demands' } as const satisfies Record<
  string,
  ItemList
>;

/** Creates the inspector. */
export function createInspector(options: InspectorOptions): Inspector {
  const body = h('div', { className: 'inspector-body' });
  const heading = h('h2', {}, 'Inspector');
  const element = h(
    'section',
    { className: 'panel inspector', ariaLabel: 'Inspector', testId: 'inspector' },
    heading,
    body,
  );
  let shown: { item: unknown; selection: Selection } | undefined;

  function fields(
    descriptors: readonly FieldDescriptor[],
    item: Readonly<Record<string, unknown>>,
    target: FieldTarget,
    document: ScenarioDraft,
    prefix: readonly string[] = [],
  ): HTMLElement[] {
    const commit: CommitField = (path, value) => {
      if (target.list !== 'root' && path.length === 1 && path[0] === 'key') {
        if (typeof value === 'string' && value !== '' && value !== target.key) {
          options.edit({ type: 'rename', list: target.list, key: target.key, newKey: value });
        }
        return;
      }
      options.edit({ type: 'set-field', target, path: [...prefix, ...path], value });
    };
    const nodeChoices = document.nodes.map((node) => ({
      value: node.key,
      label: node.label ? `${node.label} (${node.key})` : node.key,
    }));
    const workloadChoices = (document.workloads ?? []).map((w) => ({
      value: String(w['key']),
      label: String(w['label'] ?? w['key']),
    }));
    const idPrefix = `inspect-${target.list}`;
    return descriptors.flatMap((field) => {
      if (field.name === 'overrides' || field.name === 'platform') {
        if (field.name === 'overrides') return [];
        return [
          platformSection({
            presets: options.presets,
            platform: item['platform'],
            overrides: item['overrides'],
            commit,
            idPrefix,
          }),
        ];
      }
      if (field.kind === 'object') {
        const nested = (item[field.name] ?? {}) as Record<string, unknown>;
        return [
          h(
            'fieldset',
            {},
            h('legend', {}, field.name),
            h('p', { className: 'help' }, field.description),
            fields(field.children, nested, target, document, [...prefix, field.name]),
          ),
        ];
      }
      const choices =
        field.name === 'source' || field.name === 'target'
          ? nodeChoices
          : field.name === 'workload'
            ? workloadChoices
            : undefined;
      return [
        fieldEditor({
          field,
          value: item[field.name],
          path: [field.name],
          commit,
          idPrefix,
          ...(choices ? { choices } : {}),
        }),
      ];
    });
  }

  function scenarioForm(document: ScenarioDraft): HTMLElement[] {
    const root: FieldTarget = { list: 'root' };
    const commit: CommitField = (path, value) =>
      options.edit({ type: 'set-field', target: root, path, value });
    const text = (name: string, label: string, multiline = false) => {
      const id = `scenario-${name}`;
      const control = multiline
        ? h('textarea', {
            id,
            attrs: { rows: '3', 'data-field': name },
            on: { change: () => commit([name], control.value) },
          })
        : h('input', {
            id,
            type: 'text',
            attrs: { 'data-field': name },
            on: { change: () => commit([name], control.value) },
          });
      control.value = String(document[name] ?? '');
      return h('div', { className: 'field' }, h('label', { htmlFor: id }, label), control);
    };
    const seedId = 'scenario-seed';
    const seed = h('input', {
      id: seedId,
      type: 'number',
      value: String(document['seed'] ?? ''),
      attrs: { step: '1', 'data-field': 'seed' },
      on: { change: () => commit(['seed'], seed.value === '' ? undefined : Number(seed.value)) },
    });
    const defaults = (document.defaults ?? {}) as Record<string, unknown>;
    const defaultFields = schemaFields(defaultsSchema).map((field) =>
      fieldEditor({
        field:
          field.name === 'routeFactor'
            ? {
                ...field,
                description: `${field.description} New links drawn on the map use it (${DEFAULT_ROUTE_FACTOR} when unset).`,
              }
            : field,
        value: defaults[field.name],
        path: ['defaults', field.name],
        commit: (path, value) => commit(path, value),
        idPrefix: 'scenario',
      }),
    );
    return [
      h(
        'p',
        { className: 'muted' },
        'Nothing selected: scenario settings. Click a node, link or demand to edit it.',
      ),
      text('name', 'Name'),
      text('description', 'Description', true),
      h('div', { className: 'field' }, h('label', { htmlFor: seedId }, 'Random seed'), seed),
      h('fieldset', {}, h('legend', {}, 'Defaults for links'), defaultFields),
    ];
  }

  return {
    element,
    update(document, selection) {
      const list = selection ? LIST_OF[selection.kind] : undefined;
      const item = selection && list ? document[list].find((entry) => entry.key === selection.id) : document;
      const sameSelection =
        shown && shown.selection?.kind === selection?.kind && shown.selection?.id === selection?.id;
      if (sameSelection && shown?.item === item) return;
      const focused = document_activeField(element);
      shown = { item, selection };
      if (!selection || !item || !list) {
        heading.textContent = 'Scenario';
        replaceChildren(body, scenarioForm(document));
      } else {
        const target: FieldTarget = { list, key: selection.id };
        const kind = String((item as Record<string, unknown>)['kind'] ?? '');
        const schema =
          selection.kind === 'node'
            ? nodeSchema
            : selection.kind === 'demand'
              ? demandSchema
              : (EDGE_SCHEMAS[kind as keyof typeof EDGE_SCHEMAS] ?? fibreEdgeSchema);
        heading.textContent = `${selection.kind === 'node' ? 'Node' : selection.kind === 'edge' ? `Link (${kind})` : 'Demand'} ${selection.id}`;
        replaceChildren(
          body,
          fields(schemaFields(schema), item as Record<string, unknown>, target, document),
          h(
            'button',
            {
              type: 'button',
              className: 'danger',
              testId: 'inspector-delete',
              on: { click: () => options.remove(selection) },
            },
            `Delete ${selection.kind}`,
          ),
        );
      }
      if (focused) element.querySelector<HTMLElement>(`[data-field="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}

function document_activeField(container: HTMLElement): string | undefined {
  const active = container.ownerDocument.activeElement;
  return active && container.contains(active) ? (active.getAttribute('data-field') ?? undefined) : undefined;
}
