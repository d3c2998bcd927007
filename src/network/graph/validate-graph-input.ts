/**
 * Validation of a network graph input at the boundary of the graph model: every problem is reported as a
 * ParameterError naming its path (`edges[3].source: unknown node "tokio" (did you mean "tokyo"?)`), so bad
 * input never reaches routing as NaN or a dangling reference.
 *
 * Source: conventions of common.md / design.md ("Errors name the path").
 * Assumptions: the first problem found is reported (the scenario parser upstream collects all issues);
 * optional numbers that are present must be finite and in range; coordinates come in pairs.
 */
import {
  ParameterError,
  didYouMean,
  requireInRange,
  requireNonNegative,
  requireProbability,
} from '../../core/index.js';
import type {
  NetworkEdge,
  NetworkEdgeInput,
  NetworkGraphInput,
  NetworkNode,
  NetworkNodeInput,
} from './graph-types.js';

/** Validated nodes and edges in input order, and the initially blocked edge keys. */
export interface ValidatedGraph {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly blocked: readonly string[];
}

function requireNonEmptyString(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new ParameterError(field, 'must be a non-empty string');
  }
  return value;
}

function requireArray<T>(field: string, value: unknown): readonly T[] {
  if (!Array.isArray(value)) throw new ParameterError(field, 'must be an array');
  return value as readonly T[];
}

function requireObject(field: string, value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new ParameterError(field, 'must be an object');
}

function validateNode(input: NetworkNodeInput, index: number, seen: ReadonlySet<string>): NetworkNode {
  const field = `nodes[${index}]`;
  requireObject(field, input);
  const key = requireNonEmptyString(`${field}.key`, input.key);
  if (seen.has(key)) throw new ParameterError(`${field}.key`, `duplicate node key "${key}"`);
  const kind = requireNonEmptyString(`${field}.kind`, input.kind);
  const { latitude, longitude } = input;
  if ((latitude === undefined) !== (longitude === undefined)) {
    const missing = latitude === undefined ? 'latitude' : 'longitude';
    const present = latitude === undefined ? 'longitude' : 'latitude';
    throw new ParameterError(`${field}.${missing}`, `required when ${present} is given`);
  }
  if (latitude === undefined || longitude === undefined) return Object.freeze({ key, kind, index });
  requireInRange(`${field}.latitude`, latitude, -90, 90);
  requireInRange(`${field}.longitude`, longitude, -180, 180);
  return Object.freeze({ key, kind, latitude, longitude, index });
}

function validateEdge(
  input: NetworkEdgeInput,
  index: number,
  nodeKeys: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): NetworkEdge {
  const field = `edges[${index}]`;
  requireObject(field, input);
  const key = requireNonEmptyString(`${field}.key`, input.key);
  if (seen.has(key)) throw new ParameterError(`${field}.key`, `duplicate edge key "${key}"`);
  const source = requireNonEmptyString(`${field}.source`, input.source);
  const target = requireNonEmptyString(`${field}.target`, input.target);
  for (const [end, node] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (!nodeKeys.has(node)) {
      throw new ParameterError(`${field}.${end}`, `unknown node "${node}"${didYouMean(node, nodeKeys)}`);
    }
  }
  if (source === target) throw new ParameterError(`${field}.target`, `must differ from source ("${source}")`);
  const edge: {
    -readonly [K in keyof NetworkEdge]: NetworkEdge[K];
  } = {
    key,
    source,
    target,
    kind: requireNonEmptyString(`${field}.kind`, input.kind),
    length: requireNonNegative(`${field}.length`, input.length),
    index,
  };
  if (input.successProbability !== undefined) {
    edge.successProbability = requireProbability(`${field}.successProbability`, input.successProbability);
  }
  if (input.rate !== undefined) edge.rate = requireNonNegative(`${field}.rate`, input.rate);
  if (input.fidelity !== undefined) edge.fidelity = requireProbability(`${field}.fidelity`, input.fidelity);
  if (input.attributes !== undefined) {
    requireObject(`${field}.attributes`, input.attributes);
    edge.attributes = input.attributes;
  }
  return Object.freeze(edge);
}

/**
 * Validates a graph input and returns frozen node and edge records in input order.
 * @throws ParameterError naming the first offending path (`nodes[i].key`, `edges[i].source`,
 *   `blocked[i]`, ...).
 */
export function validateGraphInput(input: NetworkGraphInput): ValidatedGraph {
  requireObject('graph', input);
  const nodeInputs = requireArray<NetworkNodeInput>('nodes', input.nodes);
  const edgeInputs = requireArray<NetworkEdgeInput>('edges', input.edges);
  const nodeKeys = new Set<string>();
  const nodes = nodeInputs.map((node, index) => {
    const validated = validateNode(node, index, nodeKeys);
    nodeKeys.add(validated.key);
    return validated;
  });
  const edgeKeys = new Set<string>();
  const edges = edgeInputs.map((edge, index) => {
    const validated = validateEdge(edge, index, nodeKeys, edgeKeys);
    edgeKeys.add(validated.key);
    return validated;
  });
  const blocked = requireArray<string>('blocked', input.blocked ?? []).map((key, index) => {
    requireNonEmptyString(`blocked[${index}]`, key);
    if (!edgeKeys.has(key)) {
      throw new ParameterError(`blocked[${index}]`, `unknown edge "${key}"${didYouMean(key, edgeKeys)}`);
    }
    return key;
  });
  return { nodes, edges, blocked };
}
