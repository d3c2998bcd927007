import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  canonicalReport,
  parseCapacityReport,
  renderReportJson,
  validateCapacityReport,
  validateChartSpec,
  type CapacityReport,
} from '../../../src/report/capacity-report/index.js';
import { sampleReport } from './sample-report.js';

/** The issues of a failed validation as `path: message` lines. */
function issuesOf(value: unknown): string[] {
  const result = validateCapacityReport(value);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('capacity report validation', () => {
  it('accepts the sample report', () => {
    const result = validateCapacityReport(sampleReport());
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  });

  it('rejects a document of another kind with one issue at kind', () => {
    const issues = issuesOf({ schemaVersion: 1, kind: 'qnet-scenario', name: 'x' });
    expect(issues).toEqual([
      'kind: must be "qnet-capacity-report" (got "qnet-scenario"): this is not a qnet capacity report',
    ]);
    expect(issuesOf({ name: 'no kind at all' })[0]).toMatch(/^kind: .*got missing/);
  });

  it('rejects a newer or invalid version at schemaVersion', () => {
    expect(issuesOf({ ...sampleReport(), schemaVersion: 2 })).toEqual([
      'schemaVersion: unsupported version 2: this qnet-planner reads version 1; upgrade qnet-planner',
    ]);
    expect(issuesOf({ ...sampleReport(), schemaVersion: '1' })).toEqual([
      'schemaVersion: must be 1 (got string)',
    ]);
    expect(issuesOf({ ...sampleReport(), schemaVersion: 0 })).toEqual(['schemaVersion: must be 1 (got 0)']);
  });

  it('names the path of NaN and infinite numbers, also inside the scenario document', () => {
    const report = sampleReport();
    report.demands[0]!.rateHz = Number.NaN;
    report.scenario.document = { edges: [{ lengthKm: Number.POSITIVE_INFINITY }] };
    expect(issuesOf(report)).toEqual([
      'scenario.document.edges[0].lengthKm: must be a finite number (got Infinity)',
      'demands[0].rateHz: must be a finite number (got NaN)',
    ]);
  });

  it('reports out-of-range values, unknown keys with suggestions and bad enums', () => {
    const report = sampleReport() as unknown as Record<string, unknown> & CapacityReport;
    report.demands[0]!.fidelity = 1.2;
    (report.demands[1] as unknown as Record<string, unknown>).rateHzz = 3;
    (report.demands[2] as unknown as Record<string, unknown>).status = 'unreachible';
    report.network.nodes[0]!.latitude = 95;
    const issues = issuesOf(report);
    expect(issues).toContain('demands[0].fidelity: must be <= 1');
    expect(issues).toContain('demands[1].rateHzz: unknown key "rateHzz" (did you mean "rateHz"?)');
    expect(issues.some((line) => line.startsWith('demands[2].status: must be one of'))).toBe(true);
    expect(issues).toContain('network.nodes[0].latitude: must be <= 90');
  });

  it('checks cross references: nodes, edges, routes, duplicates, log axes', () => {
    const report = sampleReport();
    report.network.edges[1]!.target = 'leidn';
    report.demands[0]!.route!.nodes = ['the-hague', 'leiden', 'amsterdam'];
    report.demands[1]!.bottleneck!.edgeKey = 'delft-utrect';
    report.demands[2]!.key = 'qkd-delft-amsterdam';
    report.charts![0]!.series[0]!.points[1]!.y = 0;
    report.allocation!.constraints[1]!.key = 'nowhere';
    const issues = issuesOf(report);
    expect(issues).toEqual(
      expect.arrayContaining([
        'network.edges[1].target: unknown node "leidn" (did you mean "leiden"?)',
        'demands[0].route.nodes: must run from the source "delft" to the target "amsterdam"',
        'demands[0].route.edges: must have one edge per hop (2), got 3',
        'demands[1].bottleneck.edgeKey: unknown edge "delft-utrect" (did you mean "delft-utrecht"?)',
        'demands[2].key: duplicate key "qkd-delft-amsterdam"',
        'charts[0].series[0].points[1].y: must be > 0 on a logarithmic axis',
        'allocation.constraints[1].key: unknown node "nowhere"',
      ]),
    );
  });

  it('never throws for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateCapacityReport(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseCapacityReport and renderReportJson', () => {
  it('round-trips the sample report through JSON', () => {
    const report = sampleReport();
    const text = renderReportJson(report);
    const parsed = parseCapacityReport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(canonicalReport(report));
    expect(renderReportJson(parsed.value)).toBe(text);
  });

  it('writes 2-space JSON with a trailing newline, keys in model order and settings sorted', () => {
    const text = renderReportJson(sampleReport());
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith('{\n  "schemaVersion": 1,\n  "kind": "qnet-capacity-report",\n  "generator"'),
    ).toBe(true);
    const settings = Object.keys(JSON.parse(text).settings);
    expect(settings).toEqual([...settings].sort());
    expect(settings).toEqual([
      'cutoffS',
      'multiplexing',
      'objective',
      'purification',
      'routingMetric',
      'swapPolicy',
    ]);
  });

  it('gives the same bytes whatever order the report object was built in', () => {
    const report = sampleReport();
    const reversed = Object.fromEntries(Object.entries(report).reverse()) as unknown as CapacityReport;
    reversed.demands = report.demands.map(
      (demand) =>
        Object.fromEntries(Object.entries(demand).reverse()) as unknown as CapacityReport['demands'][number],
    );
    reversed.settings = Object.fromEntries(Object.entries(report.settings).reverse());
    expect(renderReportJson(reversed)).toBe(renderReportJson(report));
  });

  it('keeps the scenario document exactly as loaded', () => {
    const report = sampleReport();
    report.scenario.document = { zeta: 1, alpha: [3, 2, 1], nested: { b: true, a: null } };
    const parsed = JSON.parse(renderReportJson(report));
    expect(JSON.stringify(parsed.scenario.document)).toBe(
      '{"zeta":1,"alpha":[3,2,1],"nested":{"b":true,"a":null}}',
    );
  });

  it('refuses to render a report holding NaN, with the path in the error', () => {
    const report = sampleReport();
    report.demands[0]!.latencyS = Number.NaN;
    expect(() => renderReportJson(report)).toThrow(ValidationError);
    expect(() => renderReportJson(report)).toThrow(
      /demands\[0\]\.latencyS: must be a finite number \(got NaN\)/,
    );
  });

  it('rejects bad JSON text with the position, never throwing', () => {
    const result = parseCapacityReport('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/^capacity report: 1 problem\(s\)\n {2}invalid JSON at line 1/);
  });

  it('rejects another version read from text with a path-named message', () => {
    const text = renderReportJson(sampleReport()).replace('"schemaVersion": 1', '"schemaVersion": 3');
    const result = parseCapacityReport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      {
        path: 'schemaVersion',
        message: 'unsupported version 3: this qnet-planner reads version 1; upgrade qnet-planner',
      },
    ]);
  });

  it('round-trips arbitrary user text and finite numbers', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (name, explanation, rate, fidelity) => {
          const report = sampleReport();
          report.scenario.name = name;
          report.demands[1]!.explanation = explanation;
          report.demands[0]!.rateHz = rate;
          report.demands[0]!.fidelity = fidelity;
          const parsed = parseCapacityReport(renderReportJson(report));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value).toEqual(canonicalReport(report));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('validateChartSpec', () => {
  it('accepts the sample charts and names the path of bad values relative to the chart', () => {
    for (const chart of sampleReport().charts!) expect(validateChartSpec(chart).ok).toBe(true);
    const chart = { ...sampleReport().charts![0]!, logX: true };
    chart.markers = [{ x: 0, label: 'origin' }];
    const result = validateChartSpec(chart);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues).toEqual([
        { path: 'markers[0].x', message: 'must be > 0 on a logarithmic axis' },
      ]);
    }
    const typo = validateChartSpec({ ...sampleReport().charts![1]!, kind: 'pie' });
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.error.issues[0]!.path).toBe('kind');
  });
});
