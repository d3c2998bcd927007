/**
 * Turns a schema-valid scenario document into the resolved {@link Scenario}: cross-reference checks
 * (unique keys, endpoints, workloads, platform presets), coordinates, platform resolution with provenance,
 * SI conversion of every edge, defaults, and lookups by key. Collects every issue rather than stopping at
 * the first, so a user fixes a file in one pass.
 */
import {
  dbPerKmToDbPerMetre,
  err,
  kmToMetres,
  ok,
  type Result,
  type ValidationIssue,
} from '../../core/index.js';
import type { PresetRegistry } from '../platforms/parse-preset.js';
import { compact } from './compact.js';
import { checkEndpoints, checkReference, checkUniqueKeys } from './cross-references.js';
import type { DemandDocument, NodeDocument, ScenarioDocument } from './document-schema.js';
import type { GeoPoint as GeoPosition } from '../../physics/index.js';
import { resolvePlatformReference } from './platform-reference.js';
import { resolveEdge } from './resolve-edges.js';
import * as defaults from './scenario-defaults.js';
import type {
  Demand,
  Scenario,
  ScenarioDefaults,
  ScenarioEdge,
  ScenarioNode,
  Workload,
} from './scenario-types.js';
import type { WorkloadDocument } from './workload-schema.js';

function resolveDefaults(document: ScenarioDocument): ScenarioDefaults {
  const given = document.defaults ?? {};
  return Object.freeze({
    fibreAttenuation: dbPerKmToDbPerMetre(
      given.fibreAttenuationDbPerKm ?? defaults.DEFAULT_FIBRE_ATTENUATION_DB_PER_KM,
    ),
    fibreLightSpeed: kmToMetres(given.fibreLightSpeedKmPerS ?? defaults.DEFAULT_FIBRE_LIGHT_SPEED_KM_PER_S),
    routeFactor: given.routeFactor ?? defaults.DEFAULT_ROUTE_FACTOR,
    scheme: given.scheme ?? defaults.DEFAULT_SCHEME,
  });
}

function nodePosition(node: NodeDocument, path: string, issues: ValidationIssue[]): GeoPosition | undefined {
  if (node.latitude === undefined && node.longitude === undefined) return undefined;
  if (node.latitude === undefined) {
    issues.push({ path: `${path}.latitude`, message: 'is required when longitude is given' });
    return undefined;
  }
  if (node.longitude === undefined) {
    issues.push({ path: `${path}.longitude`, message: 'is required when latitude is given' });
    return undefined;
  }
  return Object.freeze({ latitude: node.latitude, longitude: node.longitude });
}

function resolveNode(
  node: NodeDocument,
  path: string,
  presets: PresetRegistry,
  issues: ValidationIssue[],
): ScenarioNode {
  const platform = resolvePlatformReference(node.platform, node.overrides, path, presets, issues);
  return compact({
    key: node.key,
    kind: node.kind,
    label: node.label,
    position: nodePosition(node, path, issues),
    platform,
    memoryCount: node.memoryCount ?? platform?.parameters.memoryCount,
  });
}

function resolveDemand(demand: DemandDocument): Demand {
  return compact({
    key: demand.key,
    label: demand.label,
    source: demand.source,
    target: demand.target,
    targetFidelity: demand.targetFidelity,
    requestedRate: demand.requestedRatePerS,
    workload: demand.workload,
  });
}

function resolveWorkload(workload: WorkloadDocument): Workload {
  return compact({
    key: workload.key,
    label: workload.label,
    model: workload.model,
    dimension: workload.dimension,
    layers: workload.layers,
    paramsPerUnitary: workload.paramsPerUnitary,
    epsilon: workload.epsilon,
    delta: workload.delta,
    bitsPerNumber: workload.bitsPerNumber ?? defaults.DEFAULT_BITS_PER_NUMBER,
    trainingSteps: workload.trainingSteps,
    classicalRate: workload.classicalRateBitsPerS,
    classicalLatency: workload.classicalLatencyS,
    shadowConstant: workload.shadowConstant ?? defaults.DEFAULT_SHADOW_CONSTANT,
    margin: workload.margin,
    encoding: workload.encoding ?? defaults.DEFAULT_DATA_ENCODING,
    logicalGateTime: workload.logicalGateTimeS,
    parallelQpus: workload.parallelQpus ?? 1,
    classicalFlopRate: workload.classicalFlopsPerS,
  });
}

function byKey<T extends { readonly key: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.key, item]));
}

/**
 * Resolves a schema-valid document. `document` must already be the frozen, normalised copy that the
 * Scenario will keep for serialisation.
 * @returns the scenario, or every cross-reference and resolution issue found.
 */
export function resolveScenario(
  document: ScenarioDocument,
  presets: PresetRegistry,
): Result<Scenario, ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const workloadDocuments = document.workloads ?? [];
  checkUniqueKeys(document.nodes, 'nodes', 'node', issues);
  checkUniqueKeys(document.edges, 'edges', 'edge', issues);
  checkUniqueKeys(document.demands, 'demands', 'demand', issues);
  checkUniqueKeys(workloadDocuments, 'workloads', 'workload', issues);

  const nodes = document.nodes.map((node, index) => resolveNode(node, `nodes[${index}]`, presets, issues));
  const nodeByKey = byKey(nodes);
  const workloads = workloadDocuments.map(resolveWorkload);
  const workloadByKey = byKey(workloads);
  const context = {
    positions: new Map(nodes.map((node) => [node.key, node.position])),
    defaults: resolveDefaults(document),
    presets,
  };

  const edges: ScenarioEdge[] = [];
  document.edges.forEach((edge, index) => {
    const path = `edges[${index}]`;
    if (!checkEndpoints(edge, nodeByKey, path, issues, 'self-loops are not allowed')) return;
    const resolved = resolveEdge(edge, path, context, issues);
    if (resolved) edges.push(resolved);
  });

  const demands = document.demands.map((demand, index) => {
    const path = `demands[${index}]`;
    checkEndpoints(demand, nodeByKey, path, issues, 'must differ from source');
    if (demand.workload !== undefined)
      checkReference(demand.workload, workloadByKey, `${path}.workload`, 'workload', issues);
    return resolveDemand(demand);
  });

  if (issues.length > 0) return err(issues);
  return ok(
    Object.freeze({
      schemaVersion: document.schemaVersion,
      name: document.name,
      description: document.description,
      seed: document.seed,
      metadata: document.metadata,
      defaults: context.defaults,
      nodes: Object.freeze(nodes),
      edges: Object.freeze(edges),
      demands: Object.freeze(demands),
      workloads: Object.freeze(workloads),
      nodeByKey,
      edgeByKey: byKey(edges),
      demandByKey: byKey(demands),
      workloadByKey,
      document,
    }),
  );
}
