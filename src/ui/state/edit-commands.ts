/**
 * Edits of a scenario document as data (commands) and their pure application. Each command returns a new
 * document that shares every container it does not change, so undo keeps whole snapshots cheaply.
 * Deleting a node removes the edges and demands that reference it (otherwise every edit would leave dangling
 * references the parser rejects). Keys of new items are unique within their list (`node-1`, `node-2`, ...).
 */
import type { DocumentDemand, DocumentEdge, DocumentNode, ItemList, ScenarioDraft } from './draft-types.js';
import { routeFactorOf, suggestedLengthKm } from './edge-length.js';

/** Where a field lives: the document root or an item of a list, found by key. */
export type FieldTarget = { readonly list: 'root' } | { readonly list: ItemList; readonly key: string };

/** One edit. Values are in file units, as in the document keys. */
export type EditCommand =
  | { readonly type: 'add-node'; readonly node: DocumentNode }
  | {
      readonly type: 'move-node';
      readonly key: string;
      readonly latitude: number;
      readonly longitude: number;
      /** False while a drag is in progress; successive non-final moves of one node merge into one undo step. */
      readonly final: boolean;
    }
  | { readonly type: 'delete-node'; readonly key: string }
  | { readonly type: 'add-edge'; readonly edge: DocumentEdge }
  | { readonly type: 'delete-edge'; readonly key: string }
  | { readonly type: 'add-demand'; readonly demand: DocumentDemand }
  | { readonly type: 'delete-demand'; readonly key: string }
  | {
      readonly type: 'set-field';
      readonly target: FieldTarget;
      /** Path below the target, e.g. `['overrides', 't2S']`; intermediate objects are created. */
      readonly path: readonly string[];
      /** The new value; undefined removes the field (and empties parents it leaves empty). */
      readonly value: unknown;
    }
  /** Changes an item's key and every reference to it (edge ends, demand ends, demand workloads). */
  | { readonly type: 'rename'; readonly list: ItemList; readonly key: string; readonly newKey: string };

/** A key not yet used in `list`: `${prefix}-1`, `${prefix}-2`, ... */
export function uniqueKey(document: ScenarioDraft, list: ItemList, prefix: string): string {
  const used = new Set((document[list] ?? []).map((item) => String(item['key'])));
  for (let index = 1; ; index++) if (!used.has(`${prefix}-${index}`)) return `${prefix}-${index}`;
}

type Item = Readonly<Record<string, unknown>>;

function setIn(object: Item, path: readonly string[], value: unknown): Item {
  const [head, ...rest] = path;
  if (head === undefined) return object;
  const copy: Record<string, unknown> = { ...object };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const current = copy[head];
  const child =
    current !== null && typeof current === 'object' && !Array.isArray(current) ? (current as Item) : {};
  const updated = setIn(child, rest, value);
  if (Object.keys(updated).length === 0 && value === undefined) delete copy[head];
  else copy[head] = updated;
  return copy;
}

function mapItem(
  document: ScenarioDraft,
  list: ItemList,
  key: string,
  change: (item: Item) => Item,
): ScenarioDraft {
  const items = (document[list] ?? []) as readonly Item[];
  const index = items.findIndex((item) => item['key'] === key);
  if (index < 0) return document;
  const copy = [...items];
  copy[index] = change(items[index]!);
  return { ...document, [list]: copy };
}

function without<T extends Item>(items: readonly T[], drop: (item: T) => boolean): readonly T[] {
  return items.some(drop) ? items.filter((item) => !drop(item)) : items;
}

function rename(document: ScenarioDraft, list: ItemList, key: string, newKey: string): ScenarioDraft {
  let next = mapItem(document, list, key, (item) => ({ ...item, key: newKey }));
  const swap = (value: unknown) => (value === key ? newKey : value);
  if (list === 'nodes') {
    next = {
      ...next,
      edges: next.edges.map((e) => ({
        ...e,
        source: swap(e.source) as string,
        target: swap(e.target) as string,
      })),
      demands: next.demands.map((d) => ({
        ...d,
        source: swap(d.source) as string,
        target: swap(d.target) as string,
      })),
    };
  } else if (list === 'workloads') {
    next = {
      ...next,
      demands: next.demands.map((d) => (d['workload'] === key ? { ...d, workload: newKey } : d)),
    };
  }
  return next;
}

/**
 * Moves a node; fibre edges at the node whose lengthKm is still the great-circle suggestion for the old
 * position (drawn in the editor, never typed) get the suggestion for the new one, so drawn links follow.
 */
function moveNode(document: ScenarioDraft, key: string, latitude: number, longitude: number): ScenarioDraft {
  const before = document.nodes.find((node) => node.key === key);
  if (!before) return document;
  const after: DocumentNode = { ...before, latitude, longitude };
  const routeFactor = routeFactorOf(document);
  const byKey = new Map(document.nodes.map((node) => [node.key, node]));
  const edges = document.edges.map((edge) => {
    if (edge.kind !== 'fibre' || (edge.source !== key && edge.target !== key)) return edge;
    const other = byKey.get(edge.source === key ? edge.target : edge.source);
    if (!other || other.key === key || typeof edge['lengthKm'] !== 'number') return edge;
    if (edge['lengthKm'] !== suggestedLengthKm(before, other, routeFactor)) return edge;
    const lengthKm = suggestedLengthKm(after, other, routeFactor);
    return lengthKm === undefined ? edge : { ...edge, lengthKm };
  });
  return { ...mapItem(document, 'nodes', key, () => after), edges };
}

/** Applies one command; unknown keys leave the document unchanged (the same object is returned). */
export function applyEdit(document: ScenarioDraft, command: EditCommand): ScenarioDraft {
  switch (command.type) {
    case 'add-node':
      return { ...document, nodes: [...document.nodes, command.node] };
    case 'move-node':
      return moveNode(document, command.key, command.latitude, command.longitude);
    case 'delete-node': {
      const touches = (item: { source: string; target: string }) =>
        item.source === command.key || item.target === command.key;
      return {
        ...document,
        nodes: without(document.nodes, (node) => node.key === command.key),
        edges: without(document.edges, touches),
        demands: without(document.demands, touches),
      };
    }
    case 'add-edge':
      return { ...document, edges: [...document.edges, command.edge] };
    case 'delete-edge':
      return { ...document, edges: without(document.edges, (edge) => edge.key === command.key) };
    case 'add-demand':
      return { ...document, demands: [...document.demands, command.demand] };
    case 'delete-demand':
      return { ...document, demands: without(document.demands, (demand) => demand.key === command.key) };
    case 'set-field':
      if (command.target.list === 'root')
        return setIn(document, command.path, command.value) as ScenarioDraft;
      return mapItem(document, command.target.list, command.target.key, (item) =>
        setIn(item, command.path, command.value),
      );
    case 'rename':
      return rename(document, command.list, command.key, command.newKey);
  }
}
