/**
 * Cross-reference checks of a capacity report that a schema cannot express: unique keys, edges and demands
 * that name known nodes, routes that start at the source, end at the target and use known edges, bottlenecks
 * and allocation constraints that name known edges or nodes, and logarithmic chart axes holding only positive
 * values. Each problem is a path-named issue (`network.edges[2].target: unknown node "utrcht" (did you mean
 * "utrecht"?)`). Assumptions: the report already passed the schema in report-schema.ts.
 */
import { didYouMean, type ValidationIssue } from '../../core/index.js';
import { formatIssuePath } from '../../network/scenario/issue-path.js';
import type { CapacityReport, ChartSpec } from './report-model.js';

type Issues = ValidationIssue[];

function duplicateIssues(keys: readonly string[], base: string, field: string, issues: Issues): void {
  const seen = new Set<string>();
  keys.forEach((name, index) => {
    if (seen.has(name)) {
      issues.push({
        path: `${base}[${index}].${field}`,
        message: `duplicate ${field} ${JSON.stringify(name)}`,
      });
    }
    seen.add(name);
  });
}

function requireKnown(
  name: string,
  known: ReadonlySet<string>,
  what: string,
  path: PropertyKey[],
  issues: Issues,
): void {
  if (!known.has(name)) {
    issues.push({
      path: formatIssuePath(path),
      message: `unknown ${what} ${JSON.stringify(name)}${didYouMean(name, known)}`,
    });
  }
}

function routeIssues(report: CapacityReport, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): Issues {
  const issues: Issues = [];
  report.demands.forEach((demand, index) => {
    const base: PropertyKey[] = ['demands', index];
    requireKnown(demand.source, nodes, 'node', [...base, 'source'], issues);
    requireKnown(demand.target, nodes, 'node', [...base, 'target'], issues);
    const route = demand.route;
    if (route) {
      route.nodes.forEach((node, at) =>
        requireKnown(node, nodes, 'node', [...base, 'route', 'nodes', at], issues),
      );
      route.edges.forEach((edge, at) =>
        requireKnown(edge, edges, 'edge', [...base, 'route', 'edges', at], issues),
      );
      if (route.nodes[0] !== demand.source || route.nodes[route.nodes.length - 1] !== demand.target) {
        issues.push({
          path: formatIssuePath([...base, 'route', 'nodes']),
          message: `must run from the source "${demand.source}" to the target "${demand.target}"`,
        });
      }
      if (route.edges.length !== route.nodes.length - 1) {
        issues.push({
          path: formatIssuePath([...base, 'route', 'edges']),
          message: `must have one edge per hop (${route.nodes.length - 1}), got ${route.edges.length}`,
        });
      }
    }
    if (demand.bottleneck) {
      requireKnown(demand.bottleneck.edgeKey, edges, 'edge', [...base, 'bottleneck', 'edgeKey'], issues);
    }
  });
  return issues;
}

/** Problems of one chart at `base` (e.g. `['charts', 0]`): values on a logarithmic axis must be > 0. */
export function chartSpecIssues(chart: ChartSpec, base: readonly PropertyKey[]): ValidationIssue[] {
  const issues: Issues = [];
  const positive = (path: PropertyKey[]): void => {
    issues.push({ path: formatIssuePath([...base, ...path]), message: 'must be > 0 on a logarithmic axis' });
  };
  // Bar charts put x on a category axis, so only logY applies to them.
  const logX = chart.logX === true && chart.kind === 'line';
  chart.series.forEach((series, seriesIndex) => {
    series.points.forEach((point, pointIndex) => {
      if (logX && point.x <= 0) positive(['series', seriesIndex, 'points', pointIndex, 'x']);
      if (chart.logY === true && point.y <= 0) positive(['series', seriesIndex, 'points', pointIndex, 'y']);
    });
  });
  chart.markers?.forEach((marker, markerIndex) => {
    if (logX && marker.x <= 0) positive(['markers', markerIndex, 'x']);
  });
  return issues;
}

function chartIssues(charts: readonly ChartSpec[]): Issues {
  const issues: Issues = [];
  duplicateIssues(
    charts.map((chart) => chart.id),
    'charts',
    'id',
    issues,
  );
  charts.forEach((chart, index) => issues.push(...chartSpecIssues(chart, ['charts', index])));
  return issues;
}

/** Every cross-reference problem of a schema-valid report (empty when consistent). */
export function crossReferenceIssues(report: CapacityReport): ValidationIssue[] {
  const issues: Issues = [];
  const { nodes, edges } = report.network;
  duplicateIssues(
    nodes.map((node) => node.key),
    'network.nodes',
    'key',
    issues,
  );
  duplicateIssues(
    edges.map((edge) => edge.key),
    'network.edges',
    'key',
    issues,
  );
  duplicateIssues(
    report.demands.map((demand) => demand.key),
    'demands',
    'key',
    issues,
  );
  const nodeKeys = new Set(nodes.map((node) => node.key));
  const edgeKeys = new Set(edges.map((edge) => edge.key));
  edges.forEach((edge, index) => {
    requireKnown(edge.source, nodeKeys, 'node', ['network', 'edges', index, 'source'], issues);
    requireKnown(edge.target, nodeKeys, 'node', ['network', 'edges', index, 'target'], issues);
  });
  issues.push(...routeIssues(report, nodeKeys, edgeKeys));
  report.allocation?.constraints.forEach((constraint, index) => {
    const known = constraint.kind === 'edge' ? edgeKeys : nodeKeys;
    requireKnown(constraint.key, known, constraint.kind, ['allocation', 'constraints', index, 'key'], issues);
  });
  issues.push(...chartIssues(report.charts ?? []));
  return issues;
}
