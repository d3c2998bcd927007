/**
 * The contract between the app shell and the network view (issue #6, U-common.md): what the shell hands the view
 * (a view model of nodes, edges, routes and the selection) and what the view reports back (selection, added
 * nodes and links, moved nodes). Types only. Positions are degrees (latitude north, longitude east) on the world
 * map, or plain canvas units (x right, y down) for scenarios without coordinates.
 */

/** What a pointer press does on the map. */
export type EditMode = 'select' | 'add-node' | 'add-link';

/** The selected node, edge or demand, or nothing. */
export type Selection = { kind: 'node' | 'edge' | 'demand'; id: string } | null;

/** A node as the view draws it: on the map when it has latDeg/lonDeg, else at x/y, else laid out on a circle. */
export interface MapNode {
  id: string;
  label: string;
  /** Latitude, degrees north, in [-90, 90]. */
  latDeg?: number;
  /** Longitude, degrees east, in [-180, 180]. */
  lonDeg?: number;
  /** Plain canvas x (right), used when the node has no coordinates. */
  x?: number;
  /** Plain canvas y (down), used when the node has no coordinates. */
  y?: number;
  /** Platform preset id, shown in the node's accessible name. */
  platform?: string;
}

/** An edge; `kind` is the scenario edge kind ('fibre', 'free-space', 'microwave', 'carrier', ...). */
export interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
  /** Length in km, for the label and the accessible name. */
  lengthKm: number;
}

/** The planned route of a demand: drawn over its edges, coloured by status, its bottleneck emphasised. */
export interface MapRoute {
  demandId: string;
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  bottleneckEdgeId?: string;
  ok: boolean;
}

/** Everything the view draws. */
export interface NetworkViewModel {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  routes: readonly MapRoute[];
  selection: Selection;
}

/** Where a node is (or goes): degrees on the map, or canvas units without coordinates. */
export type NodePosition = { latDeg: number; lonDeg: number } | { x: number; y: number };

/** Callbacks the view calls on user actions; the shell turns them into edits. */
export interface NetworkViewEvents {
  /** Click on a node or edge (or Enter on a focused one); click on empty space selects null. */
  onSelect(selection: Selection): void;
  /** Click on empty map in add-node mode. */
  onAddNode(position: NodePosition): void;
  /** While dragging a node (final=false, at most once per frame) and on release (final=true, one undo step). */
  onMoveNode(id: string, position: NodePosition, final: boolean): void;
  /** Press on node A and release on node B (or click A then click B) in add-link mode. */
  onAddEdge(source: string, target: string): void;
}

/** A live network view. */
export interface NetworkView {
  readonly renderer: 'webgl' | 'svg';
  /** Draws `model`; cheap to call after every edit (keyed diff, batched to the next animation frame). */
  update(model: NetworkViewModel): void;
  setMode(mode: EditMode): void;
  /** Refits the map to the nodes and resets pan and zoom. */
  fit(): void;
  destroy(): void;
}

/** Options of createNetworkView. */
export interface NetworkViewOptions {
  /**
   * 'auto' (default): sigma (WebGL) when a hardware WebGL context exists, else SVG; 'webgl' forces sigma when
   * any WebGL context can be created (software rasterisers included); 'svg' forces the SVG view.
   */
  renderer?: 'auto' | 'webgl' | 'svg';
}
