/**
 * The demands editor: the list of demands (source -> target, target fidelity, requested rate) with add and
 * delete; selecting one opens it in the inspector for every other field. New demands join the first two
 * end nodes not yet paired, at target fidelity 0.8 (a common benchmark threshold), which the user changes.
 */
import type { Selection } from '../map/index.js';
import type { EditCommand } from '../state/edit-commands.js';
import { uniqueKey } from '../state/edit-commands.js';
import type { ScenarioDraft } from '../state/draft-types.js';
import { h, replaceChildren } from '../app/dom.js';

/** The demands editor. */
export interface DemandsEditor {
  readonly element: HTMLElement;
  update(document: ScenarioDraft, selection: Selection): void;
}

/** Target fidelity of a new demand. */
export const NEW_DEMAND_FIDELITY = 0.8;

/** The endpoints a new demand gets: the first pair of distinct nodes without a demand, else the first two. */
export function newDemandEnds(document: ScenarioDraft): { source: string; target: string } | undefined {
  const keys = document.nodes.map((node) => node.key);
  if (keys.length < 2) return undefined;
  const paired = new Set(document.demands.map((d) => `${d.source}\u0000${d.target}`));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      if (!paired.has(`${keys[i]}\u0000${keys[j]}`)) return { source: keys[i]!, target: keys[j]! };
    }
  }
  return { source: keys[0]!, target: keys[1]! };
}

/** Creates the editor. */
export function createDemandsEditor(
  edit: (command: EditCommand) => void,
  select: (selection: Selection) => void,
  getDocument: () => ScenarioDraft,
): DemandsEditor {
  const list = h('ul', { className: 'demand-list', testId: 'demand-list' });
  const add = h(
    'button',
    {
      type: 'button',
      testId: 'add-demand',
      on: {
        click: () => {
          const document = getDocument();
          const ends = newDemandEnds(document);
          if (!ends) return;
          const key = uniqueKey(document, 'demands', 'demand');
          edit({ type: 'add-demand', demand: { key, ...ends, targetFidelity: NEW_DEMAND_FIDELITY } });
          select({ kind: 'demand', id: key });
        },
      },
    },
    '+ Add demand',
  );
  const element = h(
    'section',
    { className: 'panel', ariaLabel: 'Demands', testId: 'demands-panel' },
    h('h2', {}, 'Demands'),
    list,
    add,
  );
  return {
    element,
    update(document, selection) {
      add.disabled = document.nodes.length < 2;
      add.title = add.disabled ? 'Add at least two nodes first' : 'Add a demand between two nodes';
      replaceChildren(
        list,
        document.demands.length === 0 ? h('li', { className: 'muted' }, 'No demands.') : null,
        document.demands.map((demand) =>
          h(
            'li',
            { className: selection?.kind === 'demand' && selection.id === demand.key ? 'selected' : '' },
            h(
              'button',
              {
                type: 'button',
                className: 'link',
                testId: `demand-${demand.key}`,
                on: { click: () => select({ kind: 'demand', id: demand.key }) },
              },
              `${demand.key}: ${demand.source} → ${demand.target}, F ≥ ${String(demand.targetFidelity ?? '?')}`,
            ),
            h(
              'button',
              {
                type: 'button',
                className: 'icon',
                ariaLabel: `Delete demand ${demand.key}`,
                on: { click: () => edit({ type: 'delete-demand', key: demand.key }) },
              },
              '×',
            ),
          ),
        ),
      );
    },
  };
}
