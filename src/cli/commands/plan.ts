/**
 * `qnet plan FILE`: for every demand, the route, the end-to-end pair rate at the target fidelity (after
 * purification and after sharing the network), latency, the bottleneck hop and why, the bounds it is measured
 * against, and the effective qubit bandwidth; `--format json|csv|md|html|pdf --out FILE` writes the capacity
 * report, which records every parameter, the seed, the model choices and the software version.
 */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { ParameterError, metresToKm } from '../../core/index.js';
import {
  PLAN_METRICS,
  PLAN_OBJECTIVES,
  PURIFICATION_PLACEMENTS,
  SWAP_POLICIES,
  planScenario,
  type PlanOptions,
  type PlanResult,
} from '../../network/index.js';
import { workloadReportsForPlan } from '../../ml/index.js';
import {
  capacityReportFromPlan,
  formatDuration,
  formatQuantity,
  renderTextTable,
  withWorkloads,
} from '../../report/index.js';
import { packageVersion } from '../files.js';
import { createHighsSolver } from '../highs-solver.js';
import type { CliIo } from '../io.js';
import { parseInteger, parseNumber } from '../options.js';
import { emit } from '../output.js';
import {
  REPORT_FORMATS,
  reportFormatOfFile,
  writeReport,
  type ReportFormat,
} from '../report-output/index.js';
import { loadScenario } from '../scenario-files.js';

interface PlanCommandOptions {
  metric: NonNullable<PlanOptions['metric']>;
  paths: number;
  swapPolicy: NonNullable<PlanOptions['swapPolicy']>;
  protocol: 'dejmps' | 'bbpssw';
  purification: 'recurrence' | 'pumping';
  placement: 'end-to-end' | 'per-link' | 'auto';
  cutoffS?: number;
  objective: 'max-total' | 'max-min';
  classicalRateBitPerS?: number;
  allocation: boolean;
  minCut: boolean;
  format?: ReportFormat;
  out?: string;
  json?: boolean;
}

export function registerPlanCommand(program: Command, io: CliIo): void {
  program
    .command('plan')
    .description('plan every demand: route, rate at target fidelity, latency, bottleneck, bounds, bandwidth')
    .argument('<file>', 'scenario file (*.qnet.json)')
    .addOption(new Option('--metric <metric>', 'routing metric').choices(PLAN_METRICS).default('rate'))
    .option('--paths <k>', 'candidate paths per demand (k shortest)', parseInteger, 1)
    .addOption(new Option('--swap-policy <policy>', 'swap order').choices(SWAP_POLICIES).default('swap-asap'))
    .addOption(
      new Option('--protocol <name>', 'purification protocol')
        .choices(['dejmps', 'bbpssw'])
        .default('dejmps'),
    )
    .addOption(
      new Option('--purification <scheme>', 'purification scheme')
        .choices(['recurrence', 'pumping'])
        .default('recurrence'),
    )
    .addOption(
      new Option('--placement <where>', 'purification placement')
        .choices(PURIFICATION_PLACEMENTS)
        .default('auto'),
    )
    .option('--cutoff-s <t>', 'memory cutoff in seconds', parseNumber)
    .addOption(
      new Option('--objective <objective>', 'sharing between demands')
        .choices(PLAN_OBJECTIVES)
        .default('max-total'),
    )
    .option('--classical-rate-bit-per-s <r>', 'classical rate for teleportation (default 1e10)', parseNumber)
    .option('--no-allocation', 'report each demand as if it had the network to itself')
    .option('--no-min-cut', 'skip the network-level min-cut bounds (one max-flow per demand pair)')
    .addOption(
      new Option('--format <format>', 'report format (default: from --out extension)').choices(
        REPORT_FORMATS,
      ),
    )
    .option('--out <file>', 'write the capacity report to this file')
    .option('--json', 'print the capacity report (JSON) to standard output')
    .action(async (file: string, options: PlanCommandOptions) => {
      const scenarioFile = path.resolve(io.cwd, file);
      const scenario = loadScenario(scenarioFile);
      const planOptions: PlanOptions = {
        metric: options.metric,
        candidatePaths: options.paths,
        swapPolicy: options.swapPolicy,
        purification: {
          protocol: options.protocol,
          scheme: options.purification,
          placement: options.placement,
        },
        ...(options.cutoffS === undefined ? {} : { cutoff: options.cutoffS }),
        objective: options.objective,
        ...(options.classicalRateBitPerS === undefined
          ? {}
          : { classicalRate: options.classicalRateBitPerS }),
        minCutBounds: options.minCut,
      };
      const solver = options.allocation ? await createHighsSolver() : undefined;
      const plan = planScenario(scenario, planOptions, solver);
      const { workloads, charts } = workloadReportsForPlan(scenario, plan);
      const report = withWorkloads(
        capacityReportFromPlan(scenario, plan, {
          version: packageVersion(),
          file: path.basename(scenarioFile),
        }),
        workloads,
        charts,
      );
      if (options.out) {
        const format = options.format ?? reportFormatOfFile(options.out);
        if (!format) {
          throw new ParameterError(
            '--format',
            `cannot tell the format of "${options.out}"; give --format ${REPORT_FORMATS.join('|')}`,
          );
        }
        const outFile = path.resolve(io.cwd, options.out);
        await writeReport(report, format, outFile);
        io.stderr(`wrote ${format} report to ${outFile}\n`);
      } else if (options.format) {
        throw new ParameterError('--format', 'needs --out FILE');
      }
      emit(io, options.json, 'plan', { file, options: report.settings }, report, () => renderPlan(plan));
    });
}

