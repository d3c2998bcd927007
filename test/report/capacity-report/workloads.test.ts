/**
 * Distributed-ML workloads in the capacity report, built exactly as the plan command does
 * (`withWorkloads(capacityReportFromPlan(...), ...workloadReportsForPlan(...))`) for the metro example with a
 * workload attached: the report validates and survives a JSON round trip, Markdown and HTML hold the workload
 * tables, "no quantum route" replaces missing times, user text is escaped, and the schema rejects bad entries.
 */
import { describe, expect, it } from 'vitest';
import { planScenario, type Scenario } from '../../../src/network/index.js';
import { workloadReportsForPlan } from '../../../src/ml/plan-workloads.js';
import {
  capacityReportFromPlan,
  parseCapacityReport,
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
  validateCapacityReport,
  withWorkloads,
  type CapacityReport,
} from '../../../src/report/index.js';
import { METRO_WORKLOAD, exampleScenario, metroWithWorkload } from '../../ml/plan-workload-fixtures.js';
import type { DocumentDraft } from '../../network/scenario/fixtures.js';
import { sampleReport } from './sample-report.js';

/** The plan command's report with workloads, as the lead wires it. */
function planReport(scenario: Scenario): CapacityReport {
  const plan = planScenario(scenario);
  const { workloads, charts } = workloadReportsForPlan(scenario, plan);
  return withWorkloads(capacityReportFromPlan(scenario, plan, { version: '0.0.0-test' }), workloads, charts);
}

const metro = planReport(metroWithWorkload());

describe('withWorkloads on the metro example', () => {
  it('adds the workload, its charts, the method and the reference, and validates', () => {
    expect(metro.workloads).toHaveLength(1);
    expect(metro.charts!.map((chart) => chart.id)).toEqual([
      'demand-rates',
      'rate-vs-distance',
      'ml-time-vs-n-delft-leiden',
      'ml-communication-vs-eps-delft-leiden',
    ]);
    expect(metro.references.some((line) => line.includes('arXiv 2310.07136'))).toBe(true);
    expect(metro.methods.some((line) => line.startsWith('distributed-ML workloads:'))).toBe(true);
    const checked = validateCapacityReport(metro);
    expect(checked.ok ? [] : checked.error.issues).toEqual([]);
  });

  it('is idempotent, and an empty list adds nothing', () => {
    const again = withWorkloads(metro, metro.workloads!, metro.charts!.slice(2));
    expect(again).toEqual(metro);
    const scenario = exampleScenario('metro-three-node.qnet.json');
    const base = capacityReportFromPlan(scenario, planScenario(scenario), { version: '0.0.0-test' });
    const none = withWorkloads(base, [], []);
    expect(none).toEqual(base);
    expect('workloads' in none).toBe(false);
  });

  it('survives the JSON round trip', () => {
    const parsed = parseCapacityReport(renderReportJson(metro));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.workloads).toEqual(metro.workloads);
  });

  it('leaves the CSV (one row per demand) unchanged', () => {
    expect(renderReportCsv(metro)).toBe(renderReportCsv({ ...metro, workloads: undefined }));
  });
});

