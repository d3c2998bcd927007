/**
 * `qnet plan` as a user runs it: the table, --json (the capacity report), every report format written atomically
 * with --out, and errors naming the option.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCapacityReport } from '../../src/report/index.js';
import { runQnet } from '../support/run-cli.js';

const metro = 'network-models/metro-three-node.qnet.json';
const outDir = mkdtempSync(path.join(os.tmpdir(), 'qnet-plan-'));

describe('qnet plan', () => {
  it('prints one row per demand with route, rate, fidelity, latency, bounds and the bottleneck', async () => {
    const run = await runQnet(['plan', metro]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/delft-leiden\s+delft -> leiden\s+ok/);
    expect(run.stdout).toContain('bottleneck delft-leiden');
    expect(run.stdout).toMatch(/allocation \(max-total\): optimal/);
  });

  it('prints the versioned capacity report with --json, re-importable', async () => {
    const run = await runQnet(['plan', metro, '--json']);
    const envelope = JSON.parse(run.stdout);
    const parsed = parseCapacityReport(JSON.stringify(envelope.result));
    expect(parsed.ok ? [] : parsed.error.issues).toEqual([]);
    expect(envelope.result.scenario.seed).toBe(42);
    expect(envelope.result.generator.name).toBe('qnet-planner');
    expect(envelope.result.settings.swapPolicy).toBe('swap-asap');
  });

  it('skips the min-cut bounds with --no-min-cut and says so in the settings', async () => {
    const full = JSON.parse((await runQnet(['plan', metro, '--json'])).stdout).result;
    const quick = JSON.parse((await runQnet(['plan', metro, '--json', '--no-min-cut'])).stdout).result;
    expect(full.settings.minCutBounds).toMatch(/^exact/);
    expect(quick.settings.minCutBounds).toMatch(/^skipped/);
    type Demand = { key: string; rateHz?: number; bound?: { minCutPairsPerS?: number } };
    expect(full.demands.some((demand: Demand) => demand.bound?.minCutPairsPerS !== undefined)).toBe(true);
    expect(quick.demands.every((demand: Demand) => demand.bound?.minCutPairsPerS === undefined)).toBe(true);
    expect(quick.demands.map((demand: Demand) => demand.rateHz)).toEqual(
      full.demands.map((demand: Demand) => demand.rateHz),
    );
  });

  it.each(['json', 'csv', 'md', 'html'])('writes a %s report with --out', async (format) => {
    const file = path.join(outDir, `metro.${format}`);
    const run = await runQnet(['plan', metro, '--out', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`wrote ${format} report`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('delft-leiden');
    if (format === 'html') {
      expect(text).toContain('<svg');
      expect(text).toContain('data:image/png;base64,');
    }
  });

  it('records the options a user chose in the report settings', async () => {
    const file = path.join(outDir, 'options.json');
    await runQnet([
      'plan',
      metro,
      '--out',
      file,
      '--objective',
      'max-min',
      '--swap-policy',
      'sequential',
      '--paths',
      '2',
    ]);
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report.settings).toMatchObject({
      objective: 'max-min',
      swapPolicy: 'sequential',
      candidatePaths: 2,
    });
  });

  it('names the option on bad input and writes nothing', async () => {
    const noFormat = await runQnet(['plan', metro, '--out', path.join(outDir, 'report.xyz')]);
    expect(noFormat.code).toBe(1);
    expect(noFormat.stderr).toContain('--format: cannot tell the format');
    expect(existsSync(path.join(outDir, 'report.xyz'))).toBe(false);
    expect((await runQnet(['plan', metro, '--metric', 'speed'])).code).toBe(2);
    expect((await runQnet(['plan', 'missing.qnet.json'])).stderr).toContain('no such file');
  });
});