/** Human-readable plan: one row per demand, then bottlenecks, explanations and the allocation. */
export function renderPlan(plan: PlanResult): string {
  const rows = plan.demands.map((demand) => {
    const best = demand.best;
    const hops = best ? best.path.edges.length : 0;
    const length = best ? best.path.length : 0;
    return [
      demand.demand.key,
      `${demand.demand.source} -> ${demand.demand.target}`,
      demand.status,
      best ? `${hops} hop(s), ${formatQuantity(metresToKm(length), 'km')}` : '-',
      demand.status === 'ok' ? formatQuantity(demand.allocatedRate, 'Hz') : '-',
      demand.status === 'ok' ? formatQuantity(demand.standaloneRate, 'Hz') : '-',
      demand.fidelity === undefined ? '-' : formatQuantity(demand.fidelity, '', 4),
      demand.latency === undefined ? '-' : formatDuration(demand.latency),
      demand.minCutBound === undefined ? '-' : formatQuantity(demand.minCutBound, 'Hz'),
      demand.effectiveBandwidth ? formatQuantity(demand.effectiveBandwidth.qubitsPerSecond, 'qubit/s') : '-',
    ];
  });
  const table = renderTextTable(
    [
      { header: 'demand' },
      { header: 'ends' },
      { header: 'status' },
      { header: 'route' },
      { header: 'rate', align: 'right' },
      { header: 'alone', align: 'right' },
      { header: 'fidelity', align: 'right' },
      { header: 'latency', align: 'right' },
      { header: 'min-cut bound', align: 'right' },
      { header: 'qubit bandwidth', align: 'right' },
    ],
    rows,
  );
  const notes = plan.demands.flatMap((demand) => {
    const lines: string[] = [];
    if (demand.best) lines.push(`${demand.demand.key}: route ${demand.best.path.nodes.join(' - ')}`);
    if (demand.best && demand.status === 'ok') {
      lines.push(
        `  bottleneck ${demand.best.performance.bottleneck.edgeKey}: ${demand.best.performance.bottleneck.reason}`,
      );
    }
    if (demand.explanation) lines.push(`${demand.demand.key}: ${demand.explanation}`);
    for (const alternative of demand.candidates.slice(1)) {
      const { performance } = alternative;
      const outcome =
        performance.status === 'ok'
          ? `${formatQuantity(performance.deliveredRate, 'Hz')} at fidelity ${formatQuantity(performance.deliveredFidelity, '', 4)}`
          : `${performance.status}: ${performance.explanation ?? ''}`;
      lines.push(`  alternative ${alternative.path.nodes.join(' - ')}: ${outcome}`);
    }
    return lines;
  });
  const allocation = plan.allocation
    ? [`allocation (${plan.allocation.objective}): ${plan.allocation.message}`]
    : ['allocation: none (each demand as if alone)'];
  return [table, '', ...notes, '', ...allocation].join('\n');
}
