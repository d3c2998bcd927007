/**
 * The validation-error list: every problem of the current document with its path
 * (`edges[3].lengthKm: must be > 0`), as parseScenario words it. Clicking an entry selects the node, edge or
 * demand the path points into, so the inspector shows the field to fix.
 */
import { formatIssue, type ValidationIssue } from '../../core/index.js';
import type { Selection } from '../map/index.js';
import type { ScenarioDraft } from '../state/draft-types.js';
import { h, replaceChildren } from '../app/dom.js';

/** The list. */
export interface ValidationList {
  readonly element: HTMLElement;
  update(issues: readonly ValidationIssue[], document: ScenarioDraft): void;
}

const ITEM_PATH = /^(nodes|edges|demands)\[(\d+)\]/;

/** The selection a validation path points into, if any. */
export function selectionOfIssuePath(path: string, document: ScenarioDraft): Selection {
  const match = ITEM_PATH.exec(path);
  if (!match) return null;
  const list = match[1] as 'nodes' | 'edges' | 'demands';
  const item = document[list][Number(match[2])];
  if (!item || typeof item.key !== 'string') return null;
  return { kind: list === 'nodes' ? 'node' : list === 'edges' ? 'edge' : 'demand', id: item.key };
}

/** Creates the list; `onSelect` receives the selection an issue points into. */
export function createValidationList(onSelect: (selection: Selection) => void): ValidationList {
  const list = h('ul', { className: 'issue-list', testId: 'validation-list' });
  const element = h(
    'section',
    {
      className: 'panel issues',
      ariaLabel: 'Validation problems',
      testId: 'validation-panel',
      role: 'alert',
    },
    h('h2', {}, 'Problems'),
    list,
  );
  element.hidden = true;
  return {
    element,
    update(issues, document) {
      element.hidden = issues.length === 0;
      replaceChildren(
        list,
        issues.map((issue) => {
          const target = selectionOfIssuePath(issue.path, document);
          return h(
            'li',
            {},
            target
              ? h(
                  'button',
                  { type: 'button', className: 'link', on: { click: () => onSelect(target) } },
                  formatIssue(issue),
                )
              : formatIssue(issue),
          );
        }),
      );
    },
  };
}
