/**
 * The network map view of the app: nodes on a world map (or a plain canvas), edges by kind, planned routes and
 * their bottlenecks, and the editing gestures (select, drag, add node, add link). See U-common.md for the
 * contract with the app shell.
 */
export type {
  EditMode,
  MapEdge,
  MapNode,
  MapRoute,
  NetworkView,
  NetworkViewEvents,
  NetworkViewModel,
  NetworkViewOptions,
  NodePosition,
  Selection,
} from './types.js';
export { createNetworkView } from './create-network-view.js';
export { RENDER_MEASURE } from './network-view-core.js';
export { EDGE_KIND_STYLES, edgeKindStyle, type EdgeKindStyle } from './styles.js';
