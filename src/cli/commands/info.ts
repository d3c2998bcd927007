/**
 * `qnet info FILE`: a summary of a scenario — its nodes (kind, platform, position, memories), edges (kind, ends,
 * length, loss, scheme) and demands (ends, target fidelity, requested rate), in SI-converted, readable units.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { dbPerMetreToDbPerKm, metresToKm, secondsToDays } from '../../core/index.js';
import type { Scenario, ScenarioEdge } from '../../network/index.js';
import { formatNumber, formatQuantity, renderTextTable } from '../../report/index.js';
import type { CliIo } from '../io.js';
import { emit } from '../output.js';
import { loadScenario } from '../scenario-files.js';

export function registerInfoCommand(program: Command, io: CliIo): void {
  program
    .command('info')
    .description('summarise a scenario: nodes, edges and demands')
    .argument('<file>', 'scenario file (*.qnet.json)')
    .option('--json', 'machine-readable output')
    .action((file: string, options: { json?: boolean }) => {
      const scenario = loadScenario(path.resolve(io.cwd, file));
      emit(io, options.json, 'info', { file }, scenarioSummary(scenario), () => renderScenarioInfo(scenario));
    });
}

/** The JSON form of `qnet info`: counts and SI values per node, edge and demand. */
export function scenarioSummary(scenario: Scenario) {
  return {
    name: scenario.name,
    description: scenario.description,
    seed: scenario.seed,
    counts: {
      nodes: scenario.nodes.length,
      edges: scenario.edges.length,
      demands: scenario.demands.length,
      workloads: scenario.workloads.length,
    },
    nodes: scenario.nodes.map((node) => ({
      key: node.key,
      kind: node.kind,
      platform: node.platform?.presetId ?? null,
      latitude: node.position?.latitude ?? null,
      longitude: node.position?.longitude ?? null,
      memoryCount: node.memoryCount ?? null,
    })),
    edges: scenario.edges.map((edge) => ({
      key: edge.key,
      kind: edge.kind,
      source: edge.source,
      target: edge.target,
      ...edgeFigures(edge),
    })),
    demands: scenario.demands.map((demand) => ({
      key: demand.key,
      source: demand.source,
      target: demand.target,
      targetFidelity: demand.targetFidelity,
      requestedRate: demand.requestedRate ?? null,
      workload: demand.workload ?? null,
    })),
  };
}

/** Length (m) and a one-line description of an edge's physical parameters. */
function edgeFigures(edge: ScenarioEdge): { length: number | null; detail: string } {
  switch (edge.kind) {
    case 'fibre':
      return {
        length: edge.length,
        detail: `${formatNumber(dbPerMetreToDbPerKm(edge.attenuation))} dB/km, ${edge.scheme}${edge.lengthFrom === 'coordinates' ? ', length from coordinates' : ''}`,
      };
    case 'free-space':
      return {
        length: null,
        detail: `${formatNumber(edge.transmitterAperture)} m -> ${formatNumber(edge.receiverAperture)} m apertures, ${formatNumber(edge.wavelength * 1e9)} nm, ${edge.scheme}`,
      };
    case 'microwave':
      return { length: edge.length, detail: `transmissivity ${formatNumber(edge.transmissivity)}` };
    case 'carrier':
      return {
        length: edge.distance ?? null,
        detail: `${edge.carrier}, ${formatNumber(secondsToDays(edge.transitTime))} days in transit, ${edge.vehicles} vehicle(s)`,
      };
  }
}

/** The human form of `qnet info`. */
export function renderScenarioInfo(scenario: Scenario): string {
  const summary = scenarioSummary(scenario);
  const nodes = renderTextTable(
    [
      { header: 'node' },
      { header: 'kind' },
      { header: 'platform' },
      { header: 'position' },
      { header: 'memories' },
    ],
    summary.nodes.map((node) => [
      node.key,
      node.kind,
      node.platform ?? '-',
      node.latitude === null ? '-' : `${node.latitude.toFixed(3)}, ${node.longitude!.toFixed(3)}`,
      node.memoryCount === null ? '-' : String(node.memoryCount),
    ]),
  );
  const edges = renderTextTable(
    [
      { header: 'edge' },
      { header: 'kind' },
      { header: 'ends' },
      { header: 'length', align: 'right' },
      { header: 'details' },
    ],
    summary.edges.map((edge) => [
      edge.key,
      edge.kind,
      `${edge.source} - ${edge.target}`,
      edge.length === null ? '-' : `${formatNumber(metresToKm(edge.length))} km`,
      edge.detail,
    ]),
  );
  const demands = renderTextTable(
    [
      { header: 'demand' },
      { header: 'ends' },
      { header: 'target F', align: 'right' },
      { header: 'requested' },
    ],
    summary.demands.map((demand) => [
      demand.key,
      `${demand.source} -> ${demand.target}`,
      formatNumber(demand.targetFidelity),
      demand.requestedRate === null ? '-' : formatQuantity(demand.requestedRate, 'Hz'),
    ]),
  );
  const { counts } = summary;
  return [
    `${scenario.name}: ${scenario.description}`,
    `${counts.nodes} nodes, ${counts.edges} edges, ${counts.demands} demands, ${counts.workloads} workloads, seed ${scenario.seed}`,
    '',
    nodes,
    '',
    edges,
    '',
    demands,
  ].join('\n');
}
