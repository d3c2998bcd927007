/**
 * network/routing: optimal routes on the network graph (ngraph.path A* / NBA*, and a flat-array A* for
 * bulk queries, both checked against a graphology Dijkstra reference), k shortest paths (Yen) and
 * link-disjoint paths (min-cost flow or greedy).
 */
export * from './routing-types.js';
export * from './edge-costs.js';
export { pathFromEdgeKeys } from './route-query.js';
export * from './ngraph-router.js';
export * from './reference-router.js';
export * from './no-route.js';
export * from './k-shortest-paths.js';
export * from './disjoint-paths.js';
export * from './typed-a-star-router.js';
export { LANDMARK_SLACK, landmarkBound, landmarkTable } from './landmarks.js';
export type { LandmarkTable } from './landmarks.js';