describe('Markdown and HTML workload sections', () => {
  const markdown = renderReportMarkdown(metro);
  const html = renderReportHtml(metro);
  const lines = markdown.split('\n');

  it('Markdown has the summary table with one row per workload', () => {
    expect(markdown).toContain('\n## Distributed-ML workloads\n');
    const header = lines.findIndex((line) => line.startsWith('| Workload | Demand | Model | N |'));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toMatch(/^\| inference-4096 \| delft-leiden \| deep-unitary \| 4096 \|/);
    expect(lines[header + 3]).toBe('');
  });

  it('Markdown has the task table, the time breakdown and the assumptions of the workload', () => {
    expect(markdown).toContain(
      '### Workload inference-4096 (Deep unitary model, N = 2^12) on demand delft-leiden',
    );
    const tasks = lines.findIndex((line) => line.startsWith('| Task | Copies | Qubits | Classical bits |'));
    expect(lines.slice(tasks + 2, tasks + 8).map((line) => line.split(' | ')[0])).toEqual([
      '| inference',
      '| gradient step (parameter shift)',
      '| gradient step (shadow tomography)',
      '| training, T steps (parameter shift)',
      '| training, T steps (shadow tomography)',
      '| last-layer training, T steps (one pool)',
    ]);
    expect(lines[tasks + 2]).toContain('| 2952 | 106272 | 393216 |');
    const times = lines.findIndex((line) => line.startsWith('| Task | Side | Communication | Compute |'));
    expect(lines.slice(times + 2, times + 14).filter((line) => line.includes('| quantum |'))).toHaveLength(6);
    expect(markdown).toContain('#### Assumptions of inference-4096');
    expect(markdown).toMatch(/- Privacy \(Holevo cap\): one inference exchanges 106272 qubits/);
  });

  it('HTML has the same section and tables', () => {
    expect(html).toContain('<h2>Distributed-ML workloads</h2>');
    expect(html).toContain('<caption>Inference on each workload</caption>');
    expect(html).toContain('<th scope="col">Workload</th>');
    expect(html).toContain('<caption>Time: communication + compute + latency</caption>');
    expect(html).toContain('<td>inference-4096</td><td>delft-leiden</td><td>deep-unitary</td>');
  });

  it('prints "no quantum route" for an unreachable demand, never Infinity or NaN', () => {
    const continental = planReport(exampleScenario('continental-repeater-chain.qnet.json'));
    expect(continental.workloads![0]!.status).toBe('no-quantum-route');
    for (const text of [renderReportMarkdown(continental), renderReportHtml(continental)]) {
      expect(text).toContain('no quantum route');
      expect(text).not.toMatch(/Infinity|NaN|∞/);
    }
  });

  it('escapes user text in workload labels', () => {
    const scenario = metroWithWorkload({ ...METRO_WORKLOAD, label: '<b>*bold*</b> | x' });
    const report = planReport(scenario);
    expect(renderReportHtml(report)).toContain('&lt;b&gt;*bold*&lt;/b&gt; | x');
    expect(renderReportHtml(report)).not.toContain('<b>*bold*</b>');
    expect(renderReportMarkdown(report)).toContain('\\<b\\>\\*bold\\*\\</b\\> \\| x');
  });

  it('leaves the section out of a report without workloads', () => {
    expect(renderReportMarkdown(sampleReport())).not.toContain('Distributed-ML workloads');
    expect(renderReportHtml(sampleReport())).not.toContain('Distributed-ML workloads');
  });
});

describe('schema of workload entries', () => {
  const broken = (change: (report: DocumentDraft) => void) => {
    const report = structuredClone(metro) as unknown as DocumentDraft;
    change(report);
    const checked = validateCapacityReport(report);
    return checked.ok ? [] : checked.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('rejects non-finite times, unknown keys, bad enums and out-of-range figures with their paths', () => {
    expect(broken((r) => (r.workloads[0].tasks[0].classicalTime.totalS = Number.NaN)).join('\n')).toMatch(
      /^workloads\[0\]\.tasks\[0\]\.classicalTime\.totalS: must be a finite number/m,
    );
    expect(broken((r) => (r.workloads[0].extra = 1)).join('\n')).toMatch(/workloads\[0\]/);
    expect(broken((r) => (r.workloads[0].status = 'maybe')).join('\n')).toMatch(/workloads\[0\]\.status/);
    expect(broken((r) => (r.workloads[0].privacy.fractionOfDataCap = 1.5)).join('\n')).toMatch(
      /workloads\[0\]\.privacy\.fractionOfDataCap/,
    );
    expect(broken((r) => (r.workloads[0].epsilon = 1)).join('\n')).toMatch(/workloads\[0\]\.epsilon/);
    expect(broken(() => {})).toEqual([]);
  });
});
